import Foundation
import Source
import Testing
import TestSupport

/// Macros, environments and text from local `.sty`, `.cls` and `.tex` files a source loads.
@Suite struct LocalFileTests {
    /// Writes files into a fresh folder and reads `main.tex` from it.
    private func read(_ files: [String: String]) throws -> SourceText {
        let folder = Fixtures.temporaryFolder()
        for (name, text) in files {
            let url = folder.appendingPathComponent(name)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try text.write(to: url, atomically: true, encoding: .utf8)
        }
        return try SourceReader.read(path: folder.appendingPathComponent("main.tex").path)
    }

    @Test func packageMacrosAndTheoremEnvironmentsAreFollowed() throws {
        let source = try read([
            "course.sty": """
            \\ProvidesPackage{course}
            \\newcommand{\\reals}{\\mathbb{R}}
            \\newcommand{\\vect}[1]{\\mathbf{#1}}
            \\newtheorem{exercise}{Exercise}
            \\makeatletter
            \\newcommand{\\hw@due}{Friday}
            \\newcommand{\\due}{Due \\hw@due}
            \\makeatother
            \\endinput
            \\newcommand{\\never}{NEVER}
            """,
            "main.tex": """
            \\documentclass{article}
            \\usepackage[margin=1in]{geometry,course}
            \\begin{document}
            \\due.
            \\begin{exercise}[Norms]
            Let $\\vect{w} \\in \\reals^3$.
            \\end{exercise}
            \\begin{exercise}
            Again \\never.
            \\end{exercise}
            \\end{document}
            """,
        ])
        #expect(source.text.contains("Due Friday."))
        #expect(source.text.contains("Exercise 1 (Norms). Let w ∈ ℝ^3."))
        #expect(source.text.contains("Exercise 2. Again ."))
        // Only what stays unknown is reported: \never comes after \endinput.
        #expect(source.issues.map(\.message) == ["unknown macro \\never"])
    }

    @Test func inputFilesAreSplicedInPlace() throws {
        let source = try read([
            "parts/one.tex": "\\section*{Problem 1}\nFirst $x_1$.\n",
            "defs.tex": "\\newcommand{\\answer}{Answer}\n",
            "main.tex": """
            \\documentclass{article}
            \\input{defs}
            \\begin{document}
            \\input{parts/one}
            \\include{missing}
            \\answer.
            \\end{document}
            """,
        ])
        #expect(source.text.contains("Problem 1\nFirst x_1."))
        #expect(source.text.hasSuffix("Answer."))
        #expect(source.issues.map(\.message) == ["cannot follow \\include{missing}"])
    }

    @Test func localClassFileDefinesTheQuestionEnvironment() throws {
        let source = try read([
            "hw.cls": """
            \\LoadClass{article}
            \\newenvironment{question}[1][]{\\par\\textbf{Question.} #1 }{\\par}
            """,
            "main.tex": """
            \\documentclass{hw}
            \\begin{document}
            \\begin{question}[(4 pts)] Why?\\end{question}
            \\end{document}
            """,
        ])
        #expect(source.text.contains("Question. (4 pts) Why?"))
        #expect(source.issues.isEmpty)
    }

    @Test func filesThatLoadEachOtherAreReadOnce() throws {
        let source = try read([
            "a.sty": "\\RequirePackage{b}\\newcommand{\\fromA}{A}",
            "b.sty": "\\RequirePackage{a}\\newcommand{\\fromB}{B}",
            "loop.tex": "L\\input{loop}",
            "main.tex": "\\usepackage{a}\\begin{document}\\fromA\\fromB \\input{loop}\\end{document}",
        ])
        #expect(source.text == "ABL")
        #expect(source.issues.map(\.message) == ["cannot follow \\input{loop}"])
    }

    @Test func nestingDeeperThanTheLimitIsReportedOnce() throws {
        var files: [String: String] = ["main.tex": "\\begin{document}\\input{f0}\\end{document}"]
        for depth in 0..<12 { files["f\(depth).tex"] = "\(depth) \\input{f\(depth + 1)}" }
        files["f12.tex"] = "end"
        let source = try read(files)
        #expect(source.text.hasPrefix("0 1 2 3 4 5 6 7"))
        #expect(!source.text.contains("end"))
        #expect(source.issues.contains { $0.message.hasPrefix("local files nested deeper than 8") })
    }

    @Test func aSelfDoublingMacroInAPackageFailsFast() throws {
        let start = Date()
        let source = try read([
            "bad.sty": "\\newcommand{\\x}{\\x\\x}",
            "main.tex": "\\usepackage{bad}\\begin{document}\\x\\end{document}",
        ])
        #expect(source.issues.contains { $0.message.contains("macro expansion limit reached at \\x") })
        #expect(Date().timeIntervalSince(start) < 30)
    }

    @Test func siunitxQuantitiesPrintAsTheyRender() {
        let source = SourceReader.latex("""
        \\SI{9.8}{\\metre\\per\\second\\squared}, \\SI{6}{\\kilo\\gram}, \\si{\\newton}, \\num{6e-3},
        \\SI{25}{\\percent}, $R = \\SI{8.314}{J.mol^{-1}.K^{-1}}$ and \\qty{300}{K}, \\SI{5}{\\micro M}.
        """)
        #expect(source.text == "9.8 m s^−2, 6 kg, N, 6 × 10^−3, 25%, R = 8.314 J mol^−1 K^−1 and 300 K, 5 µM.")
        #expect(source.issues.isEmpty)
    }
}

