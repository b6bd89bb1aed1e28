import Foundation

/// The decision of a hypothesis test written in words, for a part that asks "Do you reject
/// H₀? (yes/no)": "we reject H₀" answers yes, "fail to reject", "do not reject" and "retain
/// H₀" answer no. Used only where the part's question asks about rejecting, so that "reject"
/// means what the question means by it.
enum TestDecision {
    static let keeps = try! NSRegularExpression(
        pattern: #"(?i)\b(?:fail(?:s|ed|ing)? to reject|(?:do|does|did|can|could|would|should|we)\s*(?:not|n['’]t) reject|cannot reject|not (?:be )?rejected|retain(?:s|ed)?(?= (?:h|the null))|accept(?:s|ed)? (?:h|the null))\w*"#)
    static let rejects = try! NSRegularExpression(pattern: #"(?i)\breject(?:s|ed)?\b"#)

    /// The text with each decision spelled as a truth value ("fail to reject H₀" → "false (kept) H₀", "reject H₀" → "true (reject) H₀"), which a yes/no key compares as no and yes.
    static func spelled(_ text: String) -> String {
        let range = NSRange(text.startIndex..., in: text)
        let kept = keeps.stringByReplacingMatches(in: text, range: range, withTemplate: "false (kept)")
        return rejects.stringByReplacingMatches(in: kept, range: NSRange(kept.startIndex..., in: kept), withTemplate: "true ($0)")
    }

    /// Whether a part's question asks for the decision.
    static func isAsked(by question: String) -> Bool {
        question.range(of: #"(?i)\breject\b"#, options: .regularExpression) != nil
    }
}
