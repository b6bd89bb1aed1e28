import Problems
import Testing

/// Tables a PDF's text layer pasted column by column, rebuilt as rows.
@Suite("Column tables")
struct ColumnTableTests {
    @Test func aTablePastedColumnByColumnIsRebuiltAsRows() {
        let pasted = """
            The runs below use these settings.
            Run
            1
            2
            3 Optimizer

            Rate

            SGD
            Adam
            SGD momentum

            0.1
            0.001
            0.05

            (a) Which run converges first?
            """
        var counts: [String: Int] = [:]
        let rebuilt = ColumnTable.rebuilding(pasted, counts: &counts)
        #expect(counts[ColumnTable.repair] == 1)
        #expect(rebuilt.contains("Run Optimizer Rate\n1 SGD 0.1\n2 Adam 0.001\n3 SGD momentum 0.05"), "\(rebuilt)")
        #expect(rebuilt.contains("(a) Which run converges first?"))
    }

    @Test func cellsThatDoNotFillTheColumnsLeaveTheTextAlone() {
        let pasted = """
            Step
            1
            2
            3
            Loss
            0.9
            0.5
            (a) Plot the loss.
            """
        var counts: [String: Int] = [:]
        #expect(ColumnTable.rebuilding(pasted, counts: &counts) == pasted)
        #expect(counts.isEmpty)
        // A numbered list under a heading is no table.
        let list = "Steps\n1\n2\n3\nThen submit the form."
        #expect(ColumnTable.rebuilding(list, counts: &counts) == list)
    }
}
