import Yams

/// A `solve:` entry's parameters, read by name; remembers which were used so unknown
/// ones can be reported. Errors are one-line details (the caller adds file and part).
struct KeyParameters {
    struct Problem: Error {
        var detail: String
    }

    private let values: [String: Node]
    private(set) var used: Set<String> = ["solve"]
    let solver: String

    init(_ values: [String: Node], solver: String) {
        self.values = values
        self.solver = solver
    }

    /// Parameters that were given but never read.
    var unused: [String] { values.keys.filter { !used.contains($0) }.sorted() }

    mutating func node(_ name: String) -> Node? {
        used.insert(name)
        return values[name]
    }

    mutating func has(_ name: String) -> Bool {
        node(name) != nil
    }

    mutating func int(_ name: String, default value: Int? = nil) throws(Problem) -> Int {
        guard let node = node(name) else {
            guard let value else { throw Problem(detail: "\(solver): missing '\(name)'") }
            return value
        }
        guard let text = node.scalar?.string, let number = Int(Self.ascii(text)) else {
            throw Problem(detail: "\(solver): '\(name)' must be an integer")
        }
        return number
    }

    mutating func optionalInt(_ name: String) throws(Problem) -> Int? {
        guard values[name] != nil else { used.insert(name); return nil }
        return try int(name)
    }

    mutating func double(_ name: String, default value: Double? = nil) throws(Problem) -> Double {
        guard let node = node(name) else {
            guard let value else { throw Problem(detail: "\(solver): missing '\(name)'") }
            return value
        }
        guard let number = Self.number(node) else { throw Problem(detail: "\(solver): '\(name)' must be a number") }
        return number
    }

    mutating func string(_ name: String, default value: String? = nil) throws(Problem) -> String {
        guard let node = node(name) else {
            guard let value else { throw Problem(detail: "\(solver): missing '\(name)'") }
            return value
        }
        guard let text = node.scalar?.string else { throw Problem(detail: "\(solver): '\(name)' must be a word") }
        return text
    }

    mutating func bool(_ name: String, default value: Bool) throws(Problem) -> Bool {
        guard let node = node(name) else { return value }
        switch node.scalar?.string.lowercased() {
        case "true", "yes", "on": return true
        case "false", "no", "off": return false
        default: throw Problem(detail: "\(solver): '\(name)' must be true or false")
        }
    }

    mutating func vector(_ name: String) throws(Problem) -> [Double] {
        guard let node = node(name) else { throw Problem(detail: "\(solver): missing '\(name)'") }
        guard let values = Self.vector(node) else { throw Problem(detail: "\(solver): '\(name)' must be a list of numbers") }
        return values
    }

    mutating func optionalVector(_ name: String) throws(Problem) -> [Double]? {
        guard values[name] != nil else { used.insert(name); return nil }
        return try vector(name)
    }

    mutating func ints(_ name: String) throws(Problem) -> [Int] {
        let values = try vector(name)
        guard values.allSatisfy({ $0 == $0.rounded() && $0.magnitude < 1e15 }) else {
            throw Problem(detail: "\(solver): '\(name)' must be a list of integers")
        }
        return values.map { Int($0) }
    }

    mutating func matrix(_ name: String) throws(Problem) -> [[Double]] {
        guard let node = node(name) else { throw Problem(detail: "\(solver): missing '\(name)'") }
        guard let rows = Self.matrix(node) else { throw Problem(detail: "\(solver): '\(name)' must be a list of rows of numbers") }
        return rows
    }

    // MARK: - Node reading

    static func ascii(_ text: String) -> String {
        String(text.map { $0 == "−" ? "-" : $0 }).trimmingSpaces
    }

    static func number(_ node: Node) -> Double? {
        guard let text = node.scalar?.string else { return nil }
        let plain = ascii(text)
        if let rational = Rational(plain) { return rational.doubleValue }
        return Double(plain)
    }

    static func vector(_ node: Node) -> [Double]? {
        guard let sequence = node.sequence, sequence.count > 0 else { return nil }
        var values: [Double] = []
        for item in sequence {
            guard let value = number(item) else { return nil }
            values.append(value)
        }
        return values
    }

    static func matrix(_ node: Node) -> [[Double]]? {
        guard let sequence = node.sequence, sequence.count > 0 else { return nil }
        var rows: [[Double]] = []
        for item in sequence {
            guard let row = vector(item) else { return nil }
            rows.append(row)
        }
        guard rows.allSatisfy({ $0.count == rows[0].count }) else { return nil }
        return rows
    }
}
