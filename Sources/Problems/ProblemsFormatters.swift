import Files
import Foundation

/// A problem document as JSON, keys sorted.
public enum ProblemsJSONFormatter {
    public static func format(_ document: ProblemDocument) throws(FileError) -> Data {
        try JSONDocument.encode(document, what: document.file)
    }
}

/// A problem document as readable text: each part with its id, location and cleaned text.
public enum ProblemsTextFormatter {
    public static func format(_ document: ProblemDocument) -> String {
        var out = "\(document.file) (\(document.form)): \(document.problems.count) problems, \(document.partIDs.count) parts\n"
        if !document.repairs.isEmpty {
            out += "repairs: " + document.repairs.sorted { $0.key < $1.key }.map { "\($0.key) ×\($0.value)" }.joined(separator: ", ") + "\n"
        }
        for warning in document.warnings { out += "warning: \(warning)\n" }
        for problem in document.problems {
            out += "\nProblem \(problem.id): \(problem.title)\n"
            for part in problem.parts {
                let place = part.location.page.map { "page \($0)" } ?? "lines \(part.location.lines[0] + 1)–\(part.location.lines[1])"
                out += "  [\(part.id)] (\(place)) " + part.text.replacingOccurrences(of: "\n", with: " ") + "\n"
            }
        }
        return out
    }
}
