/// Classes a problem names in words, in the order of its score vector: "the logits
/// z = (2.0, 0.5, −1.0) for the classes (cat, dog, bird), in that order". A part then names a
/// class by its word: "The true label is **dog**", "−log p_dog", "What probability does the
/// model assign to *cat*?".
struct ClassNames: Sendable, Equatable {
    let names: [String]

    /// The class names the part or its statement lists, when there is one list and it has
    /// `count` names.
    init?(_ reading: PartReading, count: Int) {
        var lists: [[String]] = []
        // ("classes: cat, dog, frog, in that order": the order's words are no class.)
        for text in [reading.part, reading.problemStatement].map({ $0.removing(#",?\s*\b(?:in (?:that|this|the given|the listed) order|respectively)\b,?"#) }) {
            // ("The classes are bird, plane and ship": the copula is no class.)
            // ("classes in the order cat, dog, bird", "three classes, ordered (dog, cat, bird)": the
            // order given before the names.)
            let pattern = #"\b(?:classes|labels|categories)\s*(?::\s*|\(\s*|\s+are\s+|\s+in (?:the|this) order:?\s+|,?\s+ordered(?:\s+as)?:?\s*\(?\s*)?([A-Za-z][\w-]*(?:\s*,\s*[A-Za-z][\w-]*){1,9}(?:,?\s+and\s+[A-Za-z][\w-]*)?)"#
            for match in text.matches(pattern) {
                let names = match[1].split(whereSeparator: { $0 == "," }).flatMap { $0.split(separator: " ") }
                    .map { String($0).lowercased() }.filter { $0 != "and" && !$0.isEmpty }
                if !lists.contains(names) { lists.append(names) }
            }
        }
        guard lists.count == 1, let names = lists.first, names.count == count, Set(names).count == count,
              // ("labels 0, 1 and 2" are numbers, handled as class numbers.)
              names.allSatisfy({ $0.first?.isLetter == true }) else { return nil }
        self.names = names
    }

    /// The 0-based index of the class `text` states as the true one ("the true label of this
    /// image is **dog**", "−log p_dog", `p_{\text{dog}}`), with the phrase; nil when it states none.
    func target(in text: StatementText, depiction: Bool = true) -> (index: Int, phrase: String)? {
        let name = #"[*_"'`]*([A-Za-z][\w-]*)"#
        let patterns = [
            #"\b(?:true|correct|target|ground[- ]truth)\s+(?:class|label)(?:\s+(?:of|for)\s+(?:this|the)\s+\w+)?\s+(?:is|=)\s+(?:the\s+)?(?:class\s+)?"# + name,
            #"\bp_\{?(?:\\(?:text|mathrm)\{)?([A-Za-z][\w-]*)"#,
            // ("… to the classes (cat, car, frog) for an image of a cat")
            #"\bfor\s+(?:an?|this)\s+(?:image|photo|picture)\s+(?:of|showing)\s+(?:an?\s+|the\s+)?"# + name,
        ]
        // (What an image shows is its class only where no label is stated otherwise: "an image of a cat,
        // but the recorded label is frog", "suppose the image had been labelled frog".)
        let labelled = text.firstMatch(#"\blabel\w*|\bsuppos\w*|\binstead\b|\bhad been\b|\bclass\b"#) != nil
        for (index, pattern) in patterns.enumerated() where index < 2 || depiction && !labelled {
            for match in text.matches(pattern) {
                if let index = names.firstIndex(of: match[1].lowercased()) { return (index, match[0]) }
            }
        }
        return nil
    }

    /// The class whose probability or score the part's question asks for alone ("What
    /// probability does the model now assign to *cat*?", "the probability of dog").
    func asked(in text: StatementText) -> (index: Int, phrase: String)? {
        for match in text.matches(#"\b(?:probability|score|logit)\b[^.?]{0,60}"#) {
            for named in StatementText(match[0]).matches(#"\b(?:to|of|for)\s+(?:the\s+)?(?:class\s+)?[*_"'`]*([A-Za-z][\w-]*)"#) {
                if let index = names.firstIndex(of: named[1].lowercased()) { return (index, match[0]) }
            }
        }
        return nil
    }
}
