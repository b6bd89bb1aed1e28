import Foundation
import Problems
@testable import Solve
import Source
import Testing

/// Families found in the development runs of session 36 (`solve/final31` and earlier), each
/// tested on statements written for these tests.
@Suite("Solve families, twenty-fourth round")
struct TwentyFourthRoundFamilyTests {
    static func answers(_ text: String) -> [String: Answer] { TenthRoundFamilyTests.answers(text) }

    /// Per-token vectors in a LaTeX tabular or a Markdown pipe table whose header cells name the
    /// letter after the word ("query $q$"): the columns are Q, K and V as in a plain table.
    @Test func aTokenTableInTabularOrPipeFormIsReadAsThePlainOne() {
        let latex = Self.answers(#"""
            Problem 2
            Two positions carry these vectors ($d_k = 1$):
            \begin{tabular}{cccc}
            \toprule
            position & query $q$ & key $k$ & value $v$ \\
            \midrule
            1 & (1) & (2) & (4) \\
            2 & (3) & (0) & (−2) \\
            \bottomrule
            \end{tabular}
            Attention is $\mathrm{softmax}(QK^\top/\sqrt{d_k})V$.
            (a) Give the 2 × 2 matrix of scaled scores.
            """#)
        #expect(latex["2a"] == .matrix([[2, 0], [6, 0]]), "\(String(describing: latex["2a"]))")
        let markdown = Self.answers("""
            Problem 5
            Each token's query, key and value (d_k = 2):

            | token | query (q) | key (k) | value (v) |
            |---|:---:|---:|---|
            | 1 | (0, 2) | (1, 1) | (5, 1) |
            | 2 | (2, 0) | (1, −1) | (1, 5) |

            Use softmax(QKᵀ/√d_k) V, the softmax over each row.
            (a) Compute the scaled score matrix QKᵀ/√d_k.
            """)
        let r = 2 / 2.0.squareRoot()
        guard case .matrix(let scores)? = markdown["5a"], scores.count == 2 else { Issue.record("\(String(describing: markdown["5a"]))"); return }
        #expect(zip(scores.joined(), [r, -r, r, r]).allSatisfy { abs($0 - $1) < 1e-9 }, "\(scores)")
    }
}

extension TwentyFourthRoundFamilyTests {
    /// "Compute the output of the convolution in part (a)": that part's stride and padding over
    /// the set's conventions; a part that only takes an earlier answer keeps its own settings.
    @Test func aPartNamingAnEarlierPartsOperationTakesItsSettings() {
        let answers = Self.answers("""
            Conventions: every convolution has stride 1 and no padding unless a part says otherwise.

            Problem 3
            (a) The 1-D signal x = (2, 0, 1, 3, 1) is cross-correlated with the kernel w = (1, −1) using stride 2. How many entries does the output have?
            (b) Compute the output of the cross-correlation in part (a).
            """)
        // Windows start at 0 and 2 (stride 2): 2 − 0 = 2, 1 − 3 = −2.
        #expect(answers["3b"] == .vector([2, -2]), "\(String(describing: answers["3b"]))")
    }
}

extension TwentyFourthRoundFamilyTests {
    /// "the output vector for token 2", "the attention weights of query 3": that query's row.
    @Test func aNumberedTokensRowIsThatRow() {
        let answers = Self.answers("""
            Problem 1
            Scaled dot-product attention, softmax(QK^T/√d_k) V, with d_k = 2 and
            Q = [[1, 0], [0, 0], [2, 2]], K = [[0, 0], [1, 1], [0, 0]], V = [[4, 0], [2, 2], [6, 4]].
            (a) What is the output vector for token 2?
            (b) Give the attention weights of query 3.
            """)
        // Query 2 scores 0 against every key: uniform weights, output ((4 + 2 + 6)/3, (0 + 2 + 4)/3).
        guard case .vector(let output)? = answers["1a"], output.count == 2 else { Issue.record("\(String(describing: answers["1a"]))"); return }
        #expect(abs(output[0] - 4) < 1e-9 && abs(output[1] - 2) < 1e-9, "\(output)")
        // Query 3 scores (0, 4/√2, 0): weights (1, e^{2√2}, 1)/(2 + e^{2√2}).
        let e2 = exp(2 * 2.0.squareRoot()), total = 2 + e2
        guard case .vector(let weights)? = answers["1b"], weights.count == 3 else { Issue.record("\(String(describing: answers["1b"]))"); return }
        #expect(zip(weights, [1 / total, e2 / total, 1 / total]).allSatisfy { abs($0 - $1) < 1e-9 }, "\(weights)")
    }
}

extension TwentyFourthRoundFamilyTests {
    /// "Layer normalization normalizes each example over its features. Apply it, with no affine
    /// parameters, ε = 0 and the biased variance, to z": the normalized vector with γ = 1 and
    /// β = 0 over the problem's batch-norm γ and β; "biased variance" is how, not what.
    @Test func applyingANormalizationWithoutAffineParametersNormalizesTheVector() {
        let answers = Self.answers("""
            Problem 2
            A batch-norm layer with γ = 3 and β = 1 sees the mini-batch x = (0, 2, 4).
            (a) What is the batch mean?
            (b) Layer normalization normalizes each example over its features instead. Apply it, with no affine parameters, ε = 0 and the biased variance, to z = (2, 4, 6, 8).
            """)
        #expect(answers["2a"] == .integer(2), "\(String(describing: answers["2a"]))")
        let root5 = 5.0.squareRoot()
        guard case .vector(let output)? = answers["2b"], output.count == 4 else { Issue.record("\(String(describing: answers["2b"]))"); return }
        #expect(zip(output, [-3 / root5, -1 / root5, 1 / root5, 3 / root5]).allSatisfy { abs($0 - $1) < 1e-9 }, "\(output)")
    }
}

extension TwentyFourthRoundFamilyTests {
    /// "x = (x_1, x_2, x_3) = (2, 4, 9)": the name is bound to the numbers past its entries' tuple.
    @Test func aNameEqualToItsEntriesThenNumbersIsTheNumbers() {
        let answers = Self.answers("""
            Problem 4
            A batch normalization layer receives the batch x = (x_1, x_2, x_3) = (2, 4, 9).
            (a) What is the batch mean?
            """)
        #expect(answers["4a"] == .integer(5), "\(String(describing: answers["4a"]))")
        let bindings = MathScanner.bindings(in: "the weights w = (w_1, w_2) = (0.5, −1) and z = (a, b) = (1, 2)")
        #expect(bindings.first { $0.name == "w" }?.literal.flat == [0.5, -1])
        // (Entries that are not the name's own scripts are another chain.)
        #expect(bindings.contains { $0.name == "z" && $0.literal.isNumeric } == false)
    }
}

extension TwentyFourthRoundFamilyTests {
    /// "u = 1, −2 and 0.5": the values one name takes, a list (never its first value alone); a
    /// number and a count ("η = 0.1, 100 epochs") stay a number.
    @Test func aNameEqualToSeveralNumbersIsTheirList() {
        let answers = Self.answers("""
            Problem 1
            Take the pre-activations u = 1, −2 and 0.5.
            (a) Evaluate tanh(u) at each of them.
            """)
        guard case .vector(let values)? = answers["1a"], values.count == 3 else { Issue.record("\(String(describing: answers["1a"]))"); return }
        #expect(zip(values, [tanh(1.0), tanh(-2.0), tanh(0.5)]).allSatisfy { abs($0 - $1) < 1e-12 }, "\(values)")
        let bindings = MathScanner.bindings(in: "with η = 0.1, 100 epochs and w = 3, 4, 5.")
        #expect(bindings.first { $0.name == "η" }?.literal.number == 0.1)
        #expect(bindings.first { $0.name == "w" }?.literal.flat == [3, 4, 5])
        // (Numbers apart by spaces alone are a flattened matrix's entries, no list.)
        #expect(MathScanner.bindings(in: "K = 2 1 −1 3").first { $0.name == "K" }?.literal.flat != [2, 1, -1, 3])
    }
}

extension TwentyFourthRoundFamilyTests {
    static let detailedNetwork = """
        Problem 2
        A 1 × 64 × 64 grayscale input feeds this network.

        Layer Type Details
        c1 Conv2d 1 → 8 channels, 5 × 5 kernel, padding 2
        p1 MaxPool2d 2 × 2 window
        c2 Conv2d 8 → 16 channels, 3 × 3 kernel, stride 2, padding 1

        (a) What is the shape of the output of p1?
        (b) What is the output shape after c2? (Note that p1 halves the size.)
        (c) How much zero padding does c1 need to preserve the spatial size of its input?
        """

    /// A table of named layers whose details cell writes each setting by name ("8 → 16 channels,
    /// 3 × 3 kernel, stride 2, padding 1"): shapes through the rows up to the one asked (a row named
    /// in an aside is not asked), a PyTorch pooling's stride its window, and the padding that keeps
    /// a named row's size.
    @Test func aTableOfLayersWithSettingsByNameGivesShapesAndPadding() {
        let answers = Self.answers(Self.detailedNetwork)
        #expect(answers["2a"] == .shape(dimensions: [8, 32, 32], layout: "CHW"), "\(String(describing: answers["2a"]))")
        #expect(answers["2b"] == .shape(dimensions: [16, 16, 16], layout: "CHW"), "\(String(describing: answers["2b"]))")
        #expect(answers["2c"] == .integer(2), "\(String(describing: answers["2c"]))")
        // Channels that do not chain (c2 says it takes 4 of c1's 8) leave the table unread.
        let broken = Self.answers(Self.detailedNetwork.replacingOccurrences(of: "c2 Conv2d 8 → 16", with: "c2 Conv2d 4 → 16"))
        #expect(broken["2b"] == nil, "\(String(describing: broken["2b"]))")
    }
}

extension TwentyFourthRoundFamilyTests {
    /// "at (x, y, z) = (3, −1, 2)": each name of a tuple of names takes its number ("f(x, y) = …"
    /// defines a function, no tuple); a graph's part reads such a point as the listed values.
    @Test func aTupleOfNamesTakesATupleOfNumbers() {
        let bindings = MathScanner.bindings(in: "Do a forward pass at (u, v, w_1) = (3, −1, 0.5). Let f(u, v) = (2, 3).")
        #expect(bindings.first { $0.name == "u" }?.literal.number == 3)
        #expect(bindings.first { $0.name == "v" }?.literal.number == -1)
        #expect(bindings.first { $0.name == "w_1" }?.literal.number == 0.5)
        #expect(bindings.filter { $0.name == "u" }.count == 1)
        // A graph's point given as a tuple, then "the same point", then "Repeat (b) at the point …";
        // a bare "[2]" closing a part is its marks.
        let answers = Self.answers("""
            Problem 3
            The graph computes

                p = u v
                q = max(p, w)
                g = q^2 − u

            (a) Do a forward pass at (u, v, w) = (2, −3, 1). What is g?   [1]
            (b) Do the backward pass at the same point and report (dg/du, dg/dv, dg/dw).   [2]
            (c) Repeat (b) at the point (u, v, w) = (2, 3, 1).   [2]
            """)
        // p = −6, q = max(−6, 1) = 1, g = 1 − 2 = −1; the gradient flows through w only: (−1, 0, 2).
        #expect(answers["3a"]?.description == "-1", "\(String(describing: answers["3a"]))")
        #expect(answers["3b"] == .vector([-1, 0, 2]), "\(String(describing: answers["3b"]))")
        // At (2, 3, 1): p = 6 = q, dg/du = 2q·v − 1 = 35, dg/dv = 2q·u = 24, dg/dw = 0.
        #expect(answers["3c"] == .vector([35, 24, 0]), "\(String(describing: answers["3c"]))")
    }
}

extension TwentyFourthRoundFamilyTests {
    /// Matrices set beside their middle row, rows above and below the names ("    [ 2  0 ]" over
    /// "W = [ 1 −1 ]   b = [ 0 ]"): every row is the matrix's, never the name's line alone.
    @Test func aDisplaySetBesideItsMiddleRowHasItsRowsAboveToo() {
        let answers = Self.answers("""
            Problem 2
            A layer has

                      [ 2   0 ]          [ 1 ]
                W  =  [ 1  -1 ]     b =  [ 0 ]
                      [ 0   3 ]          [ 2 ]

            and computes z = W x + b for the input x = (1, 2).
            (a) Compute z.
            """)
        #expect(answers["2a"] == .vector([3, -1, 8]), "\(String(describing: answers["2a"]))")
        // A row above that stands under neither bracket leaves W unread.
        let shifted = Self.answers("""
            Problem 2
            A layer has

               [ 2   0 ]
                W  =  [ 1  -1 ]     b =  [ 0 ]
                      [ 0   3 ]          [ 2 ]

            and computes z = W x + b for the input x = (1, 2).
            (a) Compute z.
            """)
        #expect(shifted["2a"] == nil, "\(String(describing: shifted["2a"]))")
    }
}

extension TwentyFourthRoundFamilyTests {
    /// "what probability is assigned to the correct class?" under "the correct label is the
    /// **second** class": that entry of the softmax; without the class stated, not taken.
    @Test func aProbabilityOfTheCorrectClassIsThatEntry() {
        let text = """
            Problem 1
            A 3-class model outputs the logits z = (0.0, 2.0, 1.0) for an example whose correct label is the **second** class.
            (a) With temperature T = 2, i.e. p = softmax(z/T), what probability is assigned to the correct class?
            """
        let answers = Self.answers(text)
        let e = [0.0, 1.0, 0.5].map(exp), total = e.reduce(0, +)
        guard case .real(let value)? = answers["1a"] else { Issue.record("\(String(describing: answers["1a"]))"); return }
        #expect(abs(value.value - e[1] / total) < 1e-9)
        let unstated = Self.answers(text.replacingOccurrences(of: " whose correct label is the **second** class", with: ""))
        #expect(unstated["1a"] == nil, "\(String(describing: unstated["1a"]))")
    }

    /// "By what factor does the block of (b) reduce the MACs compared with (d)?" where (b) counts
    /// parameters: the ratio is of quantities the parts do not both ask for, so not computed.
    @Test func aRatioOfAQuantityOnePartDoesNotAskIsNotComputed() {
        let answers = Self.answers("""
            Problem 3
            (a) How many parameters does nn.Linear(100, 10) have?
            (b) How many multiply-accumulate operations (MACs) does nn.Linear(200, 10) perform on one input vector?
            (c) By what factor does the layer of (a) reduce the MACs compared with (b)?
            """)
        #expect(answers["3a"] == .integer(1010), "\(String(describing: answers["3a"]))")
        #expect(answers["3b"] == .integer(2000), "\(String(describing: answers["3b"]))")
        #expect(answers["3c"] == nil, "\(String(describing: answers["3c"]))")
    }

    /// "The layer of part (a) is followed by nn.MaxPool2d(…)": the pooling takes (a)'s output,
    /// not the statement's input.
    @Test func aModuleFollowingAnEarlierPartsLayerTakesItsOutput() {
        let answers = Self.answers("""
            Problem 1
            Each part starts from a single image of shape 3 × 64 × 64 unless it says otherwise.
            (a) What is the output shape of nn.Conv2d(3, 8, kernel_size=3, stride=1, padding=1)?
            (b) The layer of part (a) is followed by nn.MaxPool2d(kernel_size=2, stride=2). What is the shape after the pooling layer?
            """)
        #expect(answers["1b"] == .shape(dimensions: [8, 32, 32], layout: "CHW"), "\(String(describing: answers["1b"]))")
    }
}

extension TwentyFourthRoundFamilyTests {
    /// A plain-text handout's "sigma(…)" is σ applied, and "-[ … ]" groups as "-( … )" does.
    @Test func sigmaSpeltOutAndSquareBracketsGroup() {
        let answers = Self.answers("""
            Problem 4
            A unit computes p = sigma(v . a + c) with v = (2, -1), a = (1, 3), c = 0.5, and its loss is E = -[ t log(p) + (1 - t) log(1 - p) ] with t = 0.
            (a) Compute p.
            (b) Compute E.
            """)
        let p = 1 / (1 + exp(0.5))
        guard case .real(let first)? = answers["4a"], case .real(let second)? = answers["4b"] else {
            Issue.record("\(String(describing: answers["4a"])) \(String(describing: answers["4b"]))"); return
        }
        #expect(abs(first.value - p) < 1e-9)
        #expect(abs(second.value + log(1 - p)) < 1e-9)
    }
}

extension TwentyFourthRoundFamilyTests {
    /// Misfires a review of this round's rules found, each now answered rightly or left alone.
    @Test func reviewedMisfiresOfThisRoundsRules() {
        // A part that sets another operation instead of, or after, the one in part (a) keeps its own settings.
        var answers = Self.answers("""
            Conventions: every convolution has stride 1 and no padding unless a part says otherwise.

            Problem 3
            (a) The 1-D signal x = (2, 0, 1, 3, 1) is max-pooled with window 2 and stride 2. What is the output?
            (b) Instead of the pooling in part (a), cross-correlate x with the kernel w = (1, −1). Compute the output.
            """)
        #expect(answers["3b"] == .vector([2, -1, -2, 2]), "\(String(describing: answers["3b"]))")
        // "Compute ReLU'(z) for z = 0. At z = 0 use ReLU'(0) = 0.5": asked at 0, the convention's value.
        answers = Self.answers("""
            Problem 2
            A hidden unit has pre-activation z = 2.
            (a) Compute ReLU(z).
            (b) Compute ReLU'(z) for z = 0. At z = 0 use ReLU'(0) = 0.5, as our notes do.
            """)
        #expect(answers["2b"]?.description == "0.5", "\(String(describing: answers["2b"]))")
        // "x = 0.5 and 2 hidden units": a count after "and" is no list; roots are values taken one at a time.
        answers = Self.answers("""
            Problem 1
            For the input x = 0.5 and 2 hidden units with weights w_1 = 1 and w_2 = −1, each unit computes ReLU(w_i x).
            (a) Compute the sigmoid σ(x) of the input.
            """)
        #expect(answers["1a"].map { abs(($0.scalar ?? 0) - 1 / (1 + exp(-0.5))) < 1e-12 } == true, "\(String(describing: answers["1a"]))")
        answers = Self.answers("""
            Problem 1
            The polynomial p(x) = (x − 1)(x − 2)(x − 3) has roots x = 1, 2 and 3.
            (a) Evaluate tanh(x) at the largest root.
            """)
        #expect(answers["1a"] == nil, "\(String(describing: answers["1a"]))")
        // "the same point as in (b)" where (b) lists its values; "Repeat (a) …, and also give …"; several points.
        let graph = """
            Problem 3
            The graph computes

                p = u v
                q = max(p, w)
                g = q^2 − u

            (a) Do a forward pass at (u, v, w) = (2, −3, 1). What is g?
            """
        answers = Self.answers(graph + "\n(b) Now do a forward pass with u = 1, v = 2 and w = 0. What is q?\n(c) Compute dg/du at the same point as in (b).")
        #expect(answers["3c"] == nil || answers["3c"]?.description == "7", "\(String(describing: answers["3c"]))")
        answers = Self.answers(graph + "\n(b) Repeat (a) at the point (u, v, w) = (1, 2, 0), and also give dg/dv there.")
        #expect(answers["3b"] == nil, "\(String(describing: answers["3b"]))")
        answers = Self.answers("""
            Problem 1
            We fit the model ŷ = w x + b, with w = 2 and b = 1, to three training points (x, y) = (1, 2), (2, 4) and (3, 5).
            (b) What is ŷ?
            """)
        #expect(answers["1b"] == nil, "\(String(describing: answers["1b"]))")
        // A table's row asked of another setting, and transposed convolutions, are not read.
        answers = Self.answers(Self.detailedNetwork.replacingOccurrences(of: "(a) What is the shape of the output of p1?", with: "(a) What is the shape of the input to c2?")
            .replacingOccurrences(of: "(b) What is the output shape after c2? (Note that p1 halves the size.)", with: "(b) What shape does c2 produce if its padding is changed to 0?")
            .replacingOccurrences(of: "(c) How much zero padding does c1 need to preserve the spatial size of its input?", with: "(c) How much padding does c1 need to preserve its input size if its kernel is changed to 7 × 7?"))
        #expect(answers["2a"] == nil && answers["2b"] == nil, "\(String(describing: answers["2a"])) \(String(describing: answers["2b"]))")
        #expect(answers["2c"] == nil || answers["2c"] == .integer(3), "\(String(describing: answers["2c"]))")
        answers = Self.answers("""
            Problem 4
            A generator maps a 16 × 8 × 8 feature map (channels first) through these layers.

            Layer Type Details
            d1 ConvTranspose2d 16 → 8 channels, 4 × 4 kernel, stride 2, padding 1
            d2 ConvTranspose2d 8 → 3 channels, 4 × 4 kernel, stride 2, padding 1

            (a) What is the shape of the output of d2?
            """)
        #expect(answers["4a"] == nil || answers["4a"] == .shape(dimensions: [3, 32, 32], layout: "CHW"), "\(String(describing: answers["4a"]))")
        // Positions counted from 0, and a row restricted to some keys, are not read as a row from 1.
        let attention = """
            Problem 1
            Scaled dot-product attention, softmax(QK^T/√d_k) V, with d_k = 2 and
            Q = [[1, 0], [0, 0], [2, 2]], K = [[0, 0], [1, 1], [0, 0]], V = [[4, 0], [2, 2], [6, 4]].
            """
        answers = Self.answers(attention + "\nThe three tokens are at positions 0, 1 and 2 (zero-indexed).\n(a) What is the output vector of position 1?")
        #expect(answers["1a"] == nil, "\(String(describing: answers["1a"]))")
        answers = Self.answers(attention + "\n(a) Give the attention weights of query 3 on the first two keys.")
        #expect(answers["1a"] == nil, "\(String(describing: answers["1a"]))")
        // ("over the three keys" is the whole row.)
        answers = Self.answers(attention + "\n(a) Give the attention weights of query 3 over the three keys.")
        #expect(answers["1a"].map { if case .vector(let row) = $0 { row.count == 3 } else { false } } == true, "\(String(describing: answers["1a"]))")
        // "Instead, the output of (a) is fed to …" takes (a)'s output as it stands.
        answers = Self.answers("""
            Problem 1
            Each part starts from a single image of shape 3 × 64 × 64 unless it says otherwise.
            (a) What is the output shape of nn.Conv2d(3, 8, kernel_size=3, stride=2, padding=1)?
            (b) Instead, the output of (a) is fed to nn.MaxPool2d(kernel_size=2, stride=2). What is the output shape?
            """)
        #expect(answers["1b"] == .shape(dimensions: [8, 16, 16], layout: "CHW"), "\(String(describing: answers["1b"]))")
        // Another class than the correct one, a correct class the part changes, a gradient part.
        let logits = "Problem 1\nA 3-class model outputs the logits z = (0.0, 2.0, 1.0) for an example whose correct label is the first class.\n"
        answers = Self.answers(logits + "(a) Compute p = softmax(z). What probability does the model assign to the second class?")
        #expect(answers["1a"].map { abs(($0.scalar ?? 0) - exp(2) / (1 + exp(2) + exp(1))) < 1e-12 } == true, "\(String(describing: answers["1a"]))")
        answers = Self.answers(logits + "(a) Now suppose the correct label were the third class. For p = softmax(z), what probability is assigned to the correct class?")
        #expect(answers["1a"] == nil, "\(String(describing: answers["1a"]))")
        answers = Self.answers(logits + "(a) For p = softmax(z), what probability is assigned to the classes other than the correct one, in total?")
        #expect(answers["1a"] == nil, "\(String(describing: answers["1a"]))")
        answers = Self.answers(logits + "(a) Compute the gradient of the cross-entropy loss with respect to the logits, ∂L/∂z = p − y. How does it relate to the probability assigned to the correct class?")
        #expect(answers["1a"].map { if case .vector = $0 { true } else { false } } ?? true, "\(String(describing: answers["1a"]))")
        // "(a)'s layer is fed another image instead and followed by …": not (a)'s output.
        answers = Self.answers("""
            Problem 1
            Each part starts from a single image of shape 3 × 64 × 64 unless it says otherwise.
            (a) What is the output shape of nn.Conv2d(3, 8, kernel_size=3, stride=1, padding=1)?
            (b) The layer of part (a) is fed a 3 × 32 × 32 image instead and followed by nn.MaxPool2d(kernel_size=2, stride=2). What is the shape after the pooling layer?
            """)
        #expect(answers["1b"] == nil || answers["1b"] == .shape(dimensions: [8, 16, 16], layout: "CHW"), "\(String(describing: answers["1b"]))")
        // Rows above a name that a sentence introduced as other rows are not its matrix's.
        answers = Self.answers("""
            Problem 2
            The inputs seen so far were the rows
                      [ 3   2 ]
                      [ 0   1 ]
                W  =  [ 1  -1 ]
            and the layer computes z = W x for the input x = (1, 2).
            (a) Compute z.
            """)
        #expect(answers["2a"] == nil || answers["2a"]?.description == "-1", "\(String(describing: answers["2a"]))")
    }
}

extension TwentyFourthRoundFamilyTests {
    /// A handout's labelled rows ("actual y : 3.0 2.5 4.0") are the named vectors, and the mean
    /// absolute error is computed as the squared one is.
    @Test func labelledRowsGiveTheVectorsOfAnErrorOrAnAbsoluteError() {
        let answers = Self.answers("""
            Problem 2
            A model predicts three house prices (in $100k):

            actual      y    :   3.0   2.5   4.0
            predicted   yhat :   2.0   3.0   4.5

            (a) Compute the mean absolute error.
            (b) Compute the mean squared error.
            """)
        #expect(answers["2a"].map { abs(($0.scalar ?? 0) - 2.0 / 3) < 1e-12 } == true, "\(String(describing: answers["2a"]))")
        #expect(answers["2b"].map { abs(($0.scalar ?? 0) - 0.5) < 1e-12 } == true, "\(String(describing: answers["2b"]))")
        #expect(MathScanner.bindings(in: "Due: 29 Sep. Scores: 3 4 5 for the three runs").first { $0.name == "Due" } == nil)
    }
}
