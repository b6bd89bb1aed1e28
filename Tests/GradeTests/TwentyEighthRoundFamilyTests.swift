import Foundation
@testable import Grade
import Solve
import Testing

/// Families of writing from the twenty-eighth round of independent corpora (`final45/` as
/// development data, `final46/`), each on an example written here.
@Suite("Twenty-eighth-round families")
struct TwentyEighthRoundFamilyTests {
    static func grade(_ text: String, _ key: [String: Answer], questions: [String: String], tolerances: [String: Double] = [:]) -> [String: Verdict] {
        SummaryAndListFamilyTests.grade(text, key, questions: questions, tolerances: tolerances)
    }

    @Test func aValueRestatedInTheQuotientUnitAskedIsTheAnswer() {
        let text = """
            User: latent heat question, parts (c) and (d)

            Assistant: **(c)** Dividing the heat by the mass,

            $$L = \\frac{Q}{m} = \\frac{45\\,200}{0.02} = 2\\,260\\,000\\ \\text{J kg}^{-1} \\approx 2260\\ \\text{kJ kg}^{-1}$$

            **(d)** The heat needed is the same for every gram.

            | Part | Answer |
            |---|---|
            | (c) | 2260 kJ/kg |
            | (d) | same |
            """
        for question in ["Find the specific latent heat in kJ/kg.", "Find the specific latent heat (in $\\text{kJ kg}^{-1}$).", "Find the specific latent heat in kJ kg⁻¹."] {
            let verdicts = Self.grade(text, ["c": .real(RealValue(2260))], questions: ["c": question], tolerances: ["c": 0.5])
            #expect(verdicts["c"]?.kind == .correct, "\(question): \(String(describing: verdicts["c"]))")
        }
        #expect(PrefixedUnit.quotients("9.81 m s^{-2} and 4 \\text{J}\\,\\text{mol}^{-1}") == "9.81 m s^{-2} and 4 \\text{J/mol}")
        #expect(PrefixedUnit.quotients("\\mathrm{kJ\\,mol^{-1}}") == "\\mathrm{kJ/mol}")
    }

    @Test func aWholeNumberRoundedToFewerThanThreeFiguresIsTooCoarseForARealKey() {
        func outcome(_ written: String, _ key: Double, tolerance: Double?) -> Equivalence.Outcome? {
            AnswerGrammar.read(written, expecting: .scalar).value.map { Equivalence.compare($0, .real(RealValue(key)), tolerance: tolerance) }
        }
        // 48.03 ± 0.05: "48" is rounded to units, two figures; "48.0" shows three.
        #expect(outcome("48", 48.03, tolerance: 0.05)?.equal == false)
        #expect(outcome("48", 48.03, tolerance: 0.05)?.diagnosis?.contains("significant") == true)
        #expect(outcome("48.0", 48.03, tolerance: 0.05)?.equal == true)
        // Three figures in units suffice; an exact whole key is still met exactly.
        #expect(outcome("483", 482.7, tolerance: 0.5)?.equal == true)
        #expect(outcome("48", 48.0, tolerance: 0.05)?.equal == true)
        let verdicts = Self.grade("""
            User: what count rate remains after 3 hours?

            Assistant: **(b)** After three half-lives of 1 h the rate falls by 8, so about 48 counts/s remain.
            """, ["b": .real(RealValue(48.03))], questions: ["b": "What is the count rate after 3 hours, in counts/s?"], tolerances: ["b": 0.05])
        #expect(verdicts["b"]?.kind == .incorrect, "\(String(describing: verdicts["b"]))")
    }

    @Test func anotherOptionCalledAlsoDefensibleLeavesTheChoiceUnclear() {
        let questions = ["4": "Which market structure maximizes total surplus? (A) monopoly (B) perfect competition (C) oligopoly (D) monopsony"]
        for hedge in ["Though C could also be correct if the firms collude only tacitly.", "Option A is equally valid in the natural-monopoly case."] {
            let verdicts = Self.grade("""
                User: question 4 please

                Assistant: **4.** Under perfect competition price equals marginal cost, so no surplus is lost: **(B)**.

                \(hedge)
                """, ["4": .choice("B")], questions: questions)
            #expect(verdicts["4"]?.kind == .unclear, "\(hedge): \(String(describing: verdicts["4"]))")
        }
        let plain = Self.grade("""
            User: question 4 please

            Assistant: **4.** Under perfect competition price equals marginal cost: **(B)**. (A) would lose surplus to the markup.
            """, ["4": .choice("B")], questions: questions)
        #expect(plain["4"]?.kind == .correct, "\(String(describing: plain["4"]))")
    }

