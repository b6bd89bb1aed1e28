import Source
import Testing

/// List labels a document sets before `\begin{document}`, and LaTeX's own `list` environment
/// as a package's custom environment expands to it (from `solve/final47`).
@Suite struct PreambleListLabelTests {
    /// `\renewcommand{\labelenumi}{…}` in the preamble labels every enumerate of the document.
    @Test func aLabelRedefinedInThePreambleHoldsForEveryList() {
        let source = SourceReader.latex("""
            \\documentclass{article}
            \\renewcommand{\\labelenumi}{\\Alph{enumi}.}
            \\begin{document}
            \\begin{enumerate}\\item Poles. \\item Zeros.\\end{enumerate}
            \\begin{enumerate}\\item Gains.\\end{enumerate}
            \\end{document}
            """)
        #expect(source.text == "A. Poles.\nB. Zeros.\nA. Gains.", "\(source.text)")
    }

    /// `\begin{list}{\roman{q})}{\usecounter{q}}` numbers its items with the label it prints;
    /// a list whose label prints no counter is one of bullets.
    @Test func latexsOwnListIsNumberedByTheCounterItsLabelPrints() {
        let source = SourceReader.latex("""
            \\newcounter{q}
            \\newenvironment{questions}{\\begin{list}{\\roman{q})}{\\usecounter{q}}}{\\end{list}}
            \\begin{document}
            \\begin{questions}\\item First. \\item Second.\\end{questions}
            \\begin{list}{--}{}\\item Loose.\\end{list}
            \\end{document}
            """)
        #expect(source.text.hasPrefix("i) First.\nii) Second."), "\(source.text)")
        #expect(!source.text.contains("iii)"), "\(source.text)")
        #expect(source.issues.isEmpty, "\(source.issues)")
    }
}
