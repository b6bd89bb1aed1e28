import Analyze
import ArgumentParser
import Foundation

/// The report files of `hwlens run` and `hwlens merge`, each written to a temporary file and
/// renamed into place, so an interrupted run never leaves a half-written one.
enum ResultFiles {
    static let names = ["results.json", "results.csv", "report.md", "index.html"]

    static func write(_ results: StudyResults, to folder: String) throws {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let contents: [Data] = [
            ResultsJSONFormatter.format(results),
            Data(ResultsCSVFormatter.format(results).utf8),
            Data(ReportMarkdownFormatter.format(results).utf8),
            Data(ReportHTMLFormatter.format(results).utf8),
        ]
        for (name, data) in zip(names, contents) {
            try data.write(to: URL(fileURLWithPath: folder).appendingPathComponent(name), options: .atomic)
        }
    }

    /// Makes sure the report files can be written to `folder` before any work is done: one
    /// line naming it otherwise (exit code 1).
    static func prepare(_ folder: String) throws {
        var isDirectory: ObjCBool = false
        let problem: String?
        if FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory) {
            problem = !isDirectory.boolValue ? "is a file, not a folder" : access(folder, W_OK) != 0 ? "is not writable" : nil
        } else {
            problem = (try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)) == nil
                ? "cannot create the folder" : nil
        }
        if let problem {
            Diagnostics.write("hwlens: error: \(folder): \(problem)")
            throw ExitCode(ExitStatus.inputFailed)
        }
    }

    /// Writes the files, or reports why not (exit code 1).
    static func writeOrFail(_ results: StudyResults, to folder: String) throws {
        do {
            try write(results, to: folder)
        } catch {
            Diagnostics.write("hwlens: error: \(folder): cannot write the results (\(error.localizedDescription))")
            throw ExitCode(ExitStatus.inputFailed)
        }
    }

    /// The studies' and forms' recorded errors and warnings, one line each on stderr.
    static func reportErrors(_ results: StudyResults) {
        for study in results.studies {
            for error in study.errors { Diagnostics.write("hwlens: error: \(study.name): \(error)") }
            for warning in study.warnings { Diagnostics.write("hwlens: warning: \(study.name): \(warning)") }
            for form in study.forms { if let error = form.error { Diagnostics.write("hwlens: error: \(study.name)/\(form.name): \(error)") } }
        }
    }
}