    @Test func aSummaryRowNamingItsPartInBracketsBelongsToThatPart() {
        let verdicts = Self.grade("""
            User: problems 1a and 1b

            Assistant: **1a)** The stopping distance is d = v²/(2a) = 625/10 = **62.5 m**.

            **1b)** The time is t = v/a = 25/5 = **5 s**.

            | Quantity | Value |
            |---|---|
            | d (1a) | 62.5 m |
            | t (1b) | 2.5 s |
            """, ["1a": .real(RealValue(62.5)), "1b": .integer(5)], questions: ["1a": "Find the stopping distance.", "1b": "Find the stopping time."])
        #expect(verdicts["1a"]?.kind == .correct, "\(String(describing: verdicts["1a"]))")
        #expect(verdicts["1b"]?.kind == .unclear, "\(String(describing: verdicts["1b"]))")
    }

    @Test func aSpaceBetweenDigitGroupsInACommaSeparatedListIsAThousandsSeparator() {
        let read = AnswerGrammar.read("(12 500, −3, 4 096)", expecting: .sequence).value
        #expect(read.map { Equivalence.compare($0, .vector([12500, -3, 4096])).equal } == true, "\(String(describing: read))")
        // Without commas the spaces separate items.
        let spaced = AnswerGrammar.read("[1 200 3]", expecting: .sequence).value
        #expect(spaced.map { Equivalence.compare($0, .vector([1, 200, 3])).equal } == true, "\(String(describing: spaced))")
    }

    @Test func aFormulaAskedIsReadBeforeTheNumberItIsEvaluatedTo() {
        let questions = ["2a": "Write the mean speed of the round trip in terms of u and w."]
        let verdicts = Self.grade("""
            User: 2a

            Assistant: **2a.** The harmonic mean: v̄ = 2uw/(u + w) = 2(30)(60)/(30 + 60) = 40 km/h.
            """, ["2a": .expression("2*u*w/(u + w)")], questions: questions)
        #expect(verdicts["2a"]?.kind == .correct, "\(String(describing: verdicts["2a"]))")
        // A wrong formula stays wrong, whatever its instance.
        let wrong = Self.grade("""
            User: 2a

            Assistant: **2a.** The mean: v̄ = (u + w)/2 = (30 + 60)/2 = 45 km/h.
            """, ["2a": .expression("2*u*w/(u + w)")], questions: questions)
        #expect(wrong["2a"]?.kind == .incorrect, "\(String(describing: wrong["2a"]))")
    }

    @Test func aDisclaimedValueOfAnotherQuantityIsNoSecondAnswer() {
        let verdicts = Self.grade("""
            User: problem 3, the angular momentum vector

            Assistant: **3.** L = r × p = (0, −7200, 30 000) kg·m²/s. If you also need its magnitude, it is |L| = √(7200² + 30 000²) ≈ 30,852 kg·m²/s, but that is extra information rather than a different answer.
            """, ["3": .vector([0, -7200, 30000])], questions: ["3": "Compute the angular momentum vector L = r × p."])
        #expect(verdicts["3"]?.kind == .correct, "\(String(describing: verdicts["3"]))")
    }

    @Test func aLaterTurnRestatingTheSameAnswerWithdrawsNothing() {
        let verdicts = Self.grade("""
            You:
            Problems 1 and 3 please

            ChatGPT:
            Problem 1

            x = 2

            Problem 3

            τ = r × F
            = (0, −12, 30) N·m

            You:
            does the problem want the magnitude for 3?

            ChatGPT:
            It asks for the vector τ = r × F, so the answer is the vector (0, −12, 30) N·m.
            """, ["1": .integer(2), "3": .vector([0, -12, 30])], questions: ["1": "What is x?", "3": "Compute the torque vector."])
        #expect(verdicts["3"]?.kind == .correct, "\(String(describing: verdicts["3"]))")
        #expect(verdicts["3"]?.withdrawn == nil)
        #expect(verdicts["3"]?.diagnosis == nil, "\(String(describing: verdicts["3"]?.diagnosis))")
    }

