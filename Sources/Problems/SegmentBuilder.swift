/// The line-by-line state machine behind ``ProblemSegmenter``.
struct SegmentBuilder {
    /// A problem being collected.
    private struct ProblemDraft {
        var id: String
        var title: String
        var start: Int
        var textLines: [String] = []
        var parts: [PartDraft] = []
    }

    /// A part being collected.
    private struct PartDraft {
        var id: String
        var label: String
        var start: Int
        var textLines: [String]
    }

    /// What the previous content line was, for telling labels from broken sentences.
    /// After a header or a short labelled line the next line always starts a block (`structural`).
    private struct Previous {
        var characters: [Character]? = nil
        var blankBetween = false
        var structural = false
        /// The line opened a part: "a) the value of f," then "b) df/dx," lists parts.
        var labelled = false
    }

    private let lines: [String]
    /// The input line each of `lines` comes from (a line holding several parts is split).
    private let origin: [Int]
    private let inputCount: Int
    private let shapes: [LineShape]
    private let headers: [ProblemHeader?]
    private let labels: [PartLabel?]
    private let noise: [Bool]
    private var warnings: [String] = []
    /// The headers that start problems, by line, once `build` has chosen them.
    private var starts: [ProblemHeader?] = []
    /// The lines before the first problem.
    private var preamble: [String] = []

    init(lines written: [String]) {
        let input = SegmentBuilder.joiningSectionNumbers(written)
        var lines: [String] = []
        var origin: [Int] = []
        for (index, line) in input.enumerated() {
            let pieces = InlineLabels.split(line)
            lines += pieces
            origin += Array(repeating: index, count: pieces.count)
        }
        self.origin = origin
        inputCount = input.count
        let shapes = lines.map(LineShape.init)
        let headers = shapes.map(ProblemHeader.parse)
        let labels = shapes.map(PartLabel.parse)
        let structural = lines.indices.map { headers[$0] != nil || labels[$0] != nil || PartKindReader.isOptionLine(lines[$0]) }
        self.lines = lines
        self.shapes = shapes
        self.headers = headers
        self.labels = labels
        noise = NoiseDetector(lines: lines, structural: structural).isNoise
    }

    /// "1", a blank line, "Gradient descent on a quadratic (12 points)": pdftotext sets a
    /// section's number apart from its title. The two become one line ("1 Gradient …"),
    /// the title's line left empty so that line numbers stay.
    static func joiningSectionNumbers(_ lines: [String]) -> [String] {
        var lines = lines
        for index in lines.indices {
            let number = lines[index].trimmed
            guard (1...2).contains(number.count), number.allSatisfy(\.isASCIIDigit), number != "0" else { continue }
            var next = index + 1
            while next < lines.count, next <= index + 2, lines[next].trimmed.isEmpty { next += 1 }
            guard next < lines.count, next <= index + 2 else { continue }
            let joined = number + " " + lines[next].trimmed
            guard let header = ProblemHeader.parse(LineShape(joined)), header.kind == .numbered, header.number == [Int(number)!] else { continue }
            lines[index] = joined
            lines[next] = ""
        }
        return lines
    }

