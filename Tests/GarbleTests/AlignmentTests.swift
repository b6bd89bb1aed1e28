import Garble
import TestSupport
import Testing

@Suite("Alignment")
struct AlignmentTests {
    /// The textbook O(n·m) distance, as the reference for the fast ones.
    static func naiveDistance<S: Equatable>(_ a: [S], _ b: [S]) -> Int {
        var previous = Array(0...b.count)
        for i in 1...max(a.count, 1) where !a.isEmpty {
            var current = [i] + Array(repeating: 0, count: b.count)
            for j in 1...max(b.count, 1) where !b.isEmpty {
                current[j] = min(previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1), previous[j] + 1, current[j - 1] + 1)
            }
            previous = current
        }
        return a.isEmpty ? b.count : previous[b.count]
    }

    /// Replays a script: it must turn the reference into the candidate.
    static func replay<S: Equatable>(_ script: EditScript, _ a: [S], _ b: [S]) -> Bool {
        var i = 0
        var j = 0
        for operation in script.operations {
            switch operation {
            case .match:
                guard i < a.count, j < b.count, a[i] == b[j] else { return false }
                i += 1
                j += 1
            case .substitute:
                guard i < a.count, j < b.count, a[i] != b[j] else { return false }
                i += 1
                j += 1
            case .insert:
                guard j < b.count else { return false }
                j += 1
            case .delete:
                guard i < a.count else { return false }
                i += 1
            }
        }
        return i == a.count && j == b.count
    }

    @Test func handWorkedExamples() {
        let cases: [(String, String, Int, Int, Int)] = [
            // reference, candidate, insertions, deletions, substitutions
            ("kitten", "sitting", 1, 0, 2),
            ("x_i + y", "xi + y", 0, 1, 0),
            ("", "abc", 3, 0, 0),
            ("abc", "", 0, 3, 0),
            ("μ_B", "w_B", 0, 0, 1),
            ("a/b", "a\nb", 0, 0, 1),
        ]
        for (reference, candidate, insertions, deletions, substitutions) in cases {
            let script = EditScript.align(Array(reference), Array(candidate))
            #expect(script.insertions == insertions, "\(reference) → \(candidate)")
            #expect(script.deletions == deletions, "\(reference) → \(candidate)")
            #expect(script.substitutions == substitutions, "\(reference) → \(candidate)")
            #expect(Self.replay(script, Array(reference), Array(candidate)))
        }
        // Glyph pass-through and flattened scripts: distance as counted by hand.
        let sum = EditScript.align(Array("∑_{j=1}^n w_j"), Array("Pn j=1 wj"))
        #expect(sum.distance == Self.naiveDistance(Array("∑_{j=1}^n w_j"), Array("Pn j=1 wj")))
        #expect(Self.replay(sum, Array("∑_{j=1}^n w_j"), Array("Pn j=1 wj")))
    }

    @Test func scriptOfKittenIsTheTextbookOne() {
        let script = EditScript.align(Array("kitten"), Array("sitting"))
        #expect(script.operations == [.substitute, .match, .match, .match, .substitute, .match, .insert])
    }

    /// Random pairs of every size class, including ones far above the direct-DP threshold,
    /// against the naive distance; every script replays.
    @Test(arguments: [(0, 40), (1, 300), (2, 1500), (3, 2600)])
    func randomPairsAgreeWithNaiveDP(seed: UInt64, length: Int) {
        var generator = SplitMix(seed: seed)
        let alphabet = Array("abcdeαβ∑ \n")
        let a = (0..<length).map { _ in alphabet[Int(generator.next() % UInt64(alphabet.count))] }
        var b = a
        for _ in 0..<(length / 5 + 1) {
            let position = b.isEmpty ? 0 : Int(generator.next() % UInt64(b.count))
            switch generator.next() % 3 {
            case 0: b.insert(alphabet[Int(generator.next() % UInt64(alphabet.count))], at: position)
            case 1: if !b.isEmpty { b.remove(at: position) }
            default: if !b.isEmpty { b[position] = alphabet[Int(generator.next() % UInt64(alphabet.count))] }
            }
        }
        let expected = Self.naiveDistance(a, b)
        let script = EditScript.align(a, b)
        #expect(script.distance == expected)
        #expect(Self.replay(script, a, b))
        #expect(Levenshtein.distance(a, b) == expected)
        #expect(Levenshtein.distance(b, a) == expected)
    }

    /// Very different lengths and heavy damage exercise the band's edges and its widening.
    @Test(arguments: [(5, 3000, 700), (6, 600, 2900), (7, 2500, 2500)])
    func asymmetricAndHeavilyDamaged(seed: UInt64, lengthA: Int, lengthB: Int) {
        var generator = SplitMix(seed: seed)
        let base = (0..<max(lengthA, lengthB)).map { _ in Int(generator.next() % 5) }
        let a = Array(base.prefix(lengthA))
        var b = Array(base.suffix(lengthB))
        for index in stride(from: 0, to: b.count, by: 3) { b[index] = Int(generator.next() % 5) }
        let expected = Self.naiveDistance(a, b)
        let script = EditScript.align(a, b)
        #expect(script.distance == expected)
        #expect(Self.replay(script, a, b))
        #expect(Levenshtein.distance(a, b) == expected)
    }

    @Test func unrelatedLongStrings() {
        var generator = SplitMix(seed: 99)
        let a = (0..<1800).map { _ in Int(generator.next() % 7) }
        let b = (0..<1300).map { _ in Int(generator.next() % 7) }
        let script = EditScript.align(a, b)
        #expect(script.distance == Self.naiveDistance(a, b))
        #expect(Self.replay(script, a, b))
    }
}
