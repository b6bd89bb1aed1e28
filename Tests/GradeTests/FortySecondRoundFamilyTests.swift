import Foundation
@testable import Grade
import Solve
import Testing

/// Families found in the held-out runs of `grading/final77` and `grading/final78` (session 42),
/// each tested on transcripts written for these tests.
@Suite("Grading families, forty-second round")
struct FortySecondRoundFamilyTests {
    static func grade(_ text: String, _ key: [String: Answer], questions: [String: String] = [:], tolerances: [String: Double] = [:]) -> [String: Verdict] {
        ThirtyNinthRoundFamilyTests.grade(text, key, questions: questions, tolerances: tolerances)
    }

    /// "r = √(x² + y²)": a radical written in Unicode takes a parenthesized radicand, whole.
    @Test func aUnicodeRadicalOverParentheses() {
        let key: [String: Answer] = ["1a": .expression("sqrt(x^2 + y^2)"), "1b": .expression("(x + 1)^(1/3)"), "1c": .expression("sqrt(x^2 + y^2)")]
        let verdicts = Self.grade("""
            User: distances, give formulas

            Assistant:
            (a) r = √(x² + y²)

            (b) ∛(x + 1)

            (c) r = √(x² − y²)
            """, key)
        #expect(verdicts["1a"]?.kind == .correct, "\(String(describing: verdicts["1a"]))")
        #expect(verdicts["1b"]?.kind == .correct, "\(String(describing: verdicts["1b"]))")
        #expect(verdicts["1c"]?.kind == .incorrect, "\(String(describing: verdicts["1c"]))")
    }

    /// "41.0^\circ", "41.0^{\circ}": the degree sign taken whole keeps the number's precision.
    @Test func aDegreeSignInLaTeXKeepsTheDigitsShown() {
        let key: [String: Answer] = ["2a": .real(RealValue(41.04)), "2b": .real(RealValue(41.04))]
        let verdicts = Self.grade("""
            User: angles to 0.1 degree

            Assistant:
            **(a)** $\\phi = \\arcsin(0.6565) \\approx 41.0^\\circ$

            **(b)** $\\phi \\approx 41.0^{\\circ}$
            """, key, tolerances: ["2a": 0.05, "2b": 0.05])
        #expect(verdicts["2a"]?.kind == .correct, "\(String(describing: verdicts["2a"]))")
        #expect(verdicts["2b"]?.kind == .correct, "\(String(describing: verdicts["2b"]))")
    }

    /// "0.2540 m from the hinge, i.e. **25.4 cm**": "i.e." is a word, not the letters i and e.
    @Test func thatIsAbbreviatedIsNoVariable() {
        let key: [String: Answer] = ["3": .real(RealValue(25.385))]
        let verdicts = Self.grade("""
            User: how far from the hinge, in cm?

            Assistant: The bracket sits $0.5 - 0.24615 = 0.25385$ m from the hinge, i.e. **25.4 cm**.
            """, key, questions: ["3": "How far from the hinge is the bracket? Give the answer in cm, to 0.1 cm."], tolerances: ["3": 0.05])
        #expect(verdicts["3"]?.kind == .correct, "\(String(describing: verdicts["3"]))")
    }

    /// "…, so the interval gets narrower: B": a long line closing on one option letter after a
    /// colon, an arrow or "so".
    @Test func aLongLineClosingOnAnOption() {
        let key: [String: Answer] = ["4a": .choice("B"), "4b": .choice("C")]
        let verdicts = Self.grade("""
            User: two multiple choice ones

            Assistant:
            (a) The standard error falls like one over root n, so the interval gets narrower: B
            (b) Doubling both the sample and the spread leaves the width unchanged overall, so C
            """, key)
        #expect(verdicts["4a"]?.kind == .correct, "\(String(describing: verdicts["4a"]))")
        #expect(verdicts["4b"]?.kind == .correct, "\(String(describing: verdicts["4b"]))")
    }

