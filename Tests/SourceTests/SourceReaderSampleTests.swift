import Foundation
import Source
import TestSupport
import Testing

/// The LaTeX source of the cnn-basics sample, read whole.
@Suite struct SourceReaderSampleTests {
    let source: SourceText

    init() throws {
        source = try SourceReader.read(path: Fixtures.path("samples/cnn-basics/homework.tex"))
    }

    var spans: [String] { SourceReaderLaTeXTests.spanTexts(source) }

    @Test func readsAsLaTeXWithoutIssues() {
        #expect(source.kind == .latex)
        #expect(source.issues == [])
        #expect(source.formulas.count >= 40)
        #expect(source.formulas.map(\.id) == Array(1...source.formulas.count))
    }

    @Test(arguments: [
        "CS 487 Homework 3: Convolutional Networks\nIntroduction to Deep Learning Fall Term\nDue Friday at 11:59 pm\n\nInstructions. This assignment",
        "\nProblem 1: Cross-Correlation by Hand\n",
        "\n(a) Compute the output Y ∈ ℝ^{2×2} for stride 1 and no padding.",
        "\n(A) Every activation is multiplied by p = 0.8.\n",
        "of size 3 × 3, the output entry is Y_{ij} = ∑_{u=1}^3 ∑_{v=1}^3 K_{uv} X_{i+u−1, j+v−1}.",
        "be\nX = [1 2 0 1; 0 1 3 2; 2 1 0 1; 1 0 2 3], K = [1 0 −1; 2 1 0; 0 −1 1].\n\n(a)",
        "μ_B = 1/m ∑_{i=1}^m x_i, σ_B^2 = 1/m ∑_{i=1}^m (x_i − μ_B)^2,",
        "x̂_i = (x_i−μ_B)/√(σ_B^2+ϵ), y_i = γ x̂_i + β.",
        "what is (∂L)/(∂x_1)?",
        "maps a side length H to ⌊(H+2p−k)/s⌋ + 1.",
        "y = [0; 7; −2].",
        "L_{out} = (L_{in} − 1) s − 2p + k,",
        "ã = c · m · a with m ∼ Bernoulli(p). The constant is chosen so that 𝔼[ã] = a.",
    ])
    func containsCanonicalText(_ phrase: String) {
        #expect(source.text.contains(phrase))
    }

    @Test func firstSpans() {
        #expect(Array(spans.prefix(5)) == ["X", "K", "3 × 3", "Y_{ij} = ∑_{u=1}^3 ∑_{v=1}^3 K_{uv} X_{i+u−1, j+v−1}",
                                          "(f ⋆ g)(t) = ∫_{−∞}^∞ f(τ) g(t + τ) dτ"])
        #expect(source.formulas[0] == FormulaSpan(id: 1, start: source.formulas[0].start, end: source.formulas[0].start + 1,
                                                  latex: "X", display: false, line: 29))
        #expect(source.formulas[7].display)
        #expect(source.formulas[7].line == 34)
        #expect(source.formulas[7].latex.hasPrefix("X = \\begin{bmatrix}\n1 & 2 & 0 & 1\\\\"))
    }

    @Test func everySpanHoldsItsLinearizedLaTeX() {
        for (span, text) in zip(source.formulas, spans) {
            #expect(text == LaTeXMath.linearize(span.latex), "span \(span.id)")
        }
        #expect(spans.contains("∑_{i=1}^m") == false)
        #expect(source.text.contains("∑_{i=1}^m"))
    }

    @Test func noLaTeXLeftInTheText() {
        #expect(!source.text.contains("\\"))
        #expect(!source.text.contains("$"))
        #expect(!source.text.contains("&"))
        #expect(!source.text.contains("  "))
        #expect(!source.text.contains("\n\n\n"))
    }
}
