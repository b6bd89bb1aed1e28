import Source
import Testing

/// LaTeXMath.linearize, rule by rule, against hand-written expectations.
@Suite struct LaTeXMathTests {
    static func check(_ cases: [(String, String)], sourceLocation: SourceLocation = #_sourceLocation) {
        for (latex, expected) in cases {
            #expect(LaTeXMath.linearize(latex) == expected, "\(latex)", sourceLocation: sourceLocation)
        }
    }

    @Test func greekLetters() {
        Self.check([
            ("\\alpha", "α"), ("\\omega", "ω"), ("\\Gamma", "Γ"), ("\\Omega", "Ω"),
            ("\\epsilon", "ϵ"), ("\\varepsilon", "ε"), ("\\phi", "ϕ"), ("\\varphi", "φ"),
            ("\\vartheta", "ϑ"), ("\\mu_B", "μ_B"), ("\\lambda", "λ"),
        ])
        #expect(LaTeXMath.linearize("\\epsilon").unicodeScalars.first?.value == 0x03F5)
        #expect(LaTeXMath.linearize("\\varepsilon").unicodeScalars.first?.value == 0x03B5)
        #expect(LaTeXMath.linearize("\\phi").unicodeScalars.first?.value == 0x03D5)
    }

    @Test func bigOperators() {
        Self.check([
            ("\\sum", "∑"), ("\\prod", "∏"), ("\\int", "∫"), ("\\oint", "∮"), ("\\bigcup", "⋃"), ("\\bigcap", "⋂"),
            ("\\sum_{j=1}^{n} w_j", "∑_{j=1}^n w_j"),
            ("\\sum\\limits_{i} x_i", "∑_i x_i"),
            ("\\int_{-\\infty}^{\\infty} f(x)\\,dx", "∫_{−∞}^∞ f(x) dx"),
            ("\\prod_{i=1}^{l-1} s_i", "∏_{i=1}^{l−1} s_i"),
            ("\\sum_{u=1}^{3}\\sum_{v=1}^{3} K_{uv}", "∑_{u=1}^3 ∑_{v=1}^3 K_{uv}"),
            ("\\frac{1}{m}\\sum_{i=1}^{m} x_i", "1/m ∑_{i=1}^m x_i"),
            ("\\sum_{l=1}^{L} (k_l - 1)", "∑_{l=1}^L (k_l − 1)"),
        ])
        #expect(LaTeXMath.linearize("\\sum").unicodeScalars.first?.value == 0x2211)
        #expect(LaTeXMath.linearize("\\prod").unicodeScalars.first?.value == 0x220F)
    }

    @Test func operatorsAndRelations() {
        Self.check([
            ("a\\times b", "a × b"), ("a\\cdot b", "a · b"), ("\\partial", "∂"), ("\\nabla f", "∇f"),
            ("a\\leq b", "a ≤ b"), ("a \\le b", "a ≤ b"), ("a\\geq b", "a ≥ b"), ("a\\ge b", "a ≥ b"),
            ("a\\neq b", "a ≠ b"), ("a\\ne b", "a ≠ b"), ("a\\approx b", "a ≈ b"), ("a\\equiv b", "a ≡ b"),
            ("a\\sim b", "a ∼ b"), ("a\\propto b", "a ∝ b"), ("x\\in S", "x ∈ S"), ("x\\notin S", "x ∉ S"),
            ("A\\subset B", "A ⊂ B"), ("A\\subseteq B", "A ⊆ B"), ("\\infty", "∞"), ("a\\pm b", "a ± b"),
            ("a\\mp b", "a ∓ b"), ("x\\to y", "x → y"), ("x\\rightarrow y", "x → y"), ("x\\leftarrow y", "x ← y"),
            ("p\\Rightarrow q", "p ⇒ q"), ("p\\iff q", "p ⟺ q"), ("x\\mapsto y", "x ↦ y"),
            ("x_1, \\ldots, x_n", "x_1, …, x_n"), ("\\dots", "…"), ("a + \\cdots + z", "a + … + z"),
            ("f\\star g", "f ⋆ g"), ("a\\ast b", "a ∗ b"), ("f\\circ g", "f ∘ g"), ("a\\odot b", "a ⊙ b"),
            ("a\\otimes b", "a ⊗ b"), ("a\\oplus b", "a ⊕ b"), ("\\forall x", "∀x"), ("\\exists y", "∃y"),
            ("\\lfloor x\\rfloor", "⌊x⌋"), ("\\lceil x\\rceil", "⌈x⌉"), ("\\langle u, v\\rangle", "⟨u, v⟩"),
            ("\\|x\\|", "‖x‖"), ("\\{1, 2\\}", "{1, 2}"), ("\\{x \\mid x > 0\\}", "{x | x > 0}"),
            ("A^\\top", "A^⊤"), ("f'", "f′"), ("f''(x)", "f′′(x)"), ("f^{\\prime}", "f′"),
            ("a * b", "a * b"), ("x := 1", "x := 1"), ("a \\not= b", "a ≠ b"), ("A \\cup B", "A ∪ B"),
        ])
    }

