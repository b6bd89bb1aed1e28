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

    /// "hmm are you sure? I thought …" naming no part, right after a reply that answered one
    /// part only: the challenge is about that part, not about another whose question shares
    /// its words, and the reply corrects it.
    @Test func aChallengeNamingNothingIsAboutThePartJustAnswered() {
        let key: [String: Answer] = ["1a": .real(RealValue(2.5)), "2": .text("false")]
        let questions = ["1a": "Compute the batch mean of the mini-batch x = (1, 2, 3, 4).",
                         "2": "True or false: instance normalization statistics depend on the batch size."]
        let verdicts = Self.grade("""
            User: true or false, do instance norm statistics depend on the batch size?

            Assistant: **True.** They are computed over the whole batch.

            User: hmm are you sure? I thought the batch mean of the mini-batch is batch norm's thing and instance norm is per sample

            Assistant: You're right, I confused the two. Instance normalization uses each sample on its own, so the answer is **False**.
            """, key, questions: questions)
        #expect(verdicts["2"]?.kind == .correct, "\(String(describing: verdicts["2"]))")
        #expect(verdicts["1a"]?.kind == .missing, "\(String(describing: verdicts["1a"]))")
    }

    /// "σ² = 2.5, because the squared deviations sum to 10": a value stated, then the reason
    /// for it; the reason's numbers are not the answer.
    @Test func aValueThenItsReasonIsTheValue() {
        let questions = ["2a": "Find the variance of the sample."]
        for (line, key, kind) in [("The variance is σ² = 2.5, because the squared deviations sum to 10.", 2.5, Verdict.Kind.correct),
                                  ("The variance is σ² = 2.5, because the squared deviations sum to 10.", 10, .incorrect),
                                  ("So the variance is 2.5 units², since 10/4 = 2.5.", 2.5, .correct)] {
            let verdicts = Self.grade("User: 2a\n\nAssistant: (a) \(line)", ["2a": .real(RealValue(key))], questions: questions)
            #expect(verdicts["2a"]?.kind == kind, "\(line) against \(key): \(String(describing: verdicts["2a"]))")
        }
    }

    /// A formula printed from a rendered page, its rendering glued to its LaTeX source
    /// ("v1=3.5v_1 = 3.5 , so …"): the source is kept, the rendering dropped; a number before a
    /// formula that is not its rendering stays.
    @Test func aRenderingGluedToItsSourceIsDropped() {
        #expect(RenderedFormula.keepingSource("The speed is v1=3.5v_1 = 3.5 , so the cart moves.") == "The speed is v_1 = 3.5 , so the cart moves.")
        #expect(RenderedFormula.keepingSource("Then y^≈0.25\\hat{y} \\approx 0.25 .") == "Then \\hat{y} \\approx 0.25 .")
        #expect(RenderedFormula.keepingSource("the value 4x_1 = 4 .") == "the value 4x_1 = 4 .")
        // (Text between two mentions of a formula is no rendering of the second.)
        let prose = "the $w_1$ coordinate converges, so I'd call it True if only $w_1$, and False otherwise."
        #expect(RenderedFormula.keepingSource(prose) == prose)
        let verdicts = Self.grade("""
            You said:
            What is the mean speed?

            ChatGPT said:
            (a) Mean speed
            Averaging the laps gives vˉ=12.5\\bar{v} = 12.5 , since 50/4 = 12.5.
            """, ["1a": .real(RealValue(12.5))], questions: ["1a": "Find the mean speed of the four laps."])
        #expect(verdicts["1a"]?.kind == .correct, "\(String(describing: verdicts["1a"]))")
    }

    /// "for 2b what's the maximum …" where 2b asks for the minimum: another question, whose
    /// answer is not the part's; a follow-up on the part's own extreme still corrects it.
    @Test func aFollowUpAskingTheOppositeExtremeIsAnotherQuestion() {
        let key: [String: Answer] = ["2b": .integer(5)]
        let questions = ["2b": "What is the minimum number of servers that keeps the utilisation below 80%?"]
        let other = Self.grade("""
            User: 2b please

            Assistant: (b) We need ρ = 3.6/c < 0.8, so c > 4.5: the minimum is **5** servers.

            User: for 2b what's the maximum number of servers before the budget runs out?

            Assistant: With $9,000 at $1,000 each, the budget allows at most **9** servers.
            """, key, questions: questions)
        #expect(other["2b"]?.kind == .correct, "\(String(describing: other["2b"]))")
        let own = Self.grade("""
            User: 2b please

            Assistant: (b) We need ρ = 3.6/c < 0.8, so c > 4.5: the minimum is **4** servers.

            User: for 2b is that really the minimum? 4 servers gives 0.9

            Assistant: You're right, c must exceed 4.5, so the minimum is **5** servers.
            """, key, questions: questions)
        #expect(own["2b"]?.kind == .correct, "\(String(describing: own["2b"]))")
    }

    /// "If you need a whole number of batches, use **13**" after "… = **12.5** batches": a value
    /// suggested under the reader's wish stands beside the answer (unclear); "if you want to
    /// check, take …" suggests none.
    @Test func aValueSuggestedUnderTheReadersWishIsAnAlternative() {
        let questions = ["3b": "How many batches are needed per week?"]
        let suggested = Self.grade("""
            User: 3b

            Assistant: (b) 250 / 20 = **12.5** batches per week.
            If you need a whole number of batches, round up and use **13**.
            """, ["3b": .real(RealValue(12.5))], questions: questions)
        #expect(suggested["3b"]?.kind == .unclear, "\(String(describing: suggested["3b"]))")
        for line in ["If you want to check, take the product: 12.5 × 20 = 250.", "If you need to verify it, use the product 12.5 × 20."] {
            #expect(FinalAnswer.suggestion.firstMatch(in: line, range: NSRange(line.startIndex..., in: line)) == nil, "\(line)")
        }
    }

    /// A printed line broken after a word no sentence ends on ("… 30 kN on the left and" /
    /// "45 kN on the right.") goes on into the next line, though that opens with a number.
    @Test func aLineBrokenAfterAConjunctionGoesOnIntoANumber() {
        let verdicts = Self.grade("""
            User: 2b

            Assistant: (b) The supports carry (F1, F2) = (30, 45): 30 kN on the left and
            45 kN on the right.
            (c) The moment is zero at midspan.
            """, ["2b": .vector([30, 45])], questions: ["2b": "Give the support reactions (F1, F2) in kN."])
        #expect(verdicts["2b"]?.kind == .correct, "\(String(describing: verdicts["2b"]))")
        #expect(FinalAnswer.wraps("20 tables and", "60 chairs."))
        #expect(!FinalAnswer.wraps("The total is 20.", "60 chairs."))
    }

    /// "[2 1 | 5; 1 3 | 4]": an augmented matrix's bar separates columns where a matrix is
    /// expected.
    @Test func anAugmentedMatrixsBarSeparatesColumns() {
        #expect(AnswerGrammar.read("[2 1 | 5; 1 3 | 4]", expecting: .matrix).value?.answer == .matrix([[2, 1, 5], [1, 3, 4]]))
        #expect(AnswerGrammar.read("[2 -1 | 0; 0 1 | 7]", expecting: .matrix).value?.answer == .matrix([[2, -1, 0], [0, 1, 7]]))
    }

    /// A reply to "what if the load were tripled, for 2.5?" that also corrects 2.5: its line under
    /// the what-if's condition answers the what-if, the corrected line the part; "the corrected
    /// answer to 2.5" names the part, its number no value.
    @Test func aCorrectingReplyToAWhatIfKeepsItsCorrection() {
        let key: [String: Answer] = ["2.5": .real(RealValue(4.5))]
        let questions = ["2.5": "Find the midspan deflection in mm."]
        let verdicts = Self.grade("""
            User: 2.5 please

            Assistant: 2.5: δ = PL³/(48EI) = 3.0 mm.

            User: what if the load were tripled, for 2.5? does the deflection scale linearly

            Assistant: Good question, and I was too quick on 2.5: I used the wrong moment of inertia.
            - With the original load and the correct I: δ = 4.5 mm. This is the corrected answer to 2.5.
            - If the load were tripled: δ = 3 × 4.5 = 13.5 mm.
            """, key, questions: questions)
        #expect(verdicts["2.5"]?.kind == .correct, "\(String(describing: verdicts["2.5"]))")
        #expect(PartAttribution.conditionWords("what if the load were tripled, for 2.5?") == ["tripled"])
    }

    /// "(c) D, because the ratio 12/4 = 3 exceeds 2.": the option that opens the line, its
    /// reason's numbers no answer.
    @Test func anOptionThenItsReasonWithNumbersIsTheOption() {
        let verdicts = Self.grade("""
            Problem 4
            (b) The reactor runs at 80 %.
            (c) D, because the ratio 12/4 = 3 exceeds 2.
            """, ["4c": .choice("D")], questions: ["4c": "Which regime applies? (A) laminar (B) transitional (C) turbulent (D) choked"])
        #expect(verdicts["4c"]?.kind == .correct, "\(String(describing: verdicts["4c"]))")
    }

    /// "That changes Problem 3 as well, since …:" after a corrected part: a lead-in naming
    /// another problem opens it, and is no step of the part before it.
    @Test func aLeadInNamingAnotherProblemOpensIt() {
        let key: [String: Answer] = ["2b": .integer(40), "3a": .integer(12)]
        let questions = ["2b": "Find the flow in veh/min.", "3a": "Find the queue length in vehicles."]
        let verdicts = Self.grade("""
            User: problems 2 and 3

            Assistant: 2(b) 30 veh/min
            3(a) 9 vehicles

            User: for 2(b) isn't the flow higher? you used the old speed

            Assistant: You're right, I used the old speed.

            2(b) q = 0.5 × 80 = 40 veh/min

            That changes Problem 3 as well, since the arrival rate is now (40 veh/min, 60 s):

            3(a) queue = 40 × 0.3 = 12 vehicles
            """, key, questions: questions)
        #expect(verdicts["2b"]?.kind == .correct, "\(String(describing: verdicts["2b"]))")
        #expect(verdicts["3a"]?.kind == .correct, "\(String(describing: verdicts["3a"]))")
    }

    /// Counter-examples from the review of this round's rules: a step "= 3 h, since …, so … 15 h"
    /// keeps its conclusion; "I think I get it" is no challenge, nor "at least" an extreme; a lead-in
    /// recalling an earlier problem leaves the part going on; "I ignored the friction because …" owns
    /// up to nothing; a what-if's subject ("the pipe were …") is no condition word.
    @Test func theReviewsCounterExamplesKeepTheirAnswers() {
        let step = Self.grade("User: 2a\n\nAssistant: (a) Each tank fills in t = 4 h, since 20/5 = 4 pumps share it, so all three tanks take 3 × 4 = **12** h.",
                              ["2a": .integer(12)], questions: ["2a": "How many hours do all three tanks take?"])
        #expect(step["2a"]?.kind == .correct, "\(String(describing: step["2a"]))")
        let notChallenge = Self.grade("""
            User: can you do 1a first? I want to try b myself

            Assistant: (a) The median is **6**.

            User: I think I get it now. Can you also show the range?

            Assistant: Sure. The range is 11 − 2 = **9**.
            """, ["1a": .integer(6), "1b": .integer(9)], questions: ["1a": "Find the median.", "1b": "Find the range."])
        #expect(notChallenge["1a"]?.kind == .correct, "\(String(describing: notChallenge["1a"]))")
        #expect(PartAttribution.asksOppositeExtreme("shouldn't it be at least 6?", of: "What is the smallest number of pumps so that the load is at most 90%?") == false)
        let recalled = Self.grade("""
            User: problem 3

            Assistant: ## Problem 3
            (a) 600 litres are stored.
            (b) The tank drains at the outflow rate, while inflow continues at 200 L/h.

            Recall the outflow rate from Problem 2:

            Q = 500 L/h, so the tank empties at 300 L/h and drains in 600/300 = 2 h.
            """, ["3a": .integer(600), "3b": .integer(2), "2": .integer(500)],
            questions: ["2": "Find the outflow rate.", "3a": "How much is stored?", "3b": "How long does the tank take to drain?"])
        #expect(recalled["3b"]?.kind == .correct, "\(String(describing: recalled["3b"]))")
        #expect(!PartAttribution.corrects("In 1a I ignored the friction because the floor is frictionless."))
        #expect(PartAttribution.conditionWords("what if the pipe were copper instead, for 2b?") == ["copper"])
    }

    /// "c) 12 if the rate is per hour, 0.2 if it is per minute": two values, each opening its
    /// clause under "if", stand side by side (unclear).
    @Test func twoValuesEachUnderItsIfAreAnAlternative() {
        let verdicts = Self.grade("User: 4\n\nAssistant: c) 12 if the rate is per hour, 0.2 if it is per minute",
                                  ["4c": .integer(12)], questions: ["4c": "Find the throughput."])
        #expect(verdicts["4c"]?.kind == .unclear, "\(String(describing: verdicts["4c"]))")
    }

    /// "**Quick answers:** 2: 14 · 3: False" after the body: a recap, which contradicts the body
    /// here (unclear).
    @Test func quickAnswersAreARecap() {
        let verdicts = Self.grade("""
            User: 2 and 3

            Assistant: ### Problem 2

            The count is **14**.

            ### Problem 3

            **True.** Both orders give the same product.

            **Quick answers:** 2: 14 · 3: False
            """, ["2": .integer(14), "3": .text("true")], questions: ["2": "How many edges are there?", "3": "True or false: the product commutes."])
        #expect(verdicts["2"]?.kind == .correct, "\(String(describing: verdicts["2"]))")
        #expect(verdicts["3"]?.kind == .unclear, "\(String(describing: verdicts["3"]))")
        // ("Quick answers for HW2:" opening the reply: the answers themselves.)
        let first = Self.grade("""
            User: 2 and 3

            Assistant: Quick answers for HW2:

            2) The count is 7 + 7 = 14
            3) True, both orders give the same product.
            """, ["2": .integer(14), "3": .text("true")], questions: ["2": "How many edges are there?", "3": "True or false: the product commutes."])
        #expect(first["2"]?.kind == .correct, "\(String(describing: first["2"]))")
        #expect(first["3"]?.kind == .correct, "\(String(describing: first["3"]))")
    }

    /// "(With the biases the layer has 8,256 parameters, but that wasn't asked.)" after the
    /// answer: an aside in parentheses about another quantity is no answer.
    @Test func anAsideThatWasNotAskedIsNoAnswer() {
        let verdicts = Self.grade("""
            User: 2b

            Assistant: (b) 128 × 64 = 8,192 weights.
            (With the bias b of shape (64,) the layer has 8,256 parameters, but that wasn't asked.)
            """, ["2b": .integer(8192)], questions: ["2b": "How many weights does the layer have, without biases?"])
        #expect(verdicts["2b"]?.kind == .correct, "\(String(describing: verdicts["2b"]))")
        let aside = "(h_n and c_n would each be (4, 32, 128), but that wasn't asked.)"
        #expect(FinalAnswer.notAsked.firstMatch(in: aside, range: NSRange(aside.startIndex..., in: aside)) != nil)
        let answer = "So out has shape (32, 50, 256), as asked."
        #expect(FinalAnswer.notAsked.firstMatch(in: answer, range: NSRange(answer.startIndex..., in: answer)) == nil)
    }
}
