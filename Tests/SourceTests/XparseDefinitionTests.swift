import Source
import Testing

/// Environments and commands defined with xparse (`\NewDocumentEnvironment{problem}{m o}{…}{…}`),
/// as a course's local package writes them (from `solve/final51`, whose sheet lost its problems).
@Suite struct XparseDefinitionTests {
    /// Arguments in the order the signature gives (`m o`, `O{…}`, `s`), and `\IfValueT`,
    /// `\IfNoValueTF`, `\IfBooleanTF` on them.
    @Test func anEnvironmentAndACommandWithASignature() {
        let source = SourceReader.latex("""
            \\newcounter{problem}
            \\NewDocumentEnvironment{problem}{m o}{\\stepcounter{problem}Problem \\theproblem: #1\\IfValueT{#2}{ (#2 points)}\\par}{\\par}
            \\NewDocumentCommand{\\pts}{s O{1}}{[#2 \\IfBooleanTF{#1}{bonus}{pts}]}
            \\begin{document}
            \\begin{problem}{Norms}[20]
            Compute it. \\pts[4]
            \\end{problem}
            \\begin{problem}{Dropout}
            Apply it. \\pts*
            \\end{problem}
            \\end{document}
            """)
        #expect(source.text.contains("Problem 1: Norms (20 points)"), "\(source.text)")
        #expect(source.text.contains("Problem 2: Dropout\n") || source.text.hasSuffix("Problem 2: Dropout"), "\(source.text)")
        #expect(!source.text.contains("points)\nApply") && !source.text.contains("Dropout ("), "\(source.text)")
        #expect(source.text.contains("Compute it. [4 pts]"), "\(source.text)")
        #expect(source.text.contains("Apply it. [1 bonus]"), "\(source.text)")
        #expect(source.issues.isEmpty, "\(source.issues)")
    }
}