    @Test func valuesAFormulaIsAppliedWithThenAConclusionLeaveTheConclusion() {
        let questions = ["1a": "Find the escape speed in km/s."]
        for line in ["1a) v = sqrt(2GM/R) with R = 6371 km → v = 11.2 km/s", "1a) v_e = √(2μ/R) with R = 6371 km, so v_e = 11.2 km/s"] {
            let verdicts = Self.grade("User: 1a\n\nAssistant: " + line, ["1a": .real(RealValue(11.19))], questions: questions, tolerances: ["1a": 0.05])
            #expect(verdicts["1a"]?.kind == .correct, "\(line): \(String(describing: verdicts["1a"]))")
        }
        // The values it is applied with, closing the line, are inputs.
        let inputs = Self.grade("User: 1a\n\nAssistant: 1a) Use v = sqrt(2GM/R) with R = 6371 km.", ["1a": .real(RealValue(11.19))], questions: questions, tolerances: ["1a": 0.05])
        #expect(inputs["1a"]?.kind == .missing, "\(String(describing: inputs["1a"]))")
    }

    @Test func aLineGivingEachPartyItsValueIsReadForThePartyAsked() {
        let questions = ["2a": "How many units does firm A produce?", "2b": "A tax is levied. What price do buyers pay after the tax?"]
        let key: [String: Answer] = ["2a": .integer(20), "2b": .integer(33)]
        let verdicts = Self.grade("""
            User: problem 2

            Assistant: (a) Solving the reaction functions, firm A produces q_A = 20 units while firm B produces q_B = 30 units.

            (b) Buyers pay P_b = $33 per unit; sellers keep P_s = $28.
            """, key, questions: questions)
        #expect(verdicts["2a"]?.kind == .correct, "\(String(describing: verdicts["2a"]))")
        #expect(verdicts["2b"]?.kind == .correct, "\(String(describing: verdicts["2b"]))")
        // A chain that concludes is read to its conclusion, whatever words the request shares.
        let chained = Self.grade("""
            User: 2b

            Assistant: (b) Buyers first pay P_0 = $30, sellers then pass on the tax, so P_b = **$33**.
            """, key, questions: questions)
        #expect(chained["2b"]?.kind == .correct, "\(String(describing: chained["2b"]))")
        // Values offered as alternatives are no parties.
        let offered = Self.grade("""
            **You:** problem 3

            **ChatGPT:**

            ## Problem 3

            Each firm produces q = 30 in the symmetric equilibrium, so Q = 60.

            The equilibrium price is either $P = 40$ (Cournot, as computed) or $P = 10$ if the firms are really setting prices (Bertrand), since then price is driven down to marginal cost.
            """, ["3": .integer(40)], questions: ["3": "Two firms compete. Find the equilibrium market price."])
        #expect(offered["3"]?.kind == .unclear, "\(String(describing: offered["3"]))")
        #expect(RoleClauses.keepingAsked("Apogee speed v_a = 1.62 km/s, circular speed v_c = 3.07 km/s, so Δv = **1.46 km/s**", request: "Find the burn at apogee") == "Apogee speed v_a = 1.62 km/s, circular speed v_c = 3.07 km/s, so Δv = **1.46 km/s**")
    }

    @Test func aFormulaLeftForTheReaderToEvaluateIsNoAnswer() {
        let verdicts = Self.grade("""
            User: (b) income elasticity at the point?

            Assistant: **(b)** The income elasticity is η = (dQ/dY)(Y/Q), which you evaluate at the bundle from part (a); the derivative term is dQ/dY = 0.4.
            """, ["b": .real(RealValue(0.8))], questions: ["b": "Compute the income elasticity at the bundle of (a)."])
        #expect(verdicts["b"]?.kind == .missing, "\(String(describing: verdicts["b"]))")
    }

    @Test func aRequestForAnotherProblemInProseStartsThatProblem() {
        let verdicts = Self.grade("""
            User: all of it please

            Assistant: **Problem 1.** The mean is 12.5.

            For **Problem 2**, the table came through blank in the upload. Could you paste it again? Then I'll finish that one.
            """, ["1": .real(RealValue(12.5)), "2": .integer(4)], questions: ["1": "Find the mean.", "2": "Find the mode of the table."])
        #expect(verdicts["1"]?.kind == .correct, "\(String(describing: verdicts["1"]))")
        #expect(verdicts["2"]?.kind == .missing, "\(String(describing: verdicts["2"]))")
    }

    @Test func aReasonAfterBecauseStatesNoResult() {
        let remark = "The payback is slow because at $r = 12$ the discount is steep (|d| = 1.5, and indeed $P = 1/|d|$)."
        var order = 0
        let found = FinalAnswer.candidates(in: PartAttribution.Piece(text: remark, original: remark, place: "line 4", turn: 1), expecting: .scalar,
                                           summary: false, order: &order)
        #expect(found.isEmpty, "\(found.map(\.reading))")
        // A conclusion after the reason is read.
        let concluded = "The payback is slow because the rate is high, so the period is 9.2 years."
        let read = FinalAnswer.candidates(in: PartAttribution.Piece(text: concluded, original: concluded, place: "line 4", turn: 1), expecting: .scalar,
                                          summary: false, order: &order)
        #expect(!read.isEmpty)
    }

