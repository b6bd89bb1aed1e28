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

    /// A preamble label that prints `\theenumi` rather than a counter is not read there (the
    /// lists keep their default labels rather than losing them).
    @Test func aPreambleLabelWithoutItsCounterIsLeftAlone() {
        let source = SourceReader.latex("""
            \\documentclass{article}
            \\renewcommand{\\theenumi}{\\alph{enumi}}
            \\renewcommand{\\labelenumi}{(\\theenumi)}
            \\begin{document}
            \\begin{enumerate}\\item Find x. \\item Find y.\\end{enumerate}
            \\end{document}
            """)
        #expect(source.text == "1. Find x.\n2. Find y.", "\(source.text)")
    }
}
