import Grade
import Solve
import Testing

/// Families of writing from the eighth round of independent corpora (`final16/`, `final17/`,
/// `dev11/`, `dev12/`), each on an example written here: units, restatements, percentages,
/// label forms, PDF-printed layouts, offered readings.
@Suite("Eighth-round families")
struct EighthRoundFamilyTests {
    static func grade(_ text: String, _ key: [String: Answer], questions: [String: String], stems: [String: String] = [:]) -> [String: Verdict] {
        SummaryAndListFamilyTests.grade(text, key, questions: questions, stems: stems)
    }

    @Test(arguments: [
        ("4096 \\times 384 = 1{,}572{,}864 \\text{ bytes} \\approx 1.57 \\text{ MB}", 1_572_864.0),
        ("t = 0.0032 s ≈ 3.2 ms", 0.0032),
        ("E = 2.45 \\times 10^{4} J ≈ 24.5 kJ", 24_500.0),
    ])
    func aValueRestatedInAThousandfoldUnitIsTheValueBeforeIt(text: String, expected: Double) {
        let reading = AnswerGrammar.read(text, expecting: .scalar)
        guard case .value(.number(let number)) = reading else { Issue.record("\(reading)"); return }
        #expect(abs(number.value - expected) < 1e-9 * max(1, expected), "\(number)")
    }

    @Test(arguments: [
        ("p = 1/3 ≈ 0.333", 0.333),
        ("a = 1.4142 m ≈ 1.41 m", 1.41),
    ])
    func anApproximationThatIsNotAUnitChangeIsReadAsWritten(text: String, expected: Double) {
        let reading = AnswerGrammar.read(text, expecting: .scalar)
        guard case .value(.number(let number)) = reading else { Issue.record("\(reading)"); return }
        #expect(abs(number.value - expected) < 1e-9, "\(number)")
    }

    @Test func anExactCountRestatedInMegaunitsIsGradedAsTheCount() {
        let verdicts = Self.grade("""
            User: How many bytes does one 4096-token batch of 384-byte embeddings take?

            Assistant: Each token stores 384 bytes, so the batch takes 4096 × 384 = 1,572,864 bytes ≈ 1.57 MB.
            """, ["1": .integer(1_572_864)], questions: ["1": "How many bytes does one 4096-token batch of 384-byte embeddings take?"])
        #expect(verdicts["1"]?.kind == .correct, "\(String(describing: verdicts["1"]))")
    }

    static let rc = (
        questions: [
            "2a": "Find the work done by the gas, in joules.",
            "2b": "Find the time constant of the circuit.",
            "2c": "At what frequency does the 11 kHz tone appear after sampling?",
        ],
        stems: ["2": "A gas at 300 K; an RC circuit with R = 2 kΩ and C = 1.1 µF is switched on at t = 0 and observed for 5 s; a signal sampled at 8 kHz."]
    )

    @Test func aValueInAPrefixedUnitTheProblemNeverWritesIsReadInTheProblemsUnit() {
        let verdicts = Self.grade("""
            User: please do problem 2

            Assistant: (a) W = nRT ln 2 ≈ 2450 J, so the gas does about **2.45 kJ** of work.

            (b) τ = RC = 2 kΩ × 1.1 µF = **2.2 ms**.

            (c) It folds back to |11 − 8| = **3 kHz**.

            Summary: (a) 2450 J, (b) 2.2 ms, (c) 3 kHz
            """, ["2a": .real(RealValue(2450)), "2b": .real(RealValue(2.2)), "2c": .integer(3)], questions: Self.rc.questions, stems: Self.rc.stems)
        // 2.45 kJ is 2450 J, which the summary agrees with; 2.2 ms is not a time constant of 2.2 s;
        // kHz is the problem's own unit, so 3 kHz is 3.
        #expect(verdicts["2a"]?.kind == .correct, "\(String(describing: verdicts["2a"]))")
        #expect(verdicts["2b"]?.kind == .incorrect, "\(String(describing: verdicts["2b"]))")
        #expect(verdicts["2c"]?.kind == .correct, "\(String(describing: verdicts["2c"]))")
    }

    static let counting = (
        questions: [
            "1a": "How many ways can 8 rooks be placed on a chessboard with none attacking?",
            "1b": "How many derangements of {1, …, 5} are there?",
            "2i": "How many non-negative integer solutions does a + b + c = 7 have?",
            "2ii": "How many solutions with every variable at least 2?",
        ],
        key: ["1a": Answer.integer(40320), "1b": .integer(44), "2i": .integer(36), "2ii": .integer(3)]
    )

