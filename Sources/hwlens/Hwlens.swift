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
        subcommands: [Extract.self, Render.self, Recognize.self, GarbleCommand.self, ProblemsCommand.self, SolveCommand.self, GradeCommand.self, RunCommand.self, MergeCommand.self, CacheCommand.self, InitCommand.self]
    )

    static func main() async {
        ThreadEnvironment.ensureSingleThreadedOpenMP()
        do {
            var command = try parseAsRoot()
            if var asyncCommand = command as? AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch {
            // ArgumentParser uses 64 for usage errors; hwlens documents 2.
            if exitCode(for: error) == .validationFailure {
                Diagnostics.write(fullMessage(for: error))
                Foundation.exit(ExitStatus.usage)
            }
            exit(withError: error)
        }
    }
}

/// Documented process exit codes.
enum ExitStatus {
    static let ok: Int32 = 0
    static let inputFailed: Int32 = 1
    static let usage: Int32 = 2
}
