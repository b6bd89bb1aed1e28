import Files
import Foundation
import Garble
import Problems

/// How much `problems` cleaning helped one input: formula and overall error rates of the raw
/// and the cleaned text against the source (`hwlens problems --stats`).
public struct CleaningStats: Sendable {
    public var path: String
    public var raw: GarbleReport
    public var cleaned: GarbleReport

    public static func measure(_ texts: ProblemTexts, of path: String, against reference: PreparedReference) async -> CleaningStats {
        let form = InputForm(texts.form)
        let raw = await GarbleAnalyzer.analyze(GarbleCandidate(name: path, form: form, text: texts.raw), against: reference)
        let cleaned = await GarbleAnalyzer.analyze(GarbleCandidate(name: path, form: form, text: texts.cleaned), against: reference)
        return CleaningStats(path: path, raw: raw, cleaned: cleaned)
    }

    /// `stats: FILE: formula CER raw 30.59%, cleaned 6.29% (4.86x lower); CER raw …, cleaned …`.
    public var line: String {
        let before = raw.formula.formulaCER
        let after = cleaned.formula.formulaCER
        return String(
            format: "stats: %@: formula CER raw %.2f%%, cleaned %.2f%% (%.2fx lower); CER raw %.2f%%, cleaned %.2f%%\n",
            path, before * 100, after * 100, after > 0 ? before / after : 0, raw.characters.rate * 100, cleaned.characters.rate * 100)
    }
}