    @Test func aProblemNumberFusedWithARomanPartLabelsThePart() {
        let verdicts = Self.grade("""
            User: counting homework, all parts please

            Assistant: **1a)** 8! = 40320

            **1b)** D₅ = 44

            **2(i)** C(9, 2) = 36

            **2(ii)** Substituting a' = a − 2 etc. leaves a' + b' + c' = 1, so C(3, 2) = 3
            """, Self.counting.key, questions: Self.counting.questions)
        #expect(verdicts["1b"]?.kind == .correct, "\(String(describing: verdicts["1b"]))")
        #expect(verdicts["2i"]?.kind == .correct, "\(String(describing: verdicts["2i"]))")
        #expect(verdicts["2ii"]?.kind == .correct, "\(String(describing: verdicts["2ii"]))")
    }

    @Test func anAnswerSentenceThatNamesThePartInBoldReadsTheValueAfterIt() {
        let verdicts = Self.grade("""
            User: is 1b right? I think it should be 44

            Assistant: You're right, I slipped on the recurrence. The corrected answer for **1b is 44**.
            """, Self.counting.key, questions: Self.counting.questions)
        #expect(verdicts["1b"]?.kind == .correct, "\(String(describing: verdicts["1b"]))")
    }

    @Test func aMarkedAnswerAfterOrIfIsASecondReadingOfTheValueBeforeIt() {
        let verdicts = Self.grade("""
            User: 1a?

            Assistant: (a) Choosing one rook per row and a distinct column gives 8! = **40320** placements — or, if rooks of different colours count as distinct, the answer is **1625702400**.
            """, Self.counting.key, questions: Self.counting.questions)
        #expect(verdicts["1a"]?.kind == .unclear, "\(String(describing: verdicts["1a"]))")
    }

    @Test func aBoldPartNamedInProseAtALineStartOpensThePart() {
        let verdicts = Self.grade("""
            > Problem 1 (a) rooks on a chessboard (b) derangements of five

            For **(a)**, the board size got cut off in your message — could you paste it again?

            For **(b)**, by inclusion–exclusion D₅ = 120(1 − 1 + 1/2 − 1/6 + 1/24 − 1/120) = **44**.
            """, Self.counting.key, questions: Self.counting.questions)
        #expect(verdicts["1a"]?.kind == .missing, "\(String(describing: verdicts["1a"]))")
        #expect(verdicts["1b"]?.kind == .correct, "\(String(describing: verdicts["1b"]))")
    }

    @Test func aLineLeadingInToAResultItDoesNotShowStatesNoResult() {
        // A chat printed to PDF: the display formula after "this gives" is gone.
        let verdicts = Self.grade("""
            User: 1a and 1b please

            Assistant: (a) Place one rook in each row; with n = 8 rows and columns this gives



            (b) D₅ = 44.
            """, Self.counting.key, questions: Self.counting.questions)
        #expect(verdicts["1a"]?.kind == .missing, "\(String(describing: verdicts["1a"]))")
        #expect(verdicts["1b"]?.kind == .correct, "\(String(describing: verdicts["1b"]))")
    }

    static let heat = (
        questions: [
            "3a": "What is its efficiency?",
            "3b": "If the engine takes in 900 J from the hot reservoir per cycle, how much work does it do per cycle?",
            "4a": "Find the work done on the gas.",
            "4b": "Find the change in internal energy $\\Delta U$ of the gas.",
        ],
        stems: ["3": "A Carnot engine runs between reservoirs at 500 K and 400 K.", "4": "A gas is compressed at constant pressure."],
        key: ["3a": Answer.real(RealValue(0.2)), "3b": .real(RealValue(180)), "4a": .real(RealValue(300)), "4b": .real(RealValue(-120))]
    )

    @Test func aSettingBeforeTheQuestionWordIsNoListOfRequests() {
        let verdicts = Self.grade("""
            User: Carnot engine between 500 K and 400 K, what is the efficiency

            Assistant: η = 1 − 400/500 = 0.2, i.e. 20 %.
            """, Self.heat.key, questions: Self.heat.questions, stems: Self.heat.stems)
        #expect(verdicts["3a"]?.kind == .correct, "\(String(describing: verdicts["3a"]))")
        #expect(verdicts["3b"]?.kind == .missing, "\(String(describing: verdicts["3b"]))")
    }

    @Test func aChangeWrittenWithACapitalDeltaNamesItsPart() {
        let verdicts = Self.grade("""
            User: gas compressed at constant pressure, the work done on it?

            Assistant: W_on = pΔV = 300 J.

            User: and the internal energy?

            Assistant: ΔU = Q + W_on = −420 + 300 = −120 J.
            """, Self.heat.key, questions: Self.heat.questions, stems: Self.heat.stems)
        #expect(verdicts["4a"]?.kind == .correct, "\(String(describing: verdicts["4a"]))")
        #expect(verdicts["4b"]?.kind == .correct, "\(String(describing: verdicts["4b"]))")
    }

