import ArgumentParser
import Foundation
import Store

/// `hwlens cache`: shows or clears the input cache.
struct CacheCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cache",
        abstract: "Show or clear the input cache (texts of PDFs and OCR'd images, by content hash).",
        subcommands: [Info.self, Clear.self],
        defaultSubcommand: Info.self)

    /// Options of both subcommands.
    struct Location: ParsableArguments {
        @Option(name: .long, help: "The input cache (default: $HWLENS_CACHE, else $XDG_CACHE_HOME/hwlens/cache.sqlite, else ~/.cache/hwlens/cache.sqlite).")
        var cache: String?

        var path: String { cache ?? InputCache.defaultPath }
    }

    struct Info: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Print where the cache is, its entries and its size.")

        @OptionGroup var location: Location

        func run() throws {
            let path = location.path
            guard FileManager.default.fileExists(atPath: path) else {
                StandardOutput.write("\(path): no cache yet\n")
                return
            }
            do {
                let summary = try InputCache(path: path).summary()
                StandardOutput.write("\(path): \(summary.entries) entries, \(ByteCountFormatter.string(fromByteCount: Int64(summary.bytes), countStyle: .file))\n")
            } catch {
                Diagnostics.report(error)
                throw ExitCode(ExitStatus.inputFailed)
            }
        }
    }

    struct Clear: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Delete every entry of the cache.")

        @OptionGroup var location: Location

        func run() throws {
            let path = location.path
            guard FileManager.default.fileExists(atPath: path) else {
                StandardOutput.write("\(path): no cache yet\n")
                return
            }
            do {
                let removed = try InputCache(path: path).clear()
                StandardOutput.write("\(path): removed \(removed) entries\n")
            } catch {
                Diagnostics.report(error)
                throw ExitCode(ExitStatus.inputFailed)
            }
        }
    }
}
