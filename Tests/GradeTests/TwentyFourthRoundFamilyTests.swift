@testable import Grade
import Solve
import Testing

/// Families of writing from the twenty-fourth round of independent corpora (`final42/`), each
/// on an example written here.
@Suite("Twenty-fourth-round families")
struct TwentyFourthRoundFamilyTests {
    static func grade(_ text: String, _ key: [String: Answer], questions: [String: String], tolerances: [String: Double] = [:]) -> [String: Verdict] {
        SummaryAndListFamilyTests.grade(text, key, questions: questions, tolerances: tolerances)
    }

    @Test func anExactValueRestatedTooCoarselyIsTheExactValue() {
        let questions = ["2a": "What fraction of the tank is full after the first hour?"]
        let key: [String: Answer] = ["2a": .real(RealValue(5.0 / 8.0, exact: "5/8"))]
        for answer in ["f = 1 − 3/8 = **5/8 ≈ 0.6**", "So the tank is 5/8 ≈ 0.63 full."] {
            let verdicts = Self.grade("User: 2a\n\nAssistant: **(a)** \(answer)\n", key, questions: questions)
            #expect(verdicts["2a"]?.kind == .correct, "\(answer): \(String(describing: verdicts["2a"]))")
        }
        // Not a rounding of the value before it: read as written.
        #expect(AnswerGrammar.read("f = 5/8 ≈ 0.66", expecting: .scalar) != AnswerGrammar.read("5/8", expecting: .scalar))
        // Three figures or more are graded as written.
        guard case .value(.number(let number)) = AnswerGrammar.read("f = 5/8 ≈ 0.625", expecting: .scalar) else {
            Issue.record("not a number"); return
        }
        #expect(number.decimals == 3)
    }

    @Test func anotherOptionAcceptedTooLeavesThePartUnclear() {
        let questions = ["4c": "Which test applies? (A) z-test (B) t-test (C) chi-square (D) F-test"]
        let verdicts = Self.grade("""
            User: 4c

            Assistant: **(c)** The variance is unknown and n is small, so the answer is **(B)**. Strictly, with n = 40 the normal approximation is fine, so you could also argue for (A).
            """, ["4c": .choice("B")], questions: questions)
        #expect(verdicts["4c"]?.kind == .unclear, "\(String(describing: verdicts["4c"]))")
        // A denied acceptance accepts nothing.
        let denied = Self.grade("""
            User: 4c

            Assistant: **(c)** The variance is unknown, so the answer is **(B)**. No grader would accept (A) here.
            """, ["4c": .choice("B")], questions: questions)
        #expect(denied["4c"]?.kind == .correct, "\(String(describing: denied["4c"]))")
        #expect(FinalAnswer.alsoAccepted("So the flow is 12 L/s. Some texts would accept 11 as well.", expecting: .scalar) != nil)
    }

    @Test func theLastMatchOfAPatternIsTheLast() {
        #expect("a1 b22 c333".lastRange(ofPattern: #"\d+"#).map { String("a1 b22 c333"[$0]) } == "333")
        let tail = "x. y. z"[...].dropFirst(2)
        #expect(tail.lastRange(ofPattern: #"\.\s"#).map { tail.distance(from: tail.startIndex, to: $0.lowerBound) } == 2)
    }

    @Test func aRatioOfWholeNumbersIsTheirQuotient() {
        let questions = ["3b": "Give the map's scale as a ratio 1/N."]
        for answer in ["Scale = 4 cm / 1000 m = **1:25,000**", "So the scale is 1 : 25 000."] {
            let verdicts = Self.grade("User: 3b\n\nAssistant: **(b)** \(answer)\n", ["3b": .real(RealValue(1.0 / 25000, exact: "1/25000"))], questions: questions)
            #expect(verdicts["3b"]?.kind == .correct, "\(answer): \(String(describing: verdicts["3b"]))")
        }
        // A label's colon is no ratio.
        guard case .value(.number(let number)) = AnswerGrammar.read("Question 1: 42", expecting: .scalar) else { Issue.record("not a number"); return }
        #expect(number.value == 42)
    }

