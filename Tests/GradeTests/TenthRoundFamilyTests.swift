import Grade
import Solve
import Testing

/// Families of writing from the tenth round of independent corpora (`final20/`, `dev14/`),
/// each on an example written here.
@Suite("Tenth-round families")
struct TenthRoundFamilyTests {
    static func grade(_ text: String, _ key: [String: Answer], questions: [String: String], stems: [String: String] = [:]) -> [String: Verdict] {
        SummaryAndListFamilyTests.grade(text, key, questions: questions, stems: stems)
    }

    static let optics = [
        "3a": "Find the focal length of the lens.",
        "3b": "Find the image distance for an object 30 cm away.",
        "3c": "Find the magnification.",
    ]

    static func kinds(_ verdicts: [String: Verdict]) -> String { String(describing: verdicts.mapValues(\.kind)) }

    @Test func eitherOrWithAConditionBeforeTheSecondValueLeavesThePartUnclear() {
        let verdicts = Self.grade("""
            User: problem 3 please

            Assistant: (a) 1/f = 1/20 + 1/30, so f = 12 cm.

            (b) Either 60 cm or, if the object distance is measured from the far face, roughly 52 cm — it depends on the convention.
            """, ["3a": .integer(12), "3b": .integer(60)], questions: Self.optics)
        #expect(verdicts["3a"]?.kind == .correct, "\(Self.kinds(verdicts))")
        #expect(verdicts["3b"]?.kind == .unclear, "\(String(describing: verdicts["3b"]))")
    }

    @Test func aShortChallengeNamingABareLabelMakesTheReplyThatPartsCorrection() {
        let verdicts = Self.grade("""
            User: problem 3 please

            Assistant:
            - **(a)** f = **12 cm**
            - **(b)** v = **60 cm**
            - **(c)** m = **−2**

            User: hmm are you sure about (c)? the book says −3

            Assistant: You're right, I mixed up the distances: m = −v/u with v = 60 and u = 20 gives **−3**.
            """, ["3a": .integer(12), "3b": .integer(60), "3c": .integer(-2)], questions: Self.optics)
        #expect(verdicts["3b"]?.kind == .correct, "\(Self.kinds(verdicts))")
        #expect(verdicts["3c"]?.kind == .incorrect, "\(String(describing: verdicts["3c"]))")
    }

    @Test func whatAnObserverMeasuresClosesThePart() {
        let verdicts = Self.grade("""
            User: problem 4

            Assistant: (a) The source recedes, so the frequency drops:
            f' = f · v/(v + v_s)
            The microphone registers 412.3 Hz.
            """, ["4a": .real(RealValue(412.3))], questions: ["4a": "What frequency does the microphone record?"])
        #expect(verdicts["4a"]?.kind == .correct, "\(Self.kinds(verdicts))")
    }

    @Test func aRemarkSentenceInParenthesesAfterTheValueIsNoPartOfIt() {
        let verdicts = Self.grade("""
            User: problem 5

            Assistant: (a) Solving x² − 5x + 6 = 0 gives x ∈ {2, 3}, so the stable one is $x = 2$. (Consistent with $|f'(2)| < 1$, so $x < 3$.)
            """, ["5a": .integer(2)], questions: ["5a": "Find the stable fixed point."])
        #expect(verdicts["5a"]?.kind == .correct, "\(Self.kinds(verdicts))")
    }

    @Test func twoFractionsOfferedUnderAConditionLeaveThePartUnclear() {
        let verdicts = Self.grade("""
            User: problem 6

            Assistant: (a) $P = \\tfrac{3}{8}$, unless the first toss is not counted, in which case it is $\\tfrac12$ — so $\\tfrac38$ or $\\tfrac12$ depending on the convention.
            """, ["6a": Answer(try! Rational(3, 8))], questions: ["6a": "Find the probability."])
        #expect(verdicts["6a"]?.kind == .unclear, "\(Self.kinds(verdicts))")
    }

    @Test func aPointOfExpansionIsNoResult() {
        let verdicts = Self.grade("""
            User: problem 7

            Assistant: (a) The generating function is G(s) = 1/(1 − s/3)², and the probability we want is the coefficient of $s^3$ in its Taylor series around $s = 0$.
            """, ["7a": Answer(try! Rational(4, 27))], questions: ["7a": "Find P(N = 3)."])
        #expect(verdicts["7a"]?.kind == .missing, "\(String(describing: verdicts["7a"]))")
    }

