import Files
import Foundation
import Problems
import Yams

/// The answers of one problem set, by part id, from a YAML file:
///
/// ```yaml
/// parts:
///   1a: { answer: [[1, 7], [4, 2]] }        # a literal: number, vector, matrix
///   6d: { choice: B }
///   5f: { expression: "g_i - mean(g)" }
///   5e: { text: "C, H, W" }
///   3c: { shape: [14, 14, 32], layout: HWC }
///   4a: { answer: 0.659, tolerance: 0.001 }  # a numeric answer may give its own tolerance
///   2b:
///     solve: transposed_conv2d
///     input: [[1, 2], [3, 4]]
///     kernel: [[1, 0], [-1, 2]]
///     stride: 1
/// ```
///
/// Each part gives exactly one of `answer`, `choice`, `expression`, `text`, `shape`, `solve`.
/// Solver calls are computed with the pure solvers when the key is loaded, so a bad call is
/// a load error, not a wrong answer later.
public struct AnswerKey: Sendable, Equatable {
    /// Where the key was read from ("" when parsed from a string).
    public let path: String
    /// The answers by part id.
    public let answers: [String: KeyedAnswer]

    public init(path: String = "", answers: [String: KeyedAnswer]) {
        self.path = path
        self.answers = answers
    }

    /// The part ids the key answers, sorted.
    public var partIDs: [String] { answers.keys.sorted() }

    /// The key's answer for a part, if it has one.
    public func answer(for partID: String) -> KeyedAnswer? {
        answers[partID]
    }

    /// Reads and parses a key file.
    public static func load(path: String) throws(KeyError) -> AnswerKey {
        let text: String
        do {
            text = try TextDecoding.decode(InputBytes.read(path), path: path)
        } catch {
            throw .file(error)
        }
        return try parse(text, path: path)
    }

    /// The answer kinds a part may give (exactly one).
    static let kinds = ["answer", "choice", "expression", "text", "shape", "set", "interval", "solve"]

