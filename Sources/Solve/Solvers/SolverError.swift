import Foundation

/// Why a solver refused its input. Solvers throw this instead of trapping:
/// every message is one short lower-case line naming the offending value.
public enum SolverError: Error, Equatable, Sendable {
    /// A hyperparameter or argument is outside its domain (stride 0, negative size, p > 1, …).
    case invalidParameter(name: String, reason: String)
    /// Two inputs that must agree in shape do not.
    case shapeMismatch(String)
    /// An input that must be non-empty is empty, or a tensor is ragged.
    case emptyInput(String)
    /// The kernel (or window) does not fit into the padded input.
    case kernelTooLarge(kernel: Int, paddedInput: Int)
    /// The linear system has more than one solution: the answer is not determined.
    case underdetermined(rank: Int, unknowns: Int)
    /// The linear system has no exact solution.
    case inconsistent
    /// An exact (rational) computation left the range of `Int`.
    case overflow
}

extension SolverError: LocalizedError {
    public var errorDescription: String? {
        switch self {
        case .invalidParameter(let name, let reason):
            return "invalid \(name): \(reason)"
        case .shapeMismatch(let detail):
            return "shape mismatch: \(detail)"
        case .emptyInput(let detail):
            return "empty input: \(detail)"
        case .kernelTooLarge(let kernel, let paddedInput):
            return "kernel extent \(kernel) is larger than the padded input \(paddedInput)"
        case .underdetermined(let rank, let unknowns):
            return "underdetermined: rank \(rank) for \(unknowns) unknowns"
        case .inconsistent:
            return "inconsistent: no exact solution"
        case .overflow:
            return "exact arithmetic overflowed"
        }
    }
}
