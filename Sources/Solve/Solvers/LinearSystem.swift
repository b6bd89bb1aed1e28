/// An exact linear system `A·x = b` over the rationals, solved by Gauss–Jordan
/// elimination. It reports the rank and never guesses: a system with free variables is
/// ``Solution/underdetermined(rank:unknowns:)``, one with no solution ``Solution/inconsistent``.
public struct LinearSystem: Sendable, Hashable {
    /// What elimination found.
    public enum Solution: Sendable, Hashable {
        case unique([Rational])
        case underdetermined(rank: Int, unknowns: Int)
        case inconsistent
    }

    public let coefficients: [[Rational]]
    public let constants: [Rational]

    /// `coefficients[equation][unknown]` and one constant per equation.
    public init(coefficients: [[Rational]], constants: [Rational]) throws {
        guard let first = coefficients.first, !first.isEmpty else { throw SolverError.emptyInput("coefficients") }
        guard coefficients.allSatisfy({ $0.count == first.count }) else {
            throw SolverError.shapeMismatch("coefficient rows have different lengths")
        }
        guard constants.count == coefficients.count else {
            throw SolverError.shapeMismatch("\(coefficients.count) equations but \(constants.count) constants")
        }
        self.coefficients = coefficients
        self.constants = constants
    }

    public var unknowns: Int { coefficients.first?.count ?? 0 }

    /// Solves exactly; throws ``SolverError/overflow`` if a fraction leaves `Int`.
    public func solve() throws -> Solution {
        var rows = zip(coefficients, constants).map { $0 + [$1] }
        let columns = unknowns
        var pivotColumns: [Int] = []
        var pivotRow = 0
        for column in 0..<columns where pivotRow < rows.count {
            guard let found = (pivotRow..<rows.count).first(where: { !rows[$0][column].isZero }) else { continue }
            rows.swapAt(pivotRow, found)
            let pivot = rows[pivotRow][column]
            rows[pivotRow] = try rows[pivotRow].map { try $0 / pivot }
            for other in rows.indices where other != pivotRow && !rows[other][column].isZero {
                let factor = rows[other][column]
                for j in column...columns {
                    rows[other][j] = try rows[other][j] - factor * rows[pivotRow][j]
                }
            }
            pivotColumns.append(column)
            pivotRow += 1
        }
        let rank = pivotColumns.count
        // A zero row with a non-zero constant: 0 = c.
        if rows[rank...].contains(where: { !$0[columns].isZero }) { return .inconsistent }
        guard rank == columns else { return .underdetermined(rank: rank, unknowns: columns) }
        return .unique((0..<columns).map { rows[$0][columns] })
    }
}
