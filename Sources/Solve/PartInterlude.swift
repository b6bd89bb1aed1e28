import Foundation

/// Text between two parts that sets up the parts after it: "(b) … \n\nConsider the following
/// stack of layers: …\n\n(c) …". A list of parts that ends, a paragraph, then the list resumed
/// reads in linear text as the end of the earlier part; it belongs to the problem's statement
/// for the parts that follow, not to the part it trails.
enum PartInterlude {
    /// A paragraph that opens a setting: "Consider …", "For parts (c)–(e), …", "The following
    /// table …", "Now suppose …", "Use the network below …".
    /// ("2-D. Consider the 4 × 4 input X …": a short run-in heading may come first; "A network
    /// applies the following layers to …, in order:" announces the layers that follow.)
    static let opening = #"^(?:[\w-]{1,12}\.\s+)?(?:consider\b|for (?:the )?(?:parts?|questions?|next|remaining|following|rest)\b|(?:the|a) following\b|now (?:consider|suppose|let|assume)\b|use the (?:following|network|table|data|layers?)\b|in (?:the )?(?:parts?|questions?) (?:below|that follow)\b|the (?:remaining|next) (?:parts|questions)\b|(?:a|an|the|our)\s+(?:[\w-]+\s+){0,3}(?:applies|uses|has|consists of|is made of|contains|takes|performs)\s+the following (?:layers|operations|steps|modules|blocks)\b[^.?\n]*:)"#

    /// A line that opens on the parts after it: "For the remaining parts, …", "For the rest of the
    /// problem, …", "For parts (c)–(e), …".
    static let laterParts = #"^(?:for|in|throughout) (?:all )?(?:the )?(?:remaining|following|next|subsequent) (?:(?:two|three|four) )?(?:parts|questions|sub-?parts)\b|^(?:for|in) the rest of (?:this|the) (?:problem|question|exercise)\b|^for parts? \(?[a-z]\)?\s*(?:–|—|-|to|through|and)\s*\(?[a-z]\)?[\s,:]"#

    /// What a part's own text must hold before an interlude: its question, asked and done.
    /// (An interlude that only states values, "The upstream gradient is ∂L/∂y = …", asks none.)
    /// ("Same setting as above, but with stride 2.", after a points mark, asks (a)'s question again.)
    static let asking = #"\?|\b(?:compute|calculate|find|give|determine|evaluate|apply|report|write|show|explain|sketch|repeat|redo)\b|^\s*(?:"# + StatementText.pointsMarker + #"\s*)?same (?:[\w-]+ ){0,2}as\b"#

    /// The part's own text and the interlude that trails it, if any. The part must have asked
    /// its question before the interlude, and the interlude asks none ("(b) The following
    /// kernel is used: … What is …?" keeps its data).
    /// `label`: the letter of the part ("c", also for its sub-part `2c.ii`), which a paragraph for
    /// later parts must come after.
    static func split(_ text: String, label: String? = nil) -> (own: String, interlude: String?) {
        var paragraphs = text.components(separatedBy: "\n\n")
        // ("… (biased variance).\nFor the remaining parts, a hidden layer produces …": a line that
        // opens on the later parts starts a paragraph of its own, blank line or not; a source's
        // list ends there without one.)
        paragraphs = paragraphs.flatMap { paragraph -> [String] in
            var pieces: [String] = []
            for line in paragraph.components(separatedBy: "\n") {
                // (A sentence of its own, capitalized after one that ended: "… this part and\nfor the
                // remaining parts, use …" wraps a sentence, and "…, including this one" is for this
                // part too.)
                let trimmed = line.trimmingCharacters(in: .whitespaces)
                if let last = pieces.last?.trimmingCharacters(in: .whitespaces).last, ".!?:)".contains(last),
                   trimmed.first?.isUppercase == true, StatementText(trimmed).firstMatch(laterParts) != nil,
                   StatementText(trimmed).firstMatch(#"\bincluding (?:this|the present|the current)\b"#) == nil {
                    pieces.append(line)
                } else if pieces.isEmpty {
                    pieces.append(line)
                } else {
                    pieces[pieces.count - 1] += "\n" + line
                }
            }
            return pieces
        }
        guard paragraphs.count > 1 else { return (text, nil) }
        for index in 1..<paragraphs.count {
            let paragraph = paragraphs[index].trimmingCharacters(in: .whitespacesAndNewlines)
            // ("The upstream gradient is ∂L/∂y = [1, 0, −1, 2].": data stated for the parts after it.)
            let givens = StatementText(paragraph).firstMatch(#"^(?:the|let|suppose|assume|now|given|here)\b[^?]*="#) != nil
                && StatementText(paragraph).firstMatch(asking) == nil
            guard StatementText(paragraph).firstMatch(opening) != nil || givens else { continue }
            let own = paragraphs[..<index].joined(separator: "\n\n")
            let interlude = paragraphs[index...].joined(separator: "\n\n")
            // "For parts (b)–(e), a classifier outputs the logits …": a paragraph that names the later
            // parts it is for sets them up, whatever the part before it asked.
            // ("(a) … \n\nFor parts (a) and (b), use zero padding of 1." is for (a) too: no interlude.)
            if let scope = StatementText(paragraph).firstMatch(#"^(?:for|in) (?:the )?parts? \(?([a-z])\)?\s*(?:–|—|-|to|through|and)\s*\(?[a-z]\)?[\s,:]"#),
               let own = label?.last, own.isLetter, let first = scope[1].first {
                guard first > own else { return (text, nil) }
                if !interlude.contains("?") { return (paragraphs[..<index].joined(separator: "\n\n"), interlude) }
            }
            // ("Same network as in (a), but with the weights below." points at the paragraph as its own.)
            guard StatementText(own).firstMatch(asking) != nil, !interlude.contains("?"),
                  StatementText(own).firstMatch(#"\b(?:below|following|as follows)\b[^.?]*[.:]?\s*$"#) == nil else { return (text, nil) }
            return (own, interlude)
        }
        return (text, nil)
    }
}
