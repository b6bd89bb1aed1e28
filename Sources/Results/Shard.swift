import Files

/// A deterministic share of a run: shard `index` of `count` (`--shard 2/8`) takes the studies
/// whose name's SHA-256, read as a number, leaves `index - 1` when divided by `count`. A
/// study's shard depends on its name alone, so adding or removing studies never moves the
/// others (each shard's re-run reuses them), and every shard computes the same split
/// without seeing the others. Shares are about equal for many studies, not exactly.
public struct Shard: Hashable, Sendable, CustomStringConvertible {
    /// 1-based.
    public var index: Int
    public var count: Int

    public init?(index: Int, count: Int) {
        guard count >= 1, (1...count).contains(index) else { return nil }
        self.index = index
        self.count = count
    }

    /// Parses `K/N`.
    public init?(_ text: String) {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, let index = Int(parts[0]), let count = Int(parts[1]) else { return nil }
        self.init(index: index, count: count)
    }

    public var description: String { "\(index)/\(count)" }

    /// Whether the study named `name` is in this share.
    public func owns(_ name: String) -> Bool {
        Self.index(of: name, count: count) == index
    }

    /// The shard (1-based) of `count` that holds the study named `name`.
    public static func index(of name: String, count: Int) -> Int {
        let digest = ContentHash.sha256(name)
        let number = UInt64(digest.prefix(16), radix: 16) ?? 0
        return Int(number % UInt64(count)) + 1
    }
}