    @Test func aBodyValueAndItsSummaryInPowersOfTenAreOneAnswer() {
        let questions = ["4.1b": "Compute the Reynolds number."]
        let verdicts = Self.grade("""
            User: 4.1b

            Assistant: **(b)** Re = VD/ν = 2.1 × 0.05 / 1.0e-6 = 105,000

            | Part | Answer |
            |---|---|
            | 4.1b | 1.05 × 10⁵ |
            """, ["4.1b": .integer(105_000)], questions: questions)
        #expect(verdicts["4.1b"]?.kind == .correct, "\(String(describing: verdicts["4.1b"]))")
        // Rounded to fewer than three figures, or to another value, they are two answers.
        guard case .value(let body) = AnswerGrammar.read("105,000", expecting: .scalar),
              case .value(let coarse) = AnswerGrammar.read("1.1 × 10⁵", expecting: .scalar),
              case .value(let other) = AnswerGrammar.read("1.06 × 10⁵", expecting: .scalar) else { Issue.record("not read"); return }
        #expect(!FinalAnswer.same(.value(body), .value(coarse)))
        #expect(!FinalAnswer.same(.value(body), .value(other)))
    }

    @Test func greekLettersOfTheKeyWrittenSideBySideAreAProduct() {
        let questions = ["2c": "Give the wall shear stress as a formula in μ, U and h."]
        let key: [String: Answer] = ["2c": .expression("2*mu*U/h")]
        for answer in ["**τ_w = 2μU/h**", "τ_w = 2 μ U / h"] {
            let verdicts = Self.grade("User: 2c\n\nAssistant: **(c)** \(answer)\n", key, questions: questions)
            #expect(verdicts["2c"]?.kind == .correct, "\(answer): \(String(describing: verdicts["2c"]))")
        }
        let wrong = Self.grade("User: 2c\n\nAssistant: **(c)** τ_w = 2μU/h²\n", key, questions: questions)
        #expect(wrong["2c"]?.kind == .incorrect, "\(String(describing: wrong["2c"]))")
    }

    @Test func aRestatementInPlainWordsIsASummaryOfThePartItNames() {
        let questions = [
            "1a": "Compute the probability that a randomly chosen bulb lasts longer than 1000 hours.",
            "1b": "Find the expected number of failures among 200 bulbs in the first 500 hours.",
        ]
        let key: [String: Answer] = ["1a": .real(RealValue(0.3679)), "1b": .real(RealValue(78.7))]
        func verdicts(_ closing: String) -> [String: Verdict] {
            Self.grade("""
                User: problem 1

                Assistant: **(a)** P(T > 1000) = e^{−1} ≈ 0.3679

                **(b)** E = 200 (1 − e^{−0.5}) ≈ 78.7

                \(closing)
                """, key, questions: questions, tolerances: ["1a": 0.0005, "1b": 0.05])
        }
        let differing = verdicts("In words: about 40.1% of the bulbs last longer than 1000 hours.")
        #expect(differing["1a"]?.kind == .unclear, "\(String(describing: differing["1a"]))")
        #expect(differing["1b"]?.kind == .correct, "\(String(describing: differing["1b"]))")
        let agreeing = verdicts("In words: about 36.79% of the bulbs last longer than 1000 hours.")
        #expect(agreeing["1a"]?.kind == .correct, "\(String(describing: agreeing["1a"]))")
        // Without the lead, a closing remark is read as before.
        let plain = verdicts("Bulbs are cheap.")
        #expect(plain["1a"]?.kind == .correct, "\(String(describing: plain["1a"]))")
    }