    /// "b) ii) p = 0.25": a part's letter and its sub-part's numeral, each with its bracket.
    @Test func aLetterAndANumeralEachWithABracket() {
        let key: [String: Answer] = ["5b.i": .real(RealValue(0.5)), "5b.ii": .real(RealValue(0.25)), "5a": .integer(12)]
        let verdicts = Self.grade("""
            User: exercise 5 please

            Assistant: Exercise 5
            a) n = 12
            b) i) p = 0.5
               ii) p = 0.25
            """, key)
        #expect(verdicts["5b.i"]?.kind == .correct, "\(String(describing: verdicts["5b.i"]))")
        #expect(verdicts["5b.ii"]?.kind == .correct, "\(String(describing: verdicts["5b.ii"]))")
    }

    /// "I'm skipping (c) — it needs the value at x = 2.5 m", "… with r = 3 cm from part (a) —
    /// just plug in": a part skipped or handed back states no answer, and the label it names is
    /// talked about, not opened.
    @Test func aPartSkippedOrHandedBack() {
        let key: [String: Answer] = ["6a": .real(RealValue(3)), "6b": .real(RealValue(28.27)), "6c": .real(RealValue(7.1))]
        let verdicts = Self.grade("""
            User: circle questions

            Assistant:
            (a) r = 3 cm
            (b) The area is A = πr² with r = 3 cm from part (a) — just plug in.
            (c) I'm skipping (c) — it needs the chord length at x = 2.5 cm, which you can read off the sketch.
            """, key, tolerances: ["6b": 0.005, "6c": 0.05])
        #expect(verdicts["6a"]?.kind == .correct, "\(String(describing: verdicts["6a"]))")
        #expect(verdicts["6b"]?.kind == .missing, "\(String(describing: verdicts["6b"]))")
        #expect(verdicts["6c"]?.kind == .missing, "\(String(describing: verdicts["6c"]))")
    }

    /// "what's the period of the wave in 1(b)?" after a part asking for the frequency: the reply
    /// answers another quantity and leaves 1(b)'s answer standing. A question about the part's own
    /// quantity, or a challenge, still has its reply answer the part.
    @Test func aFollowUpAskingAnotherQuantityOfAPart() {
        let key: [String: Answer] = ["1a": .real(RealValue(0.5)), "1b": .integer(250)]
        let questions = ["1a": "Find the wavelength in m.", "1b": "Find the frequency f of the wave in Hz."]
        let another = Self.grade("""
            User: 1 (a) wavelength (b) frequency

            Assistant: (a) λ = 0.5 m
            (b) f = v/λ = 125/0.5 = 250 Hz

            User: what's the period of the wave in 1(b)?

            Assistant: The period is 1/f = 1/250 = 0.004 s.
            """, key, questions: questions)
        #expect(another["1b"]?.kind == .correct, "\(String(describing: another["1b"]))")
        let same = Self.grade("""
            User: 1 (a) wavelength (b) frequency

            Assistant: (a) λ = 0.5 m
            (b) f = v/λ = 125/0.5 = 250 Hz

            User: are you sure about 1(b)? I think the speed is 150.

            Assistant: You're right, I misread the speed: f = 150/0.5 = 300 Hz.
            """, key, questions: questions)
        #expect(same["1b"]?.kind == .incorrect, "\(String(describing: same["1b"]))")
        #expect(PartAttribution.asksAnotherQuantity("what's the 2nd harmonic for 3(c)?", of: "Find the fundamental frequency of the string."))
        #expect(!PartAttribution.asksAnotherQuantity("what's the final answer for 3(c)?", of: "Find the fundamental frequency of the string."))
        #expect(!PartAttribution.asksAnotherQuantity("what's the fundamental frequency in 3(c)? you skipped it", of: "Find the fundamental frequency of the string."))
    }

    // MARK: Counter-examples from the review of this round's rules (the reviewer's transcripts)

    static let reviewKey: [String: Answer] = ["1a": .real(RealValue(0.25)), "1b": .choice("B"), "1c": .expression("z*sqrt(p*(1-p)/n)"), "1d": .real(RealValue(16.3))]
    static let reviewQuestions = [
        "1a": "Find the sample proportion p̂.",
        "1b": "If n is quadrupled and p̂ stays the same, the margin of error: (A) doubles (B) halves (C) stays the same (D) quadruples",
        "1c": "Give a formula for the margin of error in terms of z, p and n.",
        "1d": "A string of length 0.326 m is stopped at its midpoint. Find the distance from the nut to the stop, in cm.",
    ]

