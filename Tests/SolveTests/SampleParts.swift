import Analyze
import Foundation
import Ingest

/// The sample problem set split into parts with a small regex on its canonical text:
/// lines starting "Problem N" open a problem, lines starting "(a)" a part; anything else
/// continues the current part (or the statement). The real segmenter lives elsewhere.
enum SampleParts {
    static let path = "samples/cnn-basics/homework.tex"

    static func load() throws -> [PartStatement] {
        let text = try SourceReader.read(path: packagePath(path)).text
        return split(text)
    }

    static func split(_ text: String) -> [PartStatement] {
        var parts: [PartStatement] = []
        var problem: String?
        var title = ""
        var statement: [String] = []
        var earlier: [(label: String, text: String)] = []
        var current: (label: String, lines: [String])?

        func flush() {
            guard let problem, let part = current else { return }
            let text = part.lines.joined(separator: "\n")
            parts.append(PartStatement(id: problem + part.label, text: text,
                                       statement: statement.joined(separator: "\n"), earlierParts: earlier, title: title))
            earlier.append((part.label, text))
            current = nil
        }

        for line in text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
            if let match = line.firstMatch(of: #/^Problem (\d+)\b/#) {
                flush()
                problem = String(match.output.1)
                title = line
                statement = []
                earlier = []
            } else if problem != nil, let match = line.firstMatch(of: #/^\(([a-z])\) (.*)$/#) {
                flush()
                current = (String(match.output.1), [String(match.output.2)])
            } else if problem != nil {
                if current != nil { current?.lines.append(line) } else if !line.isEmpty { statement.append(line) }
            }
        }
        flush()
        return parts
    }

    /// A path relative to the package root (tests may run from elsewhere).
    static func packagePath(_ relative: String) -> String {
        var directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        for _ in 0..<4 {
            let candidate = directory.appendingPathComponent(relative).path
            if FileManager.default.fileExists(atPath: candidate) { return candidate }
            directory.deleteLastPathComponent()
        }
        return relative
    }
}