    @Test func minusSign() {
        Self.check([
            ("a-b", "a − b"), ("-2", "−2"), ("(-1, 2)", "(−1, 2)"), ("x = -1", "x = −1"),
            ("x^{-1}", "x^{−1}"), ("1 - p", "1 − p"), ("-x - y", "−x − y"), ("a \\cdot -b", "a · −b"),
        ])
        #expect(LaTeXMath.linearize("-").unicodeScalars.first?.value == 0x2212)
    }

    @Test func scripts() {
        Self.check([
            ("x_{i}", "x_i"), ("x_i", "x_i"), ("x_{ij}", "x_{ij}"), ("\\sigma^2", "σ^2"),
            ("\\mathbb{R}^{4\\times 4}", "ℝ^{4×4}"), ("\\sigma_B^2", "σ_B^2"), ("x^2_i", "x_i^2"),
            ("x^{(i)}", "x^{(i)}"), ("X_{i+u-1,\\,j+v-1}", "X_{i+u−1, j+v−1}"), ("e^{i\\pi}", "e^{iπ}"),
            ("x^12", "x^12"), ("L_{\\text{out}}", "L_{out}"), ("\\lim_{n\\to\\infty} a_n", "lim_{n→∞} a_n"),
            ("{}^{14}C", "^{14}C"), ("x_{\\hat{a}}", "x_â"),
        ])
    }

    @Test func fractions() {
        Self.check([
            ("\\frac{a}{b}", "a/b"), ("\\dfrac{a}{b}", "a/b"), ("\\tfrac{a}{b}", "a/b"), ("\\frac12", "1/2"),
            ("\\frac{1}{m}", "1/m"), ("\\frac{\\partial L}{\\partial x_i}", "(∂L)/(∂x_i)"),
            ("\\frac{x_i-\\mu_B}{\\sqrt{\\sigma_B^2+\\epsilon}}", "(x_i−μ_B)/√(σ_B^2+ϵ)"),
            ("\\frac{(a+b)}{2}", "(a+b)/2"), ("\\frac{-1}{2}", "(−1)/2"), ("\\frac{2x}{3}", "(2x)/3"),
            ("\\frac{\\hat{x}_i}{\\alpha}", "x̂_i/α"), ("\\frac{1}{\\frac{a}{b}}", "1/(a/b)"),
            ("\\frac{H + 2p - k}{s}", "(H+2p−k)/s"), ("\\frac{0.5}{\\text{out}}", "0.5/out"),
            ("\\frac{(a+b)^2}{2}", "(a+b)^2/2"), ("\\frac{(a)(b)}{2}", "((a)(b))/2"),
            ("y = \\frac{a+b}{c}", "y = (a+b)/c"),
        ])
    }

    /// A fraction before a letter keeps a space ("\\tfrac12 \\alpha" is ½·α, not 1/(2α)); a
    /// fraction after a function is its whole argument.
    @Test func fractionsNextToLettersAndFunctions() {
        Self.check([
            ("\\tfrac12 \\alpha x", "1/2 αx"), ("\\frac{1}{3}y", "1/3 y"), ("\\frac12(a+b)", "1/2(a + b)"),
            ("\\sin\\frac{\\pi x}{L}", "sin((πx)/L)"), ("\\cos\\frac{t}{2}", "cos(t/2)"),
        ])
    }

