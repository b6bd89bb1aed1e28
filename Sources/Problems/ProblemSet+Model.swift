/// The problem model: kinds, options, facts and references, read after segmentation.
extension ProblemSet {
    mutating func readModel() {
        let outline = problems.map { (id: $0.id, parts: $0.parts.map(\.id)) }
        for p in problems.indices {
            let problem = problems[p]
            problems[p].facts = FactReader.facts(in: [problem.title, problem.text].joined(separator: "\n"))
            if problem.parts.isEmpty {
                (problems[p].kind, problems[p].options) = PartKindReader.read(problem.text)
            }
            let ids = problem.parts.map(\.id)
            for q in problem.parts.indices {
                let text = problem.parts[q].text
                (problems[p].parts[q].kind, problems[p].parts[q].options) = PartKindReader.read(text)
                // "State whether each of the following is true or false." then the statements.
                if problems[p].parts[q].kind == .value, PartKindReader.asksEachTrueOrFalse(parentText(of: ids[q], in: problem)) {
                    problems[p].parts[q].kind = .trueFalse
                }
                problems[p].parts[q].facts = FactReader.facts(in: text)
                problems[p].parts[q].references = PartReferences.references(
                    in: text, of: ids[q], problemID: problem.id, ids: ids, problems: outline)
            }
        }
    }

    /// The text a part is nested under: its parent part's, or the problem's statement.
    private func parentText(of id: String, in problem: Problem) -> String {
        let path = PartReferences.path(id, problemID: problem.id)
        // "Question 4. True or false. Write T or F.": the instruction may have become the title.
        guard path.count > 1 else { return [problem.title, problem.text].filter { !$0.isEmpty }.joined(separator: ". ") }
        return problem.parts.last { PartReferences.path($0.id, problemID: problem.id) == Array(path.dropLast()) }?.text ?? ""
    }

    /// The facts a part can use: its own, then those of the parts it refers to, of the parts
    /// it is nested in, and of the problem's statement; a name stated nearer wins ("Repeat
    /// (b) with a stride of 2" keeps (b)'s facts but its own stride).
    public func facts(availableTo id: String) -> [Fact] {
        guard let problem = problems.first(where: { $0.parts.contains { $0.id == id } }),
              let part = problem.parts.first(where: { $0.id == id })
        else { return [] }
        var facts = part.facts
        func inherit(_ more: [Fact], from origin: String) {
            for var fact in more where !facts.contains(where: { $0.name == fact.name }) {
                fact.from = origin
                facts.append(fact)
            }
        }
        for reference in part.references {
            if let referenced = problem.parts.first(where: { $0.id == reference }) { inherit(referenced.facts, from: reference) }
        }
        let own = PartReferences.path(id, problemID: problem.id)
        for ancestor in problem.parts.reversed() {
            let path = PartReferences.path(ancestor.id, problemID: problem.id)
            if path.count < own.count, Array(own.prefix(path.count)) == path { inherit(ancestor.facts, from: ancestor.id) }
        }
        inherit(problem.facts, from: "stem")
        return facts
    }
}