    @Test func aResultLeftInTheToolOutputIsMissing() {
        let verdicts = Self.grade("""
            User: (d) how long until it drops below 5 mg?

            Assistant: **(d)** Each half-life halves the mass, and 80/5 = 16 = 2⁴. The time needed is the `t_needed` value in the output above.
            """, ["d": .real(RealValue(22.4))], questions: ["d": "How many hours until less than 5 mg remain?"])
        #expect(verdicts["d"]?.kind == .missing, "\(String(describing: verdicts["d"]))")
    }

    @Test func aQuestionBackAfterADashAndAnAnswerThatChangesAreNoAnswer() {
        let verdicts = Self.grade("""
            User: (e)

            Assistant: **(e)** Before I compute this — do you want the annual limit for the public, or the one for workers? The answer changes a lot.
            """, ["e": .real(RealValue(50))], questions: ["e": "How many hours can the technician work?"])
        #expect(verdicts["e"]?.kind == .missing, "\(String(describing: verdicts["e"]))")
        #expect(verdicts["e"]?.diagnosis == "asks for the input again", "\(String(describing: verdicts["e"]))")
    }

    @Test func aVerdictUnderAConditionThenItsOppositeIsUnclear() {
        let verdicts = Self.grade("""
            User: (b) true or false

            Assistant: **(b)** False if the walk is restricted to a finite grid; in the unbounded plane, though, a 2D random walk is recurrent, so the statement is **True**.
            """, ["b": .text("true")], questions: ["b": "True or false: a simple random walk in two dimensions returns to its start with probability 1."])
        #expect(verdicts["b"]?.kind == .unclear, "\(String(describing: verdicts["b"]))")
    }

    @Test func rulesOfThisRoundHoldBackWhereTheirWordsMeanSomethingElse() {
        // Spaces between numbers in brackets, with a comma only before words, separate items.
        let spaced = AnswerGrammar.read("y = [40 50 60], each entry doubled", expecting: .sequence).value
        #expect(spaced.map { Equivalence.compare($0, .vector([40, 50, 60])).equal } == true, "\(String(describing: spaced))")
        let rows = AnswerGrammar.read("[[100 200], [300 400]]", expecting: .matrix).value
        #expect(rows.map { Equivalence.compare($0, .matrix([[100, 200], [300, 400]])).equal } == true, "\(String(describing: rows))")
        // A change and a level of one quantity: neither clause is a party's own.
        let level = Self.grade("User: (a)\n\nAssistant: **(a)** Producer surplus falls by $80 after the quota and is now $310.",
                               ["a": .integer(310)], questions: ["a": "What is producer surplus after the quota?"])
        #expect(level["a"]?.kind != .incorrect, "\(String(describing: level["a"]))")
        // "No extra information is needed" disclaims nothing; a value after "which you evaluate at … to get" is the result.
        let needed = Self.grade("User: (c)\n\nAssistant: **(c)** First, 2 · 4 = 8.\nNo extra information is needed: g(4) = 9.",
                                ["c": .integer(9)], questions: ["c": "What is g(4)?"])
        #expect(needed["c"]?.kind == .correct, "\(String(describing: needed["c"]))")
        let evaluated = Self.grade("User: (a)\n\nAssistant: **(a)** The derivative is h'(t) = 4t, which you evaluate at t = 3 to get h'(3) = 12.",
                                   ["a": .integer(12)], questions: ["a": "What is h'(3)?"])
        #expect(evaluated["a"]?.kind == .correct, "\(String(describing: evaluated["a"]))")
        // A verdict with its reason, and a pointer to the output beside a stated value.
        let verdict = Self.grade("User: (b)\n\nAssistant: **(b)** This is true because g''(x) = 6 > 0.",
                                 ["b": .text("true")], questions: ["b": "True or false: g(x) = 3x^2 is convex."])
        #expect(verdict["b"]?.kind == .correct, "\(String(describing: verdict["b"]))")
        let pointer = Self.grade("User: (c)\n\nAssistant: **(c)** k(2) = 3·2 + 1 = 7.\n(For the whole table, see the output above.)",
                                 ["c": .integer(7)], questions: ["c": "What is k(2)?"])
        #expect(pointer["c"]?.kind == .correct, "\(String(describing: pointer["c"]))")
    }
}