/// Counters that custom problem environments number themselves with.
@Suite struct CounterTests {
    @Test func anEnvironmentNumberedByItsOwnCounter() {
        let source = SourceReader.latex("""
            \\newcounter{exercise}
            \\newenvironment{exercise}{\\refstepcounter{exercise}\\par\\noindent\\textbf{Exercise 3.\\theexercise}\\quad}{\\par}
            \\begin{document}
            \\begin{exercise}First.\\end{exercise}
            \\setcounter{exercise}{4}
            \\begin{exercise}Second, numbered \\arabic{exercise}, \\alph{exercise}, \\Roman{exercise}.\\end{exercise}
            \\end{document}
            """)
        #expect(source.text == "Exercise 3.1 First.\n\nExercise 3.5 Second, numbered 5, e, V.")
        #expect(source.issues.isEmpty)
    }

    @Test func theoremCountersCanBeSetAndPrinted() {
        let source = SourceReader.latex("""
            \\newtheorem{problem}{Problem}
            \\begin{document}
            \\setcounter{problem}{6}
            \\begin{problem} See problem \\theproblem. \\end{problem}
            \\end{document}
            """)
        #expect(source.text == "Problem 7. See problem 7.")
    }
}

/// enumitem's own lists and the conditionals course templates use.
@Suite struct TemplateTests {
    @Test func aNewListWithItsLabels() {
        let source = SourceReader.latex("""
            \\newlist{qparts}{enumerate}{2}
            \\setlist[qparts,1]{label=(\\alph*)}
            \\setlist[qparts,2]{label=(\\roman*)}
            \\begin{document}
            \\begin{qparts}\\item One.\\begin{qparts}\\item Inner.\\end{qparts}\\item Two.\\end{qparts}
            \\end{document}
            """)
        #expect(source.text == "(a) One.\n(i) Inner.\n(b) Two.")
        #expect(source.issues.isEmpty)
    }

    @Test func switchesAndTheEmptyArgumentTest() {
        let source = SourceReader.latex("""
            \\newif\\ifsolutions
            \\solutionsfalse
            \\newcommand{\\titled}[1]{Q\\if\\relax\\detokenize{#1}\\relax\\else\\ (#1)\\fi.}
            \\begin{document}
            \\titled{Trees} \\titled{} \\ifsolutions Secret.\\else Open.\\fi
            \\solutionstrue \\ifsolutions Shown.\\fi \\ifx\\a\\b X\\else Y\\fi
            \\end{document}
            """)
        // As TeX reads it: a control word swallows the line end after it.
        #expect(source.text == "Q (Trees). Q. Open.Shown.Y")
        #expect(source.issues.map(\.message) == ["conditional \\ifx read as false"])
    }
}

extension TemplateTests {
    @Test func redefinedEnumerateLabelsHoldInTheirList() {
        let source = SourceReader.latex("""
            \\begin{document}
            \\begin{enumerate}
              \\renewcommand{\\labelenumi}{(\\alph{enumi})}
              \\item Poles.
              \\item The system is
              \\begin{enumerate}
                \\renewcommand{\\labelenumii}{\\Alph{enumii}.}
                \\item stable.
                \\item unstable.
              \\end{enumerate}
            \\end{enumerate}
            \\renewcommand{\\labelenumi}{\\roman{enumi})}
            \\begin{enumerate}\\item Later.\\end{enumerate}
            \\end{document}
            """)
        #expect(source.text == "(a) Poles.\n(b) The system is\nA. stable.\nB. unstable.\ni) Later.")
    }
}

/// Theorems numbered within a sectioning level: `\newtheorem{exercise}{Exercise}[section]`.
@Suite struct TheoremWithinTests {
    @Test func aTheoremNumberedWithinSectionsCarriesTheSectionsNumber() {
        let source = SourceReader.latex("""
            \\newtheorem{task}{Task}[section]
            \\begin{document}
            \\setcounter{section}{3}
            \\section{Graphs}
            \\begin{task}First.\\end{task}
            \\begin{task}Second, task \\thetask.\\end{task}
            \\section{Trees}
            \\begin{task}Third.\\end{task}
            \\end{document}
            """)
        #expect(source.text.contains("Task 4.1. First."))
        #expect(source.text.contains("Task 4.2. Second, task 4.2."))
        #expect(source.text.contains("Task 5.1. Third."))
    }

    @Test func aTheoremSharingACounterKeepsItsNumbering() {
        let source = SourceReader.latex("""
            \\newtheorem{task}{Task}
            \\newtheorem{extra}[task]{Extra}
            \\begin{document}
            \\section{One}
            \\begin{task}A.\\end{task}
            \\begin{extra}B.\\end{extra}
            \\end{document}
            """)
        #expect(source.text.contains("Task 1. A."))
        #expect(source.text.contains("Extra 2. B."))
    }
}
