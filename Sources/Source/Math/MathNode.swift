/// How a piece of math behaves for spacing, after TeX's atom classes.
enum MathClass: Sendable, Equatable {
    case ord, bigOp, function, bin, rel, open, close, punct
}

/// Math parsed from LaTeX tokens, ready to be written linearly by ``MathRenderer``.
indirect enum MathNode: Sendable {
    /// A letter, digit, symbol or operator.
    case symbol(String, MathClass)
    /// Digits with an optional decimal point.
    case number(String)
    /// A run of letters printed as one unit: `\text{…}`, `\mathrm{…}`, function names.
    case word(String, MathClass)
    case group([MathNode])
    case scripts(base: MathNode, primes: Int, sub: [MathNode]?, sup: [MathNode]?)
    case fraction([MathNode], [MathNode])
    case binomial([MathNode], [MathNode])
    case root(index: [MathNode]?, [MathNode])
    /// A combining mark over its argument; `fallback` when the argument is empty.
    case accent([MathNode], mark: String, fallback: String)
    case matrix([[[MathNode]]])
    case cases([[[MathNode]]])
    /// Rows of align-like content, cells run together, joined by `separator`.
    case lines([[MathNode]], separator: String)
    /// Explicit spacing (`\,`, `\quad`, `~`, …).
    case space

    var isSpace: Bool {
        if case .space = self { return true }
        return false
    }

    /// Whether this is an opening (or closing) delimiter, possibly with scripts.
    var delimiterClass: MathClass? {
        switch self {
        case .symbol(_, let cls) where cls == .open || cls == .close: return cls
        case .scripts(let base, _, _, _): return base.delimiterClass
        default: return nil
        }
    }
}