    mutating func build() -> ProblemSet {
        let (starts, continuations) = acceptedHeaders()
        self.starts = starts
        var drafts: [ProblemDraft] = []
        var sequencer: PartSequencer?
        var previous = Previous()

        let tabulated = tabulatedLabels(starts)
        if starts.allSatisfy({ $0 == nil }) {
            drafts.append(ProblemDraft(id: "1", title: "", start: 0))
            sequencer = PartSequencer(problemID: "1")
        }
        for index in lines.indices {
            if let header = starts[index] {
                if let sequencer { noteSkips(sequencer) }
                let (title, statement) = ProblemHeader.splitTitle(header.title)
                drafts.append(ProblemDraft(id: header.id, title: title, start: index, textLines: statement.isEmpty ? [] : [statement]))
                sequencer = PartSequencer(problemID: header.id)
                previous = Previous(characters: shapes[index].characters, structural: true)
                continue
            }
            if noise[index] || continuations.contains(index) { continue }
            let shape = shapes[index]
            if shape.isEmpty {
                previous.blankBetween = true
                if !drafts.isEmpty { append("", to: &drafts) }
                continue
            }
            guard !drafts.isEmpty, var current = sequencer else {
                preamble.append(lines[index].trimmed)
                previous = Previous(characters: shape.characters)
                continue
            }
            // ("- **4.1** [2 pts] What is …" under Problem 4: its part 1.)
            if let label = labels[index] ?? PartLabel.parseDotted(shape, problem: drafts[drafts.count - 1].id), !tabulated.contains(index),
               let decision = current.decide(label, context: context(drafts, item: label, at: index)),
               !SegmentBuilder.continuesSentence(previous, next: Array(label.rest))
                || current.listsOn(decision, strong: label.isStrong, after: previous.characters?.last, afterPart: previous.labelled)
                || label.isStrong && decision.isOption
            {
                let id = current.accept(decision)
                sequencer = current
                guard let id else {
                    // An option stays in the text of its question.
                    append(lines[index].trimmed, to: &drafts)
                    previous = Previous(characters: Array(label.rest), structural: true)
                    continue
                }
                let part = PartDraft(id: id, label: label.label, start: index, textLines: [label.rest])
                drafts[drafts.count - 1].parts.append(part)
                // "(A) elastic" then "(B) inelastic": a short labelled line is a block of its own.
                previous = Previous(characters: Array(label.rest), structural: SegmentBuilder.isOption(label.rest), labelled: true)
                continue
            }
            append(lines[index].trimmed, to: &drafts)
            // ("Q4. Loss functions" over a rule "-----", then "a) …": a rule ends what is above it.)
            let rule = shape.characters.count >= 3 && Set(shape.characters).isSubset(of: Set("-=_*~─━═"))
            previous = Previous(characters: shape.characters, structural: rule)
        }
        if let sequencer { noteSkips(sequencer) }
        return finish(drafts, headerCount: starts.compactMap { $0 }.count)
    }

    /// Label lines that are rows of a table or a list ahead of the parts they describe: the
    /// problem's first run of two or more labelled lines with no blank line between them ("(a) SGD lr=0.05 1",
    /// "(b) SGD lr=0.05, momentum=0.9 2", as a Markdown table of settings reads), whose first
    /// label opens a part again further on in the same problem. Their parts are the later ones.
    private func tabulatedLabels(_ starts: [ProblemHeader?]) -> Set<Int> {
        var marked: Set<Int> = []
        var regionStart = 0
        let boundaries = starts.indices.filter { starts[$0] != nil } + [lines.count]
        for end in boundaries {
            let region = regionStart..<end
            regionStart = end + 1
            // (Only the problem's first labelled lines: a list of sub-parts "i. … ii. …" comes
            // again under every part.)
            guard let start = region.first(where: { labels[$0] != nil }) else { continue }
            var run = [start]
            while let last = run.last, last + 1 < region.upperBound, labels[last + 1] != nil, !shapes[last + 1].isEmpty { run.append(last + 1) }
            // (Not a reference a pasted line wrapped to a line start: "… the standard convolution of"
            // then "(a) perform for one input?" carries its sentence on.)
            func wrapped(_ line: Int) -> Bool {
                line > 0 && !shapes[line - 1].isEmpty && headers[line - 1] == nil && labels[line].map {
                    SegmentBuilder.continuesSentence(Previous(characters: shapes[line - 1].characters), next: Array($0.rest))
                } == true
            }
            guard run.count >= 2, let first = labels[start],
                  (run.last! + 1..<region.upperBound).contains(where: { labels[$0]?.token == first.token && labels[$0]?.label == first.label && !wrapped($0) }) else { continue }
            marked.formUnion(run)
        }
        return marked
    }

