import Grade
import Solve
import Testing

/// The answer grammar on the literals real transcripts write, and the equivalence rules.
@Suite("Answer grammar and equivalence")
struct AnswerGrammarTests {
    static func number(_ text: String) -> Double? {
        guard case .value(let value) = AnswerGrammar.read(text, expecting: .scalar) else { return nil }
        switch value {
        case .number(let n): return n.percent ? n.value / 100 : n.value
        case .expression(let e): return e.constantValue
        default: return nil
        }
    }

    static let scalarCases: [(String, Double)] = [
        ("1,000.99", 1000.99), ("32,\\!349", 32349), ("1 000", 1000), ("3 200 weights", 3200), (".4", 0.4), (".224", 0.224),
        ("\\cfrac{1}{3}", 1.0 / 3), ("\\frac13", 1.0 / 3), ("\\dfrac{25}{8}", 3.125), ("\\tfrac{1}{2}", 0.5), ("25/8", 3.125),
        ("\\sqrt{17}", 17.0.squareRoot()), ("4\\sqrt{2}", 4 * 2.0.squareRoot()), ("15\\pi", 15 * Double.pi), ("1.5\\pi", 1.5 * Double.pi),
        ("−3", -3), ("-\\frac{3}{\\sqrt{5}}", -3 / 5.0.squareRoot()), ("2.5 \\times 10^{-3}", 0.0025), ("2.5e-3", 0.0025),
        ("12.5\\%", 0.125), ("28 percent", 0.28), ("\\approx 3.13", 3.13), ("k = \\frac{1}{3}", 1.0 / 3), ("x \\approx 11", 11),
        ("3,200", 3200), ("1{,}000", 1000), ("125\\text{ miles}", 125), ("\\$1,000.99", 1000.99), ("8,960 parameters", 8960),
        ("(2)", 2), ("**8960**", 8960), ("$-4.5$", -4.5), ("2^{10}", 1024), ("\\sqrt[3]{27}", 3),
        ]

    @Test(arguments: scalarCases)
    func scalars(text: String, value: Double) {
        let read = Self.number(text)
        #expect(read != nil && abs(read! - value) < 1e-9 * max(1, abs(value)), "\(text) → \(String(describing: read))")
    }

    @Test func listsAndSetsAndMatrices() {
        #expect(AnswerGrammar.read("-2,1", expecting: .sequence).value?.answer == .vector([-2, 1]))
        #expect(AnswerGrammar.read("(3, 0, -2)", expecting: .sequence).value?.answer == .vector([3, 0, -2]))
        #expect(AnswerGrammar.read("[3, 0, -2]", expecting: .sequence).value?.answer == .vector([3, 0, -2]))
        #expect(AnswerGrammar.read("[3 0 -2]", expecting: .sequence).value?.answer == .vector([3, 0, -2]))
        #expect(AnswerGrammar.read("3,200", expecting: .sequence).value?.answer == .vector([3, 200]))
        #expect(AnswerGrammar.read("\\begin{bmatrix}3 & 0 & -2\\end{bmatrix}", expecting: .sequence).value?.answer == .vector([3, 0, -2]))
        #expect(AnswerGrammar.read("\\begin{bmatrix}3 \\\\ 0 \\\\ -2\\end{bmatrix}", expecting: .sequence).value?.answer == .vector([3, 0, -2]))
        #expect(AnswerGrammar.read("\\begin{pmatrix} 0 & 3 \\\\ 0 & -1 \\end{pmatrix}", expecting: .matrix).value?.answer == .matrix([[0, 3], [0, -1]]))
        #expect(AnswerGrammar.read("[[1, 7], [4, 2]]", expecting: .matrix).value?.answer == .matrix([[1, 7], [4, 2]]))
        #expect(AnswerGrammar.read("p = (0.659,\\ 0.242,\\ 0.099)", expecting: .sequence).value?.answer == .vector([0.659, 0.242, 0.099]))
        guard case .value(.set(let items)) = AnswerGrammar.read("\\{1,3\\}", expecting: .sequence) else {
            Issue.record("\\{1,3\\} is a set")
            return
        }
        #expect(items.count == 2)
    }

    @Test func choicesAndTruth() {
        #expect(AnswerGrammar.read("The answer is $E$.", expecting: .choice) == .value(.choice("E")))
        #expect(AnswerGrammar.read("(B)", expecting: .choice) == .value(.choice("B")))
        #expect(AnswerGrammar.read("option b", expecting: .choice) == .value(.choice("B")))
        #expect(AnswerGrammar.read("\\text{C}", expecting: .choice) == .value(.choice("C")))
        #expect(AnswerGrammar.read("A. Because B is not valid", expecting: .choice) == .value(.choice("A")))
        if case .ambiguous = AnswerGrammar.read("B or C", expecting: .choice) {} else { Issue.record("B or C is unclear") }
        #expect(AnswerGrammar.read("the statement is false", expecting: .boolean) == .value(.boolean(false)))
        #expect(AnswerGrammar.read("T", expecting: .boolean) == .value(.boolean(true)))
    }

