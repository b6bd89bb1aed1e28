import Foundation
import Solve

/// Grades each part of a transcript against the expected answers.
public enum Grader {
    /// `expected` maps part ids to the expected answer (nil: no answer known, ungraded);
    /// `partIDs` gives the parts and their order.
    public static func grade(transcript: Transcript, expected: [String: Answer?], partIDs: [String]) -> [Verdict] {
        let attribution = PartAttribution(transcript: transcript, partIDs: partIDs)
        var partLines = attribution.parts
        assignUnlabelled(attribution, partIDs: partIDs, expected: expected, into: &partLines)
        return partIDs.map { id in
            grade(part: id, lines: partLines[id] ?? [], summary: attribution.summaries[id] ?? [],
                  expected: expected[id] ?? nil, notes: transcript.notes)
        }
    }

    static func grade(part id: String, lines: [PartAttribution.Line], summary: [PartAttribution.Line], expected: Answer?, notes: [String]) -> Verdict {
        let firstLine = (lines.first { !$0.original.trimmingCharacters(in: .whitespaces).isEmpty } ?? lines.first)
        guard let expected else {
            return Verdict(part: id, kind: .ungraded, evidence: firstLine?.original, place: firstLine?.place,
                           diagnosis: "no expected answer")
        }
        if lines.isEmpty && summary.isEmpty {
            return Verdict(part: id, kind: .missing, expected: expected, diagnosis: "the part is not answered")
        }
        let extraction = FinalAnswerExtractor.extract(lines: lines, expected: expected)
        var conflicting = extraction.conflicting
        var final = extraction.final
        // A summary row that disagrees with the body makes the answer unclear.
        if !summary.isEmpty {
            let fromSummary = FinalAnswerExtractor.extract(lines: summary, expected: expected)
            if let row = fromSummary.final {
                if let body = final {
                    if !FinalAnswerExtractor.same(row.answer, body.answer), !conflicting.contains(where: { FinalAnswerExtractor.same($0.answer, row.answer) }) {
                        conflicting.append(row)
                    }
                } else {
                    final = row
                }
            }
        }
        guard let final else {
            let vanished = lines.compactMap { line in notes.first { $0.hasPrefix("vanished formula at \(line.place):") } }.first
            if let request = extraction.request {
                return Verdict(part: id, kind: .missing, evidence: request.evidence, place: request.place, expected: expected,
                               diagnosis: "asks for the input again")
            }
            return Verdict(part: id, kind: .missing, evidence: firstLine?.original, place: firstLine?.place, expected: expected,
                           diagnosis: vanished != nil ? "the formula vanished from the PDF text layer: not graded as wrong"
                                                     : "no \(expected.type) given for the part")
        }
        if !conflicting.isEmpty {
            return Verdict(part: id, kind: .unclear, evidence: final.evidence, place: final.place, extracted: final.answer,
                           alternatives: conflicting.map(\.answer), expected: expected,
                           diagnosis: "different final answers: " + ([final] + conflicting).map(\.answer.description).joined(separator: " / "))
        }
        let comparison = AnswerComparison.compare(final.answer, expected)
        var diagnosis = comparison.diagnosis
        if extraction.corrected {
            let earlier = extraction.withdrawn.map { " (\($0.answer) at \($0.place))" } ?? ""
            diagnosis = [diagnosis, "corrected: an earlier answer\(earlier) was withdrawn"].compactMap { $0 }.joined(separator: "; ")
        }
        return Verdict(part: id, kind: comparison.equal ? .correct : .incorrect, evidence: final.evidence, place: final.place,
                       extracted: final.answer, expected: expected, diagnosis: diagnosis, withdrawn: extraction.withdrawn?.answer)
    }

    /// Parts of a problem without labels, answered in order in the problem's unlabelled
    /// text (`μ = 5, σ² = 4` for 5a and 5b): one `= value` clause per part.
    static func assignUnlabelled(_ attribution: PartAttribution, partIDs: [String], expected: [String: Answer?],
                                 into partLines: inout [String: [PartAttribution.Line]]) {
        var byProblem: [String: [String]] = [:]
        for id in partIDs where (partLines[id] ?? []).isEmpty && (attribution.summaries[id] ?? []).isEmpty {
            byProblem[PartAttribution.split(id).problem, default: []].append(id)
        }
        for (problem, ids) in byProblem {
            guard let lines = attribution.unlabelled[problem] else { continue }
            var clauses: [PartAttribution.Line] = []
            for line in lines {
                let pieces = line.text.replacingOccurrences(of: "\\qquad", with: "\u{1F}").replacingOccurrences(of: "\\quad", with: "\u{1F}")
                    .replacingOccurrences(of: ";", with: "\u{1F}").components(separatedBy: "\u{1F}")
                for piece in pieces where piece.contains("=") && AnswerText.lineScalar(piece) != nil {
                    clauses.append(PartAttribution.Line(text: piece, original: line.original, place: line.place, turn: line.turn))
                }
            }
            // Only the leading unanswered parts of the problem, in order.
            let problemParts = partIDs.filter { PartAttribution.split($0).problem == problem }
            let leading = Array(problemParts.prefix { ids.contains($0) })
            guard !leading.isEmpty, clauses.count == leading.count else { continue }
            for (id, clause) in zip(leading, clauses) { partLines[id] = [clause] }
        }
    }
}