    /// Headers that start problems (by line) and header lines that only continue the current problem.
    private func acceptedHeaders() -> ([ProblemHeader?], Set<Int>) {
        var starts = [ProblemHeader?](repeating: nil, count: lines.count)
        var continuations = Set<Int>()
        let keywordTier = headers.contains { $0?.kind == .keyword }
        var keyworded: [Int] = []
        var numbered: [Int] = []
        var previous = Previous()
        for index in lines.indices {
            if noise[index] { continue }
            let shape = shapes[index]
            if shape.isEmpty {
                previous.blankBetween = true
                continue
            }
            defer {
                previous = Previous(characters: shape.characters, structural: headers[index] != nil)
            }
            guard let header = headers[index] else { continue }
            if keywordTier {
                if header.kind == .keyword { keyworded.append(index) }
            } else {
                if !shape.isBold, SegmentBuilder.continuesSentence(previous, next: Array(header.title)) { continue }
                numbered.append(index)
            }
        }
        // Numbered sections as LaTeX prints them ("1 Gradient checks (8 points)") head the
        // problems when they run 1, 2, …; numbered items inside them do not compete.
        let sections = numberedChain(numbered.filter { headers[$0]!.isSection })
        // Likewise headers that carry their points ("2. Counting parameters (12 pts)"): a
        // numbered list inside problem 2 ("1. … 6.") neither heads problems nor outnumbers them.
        var pointed = numberedChain(numbered.filter { hasPoints($0) })
        // ("2. Learning-rate schedules (12 pts)" over "1. (3 pts) StepLR …" … "4. (3 pts) …": a run
        // that lies between two headers of another run is that problem's list, not the problems.)
        let others = numberedChain(numbered.filter { hasPoints($0) && !pointed.contains($0) })
        if others.count >= 2, let low = pointed.min(), let high = pointed.max(),
           zip(others.sorted(), others.sorted().dropFirst()).contains(where: { $0 < low && high < $1 }) {
            pointed = others
        }
        let chain = sections.count >= 2 ? sections : pointed.count >= 2 ? extending(pointed, from: numbered) : numberedChain(numbered)
        for index in chain { starts[index] = headers[index] }
        for index in keywordChain(keyworded, continuations: &continuations) { starts[index] = headers[index] }
        return (starts, continuations)
    }

    /// A chain of headers that carry their points, continued by the next numbers whose lines are
    /// titles ("5. Quick checks (no partial credit)" after "4. Counting parameters (12 pts)"): a
    /// last problem need not state its points. A numbered sentence ("5. Compute the mean.") is
    /// no title.
    private func extending(_ chain: [Int], from numbered: [Int]) -> [Int] {
        guard let last = chain.max() else { return chain }
        var extended = chain
        var number = headers[last]!.number[0]
        for index in numbered where index > last {
            let header = headers[index]!
            guard header.number == [number + 1] else { continue }
            let title = header.title.trimmed
            guard let first = title.first, first.isUppercase, !title.hasSuffix("."), ProblemHeader.titleLike(title) else { break }
            extended.append(index)
            number += 1
        }
        return extended
    }

    /// Among keyword headers, the ones that head problems: numbers in increasing order, a
    /// repeated number continuing its problem ("Problem 2 (continued)"). A new keyword may
    /// start its own numbering at 1 ("Exercise 3.5" then "Problem 1") when that id is still
    /// free. A lone three-digit number is a course code ("PROB 201 - Introduction to …"),
    /// not a problem, unless other headers with its keyword are numbered alike.
    private func keywordChain(_ candidates: [Int], continuations: inout Set<Int>) -> [Int] {
        var chain: [Int] = []
        var used = Set<String>()
        for index in candidates {
            let header = headers[index]!
            guard let last = chain.last.map({ headers[$0]! }) else {
                chain.append(index)
                used.insert(header.id)
                continue
            }
            if header.number == last.number {
                continuations.insert(index)
                continue
            }
            let follows = SegmentBuilder.precedes(last.number, header.number)
            let restarts = header.keyword != last.keyword && header.number == [1]
            if follows || restarts, !used.contains(header.id) {
                chain.append(index)
                used.insert(header.id)
            }
        }
        var perKeyword: [String?: Int] = [:]
        for index in chain { perKeyword[headers[index]!.keyword, default: 0] += 1 }
        return chain.filter { index in
            let header = headers[index]!
            return header.number.count != 1 || header.number[0] < 100 || perKeyword[header.keyword, default: 0] > 1
        }
    }

