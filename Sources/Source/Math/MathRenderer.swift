/// Writes parsed math in hwlens' canonical linear form (see ``SourceText``).
enum MathRenderer {
    /// One unit of output with its spacing class; `nil` class for explicit space.
    private struct Piece {
        var text: String
        var cls: MathClass?
        /// `a/b`: a letter right after it would read as part of the denominator.
        var isFraction = false
    }

    /// `nested` is true inside scripts, fractions, roots and matrix entries, where
    /// relations and operators get no spaces.
    static func render(_ nodes: [MathNode], nested: Bool) -> String {
        var pieces: [Piece] = []
        for node in collapseBracketsAroundMatrices(nodes) {
            if let piece = piece(node, nested: nested) { pieces.append(piece) }
        }
        classifySigns(&pieces)
        var out = ""
        var previous: Piece?
        var sawSpace = false
        for piece in pieces {
            guard let cls = piece.cls else {
                sawSpace = true
                continue
            }
            var text = piece.text
            if let last = previous, let lastClass = last.cls {
                var separator = separator(lastClass, cls, nested: nested)
                if separator.isEmpty, sawSpace, lastClass != .open, cls != .close, cls != .punct {
                    separator = " "
                }
                // `\tfrac12 \eta_0` is ½·η_0: "1/2 η_0", never "1/2η_0".
                if separator.isEmpty, last.isFraction, piece.text.first?.isLetter == true { separator = " " }
                // `\cos\frac{\pi t}{T}` is cos(πt/T): the whole fraction is the argument.
                if lastClass == .function, piece.isFraction {
                    separator = ""
                    text = "(" + text + ")"
                }
                out += separator
            }
            out += text
            previous = piece
            sawSpace = false
        }
        return collapseSpaces(out)
    }

    /// Rows joined by newlines, each rendered at the outer level.
    static func render(rows: [[MathNode]]) -> String {
        rows.map { render($0, nested: false) }.filter { !$0.isEmpty }.joined(separator: "\n")
    }

    private static func collapseSpaces(_ text: String) -> String {
        var out = ""
        var pendingSpace = false
        for c in text {
            if c == " " {
                pendingSpace = true
                continue
            }
            if c == "\n" {
                pendingSpace = false
                while out.last == " " { out.removeLast() }
                out.append(c)
                continue
            }
            if pendingSpace, !out.isEmpty, out.last != "\n" { out.append(" ") }
            pendingSpace = false
            out.append(c)
        }
        return out
    }

    /// TeX's rule: a binary operator with nothing, an operator, a relation, an opening
    /// bracket or punctuation before it, or a relation, closing bracket or punctuation
    /// after it, is unary (spaced like a letter).
    private static func classifySigns(_ pieces: inout [Piece]) {
        var previousClass: MathClass?
        for position in pieces.indices {
            guard let cls = pieces[position].cls else { continue }
            if cls == .bin {
                var unary = false
                if let before = previousClass {
                    unary = [.bin, .bigOp, .function, .rel, .open, .punct].contains(before)
                } else {
                    unary = true
                }
                let after = pieces[(position + 1)...].first { $0.cls != nil }?.cls
                if after == nil || after == .rel || after == .close || after == .punct { unary = true }
                if unary { pieces[position].cls = .ord }
            }
            previousClass = pieces[position].cls
        }
    }

    private static func separator(_ left: MathClass, _ right: MathClass, nested: Bool) -> String {
        if left == .punct { return right == .close ? "" : " " }
        if left == .bin || right == .bin { return nested ? "" : " " }
        if left == .rel || right == .rel {
            if nested || (left == .rel && right == .rel) { return "" }
            if left == .open || right == .close || right == .punct { return "" }
            return " "
        }
        let operands: Set<MathClass> = [.ord, .bigOp, .function]
        if left == .bigOp || left == .function {
            if operands.contains(right) { return " " }
            if right == .open { return left == .bigOp ? " " : "" }
            return ""
        }
        if right == .bigOp || right == .function {
            return left == .ord || left == .close ? " " : ""
        }
        return ""
    }

    /// `\left[ \begin{array}…\end{array} \right]`: the brackets go, the matrix keeps its own.
    private static func collapseBracketsAroundMatrices(_ nodes: [MathNode]) -> [MathNode] {
        let items = nodes.filter { !$0.isSpace }
        guard items.contains(where: { if case .matrix = $0 { return true } else { return false } }) else { return nodes }
        var out: [MathNode] = []
        var position = 0
        while position < items.count {
            if position + 2 < items.count, case .symbol(_, .open) = items[position],
               case .matrix = items[position + 1] {
                switch items[position + 2] {
                case .symbol(_, .close):
                    out.append(items[position + 1])
                    position += 3
                    continue
                case .scripts(.symbol(_, .close), let primes, let sub, let sup):
                    out.append(.scripts(base: items[position + 1], primes: primes, sub: sub, sup: sup))
                    position += 3
                    continue
                default:
                    break
                }
            }
            out.append(items[position])
            position += 1
        }
        // Explicit spaces were dropped above; put the ones between items back as best we can.
        return nodes.count == items.count ? out : reinsertSpaces(original: nodes, collapsed: out)
    }

