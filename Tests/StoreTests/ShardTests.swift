import Store
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