    @Test func roots() {
        Self.check([
            ("\\sqrt{x}", "√x"), ("\\sqrt{x+1}", "√(x+1)"), ("\\sqrt{2}", "√2"), ("\\sqrt[3]{x}", "∛x"),
            ("\\sqrt[3]{x+y}", "∛(x+y)"), ("\\sqrt[n]{x}", "root(n, x)"), ("\\sqrt{\\sigma^2}", "√σ^2"),
        ])
    }

    @Test func accents() {
        Self.check([
            ("\\hat{x}", "x\u{0302}"), ("\\bar{x}", "x\u{0304}"), ("\\tilde{a}", "a\u{0303}"),
            ("\\dot{x}", "x\u{0307}"), ("\\ddot{x}", "x\u{0308}"), ("\\vec{v}", "v\u{20D7}"),
            ("\\hat{x}_i", "x\u{0302}_i"), ("\\hat x", "x\u{0302}"),
        ])
        #expect(LaTeXMath.linearize("\\hat{x}").count == 1)
        #expect(Array(LaTeXMath.linearize("\\hat{x}_i")).count == 3)
    }

    @Test func fonts() {
        Self.check([
            ("\\mathbb{R}", "ℝ"), ("\\mathbb{N}", "ℕ"), ("\\mathbb{Z}", "ℤ"), ("\\mathbb{Q}", "ℚ"), ("\\mathbb{C}", "ℂ"),
            ("\\mathbb{E}[X]", "𝔼[X]"), ("\\mathcal{X}", "X"), ("\\mathcal{L}(\\theta)", "L(θ)"), ("\\mathbf{x}", "x"),
            ("\\boldsymbol{\\mu}", "μ"), ("\\mathrm{d}x", "dx"), ("\\mathit{ab}", "ab"),
            ("\\text{if } x > 0", "if x > 0"), ("\\textrm{ReLU}(z)", "ReLU(z)"),
            ("\\operatorname{argmax}_x f(x)", "argmax_x f(x)"), ("m \\sim \\text{Bernoulli}(p)", "m ∼ Bernoulli(p)"),
            ("\\mathbf{W}\\mathbf{x} + \\mathbf{b}", "Wx + b"),
        ])
    }

    @Test func functionNames() {
        Self.check([
            ("\\log x", "log x"), ("\\ln(x)", "ln(x)"), ("\\exp(-x)", "exp(−x)"), ("\\sin\\theta", "sin θ"),
            ("\\max(a, b)", "max(a, b)"), ("\\max_i x_i", "max_i x_i"), ("\\min_{x} f", "min_x f"),
            ("\\tanh(z)", "tanh(z)"), ("2\\log n", "2 log n"), ("\\arg\\max_{y} p", "arg max_y p"),
            ("\\det A", "det A"), ("\\sup_n a_n", "sup_n a_n"), ("\\sin^2 x", "sin^2 x"), ("\\log 2", "log 2"),
        ])
    }

    @Test func matrices() {
        Self.check([
            ("\\begin{bmatrix} a & b \\\\ c & d \\end{bmatrix}", "[a b; c d]"),
            ("\\begin{pmatrix} 1 & 0 \\\\ 0 & 1 \\end{pmatrix}", "[1 0; 0 1]"),
            ("\\begin{matrix} 1 & 2 \\end{matrix}", "[1 2]"),
            ("\\begin{Bmatrix} 1 \\end{Bmatrix}", "[1]"),
            ("\\begin{vmatrix} a & b \\\\ c & d \\end{vmatrix}", "[a b; c d]"),
            ("\\begin{smallmatrix} a & b \\end{smallmatrix}", "[a b]"),
            ("\\begin{bmatrix}1\\\\2\\end{bmatrix}", "[1; 2]"),
            ("\\begin{bmatrix} 0 \\\\ 7 \\\\ -2 \\end{bmatrix}", "[0; 7; −2]"),
            ("\\begin{array}{cc} a & b \\\\ c & d \\end{array}", "[a b; c d]"),
            ("\\left[\\begin{array}{c|c} 1 & x+1 \\\\ 2 & -y \\end{array}\\right]", "[1 x+1; 2 −y]"),
            ("\\left(\\begin{matrix} 1 \\\\ 2 \\end{matrix}\\right)^T", "[1; 2]^T"),
            ("X = \\begin{bmatrix}\n1 & 2\\\\\n3 & 4\n\\end{bmatrix},\n\\qquad\nW = \\begin{bmatrix} 1 & 0\\\\ -1 & 2 \\end{bmatrix}.",
             "X = [1 2; 3 4], W = [1 0; −1 2]."),
            ("\\begin{cases} 1 & x > 0 \\\\ 0 & \\text{otherwise} \\end{cases}", "{1, x>0; 0, otherwise}"),
        ])
    }

