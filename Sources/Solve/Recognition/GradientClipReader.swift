/// Reads "Clip g so that its Euclidean norm is at most 1. What is the clipped gradient?" and
/// `clip_grad_norm_(…, max_norm=1.0)`: one gradient vector stated as numbers, and the largest
/// norm.
///
/// Not computed: clipping by value or element-wise, another norm than the Euclidean one, the
/// norm or scale of the clipped gradient, several gradients clipped together (their norm is
/// joint), and a step taken with the clipped gradient (the optimizer's reader refuses it).
enum GradientClipReader {
    static func read(_ reading: PartReading) -> Attempt {
        let part = reading.part
        guard let asked = part.firstMatch(#"\bclip(?:ped)?\s+(?:the\s+)?(?:gradients?|g)\b|\bclip_grad_norm_?\b|\bclip\s+(?:\$?g\$?|\\mathbf\{g\}|∇\w*)\s+(?:so|such|to)\b|\b(?:gradient|norm)\s+clipping\b"#) else {
            return .notApplicable
        }
        // ("We do not clip the gradient.", "no need to clip": no clipping asked.)
        if part.firstMatch(#"\b(?:do not|don['’]t|does not|doesn['’]t|no need to|not|never|without)\s+(?:\w+\s+)?clip"#) != nil { return .notApplicable }
        if let step = part.firstMatch(#"\bSGD\b|\bmomentum\b|\bAdam\w*|\bgradient descent\b|\bsteps?\b|\bupdates?\b|\biterates?\b|θ_?\{?1|\\theta_"#) {
            return .failed("gradient clipping: '\(step[0])' asks for a step taken with the clipped gradient")
        }
        let texts = [part, reading.parentPart, reading.problemStatement].compactMap { $0 }
        // (Another clipping than one vector's Euclidean norm, in the part or its setting: by value,
        // per coordinate, of a squared norm, over several tensors or examples.)
        let other = #"\bnorm of the clipped\b|\bscal(?:e|ing) factor\b|\bby value\b|\bclip_grad_value\w*|\belement-?wise\b|\bcomponent-?wise\b|\bcoordinate-?wise\b|\bper[- ](?:coordinate|component|entry|element|example|sample|parameter|layer|tensor)\b|\beach (?:entry|component|coordinate|element|example|sample|gradient entry)\b|\bclamp\w*|\bsquared\b|‖\s*\^?\s*2|\|\|\s*\^\s*2|\^\s*2\b|\bL_?1\b|ℓ_?1|\bmax(?:imum)?[- ]norm\b(?!\s*(?:of|is|=|c\b|τ))|\binfinity\b|∞|\btotal (?:gradient )?norm\b|\bglobal (?:gradient )?norm\b|\bjoint\w*|\ball (?:the )?(?:gradients|parameters|tensors)\b|\baverag\w*|\bDP-?SGD\b|\bhow many\b|\bwhich\b|\bwhether\b"#
        for text in texts {
            if let found = text.firstMatch(other) {
                return .failed("gradient clipping: '\(found[0])' is another quantity than one gradient clipped by its Euclidean norm")
            }
        }
        var finding = Finding(.optimizerStep)
        finding.note(asked[0])
        guard let (limit, limitPhrase) = Self.limit(texts) else { return .failed("gradient clipping: the largest norm is not stated once") }
        finding.read("max norm", NormalizationReader.format(limit), from: limitPhrase)
        guard let (gradient, gradientPhrase) = Self.gradient(texts) else {
            return .failed("gradient clipping: one gradient is not stated as numbers")
        }
        finding.read("gradient", ConvolutionReader.display(gradientPhrase))
        return finding.finish(.gradientClipping(GradientClipping(maxNorm: limit), gradient: gradient))
    }

    /// The largest norm: "norm is at most 1", "max_norm=1.0", "a threshold of 5", in the nearest
    /// text that states one; nil when that text states two different ones.
    private static func limit(_ texts: [StatementText]) -> (Double, String)? {
        // (A plain decimal only: "1/2", "1e-2" and "10^{-2}" are not read.)
        let number = #"(\d+(?:\.\d+)?)(?![\d/eE^×]|\s*[×x]\s*10|\.\d)"#
        let pattern = #"\bnorm\s+(?:is\s+)?(?:at most|no (?:more|larger|greater) than|not exceeding|≤|<=|\\le(?:q)?)\s*\$?\s*"# + number
            + #"|\bmax_norm\s*=\s*"# + number + #"|\b(?:clipping\s+)?threshold\s+(?:of\s+|is\s+|=\s*|(?:c|τ|\\tau)\s*=\s*)?\$?"# + number
            + #"|\b(?:to|with)\s+(?:a\s+)?(?:maximum\s+|max\s+)?(?:Euclidean\s+|L2\s+|ℓ2\s+|ℓ_2\s+)?norm\s+(?:of\s+)?\$?"# + number
        for text in texts {
            let found = text.matches(pattern).compactMap { match -> (Double, String)? in
                guard let written = match[1...].first(where: { !$0.isEmpty }), let value = Double(written) else { return nil }
                return (value, match[0])
            }
            guard let first = found.first else { continue }
            return found.allSatisfy({ $0.0 == first.0 }) ? first : nil
        }
        return nil
    }

    /// The one gradient the nearest text states: "g = (3, 4)", "the gradient is [3, 4]"; nil
    /// when that text states more than one ("(3, 0) and (4)").
    private static func gradient(_ texts: [StatementText]) -> ([Double], String)? {
        let pattern = #"(?:\bg\b|\\mathbf\{g\}|∇\w*)\s*\$?\s*=\s*\$?\s*([(\[][^()\[\]]*[)\]])|\bgradients?\b(?:[^.;()\[\]]|[(\[][^()\[\]]*[)\]]){0,40}?\b(?:is|are|equals|of)\s+\$?(?:g\s*=\s*)?([(\[][^()\[\]]*[)\]])"#
        for text in texts {
            let found = text.matches(pattern)
            guard let match = found.first else { continue }
            let written = match[1...].first { !$0.isEmpty } ?? ""
            guard found.count == 1, let literal = MathScanner.literal(Array(written), at: 0), literal.isNumeric,
                  let values = literal.flat, values.count >= 2 else { return nil }
            // ("… are (3, 0) and (4)": another tensor's gradient after it.)
            if let sentence = text.sentences.first(where: { $0.contains(written) }),
               StatementText(sentence).firstMatch(#"[)\]]\s*(?:and|,)\s*\$?[(\[]"#) != nil { return nil }
            return (values, written)
        }
        return nil
    }
}
