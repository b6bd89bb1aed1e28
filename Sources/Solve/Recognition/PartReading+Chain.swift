extension PartReading {
    /// The part whose output a part takes as its input when the problem chains its parts ("The
    /// layers below are applied in sequence: each of parts (a)–(e) takes as input the output of
    /// the previous part"; "The layers are applied one after the other, each to the output of the
    /// previous part"), whether or not that part's answer is known. Nil for the chain's first
    /// part, for parts outside the range the problem names, and for a part that says it stands
    /// apart ("This part is separate from the chain above", "Forget the network above").
    var chainedFrom: String? {
        let chain = #"\b(?:each|every)(?: of)?(?: the)? (?:parts?|layers?)(?: \(([a-z])\)\s*[–—-]+\s*\(([a-z])\))?[^.;]{0,40}?\b(?:takes?|uses?|receives?|is applied to)\b(?: as (?:its )?input)? the output of the (?:previous|preceding) (?:part|one|layer)\b|\bapplied (?:one after the other|in (?:sequence|order)),? each (?:one )?to the output of the (?:previous|preceding) (?:part|one|layer)\b()()"#
        guard let match = problemStatement.firstMatch(chain), let letter = id.last, letter.isLetter, letter.isLowercase,
              part.firstMatch(#"\b(?:separate|independent|apart) (?:from|of)\b|\bnot part of the chain\b|\bfresh input\b|\bforget\b|\bnew input\b|\bon its own\b"#) == nil else { return nil }
        // ("The layers of parts (a)–(c) are applied one after the other, each to the output of the
        // previous part; part (d) again starts from the image.": the range the statement names,
        // and no part it sets apart.)
        let range = match[1].isEmpty ? problemStatement.firstMatch(#"\bparts?\s*\(([a-z])\)\s*(?:[–—-]+|to|through)\s*\(([a-z])\)"#).map { [$0[1], $0[2]] } : [match[1], match[2]]
        if problemStatement.firstMatch(#"\bparts?\s*\("# + String(letter) + #"\)[^.;]{0,40}?\b(?:again\s+)?(?:starts?|begins?|uses?|takes?)\s+(?:again\s+)?(?:from|with)\s+(?:the|a|an)\b"#) != nil { return nil }
        if let bounds = range, let first = bounds[0].first, let last = bounds[1].first {
            guard letter > first, letter <= last else { return nil }
        } else {
            guard letter > "a" else { return nil }
        }
        return Unicode.Scalar(letter.unicodeScalars.first!.value - 1).map { String(Character($0)) }
    }

    /// The input ``chainedFrom`` gives: that part's answer, when it is a shape; nil when the
    /// problem does not chain this part or the previous answer is unknown.
    var chainedInput: (label: String, shape: LayerShape, layout: LayerShape.Layout)? {
        guard let previous = chainedFrom, let (shape, layout) = earlierShape(previous) else { return nil }
        return (previous, shape, layout)
    }

    /// An earlier part's answer (by bare label) as a layer shape, when it is a shape with a layout.
    /// ("8×16×32×32 (NCHW)": a batched shape, its batch first.)
    func earlierShape(_ label: String) -> (shape: LayerShape, layout: LayerShape.Layout)? {
        guard case .shape(var dimensions, var written)? = earlierAnswers[label] else { return nil }
        var batch: Int? = nil
        if let layout = written, layout.count == 4, layout.hasPrefix("N"), dimensions.count == 4 {
            batch = dimensions.removeFirst()
            written = String(layout.dropFirst())
        }
        guard let layout = written.flatMap(LayerShape.Layout.init(rawValue:)), var shape = LayerShape(dimensions: dimensions, layout: layout) else { return nil }
        shape.batch = batch
        return (shape, layout)
    }
}
