/// Decides, inside one problem, whether a label continues the sequence of parts
/// (a, b, c …) or of roman sub-parts (i, ii, iii …), and builds the part ids.
struct PartSequencer: Sendable {
    /// What an accepted label is.
    enum Decision: Sendable, Equatable {
        /// A lettered part, 0 for a.
        case letter(Int)
        /// A roman sub-part (or a roman part when the problem has no letters), 1 for i.
        case roman(Int)
    }

    let problemID: String
    private(set) var lastLetter: Int?
    /// Whether the problem's letters are uppercase ("(A)", "(B)").
    private var uppercaseLetters = false
    private(set) var lastRoman = 0

    init(problemID: String) {
        self.problemID = problemID
    }

    /// The decision for a label, or nil when it does not continue any sequence.
    func decide(_ label: PartLabel) -> Decision? {
        let token = label.token
        var letter: Int?
        if token.count == 1, let scalar = token.lowercased().unicodeScalars.first {
            let isUpper = token.uppercased() == token
            if lastLetter == nil || isUpper == uppercaseLetters {
                letter = Int(scalar.value) - 97
            }
        }
        let roman = RomanNumeral.value(of: token)

        var exact = false
        var loose = false
        if let letter {
            if let last = lastLetter {
                exact = letter == last + 1
                loose = label.isStrong && letter > last && letter <= last + 2
            } else {
                exact = letter == 0
                loose = label.isStrong && letter <= 1
            }
        }
        if let letter, exact { return .letter(letter) }
        if let roman, roman == lastRoman + 1 { return .roman(roman) }
        if let letter, loose { return .letter(letter) }
        return nil
    }

    /// Records an accepted decision and returns the part id.
    mutating func accept(_ decision: Decision, label: PartLabel) -> String {
        switch decision {
        case .letter(let letter):
            if lastLetter == nil { uppercaseLetters = label.token.uppercased() == label.token }
            lastLetter = letter
            lastRoman = 0
            return problemID + letterString(letter)
        case .roman(let value):
            lastRoman = value
            let numeral = RomanNumeral.numeral(value) ?? String(value)
            if let lastLetter { return problemID + letterString(lastLetter) + "." + numeral }
            return problemID + "." + numeral
        }
    }

    private func letterString(_ letter: Int) -> String {
        guard (0..<26).contains(letter), let scalar = Unicode.Scalar(97 + letter) else { return "?" }
        return String(Character(scalar))
    }
}