    @Test func aSecondValueBeforeADashEndsItsClause() {
        let verdicts = Self.grade("""
            User: problem 8

            Assistant: (a) The fixed points solve p = p²: so p = 0 or p = 1 — both satisfy g(p) = p.
            """, ["8a": .integer(0)], questions: ["8a": "Find the probability p."])
        #expect(verdicts["8a"]?.kind == .unclear, "\(Self.kinds(verdicts))")
    }

    @Test func soForAPartNamedWithItsProblemOpensThatPart() {
        let verdicts = Self.grade("""
            User: problem 2.1

            Assistant: (a) The mean is 4.

            (b) The variance is 9.

            User: are you sure about the mean?

            Assistant: The mean is fine: the values are symmetric about 4. But I squared twice in the other part.

            So for 2.1(b): Var = 4.
            """, ["2.1a": .integer(4), "2.1b": .integer(4)],
            questions: ["2.1a": "Find the mean.", "2.1b": "Find the variance."])
        #expect(verdicts["2.1a"]?.kind == .correct, "\(Self.kinds(verdicts))")
        #expect(verdicts["2.1b"]?.kind == .correct, "\(String(describing: verdicts["2.1b"]))")
    }

    @Test func aQuantityNamedAsAReasonIsNotTheOneAskedAbout() {
        let match = QuestionMatch(
            questions: ["4a": "Find the expected waiting time W.", "4b": "Find the utilization of the server."],
            stems: [:], partIDs: ["4a", "4b"])
        #expect(match.match("isn't the utilization too high since the expected waiting time is so short?")?.parts == ["4b"])
        #expect(match.match("shouldn't the waiting time be longer because the utilization is 0.9?")?.parts == ["4a"])
    }

    static let pumps = [
        "5.1a": "Find the head loss in the suction line.",
        "5.1b": "Find the head loss in the delivery line.",
        "5.1c": "Find the pump power.",
        "5.2a": "Find the specific speed.",
        "5.2b": "Find the cavitation number.",
    ]

    @Test func aSummarysBareLabelsBelongToTheProblemThatHasThemAll() {
        let verdicts = Self.grade("""
            User: 5.1 and 5.2 please

            Assistant:
            5.1
            a) h_s = 0.8 m
            b) h_d = 2.4 m
            c) P = 3.1 kW

            5.2
            a) n_s = 42
            b) σ = 0.35

            Summary
            (a) 0.8 m
            (b) 2.9 m
            (c) 3.1 kW
            5.2(a) 42
            5.2(b) 0.35
            """, ["5.1a": .real(RealValue(0.8)), "5.1b": .real(RealValue(2.4)), "5.1c": .real(RealValue(3.1)),
                  "5.2a": .integer(42), "5.2b": .real(RealValue(0.35))], questions: Self.pumps)
        #expect(verdicts["5.1b"]?.kind == .unclear, "\(String(describing: verdicts["5.1b"]))")
        #expect(verdicts["5.2b"]?.kind == .correct, "\(Self.kinds(verdicts))")
        #expect(verdicts["5.1c"]?.kind == .correct, "\(Self.kinds(verdicts))")
    }

    @Test func aLineLeadingIntoAFormulaStatesItsGivens() {
        let verdicts = Self.grade("""
            User: problem 5.1

            Assistant:
            The suction pipe is 6 m long and 0.1 m wide, so
            $$h_s = f \\frac{L}{D} \\frac{v^2}{2g} = 0.8\\ \\text{m}.$$
            The delivery pipe is 18 m long and 0.1 m wide, so
            $$h_d = f \\frac{L}{D} \\frac{v^2}{2g} = 2.4\\ \\text{m}.$$
            The power follows from the total head, $P = \\rho g Q H / \\eta = 3.1$ kW.
            """, ["5.1a": .real(RealValue(0.8)), "5.1b": .real(RealValue(2.4)), "5.1c": .real(RealValue(3.1))], questions: Self.pumps)
        #expect(verdicts["5.1a"]?.kind == .correct, "\(String(describing: verdicts["5.1a"]))")
        #expect(verdicts["5.1b"]?.kind == .correct, "\(Self.kinds(verdicts))")
    }

