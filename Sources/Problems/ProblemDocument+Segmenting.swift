import Files
import Source

extension ProblemDocument {
    /// Segments the texts of one input into a document: the cleaned text into problems and
    /// parts, the raw text too (each part keeps its raw text), formulas and locations per part.
    public init(file path: String, texts: ProblemTexts) {
        let cleanedSet = ProblemSegmenter.segment(texts.cleaned)
        let rawSet = texts.raw == texts.cleaned ? cleanedSet : ProblemSegmenter.segment(texts.raw)
        let lines = texts.cleaned.split(separator: "\n", omittingEmptySubsequences: false)
        // Character offset of each line start, to place formula spans in lines.
        var lineStarts: [Int] = []
        var offset = 0
        for line in lines {
            lineStarts.append(offset)
            offset += line.count + 1
        }
        func location(_ range: Range<Int>) -> Location {
            var location = Location(lines: [range.lowerBound, range.upperBound], page: nil, box: nil)
            if let places = texts.lineLocations {
                let inRange = range.filter { $0 < places.count }.map { places[$0] }
                if let first = inRange.first {
                    location.page = first.page
                    location.box = Box.union(inRange.filter { $0.page == first.page }.map(\.box))
                }
            }
            return location
        }
        let textCharacters = Array(texts.cleaned)
        func formulas(_ part: Part) -> [String] {
            if let spans = texts.formulas {
                let lower = part.lines.lowerBound < lineStarts.count ? lineStarts[part.lines.lowerBound] : offset
                let upper = part.lines.upperBound < lineStarts.count ? lineStarts[part.lines.upperBound] : offset
                return spans.filter { $0.start >= lower && $0.end <= upper }.map { String(textCharacters[$0.start..<$0.end]) }
            }
            let plain = SourceReader.plain(part.text)
            let characters = Array(plain.text)
            return plain.formulas.map { String(characters[$0.start..<$0.end]) }
        }
        let problems = cleanedSet.problems.map { problem in
            ProblemEntry(
                id: problem.id, title: problem.title, text: problem.text, facts: problem.facts, kind: problem.kind,
                options: problem.options,
                parts: problem.parts.map { part in
                    PartEntry(
                        id: part.id, label: part.label, text: part.text, rawText: rawSet.part(part.id)?.text ?? "",
                        formulas: formulas(part), values: part.values, kind: part.kind, options: part.options,
                        references: part.references, facts: cleanedSet.facts(availableTo: part.id), location: location(part.lines))
                },
                location: location(problem.lines))
        }
        self.init(file: path, form: texts.form, repairs: texts.repairs, problems: problems, warnings: texts.sourceIssues + cleanedSet.warnings,
                  preamble: cleanedSet.preamble)
    }
}

extension ProblemDocument {
    /// A source (LaTeX, Markdown, plain) segmented as it is: no repairs, its formula spans kept.
    public init(source: SourceText) {
        self.init(file: source.path, texts: ProblemTexts(source: source))
    }
}

extension ProblemTexts {
    /// A source's canonical text, which needs no cleaning — except a plain text pasted from a
    /// PDF, whose tables may come column by column (``ColumnTable``).
    public init(source: SourceText) {
        var repairs: [String: Int] = [:]
        let rebuilt = source.kind == .plain ? ColumnTable.rebuilding(source.text, counts: &repairs) : source.text
        // (Rebuilt lines move the formula spans: each part's are read from its own text then.)
        self.init(form: source.kind.reading, cleaned: rebuilt, raw: source.text, repairs: repairs, formulas: repairs.isEmpty ? source.formulas : nil)
        sourceIssues = source.issues.map { "line \($0.line): \($0.message)" }
    }
}
