import Problems
import Testing

/// Several displays on one line, their outer rows pasted on lines of their own, rebuilt.
@Suite("Scattered display lines")
struct ScatteredDisplayLineTests {
    /// A 3 × 2 matrix, a 3-vector and a 1 × 3 row on one line, bracket pieces (private-use
    /// glyphs and control codes) on lines of their own: each display from its rows, by width,
    /// and the lines of pieces gone with them.
    @Test func rowsGoToTheDisplayOfTheirWidth() {
        let pasted = "Take\n\u{F8EE}\n\u{F8EE} \u{F8F9}\n3 1\n−2\n\u{02}\n\u{F8F0}\nA = 0 4 , c = 5\u{F8FB} , v = 2 2 7 .\n−1 6\n0\n\u{F8F0} \u{F8FB}\nand the input below.\n"
        var counts: [String: Int] = [:]
        let rebuilt = ScatteredDisplayLine.rebuilding(pasted, counts: &counts)
        #expect(counts[ScatteredDisplayLine.repair] == 1)
        #expect(rebuilt == "Take\nA = [3 1; 0 4; −1 6], c = [−2; 5; 0], v = [2 2 7].\nand the input below.\n", "\(rebuilt)")
    }

    /// Two displays of one width, a row of a width no display has, a display with a row above
    /// and none below, a single display, or a row as wide as two displays' rows together: not
    /// rebuilt. Where rows stand both above and below a line of displays that did parse, the
    /// line is marked shredded (a bracket piece), so that no reader takes its middle rows.
    @Test func rowsThatDoNotPairAreLeftAlone() {
        let untouched = ["1 2\nA = 3 4 , B = 5 6 ,\n7 8\n", "1 2\nA = 3 4 ,\n5 6\n", "A = 3 4 , c = 5 ,\n7 8\n"]
        for pasted in untouched {
            var counts: [String: Int] = [:]
            #expect(ScatteredDisplayLine.rebuilding(pasted, counts: &counts) == pasted, "\(pasted)")
            #expect(counts.isEmpty)
        }
        let shredded = ["1 2 3\nA = 3 4 , c = 5 ,\n7 8\n", "1 2\n9\nA = 3 4 , c = 5 ,\n7 8\n",
                        // (Rows of two displays run together, "1 −1 0", as wide as a third: whose they are is not known.)
                        "1 −1 0\nW = 2 0 , b = −1 , V = 1 −2 1 ,\n0 1 1\n"]
        for pasted in shredded {
            var counts: [String: Int] = [:]
            let marked = ScatteredDisplayLine.rebuilding(pasted, counts: &counts)
            #expect(counts == [ScatteredDisplayLine.shredded: 1], "\(pasted)")
            #expect(marked.split(separator: "\n").contains { $0.hasSuffix(" \u{F8F0}") && $0.contains("=") }, "\(marked)")
            #expect(!marked.contains("["), "\(marked)")
        }
    }
}
