/// Reads a part that combines the answers of earlier parts of its problem: "What is the ratio
/// of your answer in (b) to your answer in (a)?", "the ratio (b)/(a)". Both parts must have a
/// number for an answer; otherwise nothing is computed.
enum DerivedReader {
    /// One operand: "your answer in (b)", "the MAC count of (a)", "part (c)", "(c)".
    private static let operand = #"(?:(?:your|the) [\w -]{0,30}?(?:in|to|of|from|for) )?(?:part )?\(([a-z])\)"#

    static func read(_ reading: PartReading) -> Attempt {
        let patterns = [
            #"\bratio of "# + operand + #"\s+(?:to|and|over)\s+"# + operand,
            #"\bratio\b[^.?]{0,20}?\(([a-z])\)\s*/\s*\(([a-z])\)"#,
        ]
        guard let match = patterns.lazy.compactMap({ reading.part.firstMatch($0) }).first else { return .notApplicable }
        let labels = [match[1].lowercased(), match[2].lowercased()]
        let answers = labels.compactMap { reading.earlierAnswers[$0] }
        guard answers.count == 2, answers.allSatisfy({ $0.scalar != nil }) else {
            return .failed("'\(match[0])': the parts it divides have no numbers for answers")
        }
        var finding = Finding(.derived)
        finding.read("numerator", "\(answers[0])", from: match[0])
        finding.read("denominator", "\(answers[1])")
        finding.assume(0.95, "operands: the answers found for parts (\(labels[0])) and (\(labels[1]))")
        return finding.finish(.answerRatio(numerator: answers[0], denominator: answers[1]))
    }
}
