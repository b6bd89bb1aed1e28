import Problems
import Source
import Testing
import TestSupport

/// Problem sets generated from seeds in every house style, segmented and compared with
/// what they are by construction.
@Suite("Segmenter: generated problem sets")
struct GeneratedSetTests {
    static let seeds: Range<UInt64> = 0..<400

    /// The set read as hwlens reads a source of its kind.
    static func document(_ name: String, _ text: String) -> ProblemDocument {
        let source: SourceText
        if name.hasSuffix(".tex") {
            source = SourceReader.latex(text, path: name)
        } else if name.hasSuffix(".md") {
            source = SourceReader.markdown(text, path: name)
        } else {
            source = SourceReader.plain(text, path: name)
        }
        return ProblemDocument(source: source)
    }

    /// Every rendering of every seed, with its document.
    static let cases: [(seed: UInt64, style: GeneratedProblemSet.Style, set: GeneratedProblemSet, text: String, document: ProblemDocument)] = {
        var cases: [(UInt64, GeneratedProblemSet.Style, GeneratedProblemSet, String, ProblemDocument)] = []
        for seed in seeds {
            let set = GeneratedProblemSet(seed: seed)
            for style in GeneratedProblemSet.Style.allCases {
                guard let (name, text) = set.render(style) else { continue }
                cases.append((seed, style, set, text, document(name, text)))
            }
        }
        return cases
    }()

    @Test func everyProblemAndPartHasItsReadersID() {
        var failures: [String] = []
        var parts = 0
        for item in Self.cases {
            parts += item.set.partIDs.count
            let problems = item.document.problems.map(\.id)
            let wanted = item.set.problems.map(\.id)
            if problems != wanted || item.document.partIDs != item.set.partIDs {
                failures.append("seed \(item.seed) \(item.style): problems \(problems) parts \(item.document.partIDs), expected \(wanted) \(item.set.partIDs)\n\(item.text)")
            }
        }
        #expect(Self.cases.count > 1_500)
        #expect(parts > 10_000)
        let differing = failures.count
        #expect(differing == 0, "\(differing) of \(Self.cases.count) sets differ; first:\n\(failures.prefix(3).joined(separator: "\n---\n"))")
    }
}
