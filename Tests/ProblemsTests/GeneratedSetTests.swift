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

extension GeneratedSetTests {
    @Test func choiceTrueFalseAndSelectAllPartsAreTypedWithTheirOptions() {
        var failures: [String] = []
        var checked = 0
        for item in Self.cases {
            for part in item.set.allParts {
                guard let entry = item.document.part(part.id) else { continue }
                let wanted = ["mcq", "true-false", "select-all"].contains(part.kind) ? part.kind : nil
                let got = ["mcq", "true-false", "select-all"].contains(entry.kind.rawValue) ? entry.kind.rawValue : nil
                checked += 1
                let labels = entry.options.map(\.label)
                let wantedLabels = part.options.indices.map { String(Character(Unicode.Scalar(65 + $0)!)) }
                if got != wanted || labels != wantedLabels || entry.options.map(\.text) != part.options {
                    failures.append("seed \(item.seed) \(item.style) \(part.id): \(entry.kind.rawValue) \(entry.options), expected \(part.kind) \(part.options)")
                }
            }
            for problem in item.set.problems where problem.parts.isEmpty {
                let entry = item.document.problems.first { $0.id == problem.id }
                if entry?.kind.rawValue != problem.kind || entry?.options.map(\.text) != problem.options {
                    failures.append("seed \(item.seed) \(item.style) problem \(problem.id): \(String(describing: entry?.kind)), expected \(problem.kind)")
                }
            }
        }
        #expect(checked > 10_000)
        let differing = failures.count
        #expect(differing == 0, "\(differing) differ; first:\n\(failures.prefix(5).joined(separator: "\n"))")
    }

    @Test func referencesResolveToTheReferencedPart() {
        var failures: [String] = []
        var references = 0
        for item in Self.cases {
            for part in item.set.allParts {
                guard let entry = item.document.part(part.id) else { continue }
                references += part.references.count
                if entry.references != part.references {
                    failures.append("seed \(item.seed) \(item.style) \(part.id) '\(part.text)': \(entry.references), expected \(part.references)")
                }
            }
        }
        #expect(references > 1_000)
        let differing = failures.count
        #expect(differing == 0, "\(differing) differ; first:\n\(failures.prefix(5).joined(separator: "\n"))")
    }

    @Test func stemFactsAreStatedAndEveryPartInheritsThem() {
        var failures: [String] = []
        var facts = 0
        for item in Self.cases {
            for problem in item.set.problems {
                guard let entry = item.document.problems.first(where: { $0.id == problem.id }) else { continue }
                for fact in problem.facts {
                    facts += 1
                    let named = { (found: Fact) in found.values == [fact.value] && (fact.names.contains(found.name) || found.symbol.map(fact.names.contains) == true) }
                    if !entry.facts.contains(where: named) {
                        failures.append("seed \(item.seed) \(item.style) problem \(problem.id): no \(fact.name) = \(fact.value) in \(entry.facts.map { "\($0.name)=\($0.values)" })")
                    }
                    // From the stem, or stated nearer under the same name ("Repeat (b) with a stride of 2").
                    for part in entry.parts where !part.facts.contains(where: { named($0) && $0.from == "stem" || $0.name == fact.name && $0.from != "stem" }) {
                        failures.append("seed \(item.seed) \(item.style) part \(part.id) does not inherit \(fact.name)")
                    }
                }
            }
        }
        #expect(facts > 3_000)
        let differing = failures.count
        #expect(differing == 0, "\(differing) differ; first:\n\(failures.prefix(5).joined(separator: "\n"))")
    }
}