    /// Parses a key's YAML text; `path` names it in errors.
    public static func parse(_ yaml: String, path: String = "key.yaml") throws(KeyError) -> AnswerKey {
        let root: Node?
        do {
            root = try Yams.compose(yaml: yaml)
        } catch {
            let detail = "\(error)".split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }.joined(separator: " ")
            throw .malformed(file: path, detail: "invalid yaml: \(detail)")
        }
        guard let root, let top = root.mapping else { throw .malformed(file: path, detail: "expected a mapping with 'parts'") }
        var partsNode: Node?
        for (key, value) in top {
            guard let name = key.scalar?.string else { throw .malformed(file: path, detail: "non-text top-level key") }
            guard name == "parts" else { throw .malformed(file: path, detail: "unknown top-level key '\(name)' (expected 'parts')") }
            partsNode = value
        }
        guard let parts = partsNode?.mapping else { throw .malformed(file: path, detail: "'parts' must map part ids to answers") }
        var answers: [String: KeyedAnswer] = [:]
        for (key, value) in parts {
            guard let id = key.scalar?.string, !id.isEmpty else { throw .malformed(file: path, detail: "a part id is not text") }
            guard answers[id] == nil else { throw .invalidPart(file: path, part: id, detail: "given twice") }
            do {
                answers[id] = try entry(id: id, value)
            } catch {
                throw .invalidPart(file: path, part: id, detail: error.detail)
            }
        }
        return AnswerKey(path: path, answers: answers)
    }

    private static func entry(id: String, _ node: Node) throws(KeyParameters.Problem) -> KeyedAnswer {
        typealias Problem = KeyParameters.Problem
        guard let mapping = node.mapping else {
            throw Problem(detail: "expected a mapping with one of \(kinds.joined(separator: ", "))")
        }
        var fields: [String: Node] = [:]
        for (key, value) in mapping {
            guard let name = key.scalar?.string else { throw Problem(detail: "a field name is not text") }
            fields[name] = value
        }
        // `{ answer: 5.656854, expression: "4*sqrt(2)" }`: a number with its exact form (checked
        // with the answer below).
        let exactForm = fields["answer"] != nil ? fields.removeValue(forKey: "expression") : nil
        let given = kinds.filter { fields[$0] != nil }
        guard given.count <= 1 else { throw Problem(detail: "two answer kinds (\(given.joined(separator: ", "))); give exactly one") }
        guard let kind = given.first, let value = fields[kind] else {
            throw Problem(detail: "no answer: give one of \(kinds.joined(separator: ", "))")
        }
        func only(_ allowed: Set<String>) throws(Problem) {
            if let extra = fields.keys.filter({ !allowed.contains($0) }).sorted().first {
                throw Problem(detail: "unexpected field '\(extra)' next to '\(kind)'")
            }
        }
        // A numeric answer may carry its own tolerance.
        var tolerance: Double? = nil
        if let node = fields["tolerance"] {
            guard ["answer", "interval", "solve"].contains(kind) else { throw Problem(detail: "'tolerance' applies to numeric answers, not '\(kind)'") }
            guard let text = node.scalar?.string, let value = Double(KeyParameters.ascii(text)), value.isFinite, value >= 0 else {
                throw Problem(detail: "'tolerance' must be a number of at least 0")
            }
            tolerance = value
            fields["tolerance"] = nil
        }
        // A number may say its unit: `{ answer: 7.62, unit: km/s }`.
        var unit: String? = nil
        if let node = fields["unit"] {
            guard ["answer", "interval", "solve"].contains(kind) else { throw Problem(detail: "'unit' applies to numeric answers, not '\(kind)'") }
            guard let text = node.scalar?.string.trimmingSpaces, !text.isEmpty else { throw Problem(detail: "'unit' must be text") }
            unit = text
            fields["unit"] = nil
        }
        switch kind {
        case "answer":
            try only(["answer"])
            let answer = try literal(value)
            guard let exactForm else { return KeyedAnswer(partID: id, answer: answer, kind: .literal, tolerance: tolerance, unit: unit) }
            // The number and its exact form must agree (within the tolerance, or half a unit of the
            // number's last decimal); the formula's value is the key: a decimal answer is its
            // rounding, and "4√2" equals it.
            guard let number = value.scalar?.string, let written = answer.scalar, let exact = exactForm.scalar?.string,
                  let exactValue = ConstantExpression.value(of: exact) else {
                throw Problem(detail: "two answer kinds (answer, expression); give exactly one, or a number and a constant formula for it")
            }
            let decimals = number.firstIndex(of: ".").map { number.distance(from: $0, to: number.endIndex) - 1 } ?? 0
            guard abs(written - exactValue) <= max(tolerance ?? 0, RealValue.noise(around: written), 0.5 * pow(10, -Double(decimals))) else {
                throw Problem(detail: "the answer \(number) and the expression '\(exact)' (= \(exactValue)) disagree")
            }
            return KeyedAnswer(partID: id, answer: .real(RealValue(exactValue, exact: exact)), kind: .literal, tolerance: tolerance, unit: unit)
        case "choice":
            try only(["choice"])
            guard let text = value.scalar?.string, !text.isEmpty else { throw Problem(detail: "'choice' must be a letter") }
            return KeyedAnswer(partID: id, answer: .choice(text.trimmingSpaces.uppercased()), kind: .choice, family: .choice)
        case "expression", "text":
            try only([kind])
            guard let text = value.scalar?.string else { throw Problem(detail: "'\(kind)' must be text") }
            return KeyedAnswer(partID: id, answer: kind == "text" ? .text(text) : .expression(text), kind: kind == "text" ? .text : .expression)
        case "set":
            // `set: [s, a, b]`: names in any order, graded as the text `{s, a, b}`.
            try only(["set"])
            guard let items = value.sequence?.compactMap({ $0.scalar?.string.trimmingSpaces }), !items.isEmpty,
                  items.count == value.sequence?.count, items.allSatisfy({ !$0.isEmpty && !$0.contains(",") }) else {
                throw Problem(detail: "'set' must be a list of names")
            }
            return KeyedAnswer(partID: id, answer: .text("{" + items.joined(separator: ", ") + "}"), kind: .text)
        case "interval":
            // `interval: [0.59, 1.89]`: the two endpoints, in order, each to the tolerance.
            try only(["interval"])
            guard let ends = KeyParameters.vector(value), ends.count == 2, ends[0] <= ends[1] else {
                throw Problem(detail: "'interval' must be two numbers, the lower first")
            }
            return KeyedAnswer(partID: id, answer: .vector(ends), kind: .literal, tolerance: tolerance, unit: unit)
        case "shape":
            try only(["shape", "layout"])
            guard let dimensions = KeyParameters.vector(value), dimensions.allSatisfy({ $0 == $0.rounded() && $0 > 0 && $0 < 1e12 }) else {
                throw Problem(detail: "'shape' must be a list of positive integers")
            }
            var layout: String?
            if let node = fields["layout"] {
                guard let text = node.scalar?.string else { throw Problem(detail: "'layout' must be text") }
                layout = text
            }
            return KeyedAnswer(partID: id, answer: .shape(dimensions: dimensions.map { Int($0) }, layout: layout), kind: .shape)
        default:
            guard let solver = value.scalar?.string else { throw Problem(detail: "'solve' must name a solver") }
            guard KeySolver.names.contains(solver) else { throw Problem(detail: "unknown solver '\(solver)'") }
            var parameters = KeyParameters(fields, solver: solver)
            let call = try KeySolver.call(&parameters)
            if let unknown = parameters.unused.first { throw Problem(detail: "\(solver): unknown parameter '\(unknown)'") }
            do {
                return KeyedAnswer(partID: id, answer: try call.solve(), kind: .solver, solver: solver, family: call.family, tolerance: tolerance, unit: unit)
            } catch {
                throw Problem(detail: "\(solver): \(error.localizedDescription)")
            }
        }
    }

    /// `answer:` — a number (integer or real), a list (vector) or a list of lists (matrix).
    private static func literal(_ node: Node) throws(KeyParameters.Problem) -> Answer {
        if let text = node.scalar?.string {
            let plain = KeyParameters.ascii(text)
            if let integer = Int(plain) { return .integer(integer) }
            // "0.420": rounded to three decimals, not the fraction 21/50.
            if let fraction = plain.split(separator: ".").dropFirst().first, fraction.last == "0", fraction.allSatisfy(\.isNumber),
                let value = Double(plain), value.isFinite {
                var real = RealValue(value)
                real.decimals = fraction.count
                return .real(real)
            }
            if let rational = Rational(plain) { return .real(RealValue(rational)) }
            if let value = Double(plain), value.isFinite { return .real(RealValue(value)) }
            throw KeyParameters.Problem(detail: "'answer' must be a number, a list or a matrix (use text: for words and for true or false)")
        }
        if let values = KeyParameters.vector(node) { return .vector(values) }
        if let rows = KeyParameters.matrix(node) { return .matrix(rows) }
        throw KeyParameters.Problem(detail: "'answer' must be a number, a list of numbers or a list of equal-length rows")
    }
}