    /// Among numbered lines ("1. Title"), the ones that head problems: the longest run
    /// numbered 1, 2, 3 … in order, and among runs as long, the one whose lines look most like
    /// headers — so "2. MaxPool 2×2" in a list inside problem 1 loses to "2. (10 points) Least
    /// squares." further down.
    private func numberedChain(_ candidates: [Int]) -> [Int] {
        // best[k]: the best run ending at candidates[k] as (length, strength, previous k).
        var best: [(length: Int, strength: Int, previous: Int?)] = []
        var endingAt: [Int: [Int]] = [:]  // number → candidate positions so far
        for (k, index) in candidates.enumerated() {
            let number = headers[index]!.number[0]
            let strength = headerStrength(index)
            var entry: (length: Int, strength: Int, previous: Int?) = number == 1 ? (1, strength, nil) : (0, 0, nil)
            for j in endingAt[number - 1] ?? [] where best[j].length > 0 {
                let candidate = (best[j].length + 1, best[j].strength + strength, Optional(j))
                if candidate.0 > entry.length || candidate.0 == entry.length && candidate.1 > entry.strength { entry = candidate }
            }
            best.append(entry)
            endingAt[number, default: []].append(k)
        }
        guard var end = best.indices.filter({ best[$0].length > 0 }).max(by: { (best[$0].length, best[$0].strength) < (best[$1].length, best[$1].strength) })
        else { return [] }
        var chain = [candidates[end]]
        while let previous = best[end].previous {
            chain.append(candidates[previous])
            end = previous
        }
        return chain
    }

    /// Where a numbered line states its points: before its title ("1. (10 points) Least
    /// squares") and after it ("Momentum and Adam (14 points)").
    private func points(_ index: Int) -> (before: Bool, after: Bool) {
        let characters = Array(headers[index]!.title)
        let before = ProblemHeader.pointsGroup(characters, at: 0) != nil
        guard let open = characters.lastIndex(where: { $0 == "(" || $0 == "[" }), open > 0,
              let end = ProblemHeader.pointsGroup(characters, at: open) else { return (before, false) }
        return (before, end >= characters.count)
    }

    private func hasPoints(_ index: Int) -> Bool {
        let (before, after) = points(index)
        return before || after
    }

    /// How much a numbered line looks like a problem's header: points, bold or a heading,
    /// a title that ends as a title or sentence does.
    private func headerStrength(_ index: Int) -> Int {
        let characters = Array(headers[index]!.title)
        let (before, after) = points(index)
        var strength = (before ? 2 : 0) + (after ? 2 : 0)
        if shapes[index].isBold || shapes[index].isHeading { strength += 1 }
        if let last = characters.last, ".:?".contains(last) || characters.split(separator: " ").count >= 6 { strength += 1 }
        return strength
    }

    /// A short labelled line that does not stop mid-sentence ("(A) elastic", not "a. Take f and").
    private static func isOption(_ rest: String) -> Bool {
        let words = rest.split(separator: " ")
        guard rest.count < 60, let last = words.last?.lowercased() else { return false }
        return !["and", "or", "the", "a", "an", "of", "to", "in", "for", "with", "by", "that", "is", "are"].contains(last)
            && !",=+-−×·([{/\\∈≤≥<>".contains(last.last ?? " ")
    }