    @Test func aLineOfferingAValueIfSomethingElseIsUsedInsteadIsAnotherReading() {
        let verdicts = Self.grade("""
            User: problem 5.2

            Assistant: (a) n_s = N√Q / H^{3/4} = 42.

            (b) σ = (p − p_v)/(½ρv²) = 0.35.
            If you take the vapour pressure at 40 °C rather than 20 °C, you get σ ≈ 0.31 instead.
            """, ["5.2a": .integer(42), "5.2b": .real(RealValue(0.35))], questions: Self.pumps)
        #expect(verdicts["5.2a"]?.kind == .correct, "\(Self.kinds(verdicts))")
        #expect(verdicts["5.2b"]?.kind == .unclear, "\(String(describing: verdicts["5.2b"]))")
    }

    @Test func aLowercaseLetterANounIntroducesNamesTheQuantity() {
        let names = QuantityNames(questions: ["1a": "Find the probability q that the chain is absorbed at 0.", "1b": "Find the mean time to absorption."])
        #expect(names.names(of: "1a").contains("q"))
        let verdicts = Self.grade("""
            User: problem 1

            Assistant: (a) Solving the boundary equations, q = 0.3 and r = 0.7.
            """, ["1a": .real(RealValue(0.3))], questions: ["1a": "Find the probability q that the chain is absorbed at 0."])
        #expect(verdicts["1a"]?.kind == .correct, "\(String(describing: verdicts["1a"]))")
    }

    @Test func theValuesAFormulaIsAppliedWithAreItsInputs() {
        let verdicts = Self.grade("""
            User: problem 5.2

            Assistant: (a) Apply $n_s = N\\sqrt{Q}/H^{3/4}$ with $N = 1450$, $Q = 0.02$ and $H = 30$.
            """, ["5.2a": .integer(42)], questions: Self.pumps)
        #expect(verdicts["5.2a"]?.kind == .missing, "\(String(describing: verdicts["5.2a"]))")
    }

    @Test func theOptionALineNamesLastIsItsAnswer() {
        let verdicts = Self.grade("""
            User: problem 6

            Assistant: (a) After step 3 the frontier holds A, B, D, and C is blocked. D has the smallest key, so D is expanded — option (D).
            """, ["6a": .choice("D")], questions: ["6a": "Which node is expanded next? (A) A (B) B (C) C (D) D"])
        #expect(verdicts["6a"]?.kind == .correct, "\(String(describing: verdicts["6a"]))")
    }

    @Test func aTruthLetterOpeningTheLineIsItsAnswer() {
        let verdicts = Self.grade("""
            User: problem 7

            Assistant:
            (a) F. The sum of two odd numbers is even, so the claim fails for 3 + 5.
            """, ["7a": .text("false")], questions: ["7a": "True or false: the sum of two odd numbers is odd."])
        #expect(verdicts["7a"]?.kind == .correct, "\(String(describing: verdicts["7a"]))")
    }

    @Test func aQuantityNamedAfterAColonThenItsValueClosesTheLine() {
        let verdicts = Self.grade("""
            User: problem 8

            Assistant:
            (a) Every vertex but the hub has two neighbours, the hub has five: maximum degree 5.
            """, ["8a": .integer(5)], questions: ["8a": "What is the maximum degree?"])
        #expect(verdicts["8a"]?.kind == .correct, "\(String(describing: verdicts["8a"]))")
    }

    @Test func aTurnsTextBeforeItsFirstLabelledPartAnswersThePartBefore() {
        let verdicts = Self.grade("""
            User: problem 9, (a) which bucket overflows first (b) how many items fit

            Assistant: Filling in order, bucket 2 gets the third item and overflows first.
            So the answer is (B).
            For (b), each bucket takes 4 items, so 12 fit.
            """, ["9a": .choice("B"), "9b": .integer(12)],
            questions: ["9a": "Which bucket overflows first? (A) 1 (B) 2 (C) 3", "9b": "How many items fit?"])
        #expect(verdicts["9a"]?.kind == .correct, "\(String(describing: verdicts["9a"]))")
        #expect(verdicts["9b"]?.kind == .correct, "\(Self.kinds(verdicts))")
    }

