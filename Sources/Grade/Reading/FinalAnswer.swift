import Foundation
import Solve

/// Finds the answer a part's text commits to last.
///
/// Candidates, strongest first: `\boxed{…}`; a line marked "Answer:", "Final answer:", "the
/// answer is", `✅`; a summary-table cell; bold text; then the closing `= value` of a line, a
/// value alone on its line or in a display formula. The last candidate of the strongest kind
/// present wins. A correction ("wait", "let me recompute", "actually") withdraws the
/// candidates before it when a value follows; a later turn's candidates replace an earlier
/// turn's. Two explicit answers that disagree (a body and a summary, "either … or …") are
/// unclear; a question back instead of an answer is missing.
public enum FinalAnswer {
    /// One reading of an answer in the text.
    public struct Candidate: Sendable, Equatable {
        public var reading: AnswerReading
        /// How explicit the answer is: 4 boxed, 3 marked or a summary cell, 2 bold, 1 a closing value.
        public var strength: Int
        public var evidence: String
        public var place: String
        var turn: Int
        var order: Int
        /// Offered under a condition ("if your grader counts them, the answer would be (C)").
        var hedged = false
        /// The scenario the value was worked out under, counted in the part's text ("If the
        /// ratings are updated after every game:" … "Final: …"); nil outside any.
        var scenario: Int? = nil
    }

    /// What the part's text gives.
    public struct Outcome: Sendable, Equatable {
        public var final: Candidate?
        /// Other explicit answers that disagree with the final one, none withdrawn.
        public var conflicting: [Candidate]
        /// A line asking for the input again, when there is one.
        public var request: PartAttribution.Piece?
        /// The last candidate a correction withdrew.
        public var withdrawn: Candidate?
        /// A summary row that restates the final answer at another precision ("≈ 302.6 Hz" in
        /// the working, "✅ **2(b): 303 Hz**" after it): the same answer, written twice.
        public var restated: Candidate?
    }

    static func regex(_ pattern: String) -> NSRegularExpression {
        try! NSRegularExpression(pattern: pattern, options: [.caseInsensitive])
    }

