/// A name given a value in a statement: `X = [1 2; 3 4]`, `stride s = 2`, `γ = 3`.
struct ValueBinding: Sendable, Hashable {
    /// What an array stands for in a convolution-like problem.
    enum Role: String, Sendable, Hashable {
        case input
        case kernel
        case output
    }

    /// The name as written, without braces: `L_{in}` → `L_in`.
    var name: String
    var literal: MathLiteral
    /// The role its words give it ("the kernel be w = …") or its name suggests (`K`, `W`).
    var role: Role?
    /// Whether the role came from words rather than from the name alone.
    var roleFromWords: Bool
}