    static let inventory = [
        "3a": "What is the traffic intensity ρ?",
        "3b": "What is the mean number in the system, N?",
        "3c": "What is the mean response time T, in seconds?",
        "3d": "What is the mean number waiting, N_q?",
    ]

    @Test func aRequestListOfSymbolsAsksForEachSymbolsPart() {
        let match = QuestionMatch(questions: Self.inventory, stems: ["3": "Jobs arrive at 3 per second to one server."], partIDs: ["3a", "3b", "3c", "3d"])
        #expect(match.match("server gets 3 jobs/s and serves 5 jobs/s. need rho, N, T and Nq")?.parts == ["3a", "3b", "3c", "3d"])
    }

    @Test func aSentenceEndsTheAssignmentItStates() {
        let verdicts = Self.grade("""
            User: what's the traffic intensity and N?

            Assistant: The intensity is ρ = 3/5, so **ρ = 0.6**. The mean number in the system is N = ρ/(1 − ρ) = **1.5**.
            """, ["3a": .real(RealValue(0.6)), "3b": .real(RealValue(1.5))], questions: Self.inventory,
            stems: ["3": "Jobs arrive at 3 per second to one server."])
        #expect(verdicts["3a"]?.kind == .correct, "\(String(describing: verdicts["3a"]))")
        #expect(verdicts["3b"]?.kind == .correct, "\(Self.kinds(verdicts))")
    }

    @Test func unlabelledLinesInOrderKeepAHedgedLastValueAndACorrection() {
        let verdicts = Self.grade("""
            User: problem 3

            Assistant:
            Intensity: ρ = 3/5 = 0.6.
            Number in system: N = 0.6/0.4 = 1.5.
            Response time: T = N/λ = 1.5/3 = 0.5 min.
            Wait — λ is per second, so T = 0.5 s.
            Waiting: N_q = N − ρ = 0.9 (or 1.5 if you count the job in service).
            """, ["3a": .real(RealValue(0.6)), "3b": .real(RealValue(1.5)), "3c": .real(RealValue(0.5)), "3d": .real(RealValue(0.9))],
            questions: Self.inventory)
        #expect(verdicts["3a"]?.kind == .correct, "\(Self.kinds(verdicts))")
        #expect(verdicts["3b"]?.kind == .correct, "\(Self.kinds(verdicts))")
        #expect(verdicts["3c"]?.kind == .correct, "\(String(describing: verdicts["3c"]))")
        #expect(verdicts["3d"]?.kind == .unclear, "\(String(describing: verdicts["3d"]))")
    }

    @Test func aNameTheQuestionGivesAValueIsNoAnswer() {
        let names = QuantityNames(questions: ["2b": "A population of N_e = 40 diploids starts with H_0 = 0.4. Find H_t after 5 generations."])
        #expect(names.names(of: "2b").contains("Ht"), "\(names.names(of: "2b"))")
        #expect(!names.names(of: "2b").contains("Ne"), "\(names.names(of: "2b"))")
        #expect(!names.names(of: "2b").contains("H0"), "\(names.names(of: "2b"))")
    }

    @Test func aParagraphOpeningOnAPartsQuantityIsThatPartsAnswer() {
        let verdicts = Self.grade("""
            User: problem 2

            Assistant: **Reaction:** R = 12 kN.

            For the deflection, I'll use the standard cantilever formula.

            The tip deflection is about **4.2 mm**.
            """, ["2a": .integer(12), "2b": .real(RealValue(4.2))],
            questions: ["2a": "Find the vertical reaction at the wall.", "2b": "Find the tip deflection."])
        #expect(verdicts["2a"]?.kind == .correct, "\(String(describing: verdicts["2a"]))")
        #expect(verdicts["2b"]?.kind == .correct, "\(String(describing: verdicts["2b"]))")
    }

