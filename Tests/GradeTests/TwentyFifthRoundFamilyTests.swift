import Foundation
@testable import Grade
import Solve
import Testing

/// Families of writing from the twenty-fifth round of independent corpora (`final43/`), each
/// on an example written here.
@Suite("Twenty-fifth-round families")
struct TwentyFifthRoundFamilyTests {
    static func grade(_ text: String, _ key: [String: Answer], questions: [String: String], stems: [String: String] = [:],
                      tolerances: [String: Double] = [:]) -> [String: Verdict] {
        SummaryAndListFamilyTests.grade(text, key, questions: questions, stems: stems, tolerances: tolerances)
    }

    @Test func aValueNamedTheAnswerAfterItIsTheAnswer() {
        let questions = ["2b": "How many moles of oxygen does the burner consume per hour?"]
        for closing in ["So 12.5 mol is the answer for 2b.", "Either way, **12.5 mol** is my final answer."] {
            let verdicts = Self.grade("""
                User: 2b

                Assistant: **(b)** n = 25/2 = 12.5 mol.

                User: for 2b, what if the burner ran for two hours?

                Assistant: Then it would be 25 mol. But the question says one hour, so \(closing)
                """, ["2b": .real(RealValue(12.5))], questions: questions)
            #expect(verdicts["2b"]?.kind == .correct, "\(closing): \(String(describing: verdicts["2b"]))")
        }
        // The marker before its value reads as before.
        #expect(FinalAnswer.invertedMarker.firstMatch(in: "The answer for 2b is 12.5 mol.", range: NSRange(location: 0, length: 29)) == nil)
    }

    @Test func aValueInAnotherPrefixOfTheUnitAskedByNameIsRestated() {
        let questions = ["1b": "How long does the pulse take to cross the cable, in nanoseconds?"]
        let key: [String: Answer] = ["1b": .real(RealValue(250))]
        for answer in ["t = L/v = **0.25 µs**", "So the crossing time is 0.25 μs."] {
            let verdicts = Self.grade("User: 1b\n\nAssistant: **(b)** \(answer)\n", key, questions: questions)
            #expect(verdicts["1b"]?.kind == .correct, "\(answer): \(String(describing: verdicts["1b"]))")
        }
        #expect(PrefixedUnit.spelledUnit(askedIn: "Give the mass in kilograms.") == "kg")
        #expect(PrefixedUnit.spelledUnit(askedIn: "Give the mass in grams or in kilograms.") == nil)
        // A value in the unit asked is left alone.
        #expect(PrefixedUnit.fromOtherPrefixes("t = 250 ns = 0.25 µs", unit: "ns") == "t = 250 ns = 0.25 µs")
    }

    @Test func siunitxUnitsAreTheirSymbols() {
        #expect(PrefixedUnit.symbols(#"in \si{\milli\second}, with \SI{2}{\kilo\newton}"#) == #"in \si{ms}, with \SI{2}{kN}"#)
        // A problem that asks in \si{\kilo\joule} writes kJ, so "4.2 kJ" is not restated in joules.
        let questions = ["3a": #"Find the heat released, in \si{\kilo\joule}."#]
        let verdicts = Self.grade("User: 3a\n\nAssistant: **(a)** Q = m c ΔT = 4.2 kJ.\n", ["3a": .real(RealValue(4.2))], questions: questions,
                                  stems: ["3": #"A \SI{100}{g} block at \SI{20}{\celsius} is heated for \SI{60}{s}."#])
        #expect(verdicts["3a"]?.kind == .correct, "\(String(describing: verdicts["3a"]))")
    }

    @Test func aMagnitudeWithItsSignInWordsRestatesTheSignedValue() {
        let questions = ["2c": "Find the change in the gap width, in mm (negative for a decrease)."]
        let key: [String: Answer] = ["2c": .real(RealValue(-0.36))]
        let verdicts = Self.grade("User: 2c\n\nAssistant: **(c)** The change is −0.36 mm, i.e. 0.36 mm of shortening.\n", key, questions: questions)
        #expect(verdicts["2c"]?.kind == .correct, "\(String(describing: verdicts["2c"]))")
        // Without a word for the sign, the restated magnitude is read as before.
        #expect(FinalAnswer.closingValue("The change is −0.36 mm, i.e. 0.36 mm.", expecting: .scalar) == "0.36 mm.")
        #expect(FinalAnswer.closingValue("The change is −0.36 mm, i.e. 0.36 mm of shortening.", expecting: .scalar)?.contains("−0.36") == true)
    }

    @Test func componentsByIndexInBoldAtTheEndOfChainsAreTheTuple() {
        let questions = ["4a": "Find the roots (x_1, x_2) of the quadratic, with x_1 > x_2."]
        let key: [String: Answer] = ["4a": .vector([3, -2])]
        let verdicts = Self.grade("User: 4a\n\nAssistant: **(a)** Then x1 = (1 + 5)/2 = **3** and x2 = (1 − 5)/2 = **−2**.\n", key, questions: questions)
        #expect(verdicts["4a"]?.kind == .correct, "\(String(describing: verdicts["4a"]))")
        #expect(FinalAnswer.indexedTuple("x1 = 1 + 2 = 3, x2 = 4") == "(3, 4)")
        // A chain does not run across words into the next component.
        #expect(FinalAnswer.indexedTuple("x1 = 1 + 2 and then x2 = 4") == nil)
    }

    @Test func aDottedExerciseNumberAloneOnItsLineOpensThatExercise() {
        let grammar = PartLabelGrammar(ids: ["3.1a", "3.1b", "3.2", "3.3"])
        #expect(grammar.label("3.3", problem: "3.2", part: "3.2") == .problem("3.3", rest: ""))
        #expect(grammar.label("3.2", problem: nil, part: nil) == .problem("3.2", rest: ""))
        // Not a number going back, inside a part, and not a number the set has no exercise for.
        #expect(grammar.label("3.1", problem: "3.2", part: "3.2") == nil)
        #expect(grammar.label("3.7", problem: nil, part: nil) == nil)
    }

    @Test func aTitleWithAWordOutsideTheStemNamesItsPart() {
        let questions = QuestionMatch(
            questions: ["2a": "What is the queue length at the peak?", "2b": "What is the smallest buffer size that never overflows?"],
            stems: ["2": "Frames of size 1 kB arrive at a switch."], partIDs: ["2a", "2b"])
        #expect(questions.part(titled: "buffer size", in: "2", outsideStem: true) == "2b")
        // Only the stem's words: the setting, not a part.
        #expect(questions.part(titled: "frames size", in: "2", outsideStem: true) == nil)
    }

    @Test func anotherConventionsValueAfterTheAnswerLeavesItUnclear() {
        let questions = ["1c": "Write the period T in terms of L and g."]
        let verdicts = Self.grade("""
            User: 1c

            Assistant: **(c)** T = 2π sqrt(L/g)

            Some textbooks write the small-angle period with the amplitude correction, in which case T = 2π sqrt(L/g) (1 + θ^2/16).
            """, ["1c": .expression("2*pi*sqrt(L/g)")], questions: questions)
        #expect(verdicts["1c"]?.kind == .unclear, "\(String(describing: verdicts["1c"]))")
    }
}