    @Test func sizingAndSpacing() {
        Self.check([
            ("\\left( x \\right)", "(x)"), ("\\big( x \\big)", "(x)"), ("\\Bigl[ x \\Bigr]", "[x]"),
            ("\\left. x \\right|", "x|"), ("\\Bigg\\{ x \\Bigg\\}", "{x}"),
            ("a\\,b", "a b"), ("a\\;b", "a b"), ("a\\:b", "a b"), ("a\\!b", "ab"), ("a~b", "a b"),
            ("a\\quad b", "a b"), ("a\\qquad b", "a b"), ("a \\quad\\quad b", "a b"),
            ("\\displaystyle x", "x"), ("\\textstyle\\sum x", "∑ x"),
            ("\\gamma\\, \\hat{x}_i + \\beta", "γ x\u{0302}_i + β"), ("f(\\tau)\\, g(t)", "f(τ) g(t)"),
            ("( \\, x \\, )", "(x)"), ("a , b", "a, b"), ("a,b", "a, b"), ("x=1", "x = 1"),
            ("x  =   1", "x = 1"), ("(L_{\\text{in}} - 1)\\, s - 2p + k", "(L_{in} − 1) s − 2p + k"),
            ("\\left\\lfloor \\frac{H + 2p - k}{s} \\right\\rfloor + 1", "⌊(H+2p−k)/s⌋ + 1"),
            ("(3-1)\\cdot 2 + 3 = 7", "(3 − 1) · 2 + 3 = 7"), ("1{,}000", "1,000"),
        ])
    }

    @Test func alignedRows() {
        Self.check([
            ("a &= b \\\\ c &= d", "a = b\nc = d"),
            ("x &= 1 \\label{eq:x} \\nonumber \\\\ y &= 2 \\tag{3}", "x = 1\ny = 2"),
            ("\\begin{aligned} a &= 1 \\\\ b &= 2 \\end{aligned}", "a = 1\nb = 2"),
        ])
    }

    @Test func otherCommands() {
        Self.check([
            ("\\binom{n}{k}", "binom(n, k)"), ("a \\pmod{n}", "a (mod n)"), ("\\overset{?}{=}", "=^?"),
            ("\\underbrace{a+b}_{n}", "(a+b)_n"), ("x \\in \\emptyset", "x ∈ ∅"), ("\\ell_2", "ℓ_2"),
        ])
    }

    @Test func badInputDoesNotCrash() {
        for latex in ["{", "}", "\\frac{", "\\frac", "x^", "_", "\\begin{bmatrix} 1 & 2", "\\end{bmatrix}", "\\left(", "\\sqrt[3",
                      "\\", "$", "&&&", "\\\\\\\\", "^^^", "\\not", "\\begin{", "\\text{", "''", "x_{_{_{}}}"] {
            _ = LaTeXMath.linearize(latex)
        }
        #expect(LaTeXMath.linearize("\\frac{a}{") == "a/()")
        #expect(LaTeXMath.linearize("") == "")
    }
}

extension LaTeXMathTests {
    @Test func phantomsPrintNothing() {
        Self.check([("a\\vphantom{b}c", "ac"), ("a\\phantom{b}c", "a c"), ("\\sqrt{\\vphantom{x}y}", "√y")])
    }
}
