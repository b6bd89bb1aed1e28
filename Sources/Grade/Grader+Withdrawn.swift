import Foundation

extension Grader {
    /// A later reply that withdraws a value of its own ("So the concentration at 15 h is
    /// **2.21 mg/L** — my 2.35 earlier was wrong.") without a label: its text answers the one part
    /// whose latest answer holds the withdrawn value, after that answer. Only for a reply that no
    /// part has text from, and a part not answered again after it.
    static func assignWithdrawn(_ attribution: PartAttribution, transcript: Transcript, into pieces: inout [String: [PartAttribution.Piece]]) {
        let claimed = Set(pieces.values.flatMap { $0.map(\.turn) })
        let loose = attribution.unlabelled.values.flatMap { $0 }
        for (index, turn) in transcript.turns.enumerated() where turn.role == .assistant && !claimed.contains(index) {
            guard PartAttribution.withdrawnValue.firstMatch(in: turn.text, range: NSRange(turn.text.startIndex..., in: turn.text)) != nil else { continue }
            let earlier = pieces.filter { $0.value.contains { $0.turn < index } }.mapValues { $0.filter { $0.turn < index } }
            guard let owner = PartAttribution.withdrawnPart(in: turn.text, answered: earlier),
                  pieces[owner]?.contains(where: { $0.turn > index }) != true else { continue }
            let reply = loose.filter { $0.turn == index }
            guard !reply.isEmpty else { continue }
            pieces[owner, default: []] += reply
        }
    }
}
