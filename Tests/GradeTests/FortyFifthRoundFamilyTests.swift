import Foundation
@testable import Grade
import Solve
import Testing

/// Families found in session 45's held-out runs (`grading/final88` …), each tested on
/// transcripts written for these tests.
@Suite("Grading families, forty-fifth round")
struct FortyFifthRoundFamilyTests {
    static func grade(_ text: String, _ key: [String: Answer], questions: [String: String] = [:]) -> [String: Verdict] {
        ThirtyNinthRoundFamilyTests.grade(text, key, questions: questions)
    }

    /// "Where does the 40 Hz tone end up?" in a student's `Q2:` is a new question that names a
    /// value of the previous answer, not a dispute of it ("where did the 3.1 come from?" is): the
    /// reply answers its own part, and the previous part keeps its answer.
    @Test func aQuestionThatNamesAnEarlierValueIsNoDispute() {
        let questions = [
            "1a": "A signal contains tones at 40 Hz and 90 Hz. What is the highest frequency present, in Hz?",
            "1b": "The signal is sampled at 120 Hz. At what frequency does the 90 Hz tone appear after sampling?",
        ]
        let verdicts = Self.grade("""
            Q1: highest frequency in a signal with tones at 40 and 90 Hz?

            A1: The highest frequency component is 90 Hz.

            Q2: If I sample at 120 Hz where does the 90 Hz tone end up?

            A2: 90 Hz is above fs/2 = 60 Hz, so it folds to 120 − 90 = 30 Hz.
            """, ["1a": .integer(90), "1b": .integer(30)], questions: questions)
        #expect(verdicts["1a"]?.kind == .correct, "\(String(describing: verdicts["1a"]))")
        #expect(verdicts["1b"]?.kind == .correct, "\(String(describing: verdicts["1b"]))")
    }

    /// "What is the exact bin spacing?" answered "≈ 15.6 Hz" for 15.625: a rounded decimal is not
    /// the exact value asked; the exact value is correct, and so is the rounded one where the
    /// question does not ask the exact value.
    @Test func aRoundedValueWhereTheExactOneIsAsked() {
        let key: [String: Answer] = ["2a": .real(RealValue(0.3125))]
        let exactly = ["2a": "What is the exact duty cycle of the timer?"]
        let plainly = ["2a": "What is the duty cycle of the timer?"]
        let rounded = "User: 2a\n\nAssistant:\n(a) The duty cycle is ≈ **0.313**.\n"
        #expect(Self.grade(rounded, key, questions: exactly)["2a"]?.kind == .incorrect)
        #expect(Self.grade(rounded, key, questions: plainly)["2a"]?.kind == .correct)
        let exact = Self.grade("User: 2a\n\nAssistant:\n(a) The duty cycle is **0.3125**.\n", key, questions: exactly)
        #expect(exact["2a"]?.kind == .correct, "\(String(describing: exact["2a"]))")
        // (The exact fraction written beside its rounding gives the exact value; so does a percentage.)
        #expect(Self.grade("User: 2a\n\nAssistant:\n(a) The duty cycle is 5/16 ≈ **0.313**.\n", key, questions: exactly)["2a"]?.kind == .correct)
        #expect(Self.grade("User: 2a\n\nAssistant:\n(a) The duty cycle is **31.25%**.\n", key, questions: exactly)["2a"]?.kind == .correct)
        // ("an exact value is not required": no exact value asked.)
        #expect(Self.grade(rounded, key, questions: ["2a": "Estimate the duty cycle; an exact value is not required."])["2a"]?.kind == .correct)
    }

    /// "= 12. Hmm, or 6 if you count each edge once." — a second value offered in its own
    /// sentence under a condition leaves the part unclear; "or rather 6" corrects instead.
    @Test func aValueOfferedInASentenceOfItsOwnUnderACondition() {
        let offered = Self.grade("User: 3a\n\nAssistant: Summing the degrees gives 2|E| = 12. Hmm, or 6 if you count each edge once. Either way the graph is sparse.\n",
                                 ["3a": .integer(12)])
        #expect(offered["3a"]?.kind == .unclear, "\(String(describing: offered["3a"]))")
        let single = Self.grade("User: 3a\n\nAssistant: Summing the degrees gives 2|E| = 12. Hmm, that is small. The graph is sparse.\n",
                                ["3a": .integer(12)])
        #expect(single["3a"]?.kind == .correct, "\(String(describing: single["3a"]))")
    }

