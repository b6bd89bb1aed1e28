import Foundation
@testable import Grade
import Solve
import Testing

/// Families of writing from the thirty-third round of independent corpora (`final54/`,
/// `final55/`), each on an example written here.
@Suite("Thirty-third-round families")
struct ThirtyThirdRoundFamilyTests {
    static func grade(_ text: String, _ key: [String: Answer], questions: [String: String], stems: [String: String] = [:]) -> [String: Verdict] {
        SummaryAndListFamilyTests.grade(text, key, questions: questions, stems: stems)
    }

    /// "Final answers" alone on its line, then one line per problem: "2: λ_max = 3.2, ρ_w = 0.85".
    /// Each line is a summary of its own, its named values going to the parts whose questions
    /// name them (a Greek letter with a subscript is a name), so a recap that contradicts the
    /// body makes the part unclear.
    @Test func aProblemsLineInASummaryGivesItsPartsByName() {
        let key: [String: Answer] = ["2a": .real(RealValue(3.2)), "2b": .real(RealValue(0.85)), "3": .integer(14)]
        let questions = ["2a": "Find the largest load factor λ_max.", "2b": "Find the wall reflectance ρ_w.", "3": "How many panels are needed?"]
        func transcript(_ recap: String) -> String {
            """
            User: please solve 2 and 3

            Assistant: Problem 2

            a) λ_max = 16/5 = 3.2.

            b) ρ_w = 0.85 from the table.

            Problem 3

            We need 14 panels.

            Final answers
            2: λ_max = \(recap), ρ_w = 0.85
            3: 14 panels
            """
        }
        let agreeing = Self.grade(transcript("3.2"), key, questions: questions)
        #expect(agreeing["2a"]?.kind == .correct, "\(String(describing: agreeing["2a"]))")
        #expect(agreeing["2b"]?.kind == .correct, "\(String(describing: agreeing["2b"]))")
        #expect(agreeing["3"]?.kind == .correct, "\(String(describing: agreeing["3"]))")
        let contradicting = Self.grade(transcript("3.6"), key, questions: questions)
        #expect(contradicting["2a"]?.kind == .unclear, "\(String(describing: contradicting["2a"]))")
        #expect(contradicting["2b"]?.kind == .correct, "\(String(describing: contradicting["2b"]))")
    }

    /// A Greek letter's name with a subscript is a quantity's name; a longer word that starts
    /// with one ("etacarinae", "mutation") is not.
    @Test func aGreekLetterWithASubscriptIsAName() {
        #expect(QuantityNames.isSymbolic(QuantityNames.normalized("ω_n")))
        #expect(QuantityNames.isSymbolic(QuantityNames.normalized("\\sigma_{xy}")))
        #expect(QuantityNames.isSymbolic(QuantityNames.normalized("λ_{max}")))
        #expect(!QuantityNames.isSymbolic("mutation"))
        #expect(!QuantityNames.isSymbolic("etacarinae"))
    }

    /// A part that asks its answer in a base unit by name ("in seconds", "in grams") takes a
    /// value written in a prefixed unit of it restated: "250 ms" is 0.25 s. A compound unit
    /// ("12 km/h") is another quantity and stays.
    @Test func aValueInAPrefixedUnitIsRestatedInTheBaseAsked() {
        let questions = ["4a": "How long does the transfer take, in seconds?", "4b": "What mass of salt remains (in grams)?",
                         "4c": "At what speed does the cart move, in metres per hour?"]
        let key: [String: Answer] = ["4a": .real(RealValue(0.25)), "4b": .integer(1500), "4c": .integer(12)]
        let verdicts = Self.grade("""
            User: 4 please

            Assistant: (a) The transfer takes 2 MB / 8 MB/s, about **250 ms**.

            (b) Evaporating leaves **1.5 kg** of salt.

            (c) The cart moves at 12 km/h.
            """, key, questions: questions)
        #expect(verdicts["4a"]?.kind == .correct, "\(String(describing: verdicts["4a"]))")
        #expect(verdicts["4b"]?.kind == .correct, "\(String(describing: verdicts["4b"]))")
        #expect(verdicts["4c"]?.kind != .correct, "\(String(describing: verdicts["4c"]))")
        #expect(PrefixedUnit.spelledBase(askedIn: "Give it in grams or in kilograms.") == nil)
        #expect(PrefixedUnit.spelledBase(askedIn: "Give the length in metres.") == "m")
    }
}