    @Test func shapes() {
        #expect(AnswerGrammar.read("16 × 32 × 32", expecting: .shape) == .value(.shape([16, 32, 32], layout: nil)))
        #expect(AnswerGrammar.read("(N, 16, 32, 32)", expecting: .shape) == .value(.shape([16, 32, 32], layout: nil)))
        #expect(AnswerGrammar.read("14x14x32 = 6272 values", expecting: .shape) == .value(.shape([14, 14, 32], layout: nil)))
        #expect(AnswerGrammar.read("(32, 14, 14), written channels first as (C, H, W)", expecting: .shape) == .value(.shape([32, 14, 14], layout: "CHW")))
        #expect(Self.equal("(32, 14, 14), channels first", .shape, .shape(dimensions: [14, 14, 32], layout: "HWC")))
        #expect(!Self.equal("(32, 14, 14)", .shape, .shape(dimensions: [14, 14, 32], layout: "HWC")))
    }

    @Test func ambiguity() {
        if case .ambiguous = AnswerGrammar.read("1,22", expecting: .scalar) {} else { Issue.record("1,22 may be a decimal comma") }
        if case .ambiguous = AnswerGrammar.read("5 or 6", expecting: .scalar) {} else { Issue.record("5 or 6 is two answers") }
        if case .ambiguous = AnswerGrammar.read("3, 4", expecting: .scalar) {} else { Issue.record("3, 4 is two values") }
    }

    static func equal(_ text: String, _ expectation: AnswerExpectation, _ key: Answer, tolerance: Double? = nil) -> Bool {
        guard case .value(let value) = AnswerGrammar.read(text, expecting: expectation) else { return false }
        return Equivalence.compare(value, key, tolerance: tolerance).equal
    }

    /// The equivalence rules, each with a case that must pass and one that must not.
    @Test func equivalenceRules() {
        // Integers exactly.
        #expect(Self.equal("2,359,296", .scalar, .integer(2_359_296)))
        #expect(!Self.equal("2,362,368", .scalar, .integer(2_359_296)))
        #expect(!Self.equal("4\\sqrt{2}", .scalar, .integer(4)))
        #expect(!Self.equal("15\\pi", .scalar, .real(RealValue(1.5 * Double.pi))))
        #expect(Self.equal("1.5\\pi", .scalar, .real(RealValue(1.5 * Double.pi))))
        // Decimals: rounded to the precision shown, at least 3 significant figures.
        #expect(Self.equal("3.13", .scalar, .real(RealValue(3.125))))
        #expect(Self.equal("3.12", .scalar, .real(RealValue(3.125))))
        #expect(!Self.equal("3.1", .scalar, .real(RealValue(3.125))))
        #expect(!Self.equal("3.14", .scalar, .real(RealValue(3.125))))
        #expect(Self.equal("-1.34", .scalar, .real(RealValue(-3 / 5.0.squareRoot()))))
        #expect(!Self.equal("0.58", .scalar, .real(RealValue(0.5803))))
        #expect(Self.equal("0.580", .scalar, .real(RealValue(0.5803))))
        #expect(Self.equal("0.5", .scalar, .real(RealValue(0.5))))
        // A key's own tolerance.
        #expect(!Self.equal("0.662", .scalar, .real(RealValue(0.659)), tolerance: 0.001))
        #expect(Self.equal("0.6594", .scalar, .real(RealValue(0.659)), tolerance: 0.001))
        #expect(Self.equal("0.58", .scalar, .real(RealValue(0.5803)), tolerance: 0.01))
        // Exact rationals.
        #expect(Self.equal("\\frac{25}{8}", .scalar, .real(RealValue(3.125))))
        #expect(!Self.equal("\\frac{25}{9}", .scalar, .real(RealValue(3.125))))
        // Percent.
        #expect(Self.equal("12.5\\%", .scalar, .real(RealValue(0.125))))
        #expect(Self.equal("12.5%", .scalar, .real(RealValue(12.5))))
        // Vectors, shapes, choices, expressions.
        #expect(Self.equal("(-3,\\ 1)", .sequence, .vector([-3, 1])))
        #expect(!Self.equal("(-3,\\ -1)", .sequence, .vector([-3, 1])))
        #expect(Self.equal("(N, 16, 32, 32)", .shape, .shape(dimensions: [16, 32, 32], layout: nil)))
        #expect(Self.equal("$B$", .choice, .choice("B")))
        #expect(Self.equal("2x(1-x)", .expression, .expression("2*x*(1-x)")))
        #expect(Self.equal("2x - 2x^2", .expression, .expression("2*x*(1-x)")))
        #expect(!Self.equal("2x + 2x^2", .expression, .expression("2*x*(1-x)")))
        #expect(Self.equal("p_k - y_k", .expression, .expression("p_k - y_k")))
        #expect(Self.equal("False", .boolean, .text("false")))
    }
}
