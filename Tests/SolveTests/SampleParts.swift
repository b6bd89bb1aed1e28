import Foundation
import Problems
import Solve
import Source
import TestSupport

/// The sample problem set split into parts with a small regex on its canonical text:
/// lines starting "Problem N" open a problem, lines starting "(a)" a part; anything else
/// continues the current part (or the statement). The real segmenter lives elsewhere.
enum SampleParts {
    static let path = "samples/cnn-basics/homework.tex"

    static func load() throws -> [PartStatement] {
        let text = try SourceReader.read(path: Fixtures.path(path)).text
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

}