    @Test func aValueRestatedInTheUnitTheQuestionAsksIsTheAnswer() {
        let questions = ["2b": "Find the tip deflection in mm.", "2c": "Find the heat rate in kW."]
        let verdicts = Self.grade("""
            User: problem 2

            Assistant: (b) δ = wL⁴/(8EI) ≈ 0.0452 m ≈ 45.2 mm.

            (c) q = 0.5 × 2000 × 40 W = 40 kW.
            """, ["2b": .real(RealValue(45.2)), "2c": .integer(40)], questions: questions)
        #expect(verdicts["2b"]?.kind == .correct, "\(String(describing: verdicts["2b"]))")
        #expect(verdicts["2c"]?.kind == .correct, "\(String(describing: verdicts["2c"]))")
    }

    @Test func aCorrectingReplyNamingAProblemOwnsTheLabelsThatFollow() {
        let verdicts = Self.grade("""
            User: problem 2.1 please

            Assistant: (a) 12 (b) 7

            User: now problem 2.2

            Assistant: (a) 0.25 (b) 0.5

            User: hmm, in 2.1 shouldn't (a) use the corrected count?

            Assistant: You're right — I used the raw count in 2.1.

            (a) 13

            (b) 7
            """, ["2.1a": .integer(13), "2.1b": .integer(7), "2.2a": .real(RealValue(0.25)), "2.2b": .real(RealValue(0.5))],
            questions: ["2.1a": "Count the edges.", "2.1b": "Count the vertices.", "2.2a": "Find p.", "2.2b": "Find q."])
        #expect(verdicts["2.1a"]?.kind == .correct, "\(String(describing: verdicts["2.1a"]))")
        #expect(verdicts["2.2a"]?.kind == .correct, "\(String(describing: verdicts["2.2a"]))")
        #expect(verdicts["2.2b"]?.kind == .correct, "\(String(describing: verdicts["2.2b"]))")
    }

    @Test func aSummaryLineOfProblemsBetweenSemicolonsGivesEachItsOwn() {
        let verdicts = Self.grade("""
            User: problems 1 to 3

            Assistant: **Problem 1.** (a) 2 (b) 3

            **Problem 2.** About 0.5.

            **Problem 3.** (a) 7 (b) True

            **Final answers:** 1 (a) 2, (b) 4; 2 ≈ 0.5; 3 (a) 7, (b) True.
            """, ["1a": .integer(2), "1b": .integer(3), "2": .real(RealValue(0.5)), "3a": .integer(7), "3b": .text("true")],
            questions: ["1a": "Find x.", "1b": "Find y.", "2": "Find the probability.", "3a": "Find n.", "3b": "True or false: n is odd."])
        #expect(verdicts["1b"]?.kind == .unclear, "\(String(describing: verdicts["1b"]))")
        #expect(verdicts["2"]?.kind == .correct, "\(String(describing: verdicts["2"]))")
        #expect(verdicts["3b"]?.kind == .correct, "\(String(describing: verdicts["3b"]))")
    }

    @Test func aValueTheReaderIsToLookUpLeavesThePartUnanswered() {
        let verdicts = Self.grade("""
            User: problem 5

            Assistant: (a) The standardized difference is z = 0.12/0.05 = 2.4. You'd look up Φ(2.4) in a standard normal table to finish.

            | Part | Answer |
            |---|---|
            | 5a | z = 2.4 (look up Φ) |
            """, ["5a": .real(RealValue(0.992))], questions: ["5a": "Estimate P(X > Y) to 3 decimal places."])
        #expect(verdicts["5a"]?.kind == .missing, "\(String(describing: verdicts["5a"]))")
    }

    @Test func aLabelsBoldThatClosesAfterATitleDoesNotPairWithTheAnswers() {
        let verdicts = Self.grade("""
            User: problem 6

            Assistant:
            - **a) Ratio** = 1250 / 1000 = **1.205**
            """, ["6a": .real(RealValue(1.25))], questions: ["6a": "Compute the benefit-cost ratio."])
        #expect(verdicts["6a"]?.kind == .incorrect, "\(String(describing: verdicts["6a"]))")
    }

    @Test func aSecondValueWithAUnitAndAHedgeWordUnderItsConditionLeavesThePartUnclear() {
        let verdicts = Self.grade("""
            User: problem 7

            Assistant: (a) v ≈ 7.73 m/s — or about 7.9 m/s if you neglect air drag, so check which your course wants.
            """, ["7a": .real(RealValue(7.73))], questions: ["7a": "Find the landing speed."])
        #expect(verdicts["7a"]?.kind == .unclear, "\(String(describing: verdicts["7a"]))")
    }

