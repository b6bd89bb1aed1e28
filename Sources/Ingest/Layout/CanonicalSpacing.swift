/// Spacing of hwlens' canonical linear math: one space on each side of relations and
/// binary operators, one after a comma, none elsewhere; a minus that starts an expression
/// (after `(`, `,`, a relation or at the start) is unary and takes no spaces.
public enum CanonicalSpacing {
    static let spaced: Set<Character> = [
        "=", "+", "−", "×", "≤", "≥", "≠", "≈", "≡", "∈", "∉", "→", "←", "⇒", "<", ">", "±", "∓", "∼", "∝", "⊂", "⊆",
        "·", "⟺", "↦",
    ]

    public static func apply(_ text: String) -> String {
        apply(text.map { ($0, false) })
    }

    /// Spaces a formula given as characters, each marked `protected` when it belongs to a
    /// nested part (a script, a fraction operand, a matrix) whose spacing is already final.
    static func apply(_ tokens: [(Character, Bool)]) -> String {
        let characters = tokens.filter { $0.1 || $0.0 != " " }.map { ($0.1 || $0.0 != "-" ? $0.0 : "−", $0.1) }
        var out = ""
        for (k, (c, protected)) in characters.enumerated() {
            if protected {
                out.append(c)
                continue
            }
            if c == "−" || c == "+" || c == "±" {
                let previous = k > 0 ? characters[k - 1].0 : nil
                let unary = previous == nil || previous == "(" || previous == "[" || previous == "{" || previous == ","
                    || previous == ";" || previous == "_" || previous == "^" || spaced.contains(previous!)
                if unary {
                    if let last = out.last, last != " ", last != "(", last != "[", last != "{", last != "_", last != "^" { out += " " }
                    out.append(c)
                    continue
                }
            }
            if spaced.contains(c) {
                if !out.isEmpty, out.last != " " { out += " " }
                out.append(c)
                out += " "
            } else if c == "," || c == ";" {
                out.append(c)
                out += " "
            } else {
                out.append(c)
            }
        }
        var collapsed = ""
        for c in out where !(c == " " && collapsed.last == " ") { collapsed.append(c) }
        return collapsed.trimmingCharacters(in: .whitespaces)
    }

    /// Nested spacing (scripts, fraction operands, roots, matrix entries): no spaces
    /// except one after a comma.
    public static func nested(_ text: String) -> String {
        var out = ""
        for c in text where c != " " {
            out.append(c == "-" ? "−" : c)
            if c == "," { out.append(" ") }
        }
        return out.trimmingCharacters(in: .whitespaces)
    }

    /// One number, one symbol or letter with its scripts, or something already in brackets.
    public static func isAtomic(_ text: String) -> Bool {
        let characters = Array(text)
        guard let first = characters.first else { return true }
        if characters.allSatisfy({ $0.isNumber || $0 == "." }) { return true }
        if first == "(" || first == "[" || first == "{" || first == "√" {
            var depth = 0
            for (k, c) in characters.enumerated() {
                if "([{".contains(c) { depth += 1 }
                if ")]}".contains(c) {
                    depth -= 1
                    if depth == 0 && k != characters.count - 1 { return first == "√" && k == characters.count - 1 }
                }
            }
            return depth == 0 && (first != "√" || characters.count == 1 || characters[1] == "(" || characters.count == 2)
        }
        // A single base character followed only by scripts.
        var k = 1
        while k < characters.count {
            guard characters[k] == "_" || characters[k] == "^", k + 1 < characters.count else { return false }
            if characters[k + 1] == "{" {
                guard let close = characters[(k + 1)...].firstIndex(of: "}") else { return false }
                k = close + 1
            } else {
                k += 2
            }
        }
        return true
    }
}

import Foundation
