import Results
import Store
import Testing
@testable import Study

@Suite("Shards")
struct ShardTests {
    @Test func parses() {
        #expect(Shard("2/8") == Shard(index: 2, count: 8))
        #expect(Shard("1/1")?.description == "1/1")
        for bad in ["0/3", "4/3", "3", "a/b", "1/0", "-1/2", "1/2/3", ""] { #expect(Shard(bad) == nil, "\(bad)") }
    }

    /// Every study is in exactly one shard, and the shares are about equal.
    @Test(arguments: [2, 3, 4, 7, 16])
    func sharesPartitionTheRun(count: Int) throws {
        let names = (1...2000).map { "student-\($0)" }
        let shards = try (1...count).map { try #require(Shard(index: $0, count: count)) }
        for name in names { #expect(shards.filter { $0.owns(name) }.count == 1) }
        let sizes = shards.map { shard in names.filter(shard.owns).count }
        let mean = Double(names.count) / Double(count)
        #expect(sizes.allSatisfy { abs(Double($0) - mean) < 0.2 * mean }, "\(sizes)")
    }

}

extension ShardTests {
    /// Missing shards are the ones that hold studies and were not given: at most five named.
    @Test func missingShardsAreTheOnesWithStudies() {
        let run = RunInfo(identity: "r", studyCount: 20, shard: nil, version: "t")
        let shares = [1: 2, 2: 2, 3: 1, 4: 3, 5: 2, 6: 2, 7: 2, 8: 2, 9: 2, 10: 2]
        // Shards 1 and 2 given (2 is unfinished: reported elsewhere); 3 studies here.
        let lines = ShardMerge.missing(studies: [0, 10, 1], run: run, split: 10, shares: shares, seen: [1, 2])
        #expect(lines == ["shard 3/10 is missing (1 study)", "shard 4/10 is missing (3 studies)", "shard 5/10 is missing (2 studies)",
                          "shard 6/10 is missing (2 studies)", "shard 7/10 is missing (2 studies)", "3 more shards of 10 are missing"])
        #expect(ShardMerge.missing(studies: Set(0..<20), run: run, split: 10, shares: shares, seen: [1]).isEmpty)
        #expect(ShardMerge.missing(studies: [0, 1], run: run, split: nil, shares: [:], seen: []) == ["18 of 20 studies are missing"])
        // A split into far more shards than studies names only the shards that hold some.
        let small = RunInfo(identity: "r", studyCount: 2, shard: nil, version: "t")
        #expect(ShardMerge.missing(studies: [0], run: small, split: 1_000_000_000, shares: [17: 1, 99: 1], seen: [17])
            == ["shard 99/1000000000 is missing (1 study)"])
    }
}
