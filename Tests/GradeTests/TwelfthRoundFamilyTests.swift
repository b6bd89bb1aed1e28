import Grade
import Solve
import Testing

/// Families of writing from the twelfth round of independent corpora (`final27/`), each on an
/// example written here.
@Suite("Twelfth-round families")
struct TwelfthRoundFamilyTests {
    static func grade(_ text: String, _ key: [String: Answer], questions: [String: String]) -> [String: Verdict] {
        SummaryAndListFamilyTests.grade(text, key, questions: questions)
    }

    static let classifier = [
        "1a": "Which class does the perceptron assign to x = (1, 2)?",
        "1b": "What is the training accuracy in percent?",
    ]

    @Test func whatAModelPredictsAfterItsScoreIsTheAnswer() {
        let verdicts = Self.grade("""
            User: problem 1

            Assistant: (a) w·x + b = 0.5 − 1.5 = −1 < 0, so the perceptron outputs −1.
            """, ["1a": .integer(-1)], questions: Self.classifier)
        #expect(verdicts["1a"]?.kind == .correct, "\(String(describing: verdicts["1a"]))")
        let wrong = Self.grade("""
            User: problem 1

            Assistant: (a) The score is 2.5 > 0, so the model predicts class 1.
            """, ["1a": .integer(-1)], questions: Self.classifier)
        #expect(wrong["1a"]?.kind == .incorrect, "\(String(describing: wrong["1a"]))")
        #expect(wrong["1a"]?.extracted == .integer(1))
    }

    @Test func aBoldProblemNumberAloneOnItsLineIsItsLabel() {
        let verdicts = Self.grade("""
            User: 2. Sixteen bottles have mean volume 503 ml and standard deviation 4 ml. Compute the z score of the mean against 500 ml.
            3. What is the median of 3, 7, 9?

            Assistant: **2.**
            $$z = \\frac{503 - 500}{4/\\sqrt{16}} = \\frac{3}{1} = 3$$

            **3.** The median is 7.
            """, ["1": .integer(1), "2": .integer(3), "3": .integer(7)],
            questions: ["1": "What is the mode of 1, 1, 2?", "2": "Compute the z score of the mean against 500 ml.", "3": "What is the median of 3, 7, 9?"])
        #expect(verdicts["2"]?.kind == .correct, "\(String(describing: verdicts["2"]))")
        #expect(verdicts["3"]?.kind == .correct, "\(String(describing: verdicts["3"]))")
    }

    @Test func aLaterSentenceOfferingAValueForAnotherConventionLeavesThePartUnclear() {
        let verdicts = Self.grade("""
            User: problem 1

            Assistant: (b) The accuracy is

            $$\\frac{45}{50} = 90\\%$$

            on the training set. If your instructor counts the held-out fold too, it's 84% instead — use whichever your notes use.
            """, ["1b": .real(RealValue(90))], questions: Self.classifier)
        #expect(verdicts["1b"]?.kind == .unclear, "\(String(describing: verdicts["1b"]))")
    }

    @Test(arguments: [
        "Just to be sure I use the right counts: is 45 the number right on the training set, or a known total over both sets? If it is both you'd divide by 100 instead.",
        "Before I compute: is 0.9 the training accuracy you measured, or a target accuracy? Also, do you want percent or a fraction?",
    ])
    func aQuestionBackBeforeAnyWorkIsMissing(_ reply: String) {
        let verdicts = Self.grade("""
            User: problem 1 (b): accuracy in percent? 45 of 50 right on training, 42 of 50 on test.

            Assistant: \(reply)
            """, ["1b": .real(RealValue(90))], questions: Self.classifier)
        #expect(verdicts["1b"]?.kind == .missing, "\(String(describing: verdicts["1b"]))")
    }

    @Test func aRemarkInWordsAfterADashIsNoPartOfTheValue() {
        let verdicts = Self.grade("""
            User: problem 1

            Assistant: (b) 45 of the 50 points are right, so the training accuracy is 90% — on a balanced set, that is a decent
            start, though the classes overlap near the boundary.
            """, ["1b": .real(RealValue(90))], questions: Self.classifier)
        #expect(verdicts["1b"]?.kind == .correct, "\(String(describing: verdicts["1b"]))")
        // A dash that corrects with numbers is no remark: the corrected value is the answer.
        let corrected = Self.grade("""
            User: problem 1

            Assistant: (b) accuracy = 45/50 = 80% — more carefully, accuracy = 45/50 = 90%.
            """, ["1b": .real(RealValue(90))], questions: Self.classifier)
        #expect(corrected["1b"]?.kind == .correct, "\(String(describing: corrected["1b"]))")
    }

    @Test func aStudentHeaderLineDoesNotHideTheQuestionAndAnswerLabels() {
        let verdicts = Self.grade("""
            MATH 101 chat log, submitted per the AI policy
            Student: J. Doe    Assistant used: ChatGPT

            Q1: problem 1 (b), the training accuracy in percent, 45 of 50 right.

            A1: 45/50 = 0.9, so the accuracy is 90%.
            """, ["1b": .real(RealValue(90))], questions: Self.classifier)
        #expect(verdicts["1b"]?.kind == .correct, "\(String(describing: verdicts["1b"]))")
    }

    @Test func aProseSummaryAfterSoNamingAPartsQuantityCanContradictTheBody() {
        let questions = [
            "2a": "Apply one step of the secant method to $f(x) = x^3 - 2$ from $x_0 = 1$, $x_1 = 2$. Give $x_2$ as a fraction.",
            "2b": "Give the slope $m$ of the line through $(0, 1)$ and $(2, 5)$.",
        ]
        let verdicts = Self.grade("""
            User: problem 2 please

            Assistant: **2(a)** x_2 = 2 − 6·(2 − 1)/(6 − (−1)) = 8/7

            **2(b)** m = (5 − 1)/2 = 2

            So, to summarise problem 2: after one secant step x₂ ≈ 1.26, and the slope is m = 2.
            """, ["2a": .real(RealValue(8.0 / 7.0, exact: "8/7")), "2b": .integer(2)], questions: questions)
        #expect(verdicts["2a"]?.kind == .unclear, "\(String(describing: verdicts["2a"]))")
        #expect(verdicts["2b"]?.kind == .correct, "\(String(describing: verdicts["2b"]))")
    }

    @Test func aUnicodeFractionBeforeAParenthesisIsAFactor() {
        let questions = ["4a": "Simplify the average $h(x)$ of $x$, $x$ and $2$.", "4b": "How many pizzas are left?"]
        let verdicts = Self.grade("""
            User: problem 4

            Assistant: (a) h(x) = (x + x + 2)/3 = ⅓(2x + 2).

            (b) 2½ pizzas are left.
            """, ["4a": .expression("(2*x + 2)/3"), "4b": .integer(1)], questions: questions)
        #expect(verdicts["4a"]?.kind == .correct, "\(String(describing: verdicts["4a"]))")
        // A mixed number is not two times one half.
        #expect(verdicts["4b"]?.kind != .correct, "\(String(describing: verdicts["4b"]))")
    }
}