    /// "It depends on interpretation … in that sense the statement is **false**. But … in that
    /// sense it's **true**.": both verdicts, each under a reading, leave the part unclear; one
    /// verdict with "in that sense" is that verdict.
    @Test func bothVerdictsEachUnderAReading() {
        let key: [String: Answer] = ["2d": .text("false")]
        let both = Self.grade("User: 2d\n\nAssistant: (d) It depends on the reading. If spacing means the peak positions, in that sense the claim is **false**. If it means how well the peaks are resolved, in that sense it's **true**.\n", key)
        #expect(both["2d"]?.kind == .unclear, "\(String(describing: both["2d"]))")
        let one = Self.grade("User: 2d\n\nAssistant: (d) The peak positions are fixed by d sin θ = mλ, so in that sense the claim is **false**.\n", key)
        #expect(one["2d"]?.kind == .correct, "\(String(describing: one["2d"]))")
    }

    /// "… and we first compute N1 = 35, N2 = 21, N3 = 15 and their inverses" closing a reply
    /// unfinished states no result; the same steps followed by a result state it.
    @Test func theFirstStepsOfAComputationThatStops() {
        let key: [String: Answer] = ["3": .integer(52)]
        let stops = Self.grade("User: 3\n\nAssistant: For the system x ≡ 1 (mod 3), x ≡ 2 (mod 5), x ≡ 3 (mod 7), M = 105 and we first compute M1 = 35, M2 = 21, M3 = 15 and their inverses\n", key)
        #expect(stops["3"]?.kind == .missing, "\(String(describing: stops["3"]))")
        let finishes = Self.grade("User: 3\n\nAssistant: For the system x ≡ 1 (mod 3), x ≡ 2 (mod 5), x ≡ 3 (mod 7), M = 105 and we first compute M1 = 35, M2 = 21, M3 = 15 and their inverses.\nCombining them, x = **52**.\n", key)
        #expect(finishes["3"]?.kind == .correct, "\(String(describing: finishes["3"]))")
    }

    /// The reviewer's texts for this session's grading rules, each now read as before the rules
    /// or as the rule intends: a dispute in other words, an offer set aside, a single verdict
    /// beside a concession, a finished line with "we first", a guess before unfinished steps.
    @Test func theReviewersNearMisses() {
        let questions = [
            "1a": "A signal contains tones at 40 Hz and 90 Hz. What is the highest frequency present, in Hz?",
            "1b": "The signal is sampled at 120 Hz. At what frequency does the 90 Hz tone appear after sampling, in Hz?",
        ]
        let disputed = Self.grade("""
            User: Please do problem 1.

            Assistant:
            (a) The highest frequency is 90 Hz.
            (b) The alias is at 30 Hz.

            User: Where does the 90 fit with the 40 Hz tone? I think they add.

            Assistant: You're right, the two tones combine, so the highest frequency is 40 + 90 = **130 Hz**.
            """, ["1a": .integer(90), "1b": .integer(30)], questions: questions)
        #expect(disputed["1a"]?.kind == .incorrect, "\(String(describing: disputed["1a"]))")
        let setAside = Self.grade("User: 1a\n\nAssistant: (a) At DC, H = 1/(1 − 0.8) = 5. Or 1.25 when the input is scaled by 0.25, which is not the case here; the answer is **5**.\n",
                                  ["1a": .integer(5)])
        #expect(setAside["1a"]?.kind == .correct, "\(String(describing: setAside["1a"]))")
        let conceded = Self.grade("User: 2d\n\nAssistant: (d) In one sense it could be true (the peaks get sharper), but the positions are fixed by d sin θ = mλ, so the statement is **false**.\n",
                                  ["2d": .text("false")])
        #expect(conceded["2d"]?.kind == .correct, "\(String(describing: conceded["2d"]))")
        let key: [String: Answer] = ["3": .integer(52)]
        let finished = Self.grade("User: 3\n\nAssistant: By the CRT, M = 105.\nx = **52** (we first solved the first two congruences) ✅\n", key)
        #expect(finished["3"]?.kind == .correct, "\(String(describing: finished["3"]))")
        let guess = Self.grade("User: 3\n\nAssistant: My first instinct is x = 52, but let me check properly.\nBy the CRT, M = 105 and we first compute M1 = 35, M2 = 21, M3 = 15 and their inverses\n", key)
        #expect(guess["3"]?.kind != .correct, "\(String(describing: guess["3"]))")
    }
}