    @Test func aWhyDidYouQuestionIsAChallengeWhoseCorrectionCounts() {
        let verdicts = Self.grade("""
            User: problem 1: (a) the orbital speed (b) the orbital period in minutes

            Assistant: a) v = 7.7 km/s
            b) T = 5550 s / 58 = 95.7 min

            User: problem 2: (a) the semi-major axis of the transfer orbit

            Assistant: a) a = 24471 km

            User: for the orbital period, why did you divide by 58?

            Assistant: You're right, that was a slip: 5550 s / 60 = 92.5 min.
            """, ["1a": .real(RealValue(7.7)), "1b": .real(RealValue(92.5)), "2a": .integer(24471)],
            questions: ["1a": "Find the orbital speed.", "1b": "Find the orbital period in minutes.", "2a": "Find the semi-major axis of the transfer orbit."])
        #expect(verdicts["1b"]?.kind == .correct, "\(String(describing: verdicts["1b"]))")
        #expect(verdicts["2a"]?.kind == .correct, "\(String(describing: verdicts["2a"]))")
    }

    @Test func aValueAfterIsAboutClosesTheLine() {
        let verdicts = Self.grade("""
            User: problem 9

            Assistant: (a) The escape speed is √2 times the circular speed,

            which is about 11.18 km/s.
            """, ["9a": .real(RealValue(11.18))], questions: ["9a": "Find the escape speed."])
        #expect(verdicts["9a"]?.kind == .correct, "\(String(describing: verdicts["9a"]))")
    }

    @Test func namesOfSeveralLettersInAnExpressionKeyAreOneVariableEach() {
        let key: [String: Answer] = ["3a": .expression("Vmax*S/(Km + S)")]
        let questions = ["3a": "Write the rate v as a function of the substrate concentration S."]
        let right = Self.grade("User: problem 3\n\nAssistant: (a) $v = V_{max}\\,[S]/(K_M + [S])$\n", key, questions: questions)
        #expect(right["3a"]?.kind == .correct, "\(String(describing: right["3a"]))")
        #expect(right["3a"]?.expected == .expression("Vmax*S/(Km + S)"))
        let wrong = Self.grade("User: problem 3\n\nAssistant: (a) v = Vmax·S/(Km − S)\n", key, questions: questions)
        #expect(wrong["3a"]?.kind == .incorrect, "\(String(describing: wrong["3a"]))")
    }

    @Test func aPartAnsweredWithAQuestionBackLeavesTheOthersTheirOwnPieces() {
        let verdicts = Self.grade("""
            User: Diesel cycle with r = 18: efficiency (3 s.f.), T2 if T1 = 300 K, and true/false: efficiency rises with cutoff ratio?

            Assistant: Efficiency: η = 1 − 18^(−0.4)·(…) = 0.632 to three significant figures.
            T2: T1 r^(γ−1) = 300 × 18^0.4 = 953 K.
            True/false: before I answer, do you mean the air-standard cycle or a real engine?
            """, ["4a": .real(RealValue(0.632)), "4b": .integer(953), "4c": .text("false")],
            questions: ["4a": "Compute the thermal efficiency to three significant figures.", "4b": "Find the temperature T_2 after compression.",
                        "4c": "True or false: the efficiency increases with the cutoff ratio."],
            stems: ["4": "An air-standard Diesel cycle has compression ratio r = 18."])
        #expect(verdicts["4a"]?.kind == .correct, "\(String(describing: verdicts["4a"]))")
        #expect(verdicts["4b"]?.kind == .correct, "\(Self.kinds(verdicts))")
        #expect(verdicts["4c"]?.kind == .missing, "\(Self.kinds(verdicts))")
    }

    @Test func aParagraphOpeningOnTheProblemsSettingKeepsThePart() {
        let verdicts = Self.grade("""
            User: problem 4

            Assistant: (a) Efficiency

            For the ideal Diesel engine, η = 1 − r^(1−γ)(…).

            η ≈ 0.632.

            (b) T₂ = 953 K.
            """, ["4a": .real(RealValue(0.632)), "4b": .integer(953)],
            questions: ["4a": "Compute the thermal efficiency.", "4b": "True or false: the ideal Diesel engine gets more efficient with load."],
            stems: ["4": "An ideal Diesel engine has compression ratio r = 18."])
        #expect(verdicts["4a"]?.kind == .correct, "\(String(describing: verdicts["4a"]))")
    }