    /// A follow-up whose words the question lacks ("percentage of supporters") answered with a
    /// correction ("Sorry, I divided wrong in (a)"): the correction stands.
    @Test func aFollowUpAnsweredWithACorrectionCorrects() {
        let verdicts = Self.grade("""
            User: Can you do problem 1 from my homework?

            Assistant: Sure.

            (a) p̂ = 100/400 = 0.25

            (b) B

            (c) MOE = z√(p(1−p)/n)

            (d) 16.3 cm

            User: what's the percentage of supporters in 1(a)?

            Assistant: Sorry, I divided wrong in (a). It's 120/400 = 0.30, i.e. 30% support, so p̂ = 0.30.
            """, Self.reviewKey, questions: Self.reviewQuestions, tolerances: ["1d": 0.05])
        #expect(verdicts["1a"]?.kind == .incorrect, "\(String(describing: verdicts["1a"]))")
    }

    /// "so I'll skip it: p̂ = 100/400 = 0.25", "= 0.163 m = 16.3 cm, just plug in.": a line that
    /// states its value is not set aside; a range of letters ("all four of A–D") is no choice.
    @Test func aSkipOrHandOffBesideAStatedValueAndALetterRange() {
        let verdicts = Self.grade("""
            User: Can you do problem 1 from my homework?

            Assistant: Sure.

            (a) Dividing is routine so I'll skip it — p̂ = 0.25.

            (b) Only one of the choices is consistent with MOE ∝ 1/√n, and it's halving; I checked it against all four of A–D.

            (c) MOE = z√(p(1−p)/n)

            (d) The stop is at the midpoint: 0.326/2 = 0.163 m = 16.3 cm, just plug in.
            """, Self.reviewKey, questions: Self.reviewQuestions, tolerances: ["1d": 0.05])
        #expect(verdicts["1a"]?.kind == .correct, "\(String(describing: verdicts["1a"]))")
        #expect(verdicts["1b"]?.kind != .incorrect, "\(String(describing: verdicts["1b"]))")
        #expect(verdicts["1d"]?.kind == .correct, "\(String(describing: verdicts["1d"]))")
    }

    /// IPv4 addresses and masks as answers ("Broadcast = 10.1.4.0 + 255 = 10.1.4.255", "the mask is
    /// 255.255.252.0"): the address after the line's last relation; a near miss is incorrect.
    @Test func addressesAndMasks() {
        let key: [String: Answer] = ["2a": .text("10.1.4.0"), "2b": .text("10.1.4.255"), "2c": .text("255.255.252.0"), "2d": .text("10.1.7.254")]
        let verdicts = Self.grade("""
            User: subnetting exercise 2 please

            Assistant:
            a) The network address is 10.1.4.0.
            b) Broadcast = 10.1.4.0 + 255 = 10.1.4.255
            c) For a /22 the mask is 255.255.252.0.
            d) Last usable host: 10.1.7.255
            """, key)
        #expect(verdicts["2a"]?.kind == .correct, "\(String(describing: verdicts["2a"]))")
        #expect(verdicts["2b"]?.kind == .correct, "\(String(describing: verdicts["2b"]))")
        #expect(verdicts["2c"]?.kind == .correct, "\(String(describing: verdicts["2c"]))")
        #expect(verdicts["2d"]?.kind == .incorrect, "\(String(describing: verdicts["2d"]))")
    }

    /// "2^7 = 128 subnets for /23, or 64 subnets for /22": two values, each under a setting named
    /// by its sign, offered side by side; neither is the answer.
    @Test func twoValuesForSettingsNamedBySign() {
        let verdicts = Self.grade("""
            User: how many /24 networks and how many hosts?

            Assistant:
            (a) Subnets = 2^(24 − 18) = 64 subnets for /24, or 32 subnets for /23.
            (b) Hosts per subnet = 2^8 − 2 = 254.
            """, ["1a": .integer(64), "1b": .integer(254)])
        #expect(verdicts["1a"]?.kind == .unclear, "\(String(describing: verdicts["1a"]))")
        #expect(verdicts["1b"]?.kind == .correct, "\(String(describing: verdicts["1b"]))")
    }
}
