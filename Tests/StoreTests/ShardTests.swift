@testable import Store
import Testing

@Suite("Shards")
struct ShardTests {
    @Test func parses() {
        #expect(Shard("2/8") == Shard(index: 2, count: 8))
        #expect(Shard("1/1")?.description == "1/1")
        for bad in ["0/3", "4/3", "3", "a/b", "1/0", "-1/2", "1/2/3", ""] { #expect(Shard(bad) == nil, "\(bad)") }
    }

    /// Every position is in exactly one shard, and shares differ in size by at most one.
    @Test(arguments: 1...7)
    func sharesPartitionTheRun(count: Int) throws {
        for total in 0..<23 {
            let shards = try (1...count).map { try #require(Shard(index: $0, count: count)) }
            for position in 0..<total { #expect(shards.filter { $0.contains(position) }.count == 1) }
            let sizes = shards.map { shard in (0..<total).filter(shard.contains).count }
            #expect(sizes.max()! - sizes.min()! <= 1)
        }
    }
}

extension ShardTests {
    /// Missing shards are named by their absent studies: at most five, then a count.
    @Test func missingShardsAreNamedByAbsentStudies() {
        let run = RunInfo(identity: "r", studyCount: 20, shard: nil, version: "t")
        // Shard 1/10 holds positions 0 and 10; shard 2/10 is given but unfinished (holds 1 only).
        let lines = ShardMerge.missing(studies: [0, 10, 1], run: run, split: 10, seen: [1, 2])
        #expect(lines == ["shard 3/10 is missing", "shard 4/10 is missing", "shard 5/10 is missing", "shard 6/10 is missing",
                          "shard 7/10 is missing", "3 more shards of 10 are missing"])
        #expect(ShardMerge.missing(studies: Set(0..<20), run: run, split: 10, seen: [1]).isEmpty)
        #expect(ShardMerge.missing(studies: [0, 1], run: run, split: nil, seen: []) == ["18 of 20 studies are missing"])
        let small = RunInfo(identity: "r", studyCount: 2, shard: nil, version: "t")
        #expect(ShardMerge.missing(studies: [0], run: small, split: 1_000_000_000, seen: [1]) == ["shard 2/1000000000 is missing"])
    }
}
