import ArgumentParser
import Foundation

/// The `hwlens` command: reads homework PDFs, screenshots and transcripts and measures
/// what each input form did to the problems.
///
/// Exit codes: 0 everything worked, 1 some input failed (the rest was still processed),
/// 2 usage error.
@main
struct Hwlens: AsyncParsableCommand {
    static let version = "0.1.0"

    static let configuration = CommandConfiguration(
        commandName: "hwlens",
        abstract: "Measure how homework survives being pasted, screenshotted and OCR'd.",
        discussion: """
            Exit codes: 0 ok, 1 some input failed (the others were still processed), 2 usage error.
            """,
        version: version,
        subcommands: [
            ExtractCommand.self, RenderCommand.self, OCRCommand.self, GarbleCommand.self, ProblemsCommand.self, SolveCommand.self,
            GradeCommand.self, RunCommand.self, MergeCommand.self, CacheCommand.self, InitCommand.self,
        ]
    )

    static func main() async {
        ThreadEnvironment.ensureSingleThreadedOpenMP()
        var command: ParsableCommand
        do {
            command = try parseAsRoot()
        } catch {
            // ArgumentParser uses 64 for usage errors; hwlens documents 2.
            if exitCode(for: error) == .validationFailure {
                Diagnostics.write(fullMessage(for: error))
                Foundation.exit(ExitStatus.usage)
            }
            exit(withError: error)  // help, version
        }
        do {
            if var asyncCommand = command as? AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch let exit as ExitCode {
            Self.exit(withError: exit)
        } catch where exitCode(for: error) == .success {
            exit(withError: error)  // --help and --version are run as commands
        } catch where exitCode(for: error) == .validationFailure {
            Diagnostics.write(fullMessage(for: error))
            Foundation.exit(ExitStatus.usage)
        } catch {
            // An error a command did not report itself: one line, exit code 1.
            Diagnostics.error(error)
            Foundation.exit(ExitStatus.inputFailed)
        }
        // Errors reported about single inputs: the others were processed, the exit code says so.
        if Diagnostics.errorCount > 0 { Foundation.exit(ExitStatus.inputFailed) }
    }
}

/// Documented process exit codes.
enum ExitStatus {
    static let ok: Int32 = 0
    static let inputFailed: Int32 = 1
    static let usage: Int32 = 2
}
