import Results

/// What a results store holds: which run (its list of studies), which share of it, and
/// whether the run finished. Kept in the store's `meta` table.
public struct RunInfo: Sendable, Equatable {
    /// SHA-256 of the run's ordered study list: shards of one run share it.
    public var identity: String
    /// Studies in the whole run (all shards).
    public var studyCount: Int
    /// The share this store holds; nil for a whole run or a merge.
    public var shard: Shard?
    /// For a shard: how many studies each shard of its split holds (shards with none left
    /// out), so a merge knows which shards must be there.
    public var shares: [Int: Int] = [:]
    /// False while the run is going, and after it was interrupted.
    public var complete: Bool
    /// The hwlens version that wrote it.
    public var version: String

    public init(identity: String, studyCount: Int, shard: Shard?, complete: Bool = false, version: String) {
        self.identity = identity
        self.studyCount = studyCount
        self.shard = shard
        self.complete = complete
        self.version = version
    }

    /// `shares` as `meta` keeps it: `1:5 3:2`, by shard.
    static func encodeShares(_ shares: [Int: Int]) -> String {
        shares.keys.sorted().map { "\($0):\(shares[$0]!)" }.joined(separator: " ")
    }

    static func decodeShares(_ text: String) -> [Int: Int] {
        var shares: [Int: Int] = [:]
        for pair in text.split(separator: " ") {
            let parts = pair.split(separator: ":")
            if parts.count == 2, let shard = Int(parts[0]), let count = Int(parts[1]) { shares[shard] = count }
        }
        return shares
    }
}
