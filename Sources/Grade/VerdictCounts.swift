/// How many parts got each verdict kind.
///
/// Encoded in JSON as an object keyed by the kinds that occur: `{"correct": 5, "missing": 1}`.
public struct VerdictCounts: Sendable, Equatable, Codable {
    public private(set) var counts: [Verdict.Kind: Int]

    public init(_ kinds: some Sequence<Verdict.Kind>) {
        var counts: [Verdict.Kind: Int] = [:]
        for kind in kinds { counts[kind, default: 0] += 1 }
        self.counts = counts
    }

    public subscript(kind: Verdict.Kind) -> Int { counts[kind] ?? 0 }

    /// Kinds that occur, with their counts, in the order of ``Verdict/Kind/allCases``.
    public var nonZero: [(kind: Verdict.Kind, count: Int)] {
        Verdict.Kind.allCases.compactMap { kind in counts[kind].map { (kind, $0) } }
    }

    public init(from decoder: any Decoder) throws {
        let raw = try decoder.singleValueContainer().decode([String: Int].self)
        var counts: [Verdict.Kind: Int] = [:]
        for (name, count) in raw {
            guard let kind = Verdict.Kind(rawValue: name) else {
                throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "unknown verdict '\(name)'"))
            }
            counts[kind] = count
        }
        self.counts = counts
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(Dictionary(uniqueKeysWithValues: counts.map { ($0.key.rawValue, $0.value) }))
    }
}
