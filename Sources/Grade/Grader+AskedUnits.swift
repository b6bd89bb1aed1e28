import Foundation

/// Pieces whose values are written in units that measure something else than the part asks.
extension Grader {
    /// "So the pack stores 108 Wh" for a current asked "(A)": a piece whose values are all
    /// written in units that measure something else does not answer the part. (A piece whose
    /// last number stands without a unit, "= 30 W / 12 V = **2.5**", still may.)
    ///
    /// (A quotient asked, "in m/s", is seen only by its first unit in a clause, and a unit the
    /// reading does not know, "in atm", not at all: neither is filtered.)
    static func keepAskedUnits(partIDs: [String], questions: QuestionMatch?, in pieces: inout [String: [PartAttribution.Piece]]) {
        guard let questions else { return }
        for id in partIDs {
            guard let question = questions.questionTexts[id], let symbols = AskedUnit.symbols(askedIn: question),
                  !symbols.contains(where: { $0.contains("/") }), symbols.contains(where: AskedUnit.isKnown), let own = pieces[id] else { continue }
            pieces[id] = own.filter { piece in
                let written = AskedUnit.written(in: piece.text)
                return written.isEmpty || written.contains { AskedUnit.commensurate($0, symbols) } || AskedUnit.endsWithoutUnit(piece.text)
            }
        }
    }
}
