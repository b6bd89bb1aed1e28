/// Reads one head of dot-product attention over matrices the problem gives as `Q`, `K` and
/// `V`: "Compute the score matrix S = QKᵀ/√d_k", "Apply a row-wise softmax to S to get the
/// attention weights A", "Compute the attention output AV".
///
/// The scores are divided by √d_k only when the text says so (`/√d_k`, "scaled"); a text that
/// says neither that nor "unscaled" is not computed. Masks, several heads and dropout are
/// another computation and are not read.
enum AttentionReader {
    /// "/√d_k", "/\sqrt{d_k}", "/ sqrt(dk)": the scores divided by √d_k.
    static let divisionBySqrtDk = #"/\s*(?:√|\\sqrt)\s*\{?\s*\(?\s*d_?\{?k\}?\s*\)?\s*\}?|/\s*sqrt\(\s*d_?k\s*\)"#

    static func read(_ reading: PartReading) -> Attempt {
        let part = reading.part
        // ("Compute the softmax of the score vector s = (2, 1, 0)." under a statement about attention:
        // a softmax of the part's own numbers, not the attention's weights.)
        if part.firstMatch(#"\bsoftmax\b"#) != nil, part.writesNumbers,
           part.firstMatch(#"\battention\b|\bQ\s*K|\b[QKV]\b|\bquer(?:y|ies)\b|\bkeys?\b"#) == nil {
            return .notApplicable
        }
        // (A sub-part's setting is its part's too: "(e) Now apply a causal mask, … (ii) Give the
        // corresponding output.")
        let setting = reading.parentPart.map { StatementText($0.text + " " + part.text) } ?? part
        let texts = [setting, reading.problemStatement]
        // ("Two queries attend over three keys" then "(c) Compute the output A V": an earlier part
        // of the problem writes QKᵀ.)
        guard (texts + [reading.context]).contains(where: { $0.firstMatch(#"\battention\b|\bQ\s*K\s*\^?\s*(?:T|⊤|ᵀ|\\top|\{\\top\})"#) != nil })
                || reading.problemStatement.firstMatch(#"\bquer(?:y|ies)\b[^.]{0,40}\battend\w*\b"#) != nil else { return .notApplicable }
        let quantity: Attention.Quantity
        let phrase: String
        // ("Repeat (c) with a causal mask": the quantity (c) asks for, computed with what this part changes.)
        let asking = part.firstMatch(#"\boutputs?\b|\battention weights\b|\bsoftmax\b|\bscores?\b"#) == nil ? reading.repeatedPart?.text ?? part : part
        // (A repeated part that picks a row or sets the scaling asks more than its quantity: not read.)
        if asking.text != part.text, let more = asking.firstMatch(#"\b(?:first|second|third|fourth|fifth|sixth|last)\b\**\s+(?:token|query|row|word|position)\b|\b(?:token|query|row)\s*\d|\bscal\w*|\bunscaled\b|\bentry\b"#) {
            return .failed("attention: the repeated part's '\(more[0])' is not carried over")
        }
        // ("(b) The output A V is multiplied by W … and passed through a ReLU", "… if the keys were
        // scaled by 2": a part that does more, or changes the inputs, is not the attention's alone.)
        // ("… the weight matrix before the softmax is applied": the scores, asked in other words.)
        if let more = part.firstMatch(#"\bmultipl\w*\b|\bpassed through\b|\bReLU\b|\bif\b|\bwere\b|\binstead\b|\badded\b|\bplus\b|\btimes\b|\bthen\b|\b(?:weight matrix|weights|matrix)\s+before\b|\bpre-softmax\b"#) {
            return .failed("attention: '\(more[0])' asks more than the attention")
        }
        // ("Compute the output (attention weights) V": the output, whatever it names on the way.)
        if let match = asking.firstMatch(#"\boutputs?\b(?!\s+of\s+the\s+softmax)|\bcompute\s+(?:the\s+)?A\s*V\b|\bweighted (?:sum|average) of the values\b"#) {
            quantity = .output
            phrase = match[0]
        } else if let match = asking.firstMatch(#"\battention weights\b|\bsoftmax\b"#)
                    // ("Now add a causal mask … Give the new 3x3 weight matrix.": the attention's
                    // weights; not a projection's.)
                    ?? (asking.firstMatch(#"\bprojection\b|\bW\s*[_^]?\s*\{?[QKVO]\b|\blearn\w*|\bbefore\b|\bshape\b|\b(?:key|query|value|output)s? weight\b|\bmaps?\b|\bunnormali[sz]ed\b|\bscores?\b"#) == nil
                        ? asking.firstMatch(#"\b(?:new|resulting|masked|attention)\s+(?:\d+\s*[x×]\s*\d+\s+)?weight matrix\b"#) : nil) {
            quantity = .weights
            phrase = match[0]
        } else if let match = asking.firstMatch(#"\bscores?\b|\bQ\s*K\s*\^?\s*(?:T|⊤|ᵀ|\\top|\{\\top\})|\bdot products?\b"#) {
            quantity = .scores
            phrase = match[0]
        } else {
            return .notApplicable
        }
        var finding = Finding(.computationGraph)
        finding.note(phrase)
        // A mask the part states: causal ("query i may only attend to keys j ≤ i"), or keys masked
        // out as padding ("the third key/value token is padding and is masked out").
        var mask: Attention.Mask? = nil
        // ("Now remove the causal mask", "Unlike a causal decoder, …": a mask named to be set aside.)
        if let lifted = setting.firstMatch(#"\b(?:remov\w*|without|no|unlike|not|instead of|drop\w*|lift\w*|disabl\w*|turn\w* off)\b[^.;]{0,30}?\b(?:causal|mask\w*)\b"#) {
            return .failed("attention: '\(lifted[0])' sets a mask aside, which is not read")
        }
        if let causal = setting.firstMatch(#"\bcausal\b"#) {
            mask = .causal
            finding.note(causal[0])
        } else if let padded = setting.firstMatch(#"\b(first|second|third|fourth|fifth|sixth|last) key(?:/value)?(?: token)? (?:is|was) (?:padding|masked)\b"#) {
            let ordinals = ["first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6]
            guard let count = matrix("K", reading)?.count, let index = padded[1].lowercased() == "last" ? count : ordinals[padded[1].lowercased()], index <= count else {
                return .failed("attention: '\(padded[0])' is not one of the keys")
            }
            mask = .keys([index])
            finding.note(padded[0])
        }
        for text in texts {
            // (With the mask read, "masked scores are set to −∞" describes it.)
            let rest = mask == nil ? text : text.removing(#"\bmask(?:ed|s|ing)?\b(?: out\b)?|\bcausal\b"#)
            if let other = rest.firstMatch(#"\bmask\w*\b|\bcausal\b|\bmulti-?head\w*\b|\bheads\b|\bdropout\b"#) {
                return .failed("attention: '\(other[0])' is not computed here")
            }
        }
        // The question of another part ("Which key does the second query attend to most?") is not this one.
        if part.firstMatch(#"\bwhich\b|\bexplain\b|\bwhy\b"#) != nil { return .notApplicable }
        guard let queries = matrix("Q", reading), let keys = matrix("K", reading) else {
            return .failed("attention: Q and K are not both given as numbers")
        }
        let values = matrix("V", reading)
        if quantity == .output, values == nil { return .failed("attention: V is not given as numbers") }
        guard let width = keys.first?.count else { return .failed("attention: K is empty") }
        // The part's own words decide, else its problem's, else the earlier parts' ("Apply a row-wise
        // softmax to S" after (a) defined S = QKᵀ/√d_k; "softmax(QKᵀ/√d_k)" after (a) asked for the raw
        // scores "(no scaling yet)").
        var scale: Double? = nil
        // (A sub-part's parent that changes the setting, "Suppose the scaling by √d_k is removed.",
        // speaks for the sub-part before its problem does.)
        // (Not a sub-part that speaks of the scaling itself: "Now restore the scaling by √d_k …".)
        let parent = part.firstMatch(#"\bscal\w*|√|\\sqrt"#) == nil ? reading.parentPart : nil
        for text in [part] + (parent.map { [$0] } ?? []) + [reading.problemStatement, reading.context] {
            // ("… the softmax of the raw scores QKᵀ; they are not scaled by √d_k": said outright.)
            if let said = text.firstMatch(#"\b(?:are|is) not (?:be )?(?:scaled|divided)\b"#),
               text.firstMatch(Self.divisionBySqrtDk) == nil {
                scale = 1
                finding.note(said[0])
                break
            }
            // ("Suppose someone forgets the 1/√d_k factor", "Suppose the scaling by √d_k is removed":
            // the factor written, and left out.)
            if text == part || text == parent, let dropped = text.firstMatch(#"\b(?:forgets?|forgot|omits?|omitted|drops?|dropped|removes?|removed|leaves? out|left out|skips?|skipped|without)\b[^.?]{0,20}?(?:1\s*/\s*(?:√|\\sqrt)|(?:√|\\sqrt)|scal\w*)|\b(?:the\s+)?(?:scaling|scale factor|1\s*/\s*(?:√|\\sqrt)\S*|factor)\b[^.?]{0,30}?\b(?:is|are|was|were|gets?|has been)\s+(?:removed|dropped|omitted|left out|skipped|forgotten)\b"#) {
                scale = 1
                finding.note(dropped[0])
                break
            }
            let unscaled = text.firstMatch(#"\bunscaled\b|\bwithout (?:the )?scaling\b|\bno scaling\b|\braw scores?\b|\braw score matrix\b"#)
            let scaled = text.firstMatch(Self.divisionBySqrtDk + #"|\bscaled\b"#)
            // ("(a) Compute the raw score matrix QKᵀ. (b) … A = softmax(QKᵀ/√d_k) …" before "(c) Compute
            // the attention output AV": "raw scores" names QKᵀ itself, which the weights then scale.)
            let namesScores = unscaled.map { $0[0].lowercased().hasPrefix("raw score") } ?? false
            if namesScores, scaled != nil, quantity != .scores, text != part, part.firstMatch(#"\braw\b|\bunscaled\b"#) == nil {
                // The weights and outputs follow the scaled definition.
            } else if unscaled != nil, scaled != nil {
                return .failed("attention: '\(unscaled![0])' and '\(scaled![0])' in one text")
            } else if let unscaled {
                scale = 1
                finding.note(unscaled[0])
                break
            }
            if let scaled {
                // d_k as stated must be the keys' width.
                if let stated = [part, reading.problemStatement, reading.context].lazy.compactMap({ $0.firstMatch(#"\bd_?\{?k\}?\s*=\s*(\d+)\b"#) }).first,
                   Int(stated[1]) != width {
                    return .failed("attention: d_k = \(stated[1]) but the keys have \(width) entries")
                }
                scale = 1 / Double(width).squareRoot()
                finding.note(scaled[0])
                finding.read("scale", "1/√\(width)")
                break
            }
        }
        guard let scale else { return .failed("attention: whether the scores are divided by √d_k is not stated") }
        // "the attention weights of the **second** token's query": that query's row only.
        var row: Int? = nil
        let ordinals = ["first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6]
        if let match = part.firstMatch(#"\b(first|second|third|fourth|fifth|sixth|last)\b\**\s+(?:token|query|row|word|position)\b"#) {
            let word = match[1].lowercased()
            row = word == "last" ? queries.count : ordinals[word]
            guard let row, row <= queries.count else { return .failed("attention: '\(match[0])' is not one of the \(queries.count) queries") }
            finding.note(match[0])
        } else if let numbered = part.firstMatch(#"\b(?:row|outputs?|weights?)(?:\s+(?:vector|row))?\s+(?:for|of)\s+(?:the\s+)?(?:token|query|position)\s+(\d)\b"#), let index = Int(numbered[1]) {
            // "What is the output row for token 2?", "the weights of query 3": tokens numbered from 1
            // (not where they are counted from 0, nor "on the first two keys", a part of the row).
            guard index >= 1, index <= queries.count else { return .failed("attention: '\(numbered[0])' is not one of the \(queries.count) queries") }
            if let other = [part, reading.problemStatement].lazy.compactMap({ $0.firstMatch(#"\b(?:zero|0)[- ]indexed\b|\bindexed from (?:zero|0)\b|\b(?:positions|tokens|queries) 0\b"#) }).first
                // ("over the three keys" is every key.)
                ?? part.firstMatch(#"\b(?:on|over|to|for|across) (?:the )?(?:first|last|other|remaining|second|third)(?: (?:two|three|four|2|3|4))? keys?\b|\bkeys? \d"#) {
                return .failed("attention: '\(other[0])' is not read")
            }
            row = index
            finding.note(numbered[0])
        } else if let one = part.removing(#"\b(?:first|second|third|fourth|fifth|sixth|last) key(?:/value)?(?: token)? (?:is|was) (?:padding|masked)\b"#)
                    // ("… with a causal mask, so that token i attends only to tokens j ≤ i": the mask's description names no row.)
                    .removing(#"\b(?:so|such) that (?:each |every )?(?:token|query|position) i\b[^.;]*"#)
                    .firstMatch(#"\b(?:token|query|word|position)\s*\d|\b(?:token|query|word)['’]s\b|\bquery\s+q_?\{?\d|\b(?:the|this|that|a|one)\s+(?:\w+\s+)?(?:token|query|word|position)\b"#) {
            return .failed("attention: which query '\(one[0])' names is not read")
        }
        finding.read("Q", "\(queries.count)×\(queries[0].count)")
        finding.read("K", "\(keys.count)×\(width)")
        if let values { finding.read("V", "\(values.count)×\(values[0].count)") }
        if mask == .causal {
            // Without "j ≤ i" written, a causal mask aligns queries with keys by position.
            let written = setting.firstMatch(#"\bj\s*(?:≤|<=|\\le(?:q)?)\s*i\b"#) != nil
            guard written || queries.count == keys.count else { return .failed("attention: a causal mask over \(queries.count) queries and \(keys.count) keys") }
        }
        return finding.finish(.attention(Attention(queries: queries, keys: keys, values: values, scale: scale, row: row, mask: mask), quantity))
    }

    /// The numeric matrix bound to `name` (a single row counts as a 1 × n matrix).
    private static func matrix(_ name: String, _ reading: PartReading) -> [[Double]]? {
        if let literal = reading.array(named: name)?.binding.literal {
            if let grid = literal.grid { return grid }
            if case .vector(let row) = literal.value, !row.isEmpty { return [row] }
            return nil
        }
        // ("token q k v" over one row of vectors per token: the columns are Q, K and V.)
        return (TokenTable(reading.part) ?? TokenTable(reading.problemStatement))?.matrix(name)
    }
}