    @Test(arguments: [("ΔS = −18.27 J/K", -18.27), ("the potential drops to −5 V", -5.0), ("q = -3 C", -3.0)])
    func aNegativeNumbersUnitLetterIsNoFactor(text: String, expected: Double) {
        let reading = AnswerGrammar.read(text, expecting: .scalar)
        guard case .value(.number(let number)) = reading else { Issue.record("\(reading)"); return }
        #expect(number.value == expected)
    }

    static let loans = (
        questions: [
            "1a": "What is the monthly payment on a $150,000 loan over 15 years at 6% compounded monthly?",
            "1b": "What is the effective annual rate? Give a percentage.",
            "2a": "Which policy can starve a long job? A. FCFS B. Round robin C. SJF",
            "2b": "What is the average waiting time under round robin with q = 2?",
        ],
        key: ["1a": Answer.real(RealValue(1265.79)), "1b": .real(RealValue(6.17)), "2a": .choice("C"), "2b": .real(RealValue(9.5))],
        tolerances: ["1a": 0.005, "1b": 0.005]
    )

    static func gradeLoans(_ text: String) -> [String: Verdict] {
        SummaryAndListFamilyTests.grade(text, loans.key, questions: loans.questions, tolerances: loans.tolerances)
    }

    @Test func aSummaryRowWithoutOuterBarsThatDisagreesInTheCentsIsUnclear() {
        let verdicts = Self.gradeLoans("""
            User: loan homework

            Assistant: 1a) PMT = 150000 × 0.005 / (1 − 1.005^−180) = $1,265.79 per month

            1b) EAR = 1.005^12 − 1 = 6.17 %

            Part | Answer
            1a | $1,256.79
            1b | 6.17 %
            """)
        #expect(verdicts["1a"]?.kind == .unclear, "\(String(describing: verdicts["1a"]))")
        #expect(verdicts["1b"]?.kind == .correct, "\(String(describing: verdicts["1b"]))")
    }

    @Test func aFractionWhereAPercentageIsAskedIsTheSameRate() {
        let verdicts = Self.gradeLoans("""
            User: 1b?

            Assistant: (b) EAR = (1 + 0.06/12)^12 − 1 ≈ 0.0617
            """)
        #expect(verdicts["1b"]?.kind == .correct, "\(String(describing: verdicts["1b"]))")
    }

    @Test func aPrintedChatIndentedFromTheMarginIsNoCodeBlock() {
        let verdicts = Self.gradeLoans("""
            Loan and scheduling help - Claude                               https://claude.ai/chat/0000

                Problem 1

                (a) The payment is $1,265.79 per month.

                (b) The effective rate is 6.17 %.

                Problem 2

                (a) C, since short jobs keep overtaking long ones.
                                                                                                1/1
            """)
        #expect(verdicts["1a"]?.kind == .correct, "\(String(describing: verdicts["1a"]))")
        #expect(verdicts["1b"]?.kind == .correct, "\(String(describing: verdicts["1b"]))")
        #expect(verdicts["2a"]?.kind == .correct, "\(String(describing: verdicts["2a"]))")
    }

    @Test func aListNumberedByProblemRestartsItsLetters() {
        let verdicts = Self.gradeLoans("""
            User: all of it please

            Assistant: Results:

            1. (a) Payment ≈ $1,265.79
               (b) EAR ≈ 6.17 %
            2. (a) Answer: C
               (b) Average waiting = 9.5 ms
            """)
        #expect(verdicts["1a"]?.kind == .correct, "\(String(describing: verdicts["1a"]))")
        #expect(verdicts["2a"]?.kind == .correct, "\(String(describing: verdicts["2a"]))")
        #expect(verdicts["2b"]?.kind == .correct, "\(String(describing: verdicts["2b"]))")
    }

    @Test func subPartsAnsweredOnOneLineEachTakeTheirOwnValue() {
        let questions = ["3a.i": "What is the mean?", "3a.ii": "What is the median?", "3b": "What is the range?"]
        let key: [String: Answer] = ["3a.i": .real(RealValue(4.5)), "3a.ii": .integer(4), "3b": .integer(9)]
        let byPart = Self.grade("""
            User: problem 3 please

            Assistant: 3. (a) (i) the mean is 4.5, (ii) the median is 4
               (b) the range is 9
            """, key, questions: questions)
        #expect(byPart["3a.i"]?.kind == .correct, "\(String(describing: byPart["3a.i"]))")
        #expect(byPart["3a.ii"]?.kind == .correct, "\(String(describing: byPart["3a.ii"]))")
    }
}
