import Files
import Foundation

/// The grades of one transcript: what `hwlens grade` reports.
public struct GradeReport: Codable, Sendable {
    public var version = 1
    public var file: String
    /// The input form the transcript stands for (`pasted`, `pdf`, …).
    public var form: String
    public var conversation: String?
    public var problems: String
    public var key: String?
    public var verdicts: [Verdict]
    /// Verdict counts by kind.
    public var counts: VerdictCounts
    public var notes: [String]
    public var branches: [String]

    public init(file: String, form: String, problems: String, key: String?, transcript: Transcript, verdicts: [Verdict]) {
        self.file = file
        self.form = form
        self.conversation = transcript.title
        self.problems = problems
        self.key = key
        self.verdicts = verdicts
        self.counts = VerdictCounts(verdicts.map(\.kind))
        notes = transcript.notes
        branches = transcript.branches
    }

    /// JSON, keys sorted, one document with a trailing newline.
    public func json() throws(FileError) -> Data {
        try JSONDocument.encode(self, what: file, newline: true)
    }

    /// A table: part → verdict → extracted → expected, then notes.
    public var text: String {
        var lines = ["\(file) (form \(form)\(conversation.map { ", conversation '\($0)'" } ?? ""))"]
        let rows = verdicts.map { [$0.part, $0.kind.rawValue, $0.extracted?.description ?? "-", $0.expected?.description ?? "-",
                                   $0.diagnosis ?? ""] }
        let header = ["part", "verdict", "extracted", "expected", "diagnosis"]
        let widths = (0..<4).map { column in ([header] + rows).map { $0[column].count }.max() ?? 0 }
        func row(_ cells: [String]) -> String {
            (0..<4).map { cells[$0].padding(toLength: widths[$0], withPad: " ", startingAt: 0) }.joined(separator: "  ")
                + (cells[4].isEmpty ? "" : "  " + cells[4])
        }
        lines.append(row(header).trimmingCharacters(in: .whitespaces))
        for cells in rows { lines.append(row(cells).trimmingCharacters(in: .whitespaces)) }
        let summary = counts.nonZero.map { "\($0.count) \($0.kind.rawValue)" }
        lines.append(summary.joined(separator: ", "))
        for note in notes { lines.append("note: \(note)") }
        for branch in branches { lines.append("branch: \(branch)") }
        return lines.joined(separator: "\n") + "\n"
    }
}