    private static func reinsertSpaces(original: [MathNode], collapsed: [MathNode]) -> [MathNode] {
        // Spaces only matter between pieces; keep them after the same number of items.
        var spaceAfter = Set<Int>()
        var seen = 0
        for node in original {
            if node.isSpace { spaceAfter.insert(seen) } else { seen += 1 }
        }
        var out: [MathNode] = []
        var count = 0
        for node in collapsed {
            if spaceAfter.contains(count) { out.append(.space) }
            out.append(node)
            count += 1
        }
        if spaceAfter.contains(count) { out.append(.space) }
        return out
    }

    private static func piece(_ node: MathNode, nested: Bool) -> Piece? {
        switch node {
        case .space:
            return Piece(text: " ", cls: nil)
        case .symbol(let text, let cls):
            return Piece(text: text, cls: cls)
        case .number(let text):
            return Piece(text: text, cls: .ord)
        case .word(let text, let cls):
            return text.isEmpty ? nil : Piece(text: text, cls: cls)
        case .group(let nodes):
            let text = render(nodes, nested: nested)
            return text.isEmpty ? nil : Piece(text: text, cls: .ord)
        case .scripts(let base, let primes, let sub, let sup):
            var basePiece = piece(base, nested: nested)
            if case .group(let nodes) = base, !isAtomic(nodes), let inner = basePiece {
                // `\underbrace{a+b}_n`: the script belongs to all of it.
                basePiece = Piece(text: "(" + render(nodes, nested: true) + ")", cls: inner.cls)
            }
            var text = basePiece?.text ?? ""
            text += String(repeating: "′", count: primes)
            if let sub { text += script("_", sub) }
            if let sup {
                let rendered = render(sup, nested: true)
                if !rendered.isEmpty, rendered.allSatisfy({ $0 == "′" }) {
                    text += rendered
                } else {
                    text += script("^", sup)
                }
            }
            return text.isEmpty ? nil : Piece(text: text, cls: basePiece?.cls ?? .ord)
        case .fraction(let numerator, let denominator):
            return Piece(text: wrapped(numerator) + "/" + wrapped(denominator), cls: .ord, isFraction: true)
        case .binomial(let n, let k):
            return Piece(text: "binom(" + render(n, nested: true) + ", " + render(k, nested: true) + ")", cls: .ord)
        case .root(let rootIndex, let radicand):
            let degree = rootIndex.map { render($0, nested: true) } ?? ""
            switch degree {
            case "", "2": return Piece(text: "√" + wrapped(radicand), cls: .ord)
            case "3": return Piece(text: "∛" + wrapped(radicand), cls: .ord)
            default: return Piece(text: "root(" + degree + ", " + render(radicand, nested: true) + ")", cls: .ord)
            }
        case .accent(let nodes, let mark, let fallback):
            let text = render(nodes, nested: true)
            return Piece(text: text.isEmpty ? fallback : text + mark, cls: .ord)
        case .matrix(let rows):
            let body = rows.map { row in row.map { render($0, nested: true) }.joined(separator: " ") }
            return Piece(text: "[" + body.joined(separator: "; ") + "]", cls: .ord)
        case .cases(let rows):
            let body = rows.map { row in row.map { render($0, nested: true) }.filter { !$0.isEmpty }.joined(separator: ", ") }
            return Piece(text: "{" + body.joined(separator: "; ") + "}", cls: .ord)
        case .lines(let rows, let separator):
            let text = rows.map { render($0, nested: nested || separator != "\n") }.filter { !$0.isEmpty }.joined(separator: separator)
            return text.isEmpty ? nil : Piece(text: text, cls: .ord)
        }
    }

    private static func script(_ marker: String, _ nodes: [MathNode]) -> String {
        let text = render(nodes, nested: true)
        if text.isEmpty { return "" }
        return text.count == 1 ? marker + text : marker + "{" + text + "}"
    }

    /// The rendered nodes, in parentheses unless atomic.
    private static func wrapped(_ nodes: [MathNode]) -> String {
        let text = render(nodes, nested: true)
        return isAtomic(nodes) && !text.isEmpty ? text : "(" + text + ")"
    }

    /// One number, one identifier with its scripts and accents, one symbol, a root, a
    /// matrix, or something wholly in brackets.
    static func isAtomic(_ nodes: [MathNode]) -> Bool {
        let items = nodes.filter { !$0.isSpace }
        if items.count == 1 { return isAtomic(items[0]) }
        guard items.count >= 2, items.first?.delimiterClass == .open, items.last?.delimiterClass == .close else { return false }
        var depth = 0
        for (position, item) in items.enumerated() {
            switch item.delimiterClass {
            case .open: depth += 1
            case .close: depth -= 1
            default: break
            }
            if depth == 0, position < items.count - 1 { return false }
        }
        return true
    }

    private static func isAtomic(_ node: MathNode) -> Bool {
        switch node {
        case .symbol, .number, .root, .matrix, .cases, .binomial:
            return true
        case .word(let text, _):
            return !text.contains(" ")
        case .group(let nodes), .accent(let nodes, _, _):
            return isAtomic(nodes)
        case .scripts(let base, _, _, _):
            return isAtomic(base)
        case .fraction, .lines, .space:
            return false
        }
    }
}
