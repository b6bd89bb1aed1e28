import Solve
import Testing

@Suite("Rational")
struct RationalTests {
    @Test func normalizesSignAndLowestTerms() throws {
        let value = try Rational(6, -8)
        #expect(value.numerator == -3)
        #expect(value.denominator == 4)
        #expect(try Rational(0, -5) == .zero)
        #expect(try Rational(10, 5).description == "2")
        #expect(try Rational(-5, 4).description == "-5/4")
    }

    @Test func checkedArithmetic() throws {
        #expect(try q(1, 2) + q(1, 3) == q(5, 6))
        #expect(try q(3, 4) - q(5, 4) == q(-1, 2))
        #expect(try q(2, 3) * q(9, 4) == q(3, 2))
        #expect(try Rational.one / q(4, 5) == q(5, 4))
        #expect(q(-1, 2) < q(1, 3))
        #expect(q(2, 3) > q(3, 5))
    }

    @Test func parsesAndApproximates() {
        #expect(Rational("0.8") == q(4, 5))
        #expect(Rational("-1.25") == q(-5, 4))
        #expect(Rational(" 7/21 ") == q(1, 3))
        #expect(Rational("-3") == q(-3))
        #expect(Rational("1/0") == nil)
        #expect(Rational("abc") == nil)
        #expect(Rational(approximating: 0.8) == q(4, 5))
        #expect(Rational(approximating: 1.25) == q(5, 4))
        #expect(Rational(approximating: 1.0 / 3.0) == q(1, 3))
        #expect(Rational(approximating: -7) == q(-7))
        #expect(Rational(approximating: Double.pi, maxDenominator: 100) == nil)
        #expect(Rational(approximating: .nan) == nil)
    }

    @Test func exactSquareRoots() {
        #expect(q(9, 4).exactSquareRoot() == q(3, 2))
        #expect(q(4).exactSquareRoot() == q(2))
        #expect(q(3).exactSquareRoot() == nil)
        #expect(q(-4).exactSquareRoot() == nil)
    }

    @Test func errorsInsteadOfTraps() {
        #expect(throws: SolverError.self) { try Rational(1, 0) }
        #expect(throws: SolverError.overflow) { try Rational(Int.max) + Rational(1) }
        #expect(throws: SolverError.overflow) { try Rational(Int.max) * Rational(2) }
        #expect(throws: SolverError.overflow) { try -Rational(Int.min) }
        #expect(throws: SolverError.self) { try Rational.one / .zero }
    }
}
