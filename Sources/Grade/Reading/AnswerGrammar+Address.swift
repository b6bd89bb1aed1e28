import Foundation

/// IPv4 addresses and masks (`192.168.37.128`, `255.255.254.0`): a key written as one is compared
/// with the address a line gives (see ``address(_:)``), octet by octet.
extension AnswerGrammar {
    static let addressToken = try! NSRegularExpression(pattern: #"(?<![\d.])(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(?![\d.]\d)"#)

    /// Whether a key's text is one IPv4 address or mask.
    static func isAddress(_ text: String) -> Bool {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        return addressToken.firstMatch(in: trimmed, range: NSRange(trimmed.startIndex..., in: trimmed)).map { $0.range.length == (trimmed as NSString).length } ?? false
    }

    /// The address of `text`: the one it gives, or the one after its last relation ("Broadcast
    /// = 192.168.37.128 + 31 = 192.168.37.159", "… so the network address is 192.168.37.144");
    /// one rejected ("not 10.0.0.0") does not count, and two others with no relation are two answers.
    static func address(_ text: String) -> AnswerReading {
        let found = addressToken.matches(in: text, range: NSRange(text.startIndex..., in: text)).compactMap { match -> (String, String.Index)? in
            guard let range = Range(match.range, in: text) else { return nil }
            if text[..<range.lowerBound].range(of: #"(?i)(?:\bnot|\brather than|\binstead of)\s*\**`?$"#, options: .regularExpression) != nil { return nil }
            return (String(text[range]), range.lowerBound)
        }
        var distinct: [String] = []
        for (literal, _) in found where !distinct.contains(literal) { distinct.append(literal) }
        guard let last = found.last else { return .none }
        if distinct.count == 1 { return .value(.formula(last.0)) }
        // (The relation right before the last address states it: "= 192.168.37.159".)
        if text[..<last.1].range(of: #"(?:=|→|\bis|\bare|:)\s*\**`?$"#, options: .regularExpression) != nil { return .value(.formula(last.0)) }
        return .ambiguous(reason: "two addresses", distinct.map { .formula($0) })
    }
}
