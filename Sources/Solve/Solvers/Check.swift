/// Small shared checks, so every solver words its errors the same way.
enum Check {
    static func positive(_ value: Int, _ name: String) throws {
        guard value > 0 else { throw SolverError.invalidParameter(name: name, reason: "must be positive, got \(value)") }
    }

    static func nonNegative(_ value: Int, _ name: String) throws {
        guard value >= 0 else { throw SolverError.invalidParameter(name: name, reason: "must be non-negative, got \(value)") }
    }

    static func finite(_ value: Double, _ name: String) throws {
        guard value.isFinite else { throw SolverError.invalidParameter(name: name, reason: "must be finite, got \(value)") }
    }

    static func finite(_ values: [Double], _ name: String) throws {
        for value in values { try finite(value, name) }
    }

    /// A non-empty rectangular matrix; returns (rows, columns).
    static func rectangular(_ matrix: [[Double]], _ name: String) throws -> (rows: Int, columns: Int) {
        guard let first = matrix.first, !first.isEmpty else { throw SolverError.emptyInput(name) }
        for row in matrix {
            guard row.count == first.count else {
                throw SolverError.shapeMismatch("\(name) is ragged (rows of \(first.count) and \(row.count))")
            }
            try finite(row, name)
        }
        return (matrix.count, first.count)
    }

    /// Checked arithmetic helpers for sizes, so huge hyperparameters throw instead of trapping.
    static func multiply(_ a: Int, _ b: Int) throws -> Int {
        let (value, overflow) = a.multipliedReportingOverflow(by: b)
        guard !overflow else { throw SolverError.overflow }
        return value
    }

    static func add(_ a: Int, _ b: Int) throws -> Int {
        let (value, overflow) = a.addingReportingOverflow(b)
        guard !overflow else { throw SolverError.overflow }
        return value
    }

    /// Refuses outputs too large to hold, so absurd padding or strides throw instead of exhausting memory.
    static func outputSize(_ dimensions: Int..., limit: Int = 10_000_000) throws {
        var total = 1
        for dimension in dimensions {
            let (product, overflow) = total.multipliedReportingOverflow(by: max(dimension, 0))
            guard !overflow, product <= limit else {
                throw SolverError.invalidParameter(name: "output size", reason: "more than \(limit) values")
            }
            total = product
        }
    }

    static func subtract(_ a: Int, _ b: Int) throws -> Int {
        let (value, overflow) = a.subtractingReportingOverflow(b)
        guard !overflow else { throw SolverError.overflow }
        return value
    }
}
