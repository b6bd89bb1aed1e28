/// A deterministic share of a run: shard `index` of `count` (`--shard 2/8`) takes the studies
/// whose position in the run's study list (PATH arguments in order, a folder's studies by
/// name), counted from 0, leaves `index - 1` when divided by `count`. Every shard sees the same list, so the shares never overlap and together
/// cover it, and each is within one study of the same size.
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

    /// Whether the study at `position` (0-based) of the whole run is in this share.
    public func contains(_ position: Int) -> Bool {
        position % count == index - 1
    }
}