    /// Whether a line after `previous` continues its sentence or formula rather than opening a block.
    private static func continuesSentence(_ previous: Previous, next: [Character]) -> Bool {
        // A line of one or two characters ("+", "ip") is math a PDF scattered, not a sentence.
        guard let characters = previous.characters, !previous.blankBetween, !previous.structural,
              characters.count >= 3, let last = characters.last
        else { return false }
        if ",=+\u{2212}-\u{00D7}\u{00B7}([{/\\\u{2208}\u{2264}\u{2265}<>".contains(last) { return true }
        if last.isLetter, last.isLowercase, let first = next.first, first.isLetter, first.isLowercase { return true }
        return false
    }

    /// Lexicographic order of dotted problem numbers.
    private static func precedes(_ a: [Int], _ b: [Int]) -> Bool {
        a.lexicographicallyPrecedes(b)
    }

    private mutating func noteSkips(_ sequencer: PartSequencer) {
        for id in sequencer.skipped { warnings.append("part label \(id) skips one before it") }
    }

    /// The text a new label would nest under (the last part's, or the stem) and the label's
    /// own text with up to three lines that continue it.
    private func context(_ drafts: [ProblemDraft], item label: PartLabel, at index: Int) -> PartSequencer.Context {
        var item = label.rest
        var next = index + 1
        while next < lines.count, next <= index + 3, !shapes[next].isEmpty, headers[next] == nil, labels[next] == nil, !noise[next],
              !PartKindReader.isOptionLine(lines[next])
        {
            item += " " + lines[next].trimmed
            next += 1
        }
        var following = index + 1
        while following < lines.count, shapes[following].isEmpty || noise[following] { following += 1 }
        let opens = following < lines.count && labels[following].map { PartSequencer.readings(of: $0.token).contains { $0.value == 1 && $0.style != .arabic } } == true
        let siblings = label.token == "1" ? siblingTexts(after: index) : []
        guard let problem = drafts.last else { return PartSequencer.Context(parentText: "", itemText: item, opensSubparts: opens, siblingTexts: siblings) }
        let parent = problem.parts.last?.textLines ?? [problem.title] + problem.textLines
        return PartSequencer.Context(parentText: parent.joined(separator: " "), itemText: item, opensSubparts: opens, siblingTexts: siblings)
    }

    /// The texts of "2.", "3.", … that continue the numbered list opened at `index`, up to the
    /// next header or the next "1."; at most 12 items within 60 lines.
    private func siblingTexts(after index: Int) -> [String] {
        var texts: [String] = []
        var expected = 2
        var line = index + 1
        while line < lines.count, line <= index + 60, texts.count < 12, starts[line] == nil {
            if let label = labels[line], label.token == String(expected) {
                texts.append(label.rest)
                expected += 1
            } else if labels[line]?.token == "1" {
                break  // another list begins
            }
            line += 1
        }
        return texts
    }

    private func append(_ line: String, to drafts: inout [ProblemDraft]) {
        let last = drafts.count - 1
        if drafts[last].parts.isEmpty {
            drafts[last].textLines.append(line)
        } else {
            drafts[last].parts[drafts[last].parts.count - 1].textLines.append(line)
        }
    }

