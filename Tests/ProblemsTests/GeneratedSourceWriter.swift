import Foundation
import Testing
import TestSupport

/// Writes the LaTeX sources of the committed generated PDFs and what they hold, when
/// `HWLENS_WRITE_GENERATED` names a folder (Tests/Fixtures/generated-problems/make.sh sets
/// it, then compiles them); does nothing otherwise.
@Test func writeGeneratedSources() throws {
    guard let folder = ProcessInfo.processInfo.environment["HWLENS_WRITE_GENERATED"] else { return }
    var expected: [String: [String: [String]]] = [:]
    for seed in GeneratedPDFs.seeds {
        let set = GeneratedProblemSet(seed: seed)
        for style in [GeneratedProblemSet.Style.latexArticle, .latexTheorem, .latexExam] {
            guard let (_, text) = set.render(style) else { continue }
            let name = "\(seed)-\(style.rawValue)"
            try text.write(toFile: "\(folder)/\(name).tex", atomically: true, encoding: .utf8)
            expected[name] = ["problems": set.problems.map(\.id), "parts": set.partIDs]
        }
    }
    let data = try JSONSerialization.data(withJSONObject: expected, options: [.prettyPrinted, .sortedKeys])
    try data.write(to: URL(fileURLWithPath: "\(folder)/expected.json"))
}

/// The seeds of the committed generated PDFs.
enum GeneratedPDFs {
    static let seeds: [UInt64] = [3, 7, 11, 20, 37, 62]
}
