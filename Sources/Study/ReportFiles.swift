import Files
import Foundation
import Results

/// The report files of `hwlens run` and `hwlens merge`, each written to a temporary file and
/// renamed into place, so an interrupted run never leaves a half-written one.
public enum ReportFiles {
    public static let names = ["results.json", "results.csv", "report.md", "index.html"]

    /// Writes the four files into `folder`.
    public static func write(_ results: StudyResults, to folder: String) throws(StudyError) {
        do {
            let contents: [Data] = [
                try ResultsJSONFormatter.format(results),
                Data(ResultsCSVFormatter.format(results).utf8),
                Data(ReportMarkdownFormatter.format(results).utf8),
                Data(ReportHTMLFormatter.format(results).utf8),
            ]
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            for (name, data) in zip(names, contents) {
                try data.write(to: URL(fileURLWithPath: folder).appendingPathComponent(name), options: .atomic)
            }
        } catch {
            throw .outputFolder(path: folder, problem: "cannot write the results (\(error.localizedDescription))")
        }
    }

    /// Checks that the report files can be written to `folder` (creating it) before any work
    /// is done.
    public static func prepare(_ folder: String) throws(StudyError) {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory) {
            if !isDirectory.boolValue { throw .outputFolder(path: folder, problem: "is a file, not a folder") }
            if access(folder, W_OK) != 0 { throw .outputFolder(path: folder, problem: "is not writable") }
        } else {
            do {
                try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            } catch {
                throw .outputFolder(path: folder, problem: "cannot create the folder")
            }
        }
    }
}

/// What the studies of a run recorded, one line each in the order of the studies: the
/// errors and warnings a user must see on stderr after the report is written.
public struct RecordedProblems: Sendable {
    /// Whether a line is an error (the run failed in part) or a warning.
    public enum Severity: Sendable { case error, warning }

    public var lines: [(severity: Severity, message: String)] = []

    public init(_ results: StudyResults) {
        for study in results.studies {
            for error in study.errors { lines.append((.error, "\(study.name): \(error)")) }
            for warning in study.warnings { lines.append((.warning, "\(study.name): \(warning)")) }
            for form in study.forms { if let error = form.error { lines.append((.error, "\(study.name)/\(form.name): \(error)")) } }
        }
    }
}