    @Test func aListNumberBeforeAPartsOwnLabelIsTheLabels() {
        let verdicts = Self.grade("""
            User: exercise 2.4

            Assistant:
            1. (a) Arrangements: **120**
            2. (b) With the vowels first: **24**
            3. (c)(i) With the vowels together: **48**
            4. (c)(ii) Probability: **2/5**
            """, ["2.4a": .integer(120), "2.4b": .integer(24), "2.4c.i": .integer(48), "2.4c.ii": Answer(try! Rational(2, 5))],
            questions: ["2.4a": "How many arrangements?", "2.4b": "How many with the vowels first?", "2.4c.i": "How many with the vowels together?",
                        "2.4c.ii": "What is the probability?"])
        #expect(verdicts["2.4c.i"]?.kind == .correct, "\(Self.kinds(verdicts))")
        #expect(verdicts["2.4c.ii"]?.kind == .correct, "\(Self.kinds(verdicts))")
    }

    @Test func aLabelThatAnOperationFollowsIsAnOperand() {
        let verdicts = Self.grade("""
            User: problem 5

            Assistant:
            (a) 36 outcomes.
            (b) 6 of them are doubles.
            (c) Dividing (b) by (a) gives 1/6.
            """, ["5a": .integer(36), "5b": .integer(6), "5c": Answer(try! Rational(1, 6))],
            questions: ["5a": "How many outcomes?", "5b": "How many doubles?", "5c": "What is the probability of a double?"])
        #expect(verdicts["5b"]?.kind == .correct, "\(String(describing: verdicts["5b"]))")
        #expect(verdicts["5c"]?.kind == .correct, "\(String(describing: verdicts["5c"]))")
    }

    @Test func aPartlessProblemsNumberInAColumnOfIdsNamesIt() {
        let verdicts = Self.grade("""
            1a  x = 4
            1b  y = 7

            2   Convolution, z = [1, 3, 2]
            """, ["1a": .integer(4), "1b": .integer(7), "2": .vector([1, 3, 2])],
            questions: ["1a": "Find x.", "1b": "Find y.", "2": "Compute the convolution z."])
        #expect(verdicts["1b"]?.kind == .correct, "\(Self.kinds(verdicts))")
        #expect(verdicts["2"]?.kind == .correct, "\(String(describing: verdicts["2"]))")
    }

    static let routes = ["1b": "Give the shortest path from s to t.", "2b": "Give the source side S of a minimum cut."]

    @Test func aPathOfNamedNodesComparesInOrder() {
        let key: [String: Answer] = ["1b": .text("s,a,d,t")]
        let arrows = Self.grade("User: problem 1\n\nAssistant: (b) The path is s → a → d → t (3 + 4 + 1 = 8).\n", key, questions: Self.routes)
        #expect(arrows["1b"]?.kind == .correct, "\(String(describing: arrows["1b"]))")
        let latex = Self.grade("User: problem 1\n\nAssistant: (b) $s \\to a \\to d \\to t$\n", key, questions: Self.routes)
        #expect(latex["1b"]?.kind == .correct, "\(String(describing: latex["1b"]))")
        let listed = Self.grade("User: problem 1\n\nAssistant:\n1b) s, a, d, t\n", key, questions: Self.routes)
        #expect(listed["1b"]?.kind == .correct, "\(String(describing: listed["1b"]))")
        let reordered = Self.grade("User: problem 1\n\nAssistant: (b) s -> d -> a -> t\n", key, questions: Self.routes)
        #expect(reordered["1b"]?.kind == .incorrect, "\(String(describing: reordered["1b"]))")
    }

    @Test func aSecondSetUnderItsOwnConditionLeavesThePartUnclear() {
        let verdicts = Self.grade("""
            User: problem 2

            Assistant: (b) {s, a, c} — or just {s} if the source edges saturate first.
            """, ["2b": .text("{s,a,c}")], questions: Self.routes)
        #expect(verdicts["2b"]?.kind == .unclear, "\(String(describing: verdicts["2b"]))")
    }
}
