import Foundation
import Solve

/// Finds the final answer of one part in the text attributed to it, directed by the type
/// of the expected answer: `\boxed{}` first, then "Answer:" / "Final answer:" lines, then
/// bold text, then the last value of the expected type (for a number: the result after the
/// last `=` of its line). A correction ("wait", "let me redo", "Actually, …") withdraws
/// what came before it.
public enum FinalAnswerExtractor {
    /// One answer read from the text.
    public struct Found: Sendable, Equatable {
        public var answer: Answer
        public var evidence: String
        public var place: String
    }

    public struct Extraction: Sendable, Equatable {
        /// The final answer, when one was found.
        public var final: Found?
        /// Other final answers that disagree with it and were not withdrawn.
        public var conflicting: [Found]
        /// A sentence asking for the input again, when there is one.
        public var request: Found?
        /// Whether a correction withdrew earlier text.
        public var corrected: Bool
        /// The last answer before the correction, kept for the record.
        public var withdrawn: Found? = nil
    }

    static func regex(_ pattern: String, _ options: NSRegularExpression.Options = [.caseInsensitive]) -> NSRegularExpression {
        try! NSRegularExpression(pattern: pattern, options: options)
    }

    static let correction = regex(
        #"\b(?:wait|let me redo|let me recompute|correction\s*:|actually,|that can['’]t be right|scratch that|that['’]s backwards|i made (?:an error|a mistake)|please ignore|on second thought|oops)"#)
    static let request = regex(
        #"re-?upload|(?:could|can) you (?:paste|share|send|upload|re-?send|give)|send .{0,40} again|paste .{0,30}again|can['’]?t (?:see|read|make out)|cannot (?:see|read)|too small to read|is cut off|unreadable|can't tell what"#)
    static let finalMarker = regex(#"(?:final answer|(?:^|\s)answer\s*:|the answer is|answer is)\s*(?:\([a-h]\))?\s*:?\s*(.*)$"#)
    static let bold = regex(#"\*\*(.+?)\*\*"#, [])

    /// `\boxed{...}` contents with balanced braces.
    static func boxed(_ text: String) -> [String] {
        var result: [String] = []
        var searchStart = text.startIndex
        while let range = text.range(of: "\\boxed{", range: searchStart..<text.endIndex) {
            var depth = 1
            var index = range.upperBound
            while index < text.endIndex, depth > 0 {
                if text[index] == "{" { depth += 1 } else if text[index] == "}" { depth -= 1 }
                if depth > 0 { index = text.index(after: index) }
            }
            result.append(String(text[range.upperBound..<index]))
            searchStart = index < text.endIndex ? text.index(after: index) : text.endIndex
        }
        return result
    }

    /// Values of the expected answer's type in a piece of text, in order, with their
    /// alternatives ("2 or 4").
    public static func values(in text: String, like expected: Answer) -> [[Answer]] {
        switch expected {
        case .integer, .real:
            var result: [[Answer]] = []
            for line in text.components(separatedBy: "\n") {
                guard let (value, alternatives) = AnswerText.lineScalar(line) else { continue }
                result.append(([value] + alternatives).map { scalarAnswer($0, expected: expected) })
            }
            return result
        case .vector:
            return AnswerText.vectors(text).map { [.vector($0.values)] }
        case .matrix:
            return AnswerText.matrices(text).filter { !$0.rows.isEmpty }.map { [.matrix($0.rows)] }
        case .shape:
            return AnswerText.shapes(text).map { [.shape(dimensions: $0.dimensions, layout: $0.layout)] }
        case .choice:
            let found = AnswerText.choices(text)
            guard !found.isEmpty else { return [] }
            if text.range(of: #"\bor\b"#, options: .regularExpression) != nil, Set(found.map(\.letter)).count > 1 {
                return [Array(Set(found.map(\.letter))).sorted().map { .choice($0) }]
            }
            return found.map { [.choice($0.letter)] }
        case .text, .expression:
            let sets = AnswerText.letterSets(text)
            if !sets.isEmpty { return sets.map { [.text($0.letters.joined(separator: ", "))] } }
            return []
        }
    }

    static func scalarAnswer(_ scalar: AnswerText.Scalar, expected: Answer) -> Answer {
        if case .integer = expected, scalar.value == scalar.value.rounded(), abs(scalar.value) < 1e15, scalar.decimals == 0 {
            return .integer(Int(scalar.value))
        }
        let exact = scalar.decimals == 99 ? scalar.text : nil
        return .real(RealValue(scalar.value, exact: exact))
    }

    static func same(_ a: Answer, _ b: Answer) -> Bool {
        AnswerComparison.compare(a, b).equal || AnswerComparison.compare(b, a).equal
    }

    /// Extracts the final answer of a part from its lines.
    public static func extract(lines: [PartAttribution.Line], expected: Answer) -> Extraction {
        // Where the last correction starts: text before it is withdrawn when what follows
        // still holds a value.
        var start = (line: 0, offset: String.Index?.none)
        var corrected = false
        for (index, line) in lines.enumerated().reversed() {
            let text = line.text
            if let match = correction.matches(in: text, range: NSRange(text.startIndex..., in: text)).last,
               let range = Range(match.range, in: text) {
                let after = [String(text[range.lowerBound...])] + lines[(index + 1)...].map(\.text)
                if !values(in: after.joined(separator: "\n"), like: expected).isEmpty {
                    start = (index, range.lowerBound)
                    corrected = true
                }
                break
            }
        }
        var active: [PartAttribution.Line] = Array(lines[start.line...])
        var withdrawn: Found? = nil
        if let offset = start.offset, !active.isEmpty {
            var before = Array(lines[..<start.line])
            var head = lines[start.line]
            head.text = String(head.text[..<offset])
            before.append(head)
            if let last = before.last(where: { !values(in: $0.text, like: expected).isEmpty }),
               let answer = values(in: last.text, like: expected).last?.first {
                withdrawn = Found(answer: answer, evidence: last.original, place: last.place)
            }
            active[0].text = String(active[0].text[offset...])
        }

        var requestFound: Found? = nil
        for line in lines where requestFound == nil {
            let text = line.text
            if request.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil {
                requestFound = Found(answer: .text(line.original), evidence: line.original, place: line.place)
            }
        }

        // Levels, strongest first.
        var levels: [[(Found, [Answer])]] = [[], [], [], []]
        var strongRaw: [(String, PartAttribution.Line)] = []
        for line in active {
            for content in boxed(line.text) {
                strongRaw.append((content, line))
                for group in values(in: content, like: expected) {
                    levels[0].append((Found(answer: group[0], evidence: line.original, place: line.place), group))
                }
            }
            let text = line.text
            if let g = AnswerText.matches(finalMarker, text).first, let rest = g[1] {
                strongRaw.append((rest, line))
                for group in values(in: rest, like: expected) {
                    levels[1].append((Found(answer: group[0], evidence: line.original, place: line.place), group))
                }
            }
            for g in AnswerText.matches(bold, text) {
                guard let content = g[1] else { continue }
                // Bold around an alternative ("**8,896** or **8,960**") reads the whole line.
                let piece = text.range(of: #"\*\*\s+or\s+\*\*"#, options: .regularExpression) != nil ? text : content
                for group in values(in: piece, like: expected) {
                    levels[2].append((Found(answer: group[0], evidence: line.original, place: line.place), group))
                }
            }
        }
        // Whole text: line by line for numbers, across lines for matrices and vectors.
        switch expected {
        case .matrix, .vector:
            let joined = active.map(\.text).joined(separator: "\n")
            var offsets: [Int] = []
            var total = 0
            for line in active { offsets.append(total); total += AnswerText.normalize(line.text).utf16.count + 1 }
            let positioned: [(Int, Answer)] = {
                if case .matrix = expected { return AnswerText.matrices(joined).filter { !$0.rows.isEmpty }.map { ($0.position, .matrix($0.rows)) } }
                return AnswerText.vectors(joined).map { ($0.position, .vector($0.values)) }
            }()
            for (position, answer) in positioned {
                let index = max(0, (offsets.lastIndex { $0 <= position }) ?? 0)
                let line = active[min(index, active.count - 1)]
                levels[3].append((Found(answer: answer, evidence: line.original, place: line.place), [answer]))
            }
        default:
            for line in active {
                // A lone digit on its own line is an exponent the PDF text layer split off.
                let bare = line.text.trimmingCharacters(in: .whitespaces)
                if line.text == line.original, bare.count == 1, bare.first!.isNumber { continue }
                for group in values(in: line.text, like: expected) {
                    levels[3].append((Found(answer: group[0], evidence: line.original, place: line.place), group))
                }
            }
        }

        guard let level = levels.firstIndex(where: { !$0.isEmpty }) else {
            // A boxed or labelled final answer that is not of the expected type is still the answer.
            if requestFound == nil, let (raw, line) = strongRaw.last, !raw.trimmingCharacters(in: .whitespaces).isEmpty {
                let cleaned = raw.trimmingCharacters(in: CharacterSet(charactersIn: " $*`."))
                let shown = cleaned.components(separatedBy: "=").last?.trimmingCharacters(in: .whitespaces) ?? cleaned
                return Extraction(final: Found(answer: .expression(shown), evidence: line.original, place: line.place),
                                  conflicting: [], request: nil, corrected: corrected)
            }
            return Extraction(final: nil, conflicting: [], request: requestFound, corrected: corrected)
        }
        let chosen = levels[level]
        let (final, group) = chosen.last!
        var conflicting: [Found] = group.dropFirst().filter { !same($0, final.answer) }.map {
            Found(answer: $0, evidence: final.evidence, place: final.place)
        }
        // Two different explicit final answers, none withdrawn.
        if level <= 1 {
            for (other, _) in (levels[0] + levels[1]) where !same(other.answer, final.answer)
                && !conflicting.contains(where: { same($0.answer, other.answer) }) {
                conflicting.append(other)
            }
        }
        return Extraction(final: final, conflicting: conflicting, request: requestFound, corrected: corrected, withdrawn: withdrawn)
    }
}
