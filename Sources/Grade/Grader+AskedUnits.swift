import Foundation

/// Pieces whose values are written in units that measure something else than the part asks.
extension Grader {
    /// "So the pack stores 108 Wh" for a current asked "(A)": a piece whose values are all
    /// written in units that measure something else does not answer the part. A later reply
    /// that such a part took ("… so the 2C current is 15 A", after a question about capacity)
    /// answers the one other part of its problem (or, failing that, of the set) asked in that
    /// unit, when that part was answered only in earlier turns: it corrects that part.
    ///
    /// (A quotient asked, "in m/s", is seen only by its first unit in a clause, and a unit the
    /// reading does not know, "in atm", not at all: neither is filtered.)
    static func keepAskedUnits(partIDs: [String], questions: QuestionMatch?, in pieces: inout [String: [PartAttribution.Piece]]) {
        guard let questions else { return }
        var asked: [String: [String]] = [:]
        for id in partIDs {
            guard let question = questions.questionTexts[id], let symbols = AskedUnit.symbols(askedIn: question),
                  !symbols.contains(where: { $0.contains("/") }), symbols.contains(where: AskedUnit.isKnown) else { continue }
            asked[id] = symbols
        }
        var moved: [(piece: PartAttribution.Piece, from: String)] = []
        for id in partIDs {
            guard let symbols = asked[id], let own = pieces[id] else { continue }
            pieces[id] = own.filter { piece in
                let written = AskedUnit.written(in: piece.text)
                let kept = written.isEmpty || written.contains { AskedUnit.commensurate($0, symbols) }
                if !kept { moved.append((piece, id)) }
                return kept
            }
        }
        for (piece, from) in moved {
            let written = AskedUnit.written(in: piece.text)
            let problem = PartLabelGrammar.split(from).problem
            // (Of its problem's parts first; else of the set's, when one alone asks that unit.)
            let fits = asked.filter { id, symbols in id != from && written.allSatisfy { AskedUnit.commensurate($0, symbols) } }
            let siblings = fits.filter { id, _ in PartLabelGrammar.split(id).problem == problem }
            let fitting = siblings.isEmpty ? fits : siblings
            guard fitting.count == 1, let (id, _) = fitting.first, let own = pieces[id], !own.isEmpty,
                  own.allSatisfy({ $0.turn < piece.turn }) else { continue }
            pieces[id] = own + [piece]
        }
    }
}