    /// A correction: a phrase that withdraws what came before anywhere in a sentence, or a
    /// word that does so at a sentence's start ("Wait, …", "Actually, …", "Correction: …";
    /// not "bias correction" or "wait time").
    static let correction = regex(
        #"\b(?:let me (?:redo|recompute|recalculate|re-?check|double[- ]check|fix)|that can['’]t be right|that['’]s (?:wrong|not right|backwards)|scratch that|i made (?:an error|a mistake)|please ignore|on second thought|no,? wait|recomputing|rechecking)|(?:^|[.!?:;]\s+|[—–]\s*|\*\*)(?:wait|actually|correction|hmm|oops)\b"#)
    static let request = regex(
        #"re-?upload|(?:could|can) you (?:paste|share|send|upload|re-?send|give|clarify|confirm|tell me|check which|check whether|let me know)|send .{0,40} again|paste .{0,30}again|can['’]?t (?:see|read|make out)|cannot (?:see|read)|too small to read|is cut off|unreadable|can't tell what|which (?:one|convention) do you (?:mean|want)|do you mean\b|\b(?:if|once|when) you (?:can )?(?:confirm|clarify|let me know|tell me)\b[^.!?]{0,60}\bI['’]ll\b"#
            // "Just to be sure I use the right formula: is 1.2 mm the sample SD, or a known σ?": a question back.
            + #"|\b(?:just to be sure|just to make sure|to be safe|before I (?:compute|answer|start|go on|give (?:a |the |you )?(?:number|value|answer|result)))\b[^.!?]{0,80}(?::|\s[—–]|\s-)\s*(?:is|are|do|does|should|did)\b(?:[^.!]|\.\d){0,160}\bor\b(?:[^.!]|\.\d){0,120}\?"#
            // "Let me know which setup the problem intends.": the answer waits for the user.
            + #"|\blet me know which (?:setup|convention|assumption|case|version|interpretation|definition|one|reading)\b"#)
    /// ("Result: 42", "so the result is 42"; not "rounding throws off the result: e⁻² = …",
    /// where "result" is the object of a verb.)
    static let marker = regex(
        #"(?:final answer|(?:^|[\s*(])(?<!\bI )(?<!\bto )(?<!\bbefore )(?<!\bwe )(?<!\byou )answer\b(?!\s+(?:changes?|depends?|varies|vary|differs?|would|will|could|might|may|can|should)\b)|the answer is|answer is|(?:^[\s>*_•#-]*|[.!?;:,]\s+|\b(?:so|and|thus|hence|then|gives?|giving|here['’]s|here is|is)\s+|\*\*)(?:(?:the|my|our|final|this|numerical|net|overall|expected|resulting)\s+){0,2}result\s*(?=is\b|[:=]|\*\*)|(?:^|\s)total\s*(?=[:=])|✅|✔️?|^[\s>*_•-]*⇒|therefore|so the answer is|(?:\bI(?:['’]d|['’]ll|\s+would|\s+will)?\s+(?:still\s+)?(?:go|stick|stay)\s+with|\bI(?:['’]m|\s+am)\s+(?:still\s+)?(?:going|sticking|staying)\s+with|\bI(?:['’]d|\s+would)\s+(?:still\s+)?(?:choose|pick|select))(?=\s+(?:option\s+|choice\s+|answer\s+)?\**\s*(?:\((?-i:[A-H])\)|(?-i:[A-H])\b|[-−]?\d[\d.,]*(?:\s*[A-Za-z%°/µ]{1,6})?)\s*\**\s*[.!]?\s*$))\s*(?:\((?-i:[a-h])\)(?=\s*:))?"#
            // "the answer to 1(b) is …", "answer for part (c):", "answer for **1c is 265**": the part named is no value
            // (nor at the sentence's end: "This is the corrected answer to 3.4.").
            + #"(?:\s*(?:to|for)\s+(?:\*\*)?(?:(?:part|question|problem|exercise|task)\s+)?\d*(?:\.\d+)?\s?\(?(?-i:[a-h])?\)?(?:\((?-i:[ivx]+)\))?(?:\s+(?:is\b)?|(?=[.!]?(?:\*\*)?\s*$)))?\s*(?:\*\*)?\s*[:=]?\s*(?:\*\*)?\s*(.+)$"#)
    /// "375,000 bytes is the answer for 1c.", "**0.12 ms** is my final answer": a value, then
    /// the marker that names it the answer, closing the sentence. Group 1 is the value.
    static let invertedMarker = regex(#"(?:^|(?<=[\s*(]))(\**[-−+]?\$?\(?\d(?:\d|[.,]\d)*[^,;:!?]{0,40}?)\s+(?:is|remains|would be|stays|is still|stands as|still stands as)\s+(?:the|my|our|your)\s+(?:final\s+|correct\s+|right\s+)?answer(?:\s+(?:to|for)\s+(?:\*\*)?(?:(?:part|question|problem|exercise|task)\s+)?\d*(?:\.\d+)?\s?\(?(?-i:[a-h])?\)?(?:\*\*)?)?\s*(?:[.!]|$)"#)
    /// "Check:", "Sanity check (units):", "Verification:": the words that open a verification.
    static let checkWords = #"(?:(?:sanity|quick|double)[- ])?(?:check(?:ing)?|verif(?:y|ying|ication))\b[^:\n]{0,30}:"#
    /// ("You can verify it directly: …": the same, offered to the reader; not "Let me double-check:",
    /// where the model may revise its answer.)
    static let verification = regex(#"^[\s>*_#•(\[-]*(?:(?i:you can|you could)\s+(?:(?i:quickly|also|easily)\s+)?)?"# + checkWords)
    /// "As a sanity check, 4/13 + 9/13 = 1: …", "As a check, …": a sentence that opens as a
    /// verification; not one that goes on to state or revise the answer.
    static let openingCheck = regex(#"^[\s>*_#•(\[-]*(?:as|for) an?\s+(?:(?:sanity|quick|double)[- ])?check\b"#)
    /// "sorry about that", "my mistake", "not T —": words that withdraw an answer given before.
    static let retraction = regex(#"(?i)\bsorry\b|\bmy (?:mistake|bad|error)\b|\bI (?:was wrong|made an? (?:error|mistake))\b|,\s*not\s+\**[\w.−-]{1,12}\**\s*(?:[—–;]|$)"#)
    static let statesAnswer = regex(#"\*\*|\\boxed|\banswer\b|\binstead\b|\bnot\b|\bcorrect"#)
    /// "For r = 8 and γ = 1.4 this gives …": numbers put in for names (not "With p = 1 − q: …",
    /// where the number begins an expression).
    static let instance = regex(#"^[\s>*_•-]*(?i:for|with|taking|plugging in|substituting|e\.g\.,?|for example,?|numerically,?)\s+(?:\$?\\?[A-Za-zα-ω]\w*\$?\s*=\s*\$?[-−]?\d[\d.]*(?![\d.]|[A-Za-z]|\s*[-−+*/^·×]\s*[A-Za-zα-ω(])\$?(?:,?\s*(?:and\s+)?)?)+"#)
    /// The line up to a later sentence of it that is a limiting case or a property of the
    /// formula before it (``limitingCase``, ``propertyOfResult``), when the text before writes a
    /// formula; nil when there is none.
    static func beforeSpecialCase(_ line: String) -> String? {
        for boundary in line.matches(of: #/[.;]\s+(?=[A-Z])/#) {
            let head = line[..<boundary.range.lowerBound]
            guard head.contains("=") else { continue }
            let rest = String(line[boundary.range.upperBound...])
            let range = NSRange(rest.startIndex..., in: rest)
            // (Not an instance, "With k = 2, f'(x) = 3x² + 4x.": it may be the answer asked.)
            if [propertyOfResult, limitingCase].contains(where: { $0.firstMatch(in: rest, range: range) != nil }) { return head + "." }
        }
        return nil
    }

    /// "For low-extraction drugs (f_u·CL_int ≪ Q) this reduces to CL_H ≈ f_u·CL_int.", "In the
    /// limit of large n it tends to …": a special case of the formula, after it.
    static let limitingCase = regex(#"^[\s>*_•-]*(?i:(?:for|when|if|in the)\b[^.]*?(?:≪|≫|<<|>>|\\ll\b|\\gg\b|\blimit\b|\b(?:small|large|low|high|negligible)\b)[^.]*?\b(?:this|it|the (?:formula|expression|result|model))\s+(?:reduces|simplifies|tends|approaches|collapses|goes|becomes approximately)\b)"#)
    /// "It vanishes at N = K/2, which is where growth is fastest." after the formula asked for: a
    /// property of the answer, not another one.
    static let propertyOfResult = regex(#"^[\s>*_•-]*(?i:(?:it|this|which|the (?:derivative|expression|function|result|rate|gradient|formula))\s+(?:vanishes|is zero|equals zero|changes sign|peaks|is (?:maximi[sz]ed|minimi[sz]ed|largest|smallest|positive|negative|undefined))\s+(?:at|when|for|where)\b)"#)
    /// A part skipped ("I'll skip (d) here", "I'm skipping it", group 1 for a bare "it") or handed
    /// back at the end of its line ("… — just plug in.").
    static let partSetAside = regex(#"(?:^|[—–]\s*|\s-\s+|[.;,]\s+)(?:just |simply |then )?(?:plug|substitute) (?:it |them |these |those |the (?:values|numbers) )?in\s*[.!]?\s*$|\b(?:I['’]ll|I will|I['’]m going to|let me|I['’]m|I am)\s+(?:skip(?:ping)?|leav(?:e|ing) out|pass(?:ing)? on)\s+(?:\([a-h]\)|part\s*\(?[a-h]\)?(?![\w])|this (?:part|one|question)|that (?:part|one)|(it))(?=[\s.,;:!—–-]|$)"#)
    static let handOff = regex(#"\byou can (?:plug|substitute|finish|complete|compute|evaluate|work)\b|\bwhich you (?:can |then |would |need to )?(?:evaluate|compute|plug|substitute|work out)\b(?![^.;]*(?:=|≈|\\approx)\s*[-−]?\$?\d)|\byou (?:then |would |need to |just )?evaluate (?:it |this |that )?at\b(?![^.;]*(?:=|≈|\\approx)\s*[-−]?\$?\d)|\b(?:I['’]ll|I will|let me) let you (?:finish|complete|compute|evaluate|work out|do)\b|\bI['’]ll leave\b[^.]{0,40}\b(?:to|for) you\b|(?:^|[.!]\s+)(?:plug|substitute) (?:in )?your\b|(?:^|[.!;]\s+)(?:plug|substitute|put) (?:these|them|those|the (?:values|numbers)) (?:in|into|back into)\b|(?:^|[.!;]\s+)(?:plug|substitute|put) in (?:the|these|those|your|both|each|all)\b[^.=]{0,60}?\bto (?:get|obtain|find|arrive at)\b(?![^.]*(?:=|≈|\\approx)\s*[-−]?\$?\d)(?!\s+(?:about\s+|roughly\s+)?[-−]?\$?\d)|\btry it yourself\b|(?<![=≈]\s?[-−]?\$?\d(?:[^;.]|\.\d){0,30})(?:\bgive it a (?:try|go|shot)\b|\bfor you to (?:finish|complete|compute|try|work out|do)\b|\b(?:I|we) can (?:check|verify) your (?:number|answer|result|work|value)\b)|\bonce you (?:tell|confirm|let me know|send|share|clarify)\b|\bto finish (?:this|it|the|off)\b|\bleft as an exercise\b|\byou(?:['’]d|\s+(?:can|could|would|just|then|simply|now))*\s+(?:read|look up|find|get)\b(?:[^.=≈\d(]|\([^()]*\)){0,40}\b(?:off|from|in) (?:a|the|your) (?:standard |normal |z[- ])*(?:table|calculator)\b|\bI (?:don['’]t|do not) want to quote\b|\blook up\s+(?:Φ|\\Phi|the (?:table|value))|\bleave (?:this|it|the (?:rest|last step|final step|arithmetic)) (?:to you|for you|as an exercise)|\bI['’]d suggest (?:evaluating|computing|running|integrating)\b|(?i:(?:^|[.!;:)*]\s*)(?:set|let|put|take)\s+\$?[A-Za-z](?:[^.]|\.\d)*?\b(?:and|then)\s+solve\b(?:[^.]|\.\d)*?\bfor\s+\$?\\?[A-Za-z][\w{}]*\$?\s*(?:\.|$))(?!.*\d)"#)
    /// The pieces without those of a turn whose last line for the part leaves the asked quantity
    /// to the reader ("From here you get W_q by Little's law, dividing L_q by λ.") or offers the
    /// last step ("Want me to carry the numbers through?"): the values before it are steps.
    static func withoutTurnsLeftToReader(_ pieces: [PartAttribution.Piece]) -> [PartAttribution.Piece] {
        var leftOff: Set<Int> = []
        for turn in Set(pieces.map(\.turn)) {
            guard let last = pieces.last(where: { $0.turn == turn }),
                  let line = last.text.split(separator: "\n").last(where: { !$0.trimmingCharacters(in: .whitespaces).isEmpty }).map(String.init)
            else { continue }
            let range = NSRange(line.startIndex..., in: line)
            // (Not after a value the turn marks, "W = … = **0.5 h**", nor a check: "you can get W
            // from Little's law too — same result".)
            let marked = pieces.contains { $0.turn == turn && $0.text.range(of: #"\*\*[^*\n]*\d[^*\n]*\*\*|\\boxed"#, options: .regularExpression) != nil }
            let checks = line.range(of: #"(?i)\b(?:too|also|as well|same (?:result|answer|value)|check|verify|confirm)\b"#, options: .regularExpression) != nil
            if !marked, !checks, leftToReader.firstMatch(in: line, range: range) != nil || offerToFinish.firstMatch(in: line, range: range) != nil { leftOff.insert(turn) }
        }
        return leftOff.isEmpty ? pieces : pieces.filter { !leftOff.contains($0.turn) }
    }

    /// "From here you get W_q by Little's law …", "then you can obtain $P_3$ from the recursion":
    /// a named quantity the reader is told how to get, with no value after it.
    static let leftToReader = regex(#"(?i)(?:^|[.!;:]\s+|\b(?:from here|from this|from there|then|now),?\s+)you\s+(?:can\s+|could\s+|would\s+|then\s+|just\s+|simply\s+)*(?:get|obtain|find|compute|calculate|work out)\s+\$?\\?[A-Za-zα-ωΑ-Ω][\w{}^₀-₉]{0,8}\$?\s+(?:by|from|via|with|using)\b(?![^.]*(?:=|≈|\\approx)\s*[*$]*\s*[-−]?\$?\d)"#)
    /// "Want me to carry the numbers through?", "Shall I finish the arithmetic?": the last step of
    /// the computation offered, closing the line.
    static let offerToFinish = regex(#"(?i)\b(?:want me to|shall I|should I|would you like me to|do you want me to)\s+(?:carry|work|finish|plug|crunch|run|go|push|grind|do|fill)\s+(?:(?:the numbers|the arithmetic|the calculation|the computation)(?:\s+(?:through|out|in|to the end|numerically))?|(?:it|this|them) (?:through|out numerically))\s*\?\s*$"#)
    /// ("Two ways to report this, depending on what your instructor wants:" too.)
    /// (Not "two ways to seat the couple:" or "the profit depending on what the demand is:", a case
    /// split whose values a conclusion sums up.)
    static let bothOffered = regex(#"(?:\b(?:both|two|the two) (?:versions|answers|options|conventions|readings|interpretations|variants|possibilities)\b|\b(?:two|both) ways to (?:report|write|present|express|give|state|answer|read|interpret)\b|\b(?:it |that |this )?depends on (?:whether|which|how|what)\b|\bdepending on (?:what|which|whether|how) (?:your|the) (?:instructor|course|convention|textbook|book|class|grader|notes|lecturer|professor)\b)[^.]*:\s*$"#)
    /// ("It could be either, depending on your course's convention." too.)
    /// ("Both approaches appear in textbooks; use whichever matches …" too.)
    static let eitherValid = regex(#"(?:^|[.!?]\s+)[\s>*_]*(?:(?:both|either|the two) (?:approach(?:es)?|answers?|methods?|conventions?|readings?|values?|results?) (?:appear|are used|is used|are common|show up|are standard|are accepted)\b|(?:it|this|that|the answer)\s+(?:could|might|may)\s+be\s+either(?:\s+way)?\s*[,.;—–-]?\s*(?:depending|dependent)\b|(?:either|both)\b(?:\s+\S+){0,3}?\s+(?:is|are|would be|works?|could be|might be|may be)\s+(?:a\s+|an\s+)?(?:equally\s+)?(?:valid|acceptable|correct|fine|defensible|reasonable|right|intended|what['’]s meant|what is meant|what (?:your|the) (?:course|instructor|lecturer|book) (?:means|intends|wants))\b)"#)
    /// "That said, (D) would also be defensible if …", "Option C is equally correct": another
    /// option offered as acceptable beside the one chosen.
    static let otherOptionAlsoValid = regex(#"(?:^|[.!?;,:]\s+|\b[Tt]hat said,?\s+|\b[Bb]ut\s+|\b[Tt]hough\s+)[\s>*_]*(?:[Oo]ption\s+|[Cc]hoice\s+|[Aa]nswer\s+)?(?:\([A-H]\)|\b[A-H]\b)[*_]*\s+(?:(?:would|could|might|may)\s+(?:also\s+|equally\s+)(?:be\s+)?|(?:is|are)\s+(?:also|equally)\s+)(?:a\s+)?(?:defensible|acceptable|correct|valid|right|reasonable|arguable)\b"#)
    /// "If your course also wants the magnitude, it is |h| ≈ 52,965 km²/s, but that is extra
    /// information rather than a different answer.": a sentence that says its value is no answer.
    static let disclaimedSentence = regex(#"(?i)(?:^|(?<=[.!?])\s+)[^.!?]*\b(?:(?:that|this|it)(?:['’]s| is| was)? (?:just |only |merely )?(?:extra|additional|supplementary) information|(?:rather than|not) an? (?:different|second|separate|other|alternative) answer)\b[^.!?]*[.!?]?"#)
    /// A line that states a claim in words, then its reason with values after "because" (no
    /// conclusion after it): "The markup is large because at $Q = 40$ demand is inelastic."
    static let explanation = regex(#"^[\s>*_-]*(?i:the|this|that|it|which)\b[^\d=≈$*\n]{2,80}\bbecause\b(?![^\n]*(?i:\b(?:so|hence|therefore|thus|giving|the answer)\b|\*\*|\\boxed))"#)
    /// "… is the `hours` value in the output above", "… are the numbers printed by the cell
    /// below": a result left in a tool's output the text does not quote (as the subject's value,
    /// not "see the output above" beside a stated one).
    /// "… is the `hours` value in the output above": a result pointed to, not stated. ("Take the
    /// inverse cosine of this value (calculator in degree mode) to get θ." leaves the last step to
    /// the reader the same way.)
    static let pointsElsewhere = regex(#"(?i)\b(?:is|are)\s+(?:the\s+|given by the\s+|shown (?:in|by) the\s+)(?!same\b)[^.=\d]{0,40}?(?:`[^`]+`|\b(?:value|number|result|figure|entry))[^.=\d]{0,12}?\b(?:in|from|of|by) the (?:code |tool |python |program )?(?:output|printout|printed output|cell|run) (?:above|below)\b|^[\s*_>-]*(?:now\s+|then\s+|just\s+)?(?:take|apply|use|plug (?:this|it) into)\s+(?:the\s+)?(?:inverse (?:cosine|sine|tangent)|arc ?(?:cos|sin|tan)\w*|cos⁻¹|sin⁻¹|tan⁻¹|a calculator|your calculator)\b[^.]{0,80}?\bto (?:get|find|obtain)\b(?![^\n]*(?:=|≈|\d\s*°|\d\.\d))"#)
    /// "True in the idealised limit where …", "**False** if the walk is finite …": a verdict
    /// that opens its line and holds under a condition. Group 1 is the verdict.
    static let conditionalVerdict = regex(#"^[\s>*_•-]*(?:\**\(?[a-h]\)\**\s*)?\**(True|False|true|false)\**\s+(?:in|if|when|under|for|assuming|provided|as long as)\b"#)
    static let unshownResult = regex(#"(?i)\b(?:(?:this|which|that|it|we|one)\s+(?:gives|yields|get|gets|obtain|find|have)|gives|yields|results? in|becomes|equals|is given by|(?:iterate|value|result|answer|solution|estimate|approximation|vector|matrix)s?\s+(?:is|are))\s*:?\s*$"#)
    /// "…, so the expected count is" in a line that states no value: a result the line does not show.
    static let cutOffResult = regex(#"(?i)\b(?:the|its|our|their|this|that)\s+(?:[\w-]+\s+){1,4}(?:is|are)\s*:?\s*$"#)
    /// "… about two cents wider than the tempered fifth (700 cents)": the value compared with,
    /// after "than", is a reference, not the result.
    static let comparedValue = regex(#"(?i)\b(?:wider|narrower|larger|smaller|greater|higher|lower|bigger|longer|shorter|faster|slower|more|less)\s+than\s+(?:the\s+|a\s+|an\s+)?[A-Za-z][\w\s-]{0,40}?(?:\(\s*[-−]?\d[^()]*\)|[-−]?\d[\d.,]*(?:\s*[A-Za-z%]+)?)"#)
    /// "… and from vertical equilibrium the other reaction is 20 kN": a value of "the other"
    /// quantity is not the one asked, which the text has named before.
    static let otherQuantity = regex(#"(?i)(?:,?\s*\b(?:and|while|whereas)\s+)?(?:\bfrom\s+[\w\s-]{1,40}?\s+)?\bthe other\s+\p{L}+(?:\s+\p{L}+)?\s+(?:is|are|equals|=|≈|comes to|works out to)\s+[^.;]*"#)
    /// "Both are close to the exact value ln 2 ≈ 0.6931", "the iterates are moving towards 2": a
    /// value compared with. (Not a body that moves towards a thing named by a noun: "observer
    /// moving toward a source at rest: f = … = 450.3 Hz".)
    static let comparison = regex(#"\b(?:(?:is|are|very|quite) close to|compared? (?:to|with)|versus|vs\.|(?:moving|heading|drifting|getting closer) (?:towards?|to)(?!\s+(?:an?|the|its|each)\s+(?!(?:value|limit|true|exact|fixed|optimum|minimum|maximum|root|solution)\b)[a-z]))\s"#)
    /// A sentence that offers a value under another assumption ("In practice … ≈ 0.55 is a more
    /// realistic answer", "Without bias correction the step gives …"): after a value of its own
    /// kind, another answer offered beside it, not a replacement.
    /// ("If you count the starting generation as generation 1, it's 51": another way of counting.)
    static let alternativeLead = regex(#"^[\s>*_•(-]*(?:in practice|in reality|realistically|alternatively|(?:or\s+)?equivalently\b|or,|under the other\b|with the other\b|if instead\b|if (?:the question|the problem|you|your \w+|they|we) (?:instead |really |actually )?(?:means?|meant|intends?|wants?|asks? for|reads?)\b|if (?:you|we|one) (?:instead )?(?:count|include|exclude|treat|define|take|measure|start counting|round|ignore|neglect)\b|without (?!loss of generality)(?:the |a |an )?\w+)"#)

    /// "…, so the field also vanishes at x ≈ 0.175 m": a second value that satisfies the condition too.
    static let alsoSolves = regex(#"\balso\s+(?:vanishes|works|satisfies|solves|holds|is (?:zero|a (?:solution|root)|valid))\b"#)

    /// "Since eigenvectors are only defined up to sign, −2.1213 is an equally valid answer.",
    /// "(−0.6, −0.8) is also acceptable", "(B) could also be what they want": another value
    /// the part's answer is said to allow.
    static func alsoAccepted(_ sentence: String) -> String? {
        // (Lines longer than a sentence are no such remark; the bound keeps the pattern linear.)
        guard sentence.count < 600 else { return nil }
        return sentence.firstMatch(of: #/^(?:.*[,;:]\s+|(?i:but|and|though|although|note that)\s+)?(.+?)\s+(?:(?:is|are|would be|will be)\s+(?:an?\s+)?(?:also\s+|equally\s+|just as\s+)|(?:could|might|may) also be\s+)(?:an?\s+)?(?:valid|acceptable|accepted|correct|fine|good|what (?:they|you|your \w+|the \w+) (?:want|wants|expect|expects|intend|intends)\b|the (?:intended|expected) (?:answer|choice|one))(?:\s+(?:answer|choice|solution|too|as well))?\b[^\d]*$/#).map { String($0.1) }
    }

    /// "Some texts instead report …", "… — use whichever convention your course uses".
    /// ("Note that many GR texts use the mostly-plus signature, in which … = **−9**": one word
    /// may stand between, naming the field.) ("If your instructor treats durations as whole
    /// days …, then … P = 0.8783.": a sentence that opens under a course's convention.)
    static let otherConvention = regex(#"\bwhichever\b|\b(?:some|many|other|most)\s+(?:[\w-]+\s+)?(?:texts|textbooks|books|courses|authors|instructors|sources)\b|^[\s>*_•-]*(?i:if) (?:your (?:instructor|course|textbook|book|notes|grader|professor|lecturer|class|teacher|TA|syllabus)|the (?:instructor|course|grader|professor|lecturer|syllabus|textbook))\b"#)

    /// Whether text after a value offers another one for another reading ("If your course …
    /// instead", "… is an equally valid answer", "Some texts report …").
    static func offersAlternative(_ text: String) -> Bool {
        let sentences = text.replacingOccurrences(of: #"[.;]\s+"#, with: "\u{1F}", options: .regularExpression)
            .split(separator: "\u{1F}").map { $0.trimmingCharacters(in: .whitespaces) }
        return text.contains(where: \.isNumber) && sentences.contains { sentence in
            let range = NSRange(sentence.startIndex..., in: sentence)
            return opensAlternative(sentence) || alsoAccepted(sentence) != nil || otherConvention.firstMatch(in: sentence, range: range) != nil
                || alsoSolves.firstMatch(in: sentence, range: range) != nil
                || sentence.range(of: #"(?i)^if\b.*\b(?:instead|rather)\b"#, options: .regularExpression) != nil
        }
    }

    /// A value that a later sentence offers under another convention, said to be as good:
    /// "(A textbook GRU … would have 44,928 — either is defensible depending on the convention
    /// your course uses.)", "Some texts report 0.86 instead.", "… 0.29 is also acceptable."
    static func conventionAlternative(_ tail: String, expecting expectation: AnswerExpectation) -> String? {
        let sentences = tail.replacingOccurrences(of: #"[.;]\s+|^\W*\(|\)\W*$"#, with: "\u{1F}", options: .regularExpression)
            .split(separator: "\u{1F}").map { $0.trimmingCharacters(in: CharacterSet(charactersIn: " ()")) }
        // (A choice is a letter: "(B) could also be what they want" holds no digit.)
        for sentence in sentences where sentence.contains(where: \.isNumber) || expectation == .choice {
            if let accepted = alsoAccepted(sentence), AnswerGrammar.read(accepted, expecting: expectation).value != nil { return accepted }
            let range = NSRange(sentence.startIndex..., in: sentence)
            guard otherConvention.firstMatch(in: sentence, range: range) != nil
                || sentence.range(of: #"(?i)\beither (?:one |answer |value |interval |set |result )?(?:is|would be|can be) (?:defensible|defended|acceptable|accepted|fine|correct|valid)\b|\bdepending on (?:the|your|which) (?:convention|course|definition|textbook)"#, options: .regularExpression) != nil
            else { continue }
            let clause = sentence.replacingOccurrences(of: #"\s+[—–]\s+[^\d=≈]+$"#, with: "", options: .regularExpression)
            if let value = closingValue(clause, expecting: expectation) { return value }
            // "… would have 44,928": the clause's one number.
            let numbers = clause.matches(of: #/[-−]?\d[\d,]*(?:\.\d+)?%?/#)
            if numbers.count == 1, AnswerGrammar.read(String(numbers[0].output), expecting: expectation).value != nil { return String(numbers[0].output) }
        }
        return nil
    }

    static func opensAlternative(_ text: String) -> Bool {
        alternativeLead.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
    }

    static let bold = try! NSRegularExpression(pattern: #"\*\*(.+?)\*\*|__(.+?)__"#)
    /// "If your course counts … as …, the answer would be 10.6 h", "If your course uses the (−,+)
    /// signature you'd get s² = +9 m², and then it reads as timelike, i.e. (A)": an answer under
    /// another convention or reading (group 1, the consequence). (Not a counterfactual mistake, "if
    /// you forgot the factor 2, you would get …": the condition is a course's or a reading's.)
    static let conventionalAlternative = regex(#"(?i)\b(?:if|when|should)\s+(?:your|the|a)\s+(?:course|book|textbook|instructor|lecturer|class|professor|notes|convention|grader|definition|syllabus)\b[^.;]{0,160}?\b(?:counts?|defines?|uses?|takes?|treats?|means?|measures?|wants?|expects?|intends?|interprets?)\b[^.;]{0,160}?(?:,\s*|\s+)((?:then\s+)?(?:the (?:answer|result|value)|it|this|that|you)\s*(?:would|['’]d)\b(?:\bi\.e\.|\be\.g\.|[^;.]|\.\d)*?)(?=\.\s|\.?\)?\s*$)"#)

    /// A value offered under a condition or as a second possibility: "would be", "if your
    /// course … then", "(B) could also be what they want".
    /// (And a ``suggestion``.)
    static let hedge = regex(suggestionPattern + #"|\bwould be\b|\bin which case\b|\bif (?:your|you|the|we|one)\b(?:[^.]|\.\d)*\b(?:would|could|might|then|instead|rather)\b|\bif (?:your|the) (?:course|book|textbook|instructor|lecturer|class|professor|notes|convention)\b[^.;]{0,120}?\b(?:defines?|uses?|counts?|takes?|treats?|writes?|follows?|normali[sz]es?|wants?|expects?)\b[^.;]{0,120}?,|\b(?:could|might|may) also be\b|\botherwise\b|\bunless\b"#)

    static let suggestionPattern = #"\bif (?:you|your \w+)\s+(?:want|wants|need|needs|prefer|prefers|require|requires|insist)\b(?!\s+to\s+(?:check|verify|see|confirm|double-check)\b)(?![^,.]*\b(?:later|also|next)\b)(?:[^.]|\.\d)*?,\s*(?:\w+\s+){0,3}?(?:take|use|choose|pick|go with|answer|write|give|report)\b(?!\s+the\s+(?:square root|root|log\w*|derivative|inverse|reciprocal|product|sum|mean|average|exponential)\b)"#
    /// A value suggested under the reader's wish: "so if you want (20, 60) to be the unique
    /// optimum, take anything just below that, e.g. **$39.99**" offers it beside the answer
    /// ("if you want to check, take the derivative: …" suggests no answer).
    static let suggestion = regex(suggestionPattern)

    static let notAsked = regex(#"^\s*\(.*\b(?:(?:was|is)n['’]?t|was not|is not|not) (?:asked|needed|required|part of the question)\b.*\)\s*\.?\s*$"#)

    /// `\boxed{…}` contents with balanced braces.
    static func boxed(_ text: String) -> [String] {
        var result: [String] = []
        var search = text.startIndex
        while let range = text.range(of: "\\boxed", range: search..<text.endIndex) {
            var index = range.upperBound
            while index < text.endIndex, text[index] == " " { index = text.index(after: index) }
            guard index < text.endIndex, text[index] == "{" else { search = range.upperBound; continue }
            let open = text.index(after: index)
            var depth = 1
            index = open
            while index < text.endIndex, depth > 0 {
                if text[index] == "{" { depth += 1 } else if text[index] == "}" { depth -= 1 }
                if depth > 0 { index = text.index(after: index) }
            }
            result.append(String(text[open..<index]))
            search = index < text.endIndex ? text.index(after: index) : text.endIndex
        }
        return result
    }

    /// The candidates of one piece, in order.
    static func candidates(in piece: PartAttribution.Piece, expecting expectation: AnswerExpectation, summary: Bool, order: inout Int,
                           endsTurn: Bool = false, endsText: Bool = false) -> [Candidate] {
        var found: [Candidate] = []
        /// `alternative`: offered as another answer to one already given ("… — or, if …, **0.1193**").
        func add(_ raw: String, _ strength: Int, hedgedIn line: String = "", alternative: Bool = false) {
            let reading = AnswerGrammar.read(expectation == .scalar ? withoutSetting(withoutRejected(raw)) : withoutRejected(raw), expecting: expectation)
            if reading == .none { return }
            // A formula with variables counts where a number is expected only when the text
            // commits to it (boxed, marked); amid a derivation it is an intermediate step.
            if strength < 3, expectation == .scalar, case .value(.expression(let e)) = reading, e.constantValue == nil { return }
            // "e = b − p = (2, −1, 0)": a bracketed vector amid a derivation is a step where one number is expected.
            if strength < 3, expectation == .scalar, case .ambiguous(let reason, _) = reading, reason == AnswerGrammar.severalValues,
                raw.contains("(") || raw.contains("[") { return }
            // "… with norm 5.": a lone number amid a derivation is no matrix.
            if strength < 3, expectation == .matrix, case .value(.matrix(let rows)) = reading, rows.reduce(0, { $0 + $1.count }) < 2 { return }
            // "c_t = 0.5 · 2 + 0.8 · (−0.5)": arithmetic left undone is a step, not a result.
            if strength < 3, expectation == .scalar, case .value(.expression(let e)) = reading, e.isUndoneArithmetic { return }
            order += 1
            let hedged = alternative || hedge.firstMatch(in: line, range: NSRange(line.startIndex..., in: line)) != nil
            found.append(Candidate(reading: reading, strength: strength, evidence: piece.original, place: piece.place, turn: piece.turn, order: order,
                                   hedged: hedged))
        }
        /// Values offered side by side ("either X or Y"), read together as one ambiguous candidate.
        func addOffered(_ reading: AnswerReading, _ strength: Int) {
            order += 1
            found.append(Candidate(reading: reading, strength: strength, evidence: piece.original, place: piece.place, turn: piece.turn, order: order))
        }
        if summary {
            // "2.2a | $1,013.73": a row of a table written without its outer bars.
            let cell = piece.text.trimmingCharacters(in: CharacterSet(charactersIn: "| \t"))
            // "| 4.2 | z ≈ 1.62 (look up Φ) |": a step the reader is left to finish is no answer.
            if handOff.firstMatch(in: cell, range: NSRange(cell.startIndex..., in: cell)) != nil { return found }
            // "The attachment seems to stop after Exercise 5.3 (it ends with page number 1)": a line
            // whose only numbers name exercises or pages states no value.
            if expectation == .scalar, cell.contains(where: \.isNumber),
               !cell.replacingOccurrences(of: Self.reference, with: "", options: .regularExpression).contains(where: \.isNumber) { return found }
            // "| 3c | (0.5, 1) or (0.447, 0.894) |": two values offered in the cell, neither chosen.
            // "| c | v₁′ = 4 m/s, v₂′ = 1 m/s |": one name's components by index, where a list is expected.
            if let both = offered(cell, expecting: expectation) { addOffered(both, 3) }
            // ("2d: dI/dt = βSI/N − γI, or βSI − γI if your course …": another reading offered beside it.)
            else if let (plain, other) = otherReading(cell, expecting: expectation) {
                add(plain, 3)
                add(other, 3, alternative: true)
            }
            else if expectation == .sequence, let tuple = indexedTuple(cell) { add(tuple, 3) }
            else { add(cell, 3) }
            return found
        }
        var text = piece.text
        // "a) /23", "so the prefix is **/23**": a prefix length written in CIDR notation is its number
        // (``AnswerGrammar/read(_:expecting:)`` reads it so once a line is taken).
        if expectation == .scalar, text.contains("/") {
            text = AnswerGrammar.withoutCIDRSlashes(text)
        }
        // "XᵀX = [  6   21 ]" over "      [ 21   91 ]" in a code block: one matrix, its rows in
        // brackets on lines of their own (as a paragraph's lines are read, ``TurnSegments``).
        let written = text.split(separator: "\n").map(String.init)
        if written.count >= 2, let (matrix, last) = TurnSegments.bracketedRows(written, from: 0), last == written.count - 1 { text = matrix }
        // Rows of bare numbers on their own lines: a matrix (or a column vector).
        var rows = text.split(separator: "\n").map { TurnSegments.rowEntries(String($0)) }
        // "L =" then the rows.
        if rows.count >= 3, rows[0].hasSuffix("="), !TurnSegments.isNumberRow(rows[0]) { rows.removeFirst() }
        let counts = rows.map { row in row.split(whereSeparator: { " ,\t".contains($0) }).count }
        // Single numbers on lines of a PDF page are a formula the text layer scattered, not a column.
        if rows.count >= 2, rows.allSatisfy(TurnSegments.isNumberRow), Set(counts).count == 1,
            expectation == .matrix && counts[0] >= 2 || expectation == .sequence && !piece.place.hasPrefix("page") {
            add("[" + rows.joined(separator: "; ") + "]", 1)
            return found
        }
        if expectation == .sequence, let column = tabulatedColumn(text) { add(column, 1) }
        let lines = joiningOpenBrackets(joiningWrappedProse(text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)))
        // A box that spans lines (a display formula) is read from the whole piece.
        let wholeBoxes = boxed(text)
        if wholeBoxes.count > lines.map({ boxed($0).count }).reduce(0, +) {
            for content in wholeBoxes { add(content, 4) }
            return found
        }
        let lastLine = lines.lastIndex { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
        for (index, written) in lines.enumerated() {
            // "With $t/T = 0.3$:": givens leading into the formula below state no result.
            // ("At $x = L/2$:", "Evaluating at t = 2:": the point the formula below is taken at.)
            if written.range(of: #"^[\s>*_#-]*(?i:with|using|given|taking|let|plugging in|substituting|at|evaluating(?: it)? at|evaluated at|setting|putting)\b.*:[\s$*]*$"#, options: .regularExpression) != nil { continue }
            // ("With h = 0.25 and nodes x_i = 0, 0.25, …, 1, the composite rule is" then the formula on
            // the next line; a line the print wrapped, "… 8, 9, 13 are" / "closer to μ2. …", goes on in words.)
            // (The lead-in names what comes: "…, the rule is", not "…, 8, 9, 13 are".)
            if written.range(of: #"^[\s>*_#-]*(?i:with|using|given|taking|let|plugging in|substituting)\b.*,\s+(?i:the|our|this|that)\s+[\w\s-]{1,40}\s(?i:is|are|gives|becomes|reads|yields)[\s$*]*$"#, options: .regularExpression) != nil { continue }
            // "… the rest of 3.2 follows directly from R = 2 and C₀ = 12.5 mg/L.": values named as what a
            // result comes from, in a line that states no value before (a part's number is none) or
            // after them, are premises. (Not "follows from the total head, P = … = 3.1 kW" or "It
            // follows from T = 300 K that P = …".)
            if let from = written.range(of: #"(?i)\b(?:follows?|following|comes?|derived|obtained|computed|calculated|worked out)\s+(?:directly\s+|straight\s+|immediately\s+|easily\s+)?from\s+(?=\$*\\?[A-Za-zα-ωΑ-Ω][\w{}^₀-₉]{0,8}\$*\s*[=≈])"#, options: .regularExpression),
               String(written[from.upperBound...]).range(of: #"(?i)\b(?:that|so|thus|hence|therefore|gives?|giving|yields?|is|are|equals|we get)\b|[→⇒]"#, options: .regularExpression) == nil,
               !String(written[..<from.lowerBound])
                .replacingOccurrences(of: #"(?i)\b(?:of|in|for|to|problem|exercise|question|part)\s+\(?\d+(?:\.\d+)*\)?(?:\s?\(?[a-h]\)?)?\b"#, with: "", options: .regularExpression)
                .contains(where: { $0.isNumber || $0 == "=" || $0 == "≈" }) { continue }
            // "Therefore (A−1 )23 =" (a printed chat's display continued on the lines below): a line
            // that ends on its relation states no result.
            // ("So the area is **12 cm²**, since 3 × 4 =": a marked value stands.)
            if written.range(of: #"(?:=|≈|\\approx)[\s$*]*$"#, options: .regularExpression) != nil, !written.contains("**"), !written.contains("\\boxed") { continue }
            // "√(1 − ζ²) = 0.8660 and an exponent of −1.8138, so the overshoot is" (a printed chat whose
            // display formula vanished): the result the sentence leads to is not on the line, and
            // the values before it are steps.
            // (Only where nothing of the part's text follows: "… = 0.5, so the steady-state error is" /
            // "small compared with the ramp itself." goes on in words.)
            if endsText, index == lastLine,
               written.range(of: #"(?i)\b(?:so|thus|hence|therefore|then|which means)\b[^=≈.;]*\b(?:is|are|equals|becomes|comes (?:out )?to)[\s$*:]*$"#, options: .regularExpression) != nil { continue }
            // "$\cos(0.3\pi) = 0.5878$, so" closing the piece: the sentence it began was cut off.
            if endsTurn, index == lastLine, written.range(of: #"(?i)\b(?:so|then|hence|thus|therefore|giving|which gives)[\s,:]*$"#, options: .regularExpression) != nil { continue }
            // "… the CRT says N = 105 and we first compute N1 = 35, N2 = 21, N3 = 15 and their inverses"
            // closing the turn unfinished: the first steps of a computation that stops, no result
            // (and the values before it in the turn were steps too: ``find``).
            if endsTurn, index == lastLine, unfinishedFirstSteps(written) { continue }
            // "Cents are 1200 times the base-2 log of the ratio:": a line leading into what follows
            // (a formula a PDF print may have lost) states no result of its own.
            if expectation == .scalar, written.range(of: #":[\s*_$]*$"#, options: .regularExpression) != nil,
               !written.contains("="), !written.contains("≈"), !written.contains("\\approx") { continue }
            var line = (expectation == .matrix ? rowsWritten(written) : written)
            // "I'll skip the true/false here", "for the true-or-false part": the kind of question, no verdict.
            if expectation == .boolean {
                // (Not "It is either true or false, depending on …", which offers both.)
                line = line.replacingOccurrences(of: #"(?i)\btrue\s*/\s*false\b|\bfalse\s*/\s*true\b|(?<=\b(?:the|a|this|that|for)\s)(?:true[- ]or[- ]false|false[- ]or[- ]true)\b|\b(?:true[- ]or[- ]false|false[- ]or[- ]true)(?=\s+(?:question|part|item|statement|one)\b)"#,
                                                 with: "T/F", options: .regularExpression)
            }
            // "i.e. **2b is 0.75**": a part's id inside the bold names it; the value is what follows.
            line = line.replacingOccurrences(of: #"\*\*\s*(?:[Pp]art\s+)?\d+(?:\.\d+)?\s?\(?[a-h]\)?(?:\(?[ivx]{1,4}\))?\s*(?:is|=|:)\s+(?=[^*]*\d[^*]*\*\*)"#, with: "**", options: .regularExpression)
            line = disclaimedSentence.stringByReplacingMatches(in: line, range: NSRange(line.startIndex..., in: line), withTemplate: "")
            line = comparedValue.stringByReplacingMatches(in: line, range: NSRange(line.startIndex..., in: line), withTemplate: "")
            if expectation == .scalar { line = otherQuantity.stringByReplacingMatches(in: line, range: NSRange(line.startIndex..., in: line), withTemplate: "") }
            // "π = (0.25, 0.5, 0.25) — check: πP = (…) works out to π again.": the check after the result is none.
            // (Also after a sentence: "p = Pb = (1, 2, 1)ᵀ. Check: b − p = (2, −2, 2) is orthogonal …".)
            if let check = line.range(of: #"\s*(?:[—–;(]|[,.]\s)\s*"# + checkWords + ".*$",
                                       options: [.regularExpression, .caseInsensitive]),
                check.lowerBound > line.startIndex, line[..<check.lowerBound].contains(where: \.isNumber) {
                line = String(line[..<check.lowerBound])
            }
            // "G(p) = 2p(1 − p). It is maximised at p = 1/2 where G = 1/2.": a special case or a
            // property of the formula after it on its line is no answer (as on a line of its own).
            if expectation == .expression, let formula = beforeSpecialCase(line) { line = formula }
            let range = NSRange(line.startIndex..., in: line)
            // Boxed answers, in the order they stand among the other candidates.
            let boxes = boxed(line)
            if !boxes.isEmpty {
                for content in boxes { add(content, 4) }
                // "… = \boxed{255}. … Final answer: 10,455": a marked answer after the last box.
                if let last = line.range(of: "{" + boxes.last! + "}", options: .backwards) ?? line.range(of: boxes.last!, options: .backwards) {
                    let tail = String(line[last.upperBound...])
                    // "… \boxed{15/32}. … So the answer is either 15/32 or 15/16 depending on …": both offered after the box.
                    if let both = offered(tail, expecting: expectation) {
                        addOffered(both, 3)
                    } else if let match = marker.firstMatch(in: tail, range: NSRange(tail.startIndex..., in: tail)),
                        let rest = Range(match.range(at: 1), in: tail) {
                        add(firstSentence(tail[rest]), 3, hedgedIn: tail)
                    }
                }
                continue
            }
            // "(or, equivalently written with the opposite sign convention, y − p)." on its own line:
            // another answer offered beside the one before.
            if let offered = line.firstMatch(of: #/^\s*\(\s*(?i:or)\b(.*)\)\s*\.?\s*$/#) {
                // The value after the last comma outside brackets.
                var depth = 0
                var start = offered.1.startIndex
                for index in offered.1.indices {
                    let c = offered.1[index]
                    if "([{".contains(c) { depth += 1 } else if ")]}".contains(c) { depth -= 1 } else if c == ",", depth == 0 { start = offered.1.index(after: index) }
                }
                add(String(offered.1[start...]), 1, alternative: true)
                continue
            }
            // "Check: A·A⁻¹ = (1 0; 0 1) ✓": a verification restates the question, not the answer.
            // ("Double-check on 1c: 0.386 < 0.5, so … i.e. **1c is F**, not T — sorry about that.": a
            // check that finds the answer wrong and restates it in bold states the answer.)
            if verification.firstMatch(in: line, range: range) != nil,
               retraction.firstMatch(in: line, range: range) == nil || !line.contains("**") { continue }
            // "(h_n and c_n would each be (4, 32, 128) — but that wasn't asked.)": an aside about
            // another quantity, in parentheses, is no answer.
            if notAsked.firstMatch(in: line, range: range) != nil { continue }
            if openingCheck.firstMatch(in: line, range: range) != nil, statesAnswer.firstMatch(in: line, range: range) == nil { continue }
            // "That replaces my earlier 0.6 for 1(b).": the value named is the withdrawn one.
            if PartAttribution.correctedMention.firstMatch(in: line, range: range) != nil, !line.contains("=") { continue }
            // "… you can plug in λ̂ = 1/3 and n = 5 to finish this one off": the reader is left to finish.
            if handOff.firstMatch(in: line, range: range) != nil { continue }
            // "I'll skip (d) here — it needs … at t = 1.0 s", "x = vₓ · t with vₓ = 12 m/s and the t
            // from part (a) — just plug in.": the part set aside or handed back. (Not "… so I'll skip
            // it: p̂ = 100/400 = 0.25", nor "= 0.163 m = 16.3 cm, just plug in.", which state it.)
            if let aside = partSetAside.firstMatch(in: line, range: range),
               Range(aside.range(at: 1), in: line) == nil || line.range(of: #"[=≈]"#, options: .regularExpression) == nil,
               line.range(of: #"[=≈]\s*\$?[-−]?\d[\d.,]*\s*[A-Za-zµ%°]{0,4}\s*[,;—–-]*\s*(?:just |simply |then )?(?:plug|substitute)"#, options: .regularExpression) == nil { continue }
            // "… up to t = 6 — it's a good exercise to do this one by hand.", "… = 4/3 is the factor …
            // I'll come back to the SI number": the part put off, where the line states no value
            // with its unit ("v ≈ 7.62 km/s. I'll come back to this value in (b)." answers).
            if deferral.firstMatch(in: line, range: range) != nil,
               line.range(of: #"\d\s*(?!(?:is|are|and|or|the|to|of|for|in|at|so|as|by|on|it|if|be|was|up|we)\b)(?:[a-zA-Zµμ°%Ω]{1,4}(?:/[a-zA-Z]{1,4})?|minutes|hours|seconds|days|years)\b(?![\w(])"#, options: .regularExpression) == nil { continue }
            // "The markup is large because at Q = 40 demand is fairly inelastic (|ε| = 1.5).": a remark
            // whose values are all reasons after "because" states no result.
            if expectation != .boolean, expectation != .choice, explanation.firstMatch(in: line, range: range) != nil { continue }
            // "For r = 8 and γ = 1.4 this gives about 56%." after the formula asked for: an instance, not the answer.
            if expectation == .expression, instance.firstMatch(in: line, range: range) != nil { continue }
            if expectation == .expression, limitingCase.firstMatch(in: line, range: range) != nil { continue }
            if expectation == .expression, propertyOfResult.firstMatch(in: line, range: range) != nil, line.filter({ $0 == "=" }).count <= 1 { continue }
            // "x 11 = 25, x 12 = 5, x 21 = 0, x 22 = 20": a matrix by its entries.
            if expectation == .matrix, let grid = indexedMatrix(line) {
                add(grid, 1)
                continue
            }
            // "Tag / index / offset = 17 / 9 / 6": components by name, a list where a list is expected.
            if expectation == .sequence, let tuple = repeatedName(line) ?? namedTuple(line) {
                add(tuple, 1)
                continue
            }
            // "So σ1 = 20 + 75 = **95 MPa** and σ2 = 20 − 75 = **−55 MPa**.": components by index in
            // bold, where a list is expected; the bold makes it as explicit as a bold answer ("**σ₁ = 3√5
            // ≈ 6.7082**": the bold's last number). (Each bold is one component: "d_1 = 6, d_2 = 2;
            // … **s = (3, 1)**" bolds another answer.)
            if expectation == .sequence, case let bolds = bold.matches(in: line, range: range).compactMap({ Range($0.range(at: 1), in: line).map { String(line[$0]) } }),
                !bolds.isEmpty, let tuple = indexedTuple(line.replacingOccurrences(of: "**", with: "")),
                case let components = tuple.dropFirst().dropLast().components(separatedBy: ", "), bolds.count == components.count,
                zip(bolds, components).allSatisfy({ $0.0.matches(of: #/[-−]?\d+(?:\.\d+)?/#).last.map { String($0.output) } == $0.1 }) {
                add(tuple, 2)
                continue
            }
            // "so x = 2 or x = 3": one unknown's values, a list where a list is expected.
            if expectation == .sequence,
                let values = solutions(remark.stringByReplacingMatches(in: line, range: range, withTemplate: "")) {
                add(values, 1)
                continue
            }
            // "That said, C could also be correct …": the option named is offered beside the answer.
            if expectation == .choice, let also = otherOptionAlsoValid.firstMatch(in: line, range: range),
               let option = Range(also.range, in: line).flatMap({ line[$0].firstMatch(of: #/\(([A-H])\)|\b([A-H])\b/#) }) {
                add(String(option.output.1 ?? option.output.2 ?? ""), 3, alternative: true)
                continue
            }
            // "True in the idealised limit where … Strictly, though, … it is **False**.": a verdict under
            // a condition, then its opposite; both stand.
            // "This one depends on interpretation. … in that sense the statement is **false**. But … in
            // that sense it's **true**.": both verdicts, each under its reading.
            // (Two readings named, each with its verdict; not one verdict beside a concession, "In one
            // sense it could be true, but … the statement is **false**", nor one resolved, "Strictly, **False**".)
            if expectation == .boolean,
               line.matches(of: #/(?i)\bin (?:that|this|one|another|the other) sense\b/#).count >= 2,
               line.range(of: #"(?i)(?:\*\*|\b(?:is|it['’]s)\s+)true\b"#, options: .regularExpression) != nil,
               line.range(of: #"(?i)(?:\*\*|\b(?:is|it['’]s)\s+)false\b"#, options: .regularExpression) != nil,
               line.range(of: #"(?i)\bstrictly\b|\bso the (?:statement|claim|answer) is\b|\boverall\b|\bfinal answer\b|\bcannot be\b|\bcould be\b"#, options: .regularExpression) == nil {
                addOffered(.ambiguous(reason: "both verdicts, each under a reading of the statement", [.boolean(true), .boolean(false)]), 3)
                continue
            }
            if expectation == .boolean, let opening = conditionalVerdict.firstMatch(in: line, range: range),
               let word = Range(opening.range(at: 1), in: line) {
                let first = line[word].lowercased() == "true"
                let rest = String(line[word.upperBound...])
                // (The opposite as the statement's verdict: "… so as a literal statement it is **False**",
                // not "the claim that x² is concave is false", a verdict on another claim.)
                if rest.range(of: #"(?i)(?:\b(?:it|this|that|so|the statement|the claim|the answer)\s+(?:is|would be)\s+|[.;]\s+)\**"# + (first ? "false" : "true") + #"\b"#, options: .regularExpression) != nil,
                   rest.range(of: #"(?i)\bnot (?:true|false)\b"#, options: .regularExpression) == nil {
                    addOffered(.ambiguous(reason: "a verdict under a condition and its opposite", [.boolean(first), .boolean(!first)]), 3)
                    continue
                }
            }
            // "It is either X or Y": two values offered, whatever their dress; or two values
            // each under its own condition ("5.0 with the population formula and 6.67 with the sample one").
            if let reading = offered(line, expecting: expectation) ?? acceptedBoth(line, expecting: expectation) ?? conditioned(line, expecting: expectation)
                ?? assignedTwice(line, expecting: expectation) {
                // "So the answer is either X or Y": as explicit as any marked answer.
                let marked = marker.firstMatch(in: line, range: range) != nil
                // "… — **(C)**. (… either (C) or (D) could be …)": as explicit as the line's bold answer it doubts.
                addOffered(reading, marked ? 3 : bold.firstMatch(in: line, range: range) != nil ? 2 : 1)
                continue
            }
            // Every marked sentence of the line, in order ("Therefore, the base is 15. … Final Answer: … is 120.").
            let before = found.count
            var searchFrom = line.startIndex
            var marked = 0
            // "(If your course counts the transfer time as the full period, the answer would be
            // 10.6 h.)": a second answer under another convention, offered beside the plain one.
            if let conventional = conventionalAlternative.firstMatch(in: line, range: range), let value = Range(conventional.range(at: 1), in: line) {
                // (The consequence read whole: "you'd get s² = +9 m², and then it reads as timelike, i.e. (A)".)
                add(String(line[value]), 3, alternative: true)
            }
            // "…, so 375,000 bytes is the answer for 1c.": the value stands before the marker.
            // ("So 12.5 no longer stands as my answer.": a value denied is none; "Only 1 value stands
            // as the answer" counts values.)
            if let inverted = invertedMarker.firstMatch(in: line, range: range), let value = Range(inverted.range(at: 1), in: line),
               line[value].range(of: #"(?i)\b(?:no longer|not|never|n['’]t|only|values?)\b"#, options: .regularExpression) == nil {
                add(String(line[value]), 3, hedgedIn: line)
                searchFrom = line.endIndex
            }
            // (At most 64 per line, so a pathological line stays linear.)
            while searchFrom < line.endIndex, marked < 64,
                let match = marker.firstMatch(in: line, range: NSRange(searchFrom..., in: line)), let rest = Range(match.range(at: 1), in: line) {
                let sentence = firstSentence(line[rest])
                // "And should the answer be in terms of r and γ only?": a question back states no answer.
                if let stop = line[rest].firstMatch(of: #/[!?]|\.(?!\d)/#), stop.output == "?" {
                    searchFrom = stop.range.upperBound
                    marked += 1
                    continue
                }
                // "So the answer is ≈ 0.742 or ≈ 0.81 depending on the assumption.": both, marked.
                if let both = offered(sentence, expecting: expectation) {
                    addOffered(both, 3)
                } else if let earlier = conditionedBefore(line[..<rest.lowerBound], expecting: expectation) {
                    // "= **125** labelled trees — or, if the vertices are unlabelled, the answer is **3**": both offered.
                    add(earlier, 3)
                    add(sentence, 3, alternative: true)
                } else {
                    add(sentence, 3, hedgedIn: line)
                }
                searchFrom = line.index(rest.lowerBound, offsetBy: max(1, sentence.count), limitedBy: line.endIndex) ?? line.endIndex
                marked += 1
            }
            // A hedged answer ("… would be (C)") leaves the line's plain answer to be read too.
            if found.count > before, !found.last!.hedged {
                // "I'd answer **B**, although **C** is how some texts phrase it": the bold offered after it stands too.
                for alternative in boldAlternatives(line) { add(alternative, 2, alternative: true) }
                continue
            }
            var bolded = false
            var previousEnd: String.Index? = nil
            var previousInner: String? = nil
            let breaks = sentenceBreaks(in: line)
            for match in bold.matches(in: line, range: range) {
                guard let content = Range(match.range(at: 1), in: line) ?? Range(match.range(at: 2), in: line),
                    let whole = Range(match.range, in: line) else { continue }
                let inner = String(line[content])
                // "**h = 5**" or "**5**": a bold value; a bold label ("**Part (b):**") is not.
                if inner.hasSuffix(":") { continue }
                // "**This is the corrected answer to 3.4.**": a pointer to a part, its number a label.
                if !inner.contains("="), inner.range(of: #"(?i)\b(?:answer|answers|part|question|exercise|problem)\s+(?:(?:to|for|of)\s+)?(?:part\s+|question\s+|exercise\s+|problem\s+)?\(?\d+(?:\.\d+)?(?:\s?\(?[a-h]\)?)?\)?\s*[.!]?\s*$"#, options: .regularExpression) != nil { continue }
                // "**4.** $\mu = 4$, …": a number that opens the line with a dot or a bracket is its label.
                if line[..<whole.lowerBound].allSatisfy(\.isWhitespace), inner.wholeMatch(of: #/\(?\d+(?:\.\d+)?[.)]/#) != nil,
                    !line[whole.upperBound...].trimmingCharacters(in: .whitespaces).isEmpty { continue }
                // "≈ **0.1491** — or, if you use …, SE ≈ **0.1193**": the second is an alternative to the first.
                let between = previousEnd.map { String(line[$0..<whole.lowerBound]) } ?? ""
                // "… **θ ≈ 26.32°**. If the angle is measured from the surface, you'd get **θ ≈ 50.17°** instead.":
                // a later bold in a sentence that offers it under another assumption.
                // (A sentence ends at ". ", never at an abbreviation's: "…, i.e. **(A)**".)
                let sentenceStart = breaks.last { $0.upperBound <= whole.lowerBound }?.upperBound ?? line.startIndex
                let sentenceEnd = breaks.first { $0.lowerBound >= whole.upperBound }?.lowerBound ?? line.endIndex
                let sentence = String(line[sentenceStart..<sentenceEnd])
                // ("**2/3 ≈ 0.6667**. If the immunity comes from a vaccine …, the coverage needed is
                // **0.7407** — so … in that case.": a later sentence that opens with a condition and
                // says its value holds in that case, instead, or would; not a step of the working,
                // "If we substitute back, **y = 5**", "Assuming independence, **P(HH) = 0.25**".)
                // ("**Map distance: 23.9 cM.** Note that many courses use …, which gives **20.0 cM**": the
                // sentence before ends inside the earlier bold; "**75.8 Ah**; referenced to the rated
                // current instead, … **94.7 Ah** …, so either figure may be expected": a clause after a
                // semicolon that offers the value instead, or says either stands.)
                // (Not a later bold the sentence names the answer: "…, we get **v = 19.8 m/s**, which is the answer.")
                let namedAnswer = sentence.range(of: #"(?i)\b(?:which|that|this) is (?:the|my) (?:final |correct )?answer\b|\bthe (?:final |correct )?answer is\b|\bfinal answer\b"#, options: .regularExpression) != nil
                let sentenceBefore = !namedAnswer && (between.contains(". ") || previousInner.map { $0.range(of: #"[.!]\s*$"#, options: .regularExpression) != nil } == true)
                let alternative = bolded && (between.range(of: alternativeConnector, options: .regularExpression) != nil
                    || !namedAnswer && between.contains(";") && sentence.range(of: #"(?i)\binstead\b|\beither (?:figure|value|answer|one|result|number)s? (?:may|might|could|can|would) be\b"#, options: .regularExpression) != nil
                    || sentenceBefore && (hedge.firstMatch(in: sentence, range: NSRange(sentence.startIndex..., in: sentence)) != nil
                        || sentence.range(of: #"^[\s>*_•-]*(?:If|Assuming|Suppose|Supposing|Should|In case)\b(?!\s+(?:we|you|I)\b)"#, options: .regularExpression) != nil
                            && sentence.range(of: #"(?i)\bin (?:that|this|such a) case\b|\binstead\b|\bwould\b|\bcould\b|\botherwise\b"#, options: .regularExpression) != nil
                        // "… **(C)**. Some courses, however, write the rule as …, i.e. **(A)**."
                        || otherConvention.firstMatch(in: sentence, range: NSRange(sentence.startIndex..., in: sentence)) != nil))
                let before = found.count
                // "If your course normalises with the unbiased variance instead, y ≈ **4.674**.": a line
                // that opens with another reading offers its bold value beside the answer.
                add(inner, 2, alternative: alternative || line.range(of: #"(?i)^[\s>*_•-]*if\b[^.]*\b(?:instead|rather)\b"#, options: .regularExpression) != nil
                        || suggestion.firstMatch(in: sentence, range: NSRange(sentence.startIndex..., in: sentence)) != nil)
                if found.count > before { bolded = true; previousEnd = whole.upperBound; previousInner = inner }
            }
            if bolded {
                // "**n = 62** — though if your course rounds to the nearest integer, 61.": a value after the
                // last bold answer for another reading.
                if let end = previousEnd, case let tail = String(line[end...]),
                    tail.range(of: #"^\W*(?:though|but|although|or|alternatively)\b[^.]*\bif\b"#, options: [.regularExpression, .caseInsensitive]) != nil,
                    let comma = tail.range(of: ",", options: .backwards) {
                    add(String(tail[comma.upperBound...]), 1, alternative: true)
                } else if let end = previousEnd, let offered = conventionAlternative(String(line[end...]), expecting: expectation) {
                    // "**45,312** in PyTorch. (A textbook GRU … would have 44,928 — either is defensible
                    // depending on the convention your course uses.)": another convention's value after it.
                    add(offered, 1, alternative: true)
                }
                continue
            }
            // A lone digit on a PDF page is an exponent the text layer split off its base.
            if piece.place.hasPrefix("page"), line.trimmingCharacters(in: .whitespaces).count == 1,
                line.trimmingCharacters(in: .whitespaces).first!.isNumber { continue }
            // "Is it (xᵀz + 1)² or (xᵀz + c)²?": a question back states no result.
            let statement = withoutReferenceAside(withoutQuestions(line))
            if let (plain, offered) = otherReading(statement, expecting: expectation) {
                add(plain, 1)
                add(offered, 1, alternative: true)
                continue
            }
            // "Both are close to the exact value ln 2 ≈ 0.6931": a value compared with is a reference, not a result.
            if comparison.firstMatch(in: statement, range: NSRange(statement.startIndex..., in: statement)) != nil { continue }
            // "The exact integral is 4, so the trapezoid rule overestimates": a reference value the
            // result is measured against.
            if statement.range(of: #"^[\s>*_•-]*(?:The|the)\s+(?:exact|true|actual|analytic(?:al)?)\s+(?:value|integral|answer|solution|result|root|area|sum)\s+(?:is|equals|=)\b"#, options: .regularExpression) != nil,
               statement.range(of: #"(?i)\b(?:over|under)estimat\w*|\berror\b|\bclose to\b|\bcompared?\b|\bdiffer\w*"#, options: .regularExpression) != nil {
                continue
            }
            // "so λ_1 = 5, λ_2 = 2": one name's components by index, where a list is expected.
            if expectation == .sequence, let tuple = indexedTuple(statement) {
                add(tuple, 1)
                continue
            }
            // "With n = 2 mol, T = 300 K and V₂/V₁ = 3 this gives" (the display formula lost in a PDF
            // print): a line that leads in to a result it does not show states only givens.
            if unshownResult.firstMatch(in: statement, range: NSRange(statement.startIndex..., in: statement)) != nil { continue }
            // ("Under Hardy–Weinberg the heterozygote frequency is 2pq, so the expected count is" over
            // a display a PDF print lost; not "So p̂ = 0.25, that is", which states its value.)
            if !statement.contains("="), !statement.contains("≈"),
               cutOffResult.firstMatch(in: statement, range: NSRange(statement.startIndex..., in: statement)) != nil { continue }
            let unread = found.count
            // "If you use Nei's unbiased estimate …, you get F ≈ 0.1675 instead.": another reading; also
            // as the line's later sentence ("… itself. If your course counts only …, it's 7/3 instead").
            // ("… your instructor may instead want the normal critical value: … i.e. [0.632, 1.848].": the same.)
            let instead = statement.range(of: #"(?i)(?:^|[.!?]\s+)[\s>*_•-]*if\b[^.;]*(?:\.\d[^.;]*)*\b(?:instead|rather)\b|\b(?:may|might|could)\s+instead\s+(?:want|use|expect|prefer|ask for|require)\b"#, options: .regularExpression) != nil
            // ("Note that some textbooks define the term with the opposite sign, in which case d = …":
            // another convention's value, offered under its condition.)
            let elsewhere = otherConvention.firstMatch(in: statement, range: NSRange(statement.startIndex..., in: statement)) != nil
            if let closing = closingValue(statement, expecting: expectation) { add(closing, 1, hedgedIn: elsewhere ? statement : "", alternative: instead) }
            // "$d_k = 64$. The per-head query tensor has shape $(4, 8, 20, 64)$.": when the line's
            // value is not of the kind expected, its last sentence that states one of that kind.
            if found.count == unread {
                let sentences = statement.split(separator: #/\.\s+(?=[A-Z(])/#).dropFirst()
                for sentence in sentences.reversed() {
                    guard let closing = closingValue(String(sentence), expecting: expectation) else { continue }
                    add(closing, 1)
                    if found.count > unread { break }
                }
            }
        }
        // "… so the eigenvalues are λ1 = 5 and" then "λ2 = 2.": components by index over the piece's lines.
        if expectation == .sequence, lines.count > 1, !lines.contains(where: { indexedTuple($0) != nil }),
            let tuple = indexedTuple(lines.joined(separator: " ")) {
            add(tuple, 1)
        }
        return found
    }

    /// A Markdown table that tabulates a result against an index ("| t (h) | 2 × U(t) | … | DRH |"
    /// with t = 0, 1, 2, …): its last column, as a list, when every cell of it is a number and
    /// the first column counts up by one.
    static func tabulatedColumn(_ text: String) -> String? {
        let rows = text.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { $0.hasPrefix("|") && $0.hasSuffix("|") && $0.count > 2 }
            .map { $0.dropFirst().dropLast().split(separator: "|", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) } }
            .filter { row in !row.allSatisfy { $0.allSatisfy { "-: ".contains($0) } } }
        guard rows.count >= 4, let width = rows.first?.count, width >= 2, rows.allSatisfy({ $0.count == width }) else { return nil }
        let body = rows.dropFirst()
        // ("$16,667": a currency sign and thousands separators around the number.)
        func plain(_ cell: String) -> String {
            var text = cell.replacingOccurrences(of: "−", with: "-").replacingOccurrences(of: "*", with: "")
            text = text.replacingOccurrences(of: #"^(-?)[$€£]"#, with: "$1", options: .regularExpression)
            if text.wholeMatch(of: #/-?\d{1,3}(?:,\d{3})+(?:\.\d+)?/#) != nil { text = text.replacingOccurrences(of: ",", with: "") }
            return text
        }
        func number(_ cell: String) -> Double? { Double(plain(cell)) }
        let index = body.compactMap { number($0[0]) }
        guard index.count == body.count, zip(index.dropFirst(), index).allSatisfy({ $0 - $1 == 1 }),
              body.allSatisfy({ number($0[width - 1]) != nil }) else { return nil }
        return "(" + body.map { plain($0[width - 1]) }.joined(separator: ", ") + ")"
    }

    /// "… 6/7 ≈ 0.857. If the question instead means …, it is ≈ 0.710.": a plain value, then one
    /// offered for another reading in a later sentence of the line (the last such sentence; one
    /// in parentheses too: "… ≈ 0.8944. (If your course means …, it's 0.8 instead.)"; after a
    /// semicolon: "… = 0.5 s; otherwise T = … = 0.545 s", "…; if you count … instead you get 2.25"; after "or" and a condition: "… = (2, 0, 2),
    /// or, if you want it as a unit vector, (1/√2, 0, 1/√2).", "… = e^{−0.02t} — or, if your course …, … = 1 − 0.02t").
    static func otherReading(_ statement: String, expecting expectation: AnswerExpectation) -> (plain: String, offered: String)? {
        // "IG ≈ 0.285 bits (0.286 without rounding the intermediate entropies)": a value in
        // parentheses under its own condition.
        if statement.count < 600, let aside = statement.firstMatch(of: #/^(.*\d[^()]*?)\s*\(\s*(?i:or\s+)?(?:≈\s*|~\s*|about\s+)?([-−]?\d[\d,]*(?:\.\d+)?%?)\s+(?i:without|with|if|using|when|under|assuming|counting|ignoring|excluding|including|before|after)\b[^()]*\)\s*\.?\s*$/#),
            let plain = closingValue(String(aside.1), expecting: expectation), AnswerGrammar.read(String(aside.2), expecting: expectation).value != nil {
            return (plain, String(aside.2))
        }
        // "… the bracket is [1.375, 1.5] — or [1.25, 1.5] if your course counts the first midpoint as
        // step 0.": a value after "or", then the condition it holds under.
        if statement.count < 600,
            let other = statement.firstMatch(of: #/^(.*\d.*?)\s*(?:[—–,;]\s*|\s)(?i:or)\s+(?!(?i:if|when|assuming|else|otherwise)\b)((?:[^.;]|\.(?=\d)){1,80}?\d(?:[^.;]|\.(?=\d)){0,40}?)\s+(?i:if|when|assuming|depending|under)\b[^;]*$/#),
            let plain = closingValue(String(other.1), expecting: expectation),
            let offered = closingValue(String(other.2), expecting: expectation) {
            return (plain, offered)
        }
        // "dI/dt = βSI/N − γI, or βSI − γI if your course writes transmission in mass-action form":
        // the same for expressions, which need no digit; the condition names a course or a
        // convention ("if your course …", "if you write …"), so that a plain "or" between terms,
        // or a special case ("or dI/dt = 0 at the peak if the epidemic has one"), is not read as one.
        if expectation == .expression, statement.count < 600,
            let other = statement.firstMatch(of: #/^(.*?)\s*(?:[—–,;]\s*)(?i:or)\s+(?!(?i:if|when|assuming|else|otherwise)\b)([^.;]{1,80}?)\s+(?i:if|when|assuming|under)\s+([^;]*)$/#),
            let plain = closingValue(String(other.1), expecting: expectation) {
            // (A special case, "or dI/dt ≈ −gI when the susceptible pool is exhausted", is no other
            // answer: the plain value stands alone.)
            guard other.3.firstMatch(of: #/^(?:(?i:your|the)\s+(?i:course|textbook|book|instructor|notes|convention|class|professor|lecturer|grader)\b|(?i:you)\s+(?i:write|define|use|prefer|count|measure|take|want|express)\b)/#) != nil,
                  let offered = closingValue(String(other.2), expecting: expectation) ?? AnswerGrammar.read(String(other.2), expecting: expectation).value.map({ _ in String(other.2) })
            else { return (plain, plain) }
            return (plain, offered)
        }
        // (", or, if you want it as a unit vector, (1/√2, 0, 1/√2)": a value after "or" and its condition.)
        // ("…; if your course defines R with the unnormalised v1, r12 = … = 1/2.": a value under a
        // course's convention after a semicolon.)
        let cuts = statement.ranges(of: #/\.\s+(?=\(?[A-Z])|;\s+(?=(?i:otherwise|else|alternatively|but if|if instead)\b|(?i:if)\b[^.;]*\b(?i:instead|rather)\b|(?i:if\s+(?:your|the)\s+(?:course|book|textbook|instructor|lecturer|class|professor|notes|convention))\b)|(?:,|\s[—–])\s*or,?\s+(?=(?i:if|when|assuming)\b)/#)
        for (index, cut) in cuts.enumerated().reversed() {
            let end = index + 1 < cuts.count ? cuts[index + 1].lowerBound : statement.endIndex
            let sentence = String(statement[cut.upperBound..<end]).replacing(#/^\((.*)\)\.?\s*$/#) { String($0.1) }
            let afterOr = statement[cut].contains("or")
            guard afterOr || hedge.firstMatch(in: sentence, range: NSRange(sentence.startIndex..., in: sentence)) != nil || opensAlternative(sentence)
                    || otherConvention.firstMatch(in: sentence, range: NSRange(sentence.startIndex..., in: sentence)) != nil
                    || alsoSolves.firstMatch(in: sentence, range: NSRange(sentence.startIndex..., in: sentence)) != nil
                    || alsoAccepted(sentence) != nil,
                let offered = alsoAccepted(sentence).flatMap({ AnswerGrammar.read($0, expecting: expectation).value != nil ? $0 : nil })
                    ?? closingValue(sentence, expecting: expectation)
                    ?? sentence.firstMatch(of: #/^(?i:if|when|assuming)\b[^,]*?(?:,|\b(?i:instead|then|rather)\b)\s*(.+)$/#).flatMap({ closingValue(String($0.1), expecting: expectation) }),
                let plain = closingValue(String(statement[..<cut.lowerBound]), expecting: expectation) else { continue }
            return (plain, offered)
        }
        return nil
    }

    /// The value stated before "— or, if …," when a marked answer follows that condition on
    /// the same line: the marked answer is then a second reading, not the only one.
    static func conditionedBefore(_ prefix: Substring, expecting expectation: AnswerExpectation) -> String? {
        guard let connector = prefix.range(of: #"(?:[—–,;]\s*|\s)or,?\s+(?:if|when|assuming|for|with)\b[^.!?]*$"#, options: [.regularExpression, .caseInsensitive]) else { return nil }
        let before = prefix[..<connector.lowerBound]
        let sentence = before.split(separator: ". ", omittingEmptySubsequences: false).last.map(String.init) ?? String(before)
        if let last = bold.matches(in: sentence, range: NSRange(sentence.startIndex..., in: sentence)).last,
            let content = Range(last.range(at: 1), in: sentence) ?? Range(last.range(at: 2), in: sentence),
            AnswerGrammar.read(String(sentence[content]), expecting: expectation).value != nil {
            return String(sentence[content])
        }
        return closingValue(sentence, expecting: expectation)
    }

    static let alternativeConnector = #"(?i)(?:^|[\s—–,;(])(?:or|although|though|alternatively|equally)\b"#

    /// Bold spans offered as alternatives to an earlier bold span of the line ("**B**, although **C** …").
    static func boldAlternatives(_ line: String) -> [String] {
        var result: [String] = []
        var previousEnd: String.Index? = nil
        for match in bold.matches(in: line, range: NSRange(line.startIndex..., in: line)) {
            guard let content = Range(match.range(at: 1), in: line) ?? Range(match.range(at: 2), in: line),
                let whole = Range(match.range, in: line) else { continue }
            if line[content].hasSuffix(":") { continue }
            if let end = previousEnd, line[end..<whole.lowerBound].range(of: alternativeConnector, options: .regularExpression) != nil {
                result.append(String(line[content]))
            }
            previousEnd = whole.upperBound
        }
        return result
    }

    /// Prose lines joined where a print or a paste wrapped a sentence ("… U rises by a" /
    /// "factor of 4.").
    static func joiningWrappedProse(_ lines: [String]) -> [String] {
        var result: [String] = []
        for line in lines {
            if let last = result.last, wraps(last, line) {
                result[result.count - 1] = last.trimmingCharacters(in: .whitespaces) + " " + line.trimmingCharacters(in: .whitespaces)
            } else {
                result.append(line)
            }
        }
        return result
    }

    /// A part's pieces with a run of one-line pieces that give one name's components by index,
    /// 1 to n, in their turn ("1. Year 1: 5/15 × 45,000 = $15,000", "2. Year 2: …"), joined into
    /// one piece, so that the components are read as one list.
    static func joiningIndexedRuns(_ pieces: [PartAttribution.Piece]) -> [PartAttribution.Piece] {
        func component(_ piece: PartAttribution.Piece) -> (name: String, index: Int)? {
            guard !piece.text.contains("\n") else { return nil }
            let range = NSRange(piece.text.startIndex..., in: piece.text)
            let matches = indexedAssignment.matches(in: piece.text, range: range)
            guard matches.count == 1, let name = Range(matches[0].range(at: 1), in: piece.text),
                  let index = Range(matches[0].range(at: 2), in: piece.text) else { return nil }
            let digit = piece.text[index].unicodeScalars.first!.value
            return (piece.text[name].lowercased(), Int(digit >= 0x2080 ? digit - 0x2080 : digit - 0x30))
        }
        var result: [PartAttribution.Piece] = []
        var run: [PartAttribution.Piece] = []
        var last: (name: String, index: Int)? = nil
        func flush() {
            if run.count >= 2 {
                var merged = run[0]
                merged.text = run.map(\.text).joined(separator: "\n")
                result.append(merged)
            } else {
                result += run
            }
            run = []
            last = nil
        }
        for piece in pieces {
            let this = component(piece)
            if let this, let previous = last, this.name == previous.name, this.index == previous.index + 1, run.last?.turn == piece.turn {
                run.append(piece)
                last = this
                continue
            }
            flush()
            if let this, this.index == 1 {
                run = [piece]
                last = this
            } else {
                result.append(piece)
            }
        }
        flush()
        return result
    }

    /// A part's pieces with a one-line piece that carries on, on the very next line, the sentence its
    /// predecessor left open without a value ("… U = ½κCV² rises by a" / "factor of 4.") joined to it.
    static func joiningWrapped(_ pieces: [PartAttribution.Piece], expecting expectation: AnswerExpectation) -> [PartAttribution.Piece] {
        func line(_ place: String) -> Int? { place.firstMatch(of: #/line (\d+)$/#).flatMap { Int($0.1) } }
        var result: [PartAttribution.Piece] = []
        for piece in pieces {
            if let last = result.last, last.turn == piece.turn, !piece.text.contains("\n"),
                let start = line(last.place), let next = line(piece.place), next == start + last.text.split(separator: "\n", omittingEmptySubsequences: false).count,
                let lastLine = last.text.split(separator: "\n").last.map(String.init),
                // ("S = [[2.5, 2.0]," then "[2.0, 2.5]]": a bracket left open goes on.)
                // ("Corrected answer: the 700 Hz component appears" then "at 300 Hz.": a line broken
                // where no sentence can end goes on, whatever it stated before.)
                wraps(lastLine, piece.text) && (!statesValue(lastLine, in: last, expecting: expectation) || endsOpen(lastLine))
                    || TurnSegments.openBrackets(last.text) > 0 {
                result[result.count - 1].text = last.text + "\n" + piece.text
            } else {
                result.append(piece)
            }
        }
        return result
    }

    /// Whether a line stops at a word no sentence ends with: a verb that wants its complement or a
    /// preposition ("… component appears", "… folds to"), or an article after one ("… rises by a").
    /// (An article after another verb is no such stop: "… guarantees the" / "denominator is
    /// positive …" goes on to another sentence's value.)
    static func endsOpen(_ line: String) -> Bool {
        guard let word = line.split(whereSeparator: { !$0.isLetter }).last?.lowercased(), line.last?.isLetter == true else { return false }
        if ["equals", "becomes", "appears", "gives", "yields", "at", "to"].contains(word) { return true }
        // "… rises by a" / "factor of 4.": an article after such a word ends nothing either.
        return line.range(of: #"(?i)\b(?:by|is|are|equals|gives|yields|becomes|to|of|at)\s+(?:a|an|the)$"#, options: .regularExpression) != nil
    }

    /// "P1 is preempted at t = 1 by P2, then P4 runs before P1 resumes:", "Their sum is 3.2533,
    /// and dividing by n − 1 = 5:": a lead-in whose words run on past its first number to a colon;
    /// its values are givens and steps, not the result it announces.
    /// (The first number that is not part of a name: "P1" is a process. Only before a colon: "…, so
    /// they are" may be a line the print wrapped. "A² has rows (18, 7) and (14, 11):" states its result.)
    static func leadInRunsPastValue(_ piece: PartAttribution.Piece) -> Bool {
        let last = piece.text.split(separator: "\n").last(where: { !$0.trimmingCharacters(in: .whitespaces).isEmpty }).map(String.init) ?? ""
        guard let value = last.range(of: #"(?<![A-Za-z_\d])\d[\d.,]*"#, options: .regularExpression) else { return false }
        let after = last[value.upperBound...]
        // ("Now the likelihoods are P(+, − | D) = 0.95 × 0.05 and P(+, − | ¬D) = 0.10 × 0.90:": a
        // product left to work out, announcing what comes of it.)
        if last.range(of: #"\d\s*[×·*/]\s*\(?\d[\d.,]*\)?\s*\$*\s*:\s*$"#, options: .regularExpression) != nil { return true }
        return after.hasSuffix(":") && after.split(whereSeparator: { !$0.isLetter }).filter { $0.count >= 2 }.count >= 3
    }

    /// Whether `line`, read on its own as part of `piece`, gives a candidate.
    static func statesValue(_ line: String, in piece: PartAttribution.Piece, expecting expectation: AnswerExpectation) -> Bool {
        var alone = piece
        alone.text = line
        var order = 0
        return !candidates(in: alone, expecting: expectation, summary: false, order: &order).isEmpty
    }

    /// Whether `next` carries on the sentence `line` left open (a line wrapped by a print or a
    /// paste): `line` ends in a word or a comma and `next` opens with a lower-case word.
    static func wraps(_ line: String, _ next: String) -> Bool {
        let trimmed = line.trimmingCharacters(in: .whitespaces)
        guard let end = trimmed.last, end.isLetter || end == "," else { return false }
        // ("… = (20, 60): 20 tables and" then "60 chairs.": a word no sentence ends on carries it on to a number.)
        if trimmed.range(of: #"(?i)\s(?:and|or|of|to|by|with|is|are|was|were|the|a|an|from|than|at|in|for|about|between)$"#, options: .regularExpression) != nil,
           next.range(of: #"^\s*[-−$(]?\d"#, options: .regularExpression) != nil {
            return true
        }
        return next.range(of: #"^\s*[a-z]{2,}\b"#, options: .regularExpression) != nil
    }

    /// "So Alice gets K = 2 and Bob gets K = 12.": one name given two values in one sentence
    /// (not a chain `K = … = 2`), both standing.
    static func assignedTwice(_ line: String, expecting expectation: AnswerExpectation) -> AnswerReading? {
        guard expectation == .scalar, line.contains(" and ") else { return nil }
        // ("17 (saturate c→t = 7 and d→t = 10)": a remark in parentheses gives no answer.)
        let line = remark.stringByReplacingMatches(in: line, range: NSRange(line.startIndex..., in: line), withTemplate: "")
        for sentence in line.split(separator: #/[.;]\s+/#) {
            guard let match = sentence.firstMatch(of: #/\b([A-Za-z][A-Za-z0-9_]{0,3})\s*=\s*([-−]?\d[\d,]*(?:\.\d+)?)(?![\d.]*\s*[-+*\/×·^])[^=]*?\band\b[^=]*?\b([A-Za-z][A-Za-z0-9_]{0,3})\s*=\s*([-−]?\d[\d,]*(?:\.\d+)?)(?![\d.]*\s*[-+*\/×·^])/#),
                match.1 == match.3, match.2 != match.4,
                case .value(let first) = AnswerGrammar.read(String(match.2), expecting: expectation),
                case .value(let second) = AnswerGrammar.read(String(match.4), expecting: expectation) else { continue }
            return .ambiguous(reason: "two values given for \(match.1)", [first, second])
        }
        return nil
    }

    /// The line without its sentences that end in a question mark.
    /// Where a line's sentences end: each ". " that does not close an abbreviation ("i.e.", "e.g.", "cf.", "vs.").
    static func sentenceBreaks(in line: String) -> [Range<String.Index>] {
        line.ranges(of: #/\.\s/#).filter { stop in
            let before = line[..<stop.lowerBound].suffix(7).lowercased()
            return !["i.e", "e.g", " cf", " vs", "approx", "resp"].contains { before.hasSuffix($0) }
        }
    }

    /// A number that names a place of the homework, not a value: "Exercise 5.3", "page number 1",
    /// "page 2 of 3", "Problem 2(b)". (Not "step 12" or "equation 2", which a question may ask for.)
    static let reference = #"(?i)\b(?:exercises?|problems?|questions?|tasks?|sections?|chapters?|pages?(?: number)?)\s+\d+(?:\.\d+)*(?:\s?\([a-h]\))?(?:\s+of\s+\d+)?(?![\w.]*\d)"#

    /// The line without an aside in parentheses that names a reference value after the line's
    /// own ("S₄ ≈ 1.71832 (the exact value is e − 1 ≈ 1.718282, so the error is about 3.7 × 10⁻⁵)",
    /// "… = 0.693 (for comparison, ln 2 = 0.6931)"): the reference is no result, and the value
    /// before it stands.
    static func withoutReferenceAside(_ line: String) -> String {
        guard let aside = line.range(of: #"\s*\((?:the |an? |with )?(?:exact|true|actual|analytic(?:al)?|reference|closed[- ]form)\b[^()]*\)|\s*\((?:the )?(?:absolute |relative )?error\b[^()]*\)|\s*\((?:compare|for comparison|for reference|cf\.)\b[^()]*\)"#,
                                     options: [.regularExpression, .caseInsensitive]),
              line[..<aside.lowerBound].contains(where: \.isNumber) else { return line }
        return String(line[..<aside.lowerBound]) + String(line[aside.upperBound...])
    }

    static func withoutQuestions(_ line: String) -> String {
        guard line.contains("?") else { return line }
        var kept = ""
        var sentence = ""
        let characters = Array(line)
        for (index, character) in characters.enumerated() {
            sentence.append(character)
            // A decimal point ("p = 0.5?") ends no sentence.
            if character == ".", index + 1 < characters.count, characters[index + 1].isNumber { continue }
            if ".!?".contains(character) {
                if character != "?" { kept += sentence }
                sentence = ""
            }
        }
        return kept + sentence
    }

    /// A lead-in whose result is not there: "Rounded to three decimal places:", "Normalising,"
    /// as a part's last line, the display formula after it lost when the chat was printed.
    /// ("… = 11.23. Then": a connective that opens a sentence and ends the line leads in too.)
    /// ("The doubling time is therefore", a display lost after it: the verb may take an adverb.)
    static let leadIn = regex(#"(?:[:,]|\b(?:is|are|gives|get|becomes|equals|yields)(?:\s+(?:therefore|thus|then|hence|now|simply|just|approximately|about|roughly))?|=|(?:^|[.!?]\s+)(?:Then|So|Thus|Hence|Therefore))\s*\**\s*$"#)

    /// A piece whose last sentence is a lead-in after other sentences on its line ("… = 0.03.
    /// Normalising,"): the text before it, then the lead-in alone.
    static func splittingLeadIn(_ item: (PartAttribution.Piece, Bool)) -> [(PartAttribution.Piece, Bool)] {
        let (piece, corrects) = item
        let text = piece.text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard endsWithLeadIn(piece), let boundary = text.ranges(of: #/[.!?]\s+(?=[A-Z])/#).last,
            !text[boundary.upperBound...].contains("\n") else { return [item] }
        var before = piece
        before.text = String(text[..<boundary.upperBound])
        var leadIn = piece
        leadIn.text = String(text[boundary.upperBound...])
        return [(before, corrects), (leadIn, false)]
    }

    /// Whether a piece's last line is a lead-in.
    /// A piece's last line with text on it.
    static func lastLine(of piece: PartAttribution.Piece) -> String? {
        piece.text.split(separator: "\n").last(where: { !$0.trimmingCharacters(in: .whitespaces).isEmpty }).map(String.init)
    }

    static func endsWithLeadIn(_ piece: PartAttribution.Piece) -> Bool {
        guard let line = lastLine(of: piece) else { return false }
        let text = line.trimmingCharacters(in: .whitespaces)
        // "A confidence level describes how the observed data are spread around the interval:":
        // a long sentence of words only explains; it announces no result.
        if text.split(separator: " ").count >= 10, !text.contains(where: { $0.isNumber || "=≈$\\".contains($0) }) { return false }
        // ("Quick numerical check:" over a code block: a verification follows, no result.)
        if text.range(of: #"^[\s>*_#•(\[-]*(?i:(?:quick|sanity|double|numerical|numeric)\s+)*(?i:check|verification|sanity check)\b[^:\n]{0,30}:\s*$"#,
                      options: .regularExpression) != nil { return false }
        return leadIn.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
    }



    /// "−2" / "= 2/85." / "−85": a fraction a print stacked, its numerator and denominator on the
    /// lines around the value it equals (a lone number on each side of a piece that opens with a
    /// relation, in one turn); neither is an answer. The indices of those pieces.
    static func stackedFractionPieces(_ pieces: [PartAttribution.Piece]) -> Set<Int> {
        let loneNumber = #"^[\s*]*[-−]?\d+(?:\.\d+)?[\s*]*$"#
        func isLone(_ at: Int, line: (String) -> String? = { $0 }) -> Bool {
            pieces.indices.contains(at) && line(pieces[at].text)?.range(of: loneNumber, options: .regularExpression) != nil
        }
        let tailLine: (String) -> String? = { $0.split(separator: "\n").last.map(String.init) }
        let headLine: (String) -> String? = { $0.split(separator: "\n").first.map(String.init) }
        func opensWithRelation(_ at: Int) -> Bool {
            pieces.indices.contains(at) && pieces[at].text.range(of: #"^\s*(?:=|≈)\s*\S"#, options: .regularExpression) != nil
        }
        func sameTurn(_ indices: Int...) -> Bool { indices.allSatisfy { pieces.indices.contains($0) } && Set(indices.map { pieces[$0].turn }).count == 1 }
        return Set(pieces.indices.filter { index in
            isLone(index) && ((opensWithRelation(index - 1) && isLone(index - 2, line: tailLine) && sameTurn(index, index - 1, index - 2))
                || (opensWithRelation(index + 1) && isLone(index + 2, line: headLine) && sameTurn(index, index + 1, index + 2)))
        })
    }

    /// The final answer of a part from its pieces and its summary cells.
    public static func find(pieces: [PartAttribution.Piece], summaries: [PartAttribution.Piece], expecting expectation: AnswerExpectation) -> Outcome {
        var order = 0
        var body: [Candidate] = []
        var withdrawn: Candidate? = nil
        var pendingCorrection = false
        // A lead-in ("Normalising,", "Rounded to three decimals:") that no value follows in its
        // turn: the turn and the order of the last candidate before its line.
        var lostResults: [(turn: Int, before: Int)] = []
        var announcing: (turn: Int, before: Int)? = nil
        var offeringBoth: Int? = nil
        var previous: PartAttribution.Piece? = nil
        let pieces = withoutTurnsLeftToReader(pieces)
        let joined = joiningWrapped(expectation == .sequence ? joiningIndexedRuns(pieces) : pieces, expecting: expectation)
        let stackedPieces = stackedFractionPieces(joined)
        var scenarios = ScenarioTracker()
        for (wholeIndex, whole) in joined.enumerated() where !stackedPieces.contains(wholeIndex) {
          // (A sentence left open after "so" is cut off only when nothing of its turn follows.)
          let endsTurn = wholeIndex + 1 == joined.count || joined[wholeIndex + 1].turn != whole.turn
          let splitPieces = split(whole).flatMap(splittingLeadIn)
          for (offset, (piece, corrects)) in splitPieces.enumerated() {
            let start = order
            var found = candidates(in: piece, expecting: expectation, summary: false, order: &order, endsTurn: endsTurn,
                                   endsText: endsTurn && offset == splitPieces.count - 1)
            if let scenario = scenarios.enter(piece) { for index in found.indices { found[index].scenario = scenario } }
            // "… in which case the intended answer" / "is False.": a hedge that a wrapped line
            // carries on hedges the value that completes it.
            if let previous, previous.turn == piece.turn, let last = previous.text.split(separator: "\n").last.map(String.init),
                let first = piece.text.split(separator: "\n").first.map(String.init), wraps(last, first),
                hedge.firstMatch(in: last, range: NSRange(last.startIndex..., in: last)) != nil {
                for index in found.indices { found[index].hedged = true }
            }
            previous = piece
            // ">>> round(5 ** 0.5, 3)" / "2.236", "print(…)  # 3.676…": a computation's output checks
            // the answer stated in prose; it stands beside it, and differing leaves the part unclear.
            // (Only a value near the stated one checks it; the code's inputs, "p = 0.01", are none.)
            if piece.text.range(of: #"(?m)^\s*(?:>>>|print\(|import\s|from\s+\w+\s+import\b|In\s*\[\d+\]:)"#, options: .regularExpression) != nil,
               let stated = body.last(where: { $0.turn == piece.turn && !$0.hedged }) {
                func scalar(_ reading: AnswerReading) -> Double? {
                    if case .value(let value) = reading { return Equivalence.number(value)?.value }
                    return nil
                }
                found = found.compactMap { candidate in
                    guard let x = scalar(candidate.reading), let y = scalar(stated.reading), abs(x - y) <= 0.1 * max(abs(x), abs(y)) else { return nil }
                    var checked = candidate
                    checked.hedged = true
                    return checked
                }
            }
            // "… so here are both versions:" then a value per version: each is offered, none chosen.
            if offeringBoth == piece.turn { for index in found.indices { found[index].hedged = true } }
            // "Without bias correction … **(0.316, 0.684)**" after "… = **(0.1, 0.9)**": another answer beside it.
            if opensAlternative(piece.text), let strongest = body.filter({ $0.turn == piece.turn }).map(\.strength).max() {
                // ("Equivalently, … this is **α / (8α + 6)**.": a restatement claims the same answer,
                // however it is marked; a different value beside it leaves both standing.)
                let restates = piece.text.range(of: #"^[\s>*_•(-]*(?i:(?:or\s+)?equivalently)\b"#, options: .regularExpression) != nil
                for index in found.indices where restates || found[index].strength <= strongest { found[index].hedged = true }
            }
            if bothOffered.firstMatch(in: piece.text, range: NSRange(piece.text.startIndex..., in: piece.text)) != nil { offeringBoth = piece.turn }
            // "Either $U$ is a valid answer depending on …" after two answers: both stand, neither chosen.
            // ("… then the derivative is −r/K instead. Either of these could be what's meant.": the
            // line's own value too.)
            // ("The answer is (B). That said, (D) would also be defensible …": both options stand.)
            if eitherValid.firstMatch(in: piece.text, range: NSRange(piece.text.startIndex..., in: piece.text)) != nil
                || otherOptionAlsoValid.firstMatch(in: piece.text, range: NSRange(piece.text.startIndex..., in: piece.text)) != nil {
                for index in body.indices where body[index].turn == piece.turn { body[index].hedged = true }
                for index in found.indices { found[index].hedged = true }
            }
            if let open = announcing, !found.isEmpty || open.turn != piece.turn {
                if open.turn != piece.turn { lostResults.append(open) }
                announcing = nil
            }
            if endsWithLeadIn(piece) { announcing = (piece.turn, leadInRunsPastValue(piece) ? order : start) }
            // "… by 2³ = 8. The time until … is the `hours` value in the output above.": the result is
            // pointed to, not stated; the values before the pointer were steps.
            if let last = lastLine(of: piece), pointsElsewhere.firstMatch(in: last, range: NSRange(last.startIndex..., in: last)) != nil {
                announcing = (piece.turn, order)
            }
            // "My first instinct is x = 52, but let me check." then "… we first compute M1 = 35, …" closing
            // the turn unfinished: the result the check was to give never comes.
            if endsTurn, offset == splitPieces.count - 1, let last = lastLine(of: piece), unfinishedFirstSteps(last) {
                announcing = (piece.turn, order)
            }
            // A correction withdraws what came before it once a value follows.
            if corrects, !body.isEmpty {
                pendingCorrection = true
            }
            if !found.isEmpty, !body.isEmpty, pendingCorrection || body.last!.turn < piece.turn {
                // A later turn that answers the part again replaces what came before, too.
                withdrawn = body.last
                body = []
            }
            if !found.isEmpty { pendingCorrection = false }
            body += found
          }
        }
        if let open = announcing { lostResults.append(open) }
        // Text that announces a result that never comes: the closing values before it were steps.
        // (A value on the lead-in's own line, "A² has rows (18, 7) and (14, 11):", is the result.)
        body.removeAll { candidate in candidate.strength == 1 && lostResults.contains { $0.turn == candidate.turn && candidate.order <= $0.before } }
        body = ScenarioTracker.resolve(body)
        var summary: [Candidate] = []
        for piece in summaries { summary += candidates(in: piece, expecting: expectation, summary: true, order: &order) }
        // A later turn that answers again replaces an earlier turn's summary row too.
        if let latest = body.map(\.turn).max() { summary.removeAll { $0.turn < latest } }

        let asking = request(in: pieces)
        guard !body.isEmpty || !summary.isEmpty else {
            return Outcome(final: nil, conflicting: [], request: asking, withdrawn: withdrawn, restated: nil)
        }
        let bodyStrongest = body.map(\.strength).max() ?? 0
        // The answer the body commits to last: its last explicit one (boxed or marked), else its
        // last of the strongest kind present; a summary that agrees confirms it. Else the summary's.
        let tier = min(bodyStrongest, 3)
        // An answer offered under a condition does not replace a plain one; both stand (unclear).
        let plainTier = body.filter { !$0.hedged }.map { min($0.strength, 3) }.max()
        let final: Candidate
        if let plainTier {
            final = body.last { min($0.strength, 3) == plainTier && !$0.hedged }!
        } else if bodyStrongest > 0 {
            final = body.last { min($0.strength, 3) == tier }!
        } else {
            final = summary.last!
        }
        var conflicting: [Candidate] = []
        // "If you measure …, n = 19. If you require …, n = 20." then "… so I'd stick with **19**.":
        // after the readings it laid out, the reply commits to one of them.
        // (Not a commitment that is doubted, put off or made under a condition: "Which one I'd go with
        // depends on …", "If your course uses the residual, I'd go with 15", "Let's go with 15 for now".)
        // (One commitment only: "With the step size I'd go with 12; with the residual I'd go with 15".)
        let committed = commitment.numberOfMatches(in: final.evidence, range: NSRange(final.evidence.startIndex..., in: final.evidence)) == 1
            && final.evidence.range(of: #"(?i)\b(?:if|unless|depend\w*|can['’]?t|cannot|not|n['’]t|which|either|for now|could|might|ask|whether|though|although)\b"#, options: .regularExpression) == nil
        // (A summary row's alternative stands beside the row's value: "2d: …, or … if your course …".)
        let alongside = summary.filter { $0.hedged && $0.place == final.place && $0.turn == final.turn }
        for other in body + alongside where other.hedged && other != final && !same(other.reading, final.reading)
            && !(committed && other.turn == final.turn && other.order < final.order)
            && !conflicting.contains(where: { same($0.reading, other.reading) }) {
            conflicting.append(other)
        }
        // "= **3.6 mm** … (… so the deflection is 3.6 mm or 4.5 mm depending on …)": a later line of
        // the turn that offers the committed value beside another doubts it.
        if case .value = final.reading, let doubt = body.last(where: { candidate in
            guard candidate.order > final.order, candidate.turn == final.turn, case .ambiguous(_, let values) = candidate.reading else { return false }
            return values.contains { same(.value($0), final.reading) }
        }), !conflicting.contains(doubt) {
            conflicting.append(doubt)
        }
        // A body and a summary that disagree, unresolved.
        if let row = summary.last, let bodyFinal = body.last(where: { $0.strength == bodyStrongest }), !same(row.reading, bodyFinal.reading),
            !conflicting.contains(where: { same($0.reading, row.reading) && same($0.reading, bodyFinal.reading) }) {
            let other = final == row ? bodyFinal : row
            if !conflicting.contains(where: { same($0.reading, other.reading) }) { conflicting.append(other) }
        }
        let restated = summary.last.flatMap { row in row != final && row.reading != final.reading && same(row.reading, final.reading) ? row : nil }
        return Outcome(final: final, conflicting: conflicting, request: asking, withdrawn: withdrawn, restated: restated)
    }

    /// "I'd stick with", "I'll go with", "my final choice is": a reply choosing among values it offered.
    static let commitment = regex(#"(?i)\b(?:I['’]d|I would|I['’]ll|I will|I['’]m going to|let['’]s|we['’]ll)\s+(?:stick|go|settle)\s+with\b|\bmy (?:final )?(?:answer|choice|pick) (?:is|stays)\b"#)

    /// A part put off or left to the reader: "it's a good exercise to do this one by hand",
    /// ", so plug them in for …" (no value after), "I'll come back to the SI number".
    static let deferral = regex(#"\bI['’]ll (?:come back to|return to|get back to|finish) (?:it|this|that|the (?:SI |numeric(?:al)? |final )?(?:number|value|answer|result))\b|\b(?:it['’]s|it is|this is|that['’]s|that is) a (?:good|useful|nice) (?:exercise|practice) to\b|,\s*so (?:just )?(?:plug|substitute|put) (?:them|these|those|the (?:values|numbers)) in\b(?![^.]*(?:=|≈|\\approx)\s*[-−]?\$?\d)"#)

    /// The first piece that asks for the input again instead of answering.
    public static func request(in pieces: [PartAttribution.Piece]) -> PartAttribution.Piece? {
        pieces.first { piece in request.firstMatch(in: piece.text, range: NSRange(piece.text.startIndex..., in: piece.text)) != nil }
    }

    /// A piece cut where a correction starts: the text before it, then the correction and
    /// what follows (flagged).
    /// A line that announces the first steps of a computation ("we first compute N1 = 35, N2 = 21 and
    /// their inverses") and ends on a plain word, marking nothing: a computation that stops there.
    static func unfinishedFirstSteps(_ line: String) -> Bool {
        line.range(of: #"(?i)\b(?:we|I|let['’]s|let us)\s+(?:first|start by|begin by)\s+(?:comput|calculat|find|evaluat|determin|work(?:ing)? out)\w*"#, options: .regularExpression) != nil
            && line.range(of: #"[A-Za-z]\s*$"#, options: .regularExpression) != nil
            && line.range(of: #"\*\*|\\boxed|(?i)\banswer\b"#, options: .regularExpression) == nil
    }

    static func split(_ piece: PartAttribution.Piece) -> [(PartAttribution.Piece, Bool)] {
        let text = piece.text
        guard let match = correction.matches(in: text, range: NSRange(text.startIndex..., in: text)).last,
            let range = Range(match.range, in: text) else { return [(piece, false)] }
        // ("= 5. Hmm, or 1.25 if you normalise …": a value offered beside the answer under a
        // condition withdraws nothing; the line is read whole.)
        if text[range.upperBound...].range(of: #"^[,.…\s]*(?i:or)\s+(?:(?i:maybe|perhaps|possibly)\s+)?\$?[-−]?\d[\d.,/]*\$?\s+(?i:if|when|depending|assuming|under)\b"#, options: .regularExpression) != nil,
           !FinalAnswer.resolvesOffer(String(text[range.upperBound...])) {
            return [(piece, false)]
        }
        var before = piece
        before.text = String(text[..<range.lowerBound])
        var after = piece
        after.text = String(text[range.lowerBound...])
        return before.text.trimmingCharacters(in: .whitespaces).isEmpty ? [(after, true)] : [(before, false), (after, true)]
    }

    /// Whether two readings give the same value.
    static func same(_ a: AnswerReading, _ b: AnswerReading) -> Bool {
        guard case .value(let x) = a, case .value(let y) = b else { return a == b }
        if x == y { return true }
        // "$1,013.37" in the body and "$1,013.73" in the summary: two numbers written with decimals
        // are the same only when they agree at the coarser one's precision and that one keeps three
        // significant figures (0.4076 and 0.408 are; 0.545 and 0.5 are not), however close they are.
        if case .number(let m) = x, case .number(let n) = y, m.percent == n.percent, let dm = m.decimals, let dn = n.decimals {
            if m.value == n.value { return true }
            let coarser = dm <= dn ? m : n
            let scale = pow(10, Double(min(dm, dn)))
            return (m.value * scale).rounded() == (n.value * scale).rounded() && (coarser.significantFigures ?? 0) >= 3
        }
        // "≈ 302.6 Hz" in the working and "**303 Hz**" as the answer: a whole number of three
        // digits or more is the decimal rounded when it lies within half a unit of it (1035.5
        // restated as 1035 too: rounded from the unrounded 1035.47).
        if case .number(let m) = x, case .number(let n) = y, m.percent == n.percent {
            for (whole, decimal) in [(m, n), (n, m)] where whole.isWholeNumber && decimal.decimals != nil {
                let digits = String(Int(exactly: abs(whole.value).rounded()) ?? 0).count
                if digits >= 3, abs(whole.value - decimal.value) <= 0.5 { return true }
            }
        }
        // "Re = 152,180" in the body and "1.52 × 10⁵" in the summary: a number in powers of ten
        // is the other rounded to its significant figures (three at least).
        if case .number(let m) = x, case .number(let n) = y, m.percent == n.percent {
            for (scientific, other) in [(m, n), (n, m)] where scientific.decimals == nil && scientific.text.range(of: #"[×x*]\s*10|[eE][-+−]?\d"#, options: .regularExpression) != nil {
                guard let figures = scientific.significantFigures, figures >= 3, other.value != 0 else { continue }
                let unit = pow(10, (log10(abs(other.value))).rounded(.down) - Double(figures - 1))
                if abs((other.value / unit).rounded() * unit - scientific.value) <= 1e-9 * abs(scientific.value) { return true }
            }
        }
        // "π/(3√2) ≈ 0.7405": an exact constant and its decimal, rounded at the decimal's precision
        // (three significant figures at least).
        for (decimal, exact) in [(x, y), (y, x)] {
            guard case .number(let m) = decimal, !m.percent, let decimals = m.decimals, (m.significantFigures ?? 0) >= 3,
                  case .expression = exact, let expression = exact.asExpression.expressionValue,
                  Set(expression.variables).isSubset(of: ["π"]) else { continue }
            let value = expression.evaluate(["π": Double.pi])
            let scale = pow(10, Double(decimals))
            if value.isFinite, (value * scale).rounded() == (m.value * scale).rounded() { return true }
        }
        return Equivalence.compare(x, y.answer).equal || Equivalence.compare(y, x.answer).equal
    }
}
