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

        /// Runs `body` on the cache and prints its line; a cache not made yet is said so.
        func with(_ body: (InputCache) throws -> String) throws {
            guard FileManager.default.fileExists(atPath: path) else {
                StandardOutput.write("\(path): no cache yet\n")
                return
            }
            do {
                StandardOutput.write("\(path): \(try body(try InputCache(path: path)))\n")
            } catch {
                throw Diagnostics.fatal(error)
            }
        }
    }

    struct Info: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Print where the cache is, its entries and its size.")

        @OptionGroup var location: Location

        func run() throws {
            try location.with { cache in
                let summary = try cache.summary()
                return "\(summary.entries) entries, \(ByteCountFormatter.string(fromByteCount: Int64(summary.bytes), countStyle: .file))"
            }
        }
    }

    struct Clear: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Delete every entry of the cache.")

        @OptionGroup var location: Location

        func run() throws {
            try location.with { cache in "removed \(try cache.clear()) entries" }
        }
    }
}
