import Problems
import Testing

/// Display matrices a PDF's text layer pasted row by row around their names, rebuilt on one line.
@Suite("Scattered matrices")
struct ScatteredMatrixTests {
    /// Rows above and below the name, bracket pieces as private-use glyphs, and the closing
    /// comma beside a middle row: all the rows in order, the comma after the matrix.
    @Test func rowsAroundTheNameAreOneMatrix() {
        let pasted = "Let the input be\n\n\u{F8EE}\n4 0 1\n\u{F8EF}2 −2 3\u{F8FA}\n\nA =\u{F8EF}\n\u{F8F0}1 1 0\u{F8FB} ,\n5 2 −1\nand apply the kernel below.\n"
        var counts: [String: Int] = [:]
        let rebuilt = ScatteredMatrix.rebuilding(pasted, counts: &counts)
        #expect(counts[ScatteredMatrix.repair] == 1)
        #expect(rebuilt.contains("A = [4 0 1; 2 −2 3; 1 1 0; 5 2 −1],\nand apply"), "\(rebuilt)")
    }

    /// Rows of different lengths, two closing marks, or no row after the name: left alone.
    @Test func rowsThatDoNotMakeOneMatrixAreLeftAlone() {
        // (Nor rows without the closing mark: "1 3 / 4 6 / A= / 7 2 / 0 9" then the other columns
        // "2", "1", "8", "4" on lines of their own are two columns of a 4 × 4 matrix.)
        for pasted in ["1 2 3\nB =\n4 5 .\n", "1 2 .\nB =\n3 4 .\n", "1 2\n3 4\nB =\nwhere B is learned.\n",
                       "1 3\n4 6\nA=\n7 2\n0 9\n\n2\n1\n8\n4\n\n0\n5\n.\n"] {
            var counts: [String: Int] = [:]
            #expect(ScatteredMatrix.rebuilding(pasted, counts: &counts) == pasted)
            #expect(counts.isEmpty)
        }
    }
}
