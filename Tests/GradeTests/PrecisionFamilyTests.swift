import Grade
import Solve
import Testing

/// How precise a decimal must be against a rounded key: a key written with trailing zeros
/// (`1.250`), a key with its own `tolerance:` (closer than it, and finer than it unless three
/// significant figures are shown). Examples written here, not taken from a corpus.
@Suite("Precision against rounded keys")
struct PrecisionFamilyTests {
    static func verdict(_ written: String, _ key: Answer, tolerance: Double? = nil) -> Bool? {
        AnswerGrammar.read(written, expecting: .scalar).value.map { Equivalence.compare($0, key, tolerance: tolerance).equal }
    }

    static func key(_ yaml: String) throws -> Answer? {
        try AnswerKey.parse("parts:\n  1a: \(yaml)\n").answer(for: "1a")?.answer
    }

    @Test func aKeyWrittenWithTrailingZerosIsRoundedNotExact() throws {
        let rounded = try #require(try Self.key("{ answer: 2.50 }"))
        #expect(rounded == .real({ var r = RealValue(2.5); r.decimals = 2; return r }()))
        #expect(Self.verdict("2.5", rounded) == false)
        #expect(Self.verdict("2.50", rounded) == true)
        #expect(Self.verdict("2.500", rounded) == true)
        // Without the zeros the key is the exact fraction 5/2, and 2.5 is it.
        let exact = try #require(try Self.key("{ answer: 2.5 }"))
        #expect(Self.verdict("2.5", exact) == true)
    }

    @Test func aKeyWithTrailingZerosAndATolerance() throws {
        let key = try #require(try Self.key("{ answer: 0.730, tolerance: 0.001 }"))
        #expect(Self.verdict("0.73", key, tolerance: 0.001) == false)
        #expect(Self.verdict("0.730", key, tolerance: 0.001) == true)
        #expect(Self.verdict("0.7304", key, tolerance: 0.001) == true)
    }

    @Test func aDecimalCoarserThanTheToleranceDoesNotShowTheKey() {
        let key = Answer.real(RealValue(0.351))
        #expect(Self.verdict("0.35", key, tolerance: 0.002) == false)
        #expect(Self.verdict("0.352", key, tolerance: 0.002) == true)
        // Coarse but finer than a wide tolerance.
        #expect(Self.verdict("0.35", key, tolerance: 0.01) == true)
        // Three significant figures always suffice.
        #expect(Self.verdict("35.2", .real(RealValue(35.14)), tolerance: 0.1) == true)
    }

    @Test func theExactKeyWrittenAsTheKeyWritesItMatchesUnderATolerance() {
        #expect(Self.verdict("0.5", .real(RealValue(0.5)), tolerance: 0.0001) == true)
        #expect(Self.vector("(0.5, 0.25)", [0.5, 0.25], tolerance: 0.001) == true)
        #expect(Self.vector("(0.5, 0.2)", [0.5, 0.25], tolerance: 0.001) == false)
    }

    @Test func theToleranceIsAnOpenBound() {
        let key = Answer.real(RealValue(2.417))
        #expect(Self.verdict("2.418", key, tolerance: 0.001) == false)
        #expect(Self.verdict("2.4175", key, tolerance: 0.001) == true)
        #expect(Self.vector("(1.204, 0.616)", [1.204, 0.615], tolerance: 0.001) == false)
        #expect(Self.vector("(1.204, 0.6154)", [1.204, 0.615], tolerance: 0.001) == true)
        // A tolerance of zero still accepts the key itself.
        #expect(Self.verdict("3", .integer(3), tolerance: 0) == true)
    }

    static func vector(_ written: String, _ key: [Double], tolerance: Double?) -> Bool? {
        AnswerGrammar.read(written, expecting: .sequence).value.map { Equivalence.compare($0, .vector(key), tolerance: tolerance).equal }
    }
}