    static let tank = [
        "2a": "Compute the inflow rate in L/min.",
        "2b.i": "How long does the tank take to fill, in minutes?",
        "2b.ii": "How long does it take to drain through the valve, in minutes?",
        "3a": "Give the pump's power in kW.",
        "3b": "Which pump is cheaper? (A) pump 1 (B) pump 2",
    ]

    @Test func aLaterTurnAboutASubPartNamedWithItsPartAnswersIt() {
        let verdicts = Self.grade("""
            User: all of problem 2

            Assistant: **(a)** Q = 12 L/min

            **(b)**
            - **(i)** t = 600/12 = **50 min**
            - **(ii)** t = 600/20 = **25 min**

            User: for 2(b)(ii) the valve drains 15 L/min, not 20

            Assistant: Right, I misread the valve rate. So t = 600/15 = **40 min**.
            """, ["2a": .integer(12), "2b.i": .integer(50), "2b.ii": .integer(40)], questions: Self.tank)
        #expect(verdicts["2b.ii"]?.kind == .correct, "\(String(describing: verdicts["2b.ii"]))")
        #expect(verdicts["2b.i"]?.kind == .correct, "\(String(describing: verdicts["2b.i"]))")
    }

    @Test func aSummaryWhoseSubPartLabelsTheCurrentProblemLacksIsAnEarlierProblems() {
        let verdicts = Self.grade("""
            User: problems 2 and 3

            Assistant: Problem 2
            (a) Inflow rate
            Q = 12 L/min.
            (b)(i) Filling time
            The tank fills in 600/12 minutes, which is therefore
            (b)(ii) Draining time
            Near the end, h ≈ 0 and
            the time is therefore

            Problem 3
            (a) Power
            P = 3.2 kW.
            (b) Cheaper pump
            Answer: B.

            Summary
            (a) 12 L/min
            (b)(i) 50 min
            (b)(ii) 40 min
            """, ["2a": .integer(12), "2b.i": .integer(50), "2b.ii": .integer(40), "3a": .real(RealValue(3.2)), "3b": .choice("B")],
            questions: Self.tank)
        for id in ["2a", "2b.i", "2b.ii", "3a"] {
            #expect(verdicts[id]?.kind == .correct, "\(id): \(String(describing: verdicts[id]))")
        }
    }

    @Test func aNumberedRunOfWorkingIsStepsWhereItsNumbersProblemsHaveParts() {
        var questions = Self.tank
        questions["1"] = "Give the tank's volume in litres."
        questions["4"] = "Give the total cost of running the pump for a day, in dollars."
        let verdicts = Self.grade("""
            User: the tank one: 600 L filled at 12 L/min, how long?

            Assistant: Carrying the volume through each step.

            1. Volume V = 600 L
            2. Rate Q = 12 L/min
            3. Time t = V/Q = 50 min
            4. In hours, t = 50/60 = 0.83 h

            **Filling time = 50 min.**
            """, ["1": .integer(600), "2a": .integer(12), "2b.i": .integer(50), "3a": .real(RealValue(3.2)), "4": .integer(18)], questions: questions)
        // Item 4 is no answer to problem 4: problems 2 and 3 have parts, and items 2 and 3 are single lines of working.
        #expect(verdicts["4"]?.kind == .missing, "\(String(describing: verdicts["4"]))")
    }

    @Test func aValueRestatedAfterOrWithAnotherPrefixIsOneAnswer() {
        for (text, same) in [("t = 0.0032 s, or 3.2 ms", true), ("P ≈ 216 kW — or about 0.22 MW", true), ("E = 1.5 MJ or 1500 kJ", true),
                             ("P ≈ 216 kW or 0.25 MW", false), ("t = 0.0032 s or 32 ms", false), ("m = 3.2 kg or 7.1 lb", false)] {
            let reading = AnswerGrammar.read(text, expecting: .scalar)
            if same {
                #expect(reading.value != nil, "\(text): \(reading)")
            } else {
                guard case .ambiguous = reading else { Issue.record("\(text): \(reading)"); continue }
            }
        }
    }
}
