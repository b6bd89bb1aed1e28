/// What a results store holds: which run (its list of studies), which share of it, and
/// whether the run finished. Kept in the store's `meta` table.
public struct RunInfo: Sendable, Equatable {
    /// SHA-256 of the run's ordered study list: shards of one run share it.
    public var identity: String
    /// Studies in the whole run (all shards).
    public var studyCount: Int
    /// The share this store holds; nil for a whole run or a merge.
    public var shard: Shard?
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
}