    private mutating func finish(_ drafts: [ProblemDraft], headerCount: Int) -> ProblemSet {
        var problems: [Problem] = []
        for (n, written) in drafts.enumerated() {
            let end = n + 1 < drafts.count ? drafts[n + 1].start : max(lines.count, written.start + 1)
            let draft = foldingOptions(written)
            var parts: [Part] = []
            for (k, part) in draft.parts.enumerated() {
                let partEnd = k + 1 < draft.parts.count ? draft.parts[k + 1].start : end
                let text = SegmentBuilder.join(part.textLines.filter { !Self.isPointsLine($0) })
                parts.append(
                    Part(
                        id: part.id, label: part.label, text: text, lines: inputLines(part.start..<partEnd),
                        values: MathValueExtractor.values(in: text)))
            }
            problems.append(
                Problem(
                    id: draft.id, title: draft.title, text: SegmentBuilder.join(draft.textLines), parts: parts,
                    lines: inputLines(draft.start..<end)))
        }
        if headerCount == 0 {
            if problems.first?.parts.isEmpty ?? true {
                warnings.append("no problem structure found")
            } else {
                warnings.append("no problem headers found; all parts belong to problem 1")
            }
        }
        if headerCount > 0, let first = problems.first.flatMap({ Int($0.id) }), first > 1 {
            warnings.append("problem numbers start at \(first)")
        }
        for (a, b) in zip(problems, problems.dropFirst()) {
            if let x = Int(a.id), let y = Int(b.id), y != x + 1 {
                warnings.append("problem numbers jump from \(a.id) to \(b.id)")
            }
        }
        return ProblemSet(problems: problems, warnings: warnings, preamble: preamble.joined(separator: "\n"))
    }

    /// A line that only states a part's points, on its own after the part ("[2]", "(3 pts)",
    /// "[4 marks]"): no part of the question.
    static func isPointsLine(_ line: String) -> Bool {
        line.trimmingCharacters(in: .whitespaces).wholeMatch(of: #/[\[(]\s*\d{1,2}(?:\.\d+)?\s*(?:(?:points?|pts?|marks?)\.?)?\s*[\])]/#.ignoresCase()) != nil
    }

    /// A range of `lines` as a range of input lines (never empty).
    private func inputLines(_ range: Range<Int>) -> Range<Int> {
        let lower = range.lowerBound < origin.count ? origin[range.lowerBound] : inputCount
        let upper = range.upperBound < origin.count ? origin[range.upperBound] : inputCount
        return lower..<max(upper, lower + 1)
    }

    /// A problem whose only "parts" are short capital-lettered lines after a stem ("runs in time
    /// - (A) O(V²) - (B) … - (D) O(VE)") lists the options of one question: they are its text.
    private func foldingOptions(_ draft: ProblemDraft) -> ProblemDraft {
        // The stem may stand on the header line ("Question 3 A linear layer computes … which equals ∂L/∂W?").
        let stem = draft.textLines.contains { !$0.trimmed.isEmpty } || !draft.title.trimmed.isEmpty
        // "(A) elastic (B) inelastic (C) unit elastic": options a paragraph joined into one line.
        // (A footer after them, "*Collaboration policy: …*" past a rule, may follow in later lines.)
        let inline = draft.parts.count == 1 && (draft.parts[0].textLines.first ?? "").contains(#/\(B\)\s*\S.*\(C\)/#)
        guard stem, draft.parts.count >= 2 || inline,
            draft.parts.allSatisfy({ $0.id.last?.isLetter == true && labels[$0.start]?.token.count == 1 && labels[$0.start]?.token.first?.isUppercase == true }),
            draft.parts.allSatisfy({ part in
                let written = part.textLines.filter { !$0.trimmed.isEmpty }
                // (The last option may be followed, after a blank line, by the sheet's footer:
                // "(D) 0.89" then "*Office hours: …*".)
                let footed = part.start == draft.parts.last?.start && written.count > 1
                    && part.textLines.firstIndex(where: { !$0.trimmed.isEmpty }).map { first in
                        part.textLines.count > first + 1 && part.textLines[first + 1].trimmed.isEmpty
                    } == true
                return (written.count == 1 || inline || footed) && written[0].count <= (inline ? 400 : 120) && !written[0].contains("?")
            })
        else { return draft }
        var folded = draft
        folded.parts = []
        for part in draft.parts {
            folded.textLines.append(lines[part.start].trimmed)
            folded.textLines += part.textLines.dropFirst()
        }
        return folded
    }

    private static func join(_ lines: [String]) -> String {
        lines.joined(separator: "\n").trimmed
    }
}
