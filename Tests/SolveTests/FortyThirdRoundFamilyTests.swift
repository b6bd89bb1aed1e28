import Foundation
import Problems
@testable import Solve
import Source
import Testing

/// Families found in the held-out runs of `solve/final51` and `solve/final52` (session 43),
/// each tested on statements written for these tests.
@Suite("Solve families, forty-third round")
struct FortyThirdRoundFamilyTests {
    static func answers(_ text: String) -> [String: Answer] { TenthRoundFamilyTests.answers(text) }
    static func value(_ a: Answer?) -> Double? { TenthRoundFamilyTests.value(a) }

    static let tagger = """
        Problem 2
        The tagger below is built with its defaults.

            class Tagger(nn.Module):
                def __init__(self, vocab=5000, emb=64, hid=128, tags=17):
                    super().__init__()
                    self.words = nn.Embedding(vocab, emb)
                    self.rnn = nn.GRU(emb, hid, bidirectional=True)
                    self.out = nn.Linear(2 * hid, tags)

        (a) How many parameters does the embedding layer have?
        (b) How many parameters does the GRU have?
        (c) How many parameters does the final linear layer have?
        (d) If hid were 256 instead, how many parameters would the GRU have?
        """

    /// "self.words = nn.Embedding(vocab, emb)" under "def __init__(self, vocab=5000, emb=64, …)":
    /// every call is read with the defaults in place (a product of them worked out), but not by
    /// a part that names a parameter itself.
    @Test func constructorDefaultsFillEveryCallOfTheStatement() {
        let found = Self.answers(Self.tagger)
        #expect(found["2a"] == .integer(5000 * 64), "\(String(describing: found["2a"]))")
        #expect(found["2b"] == .integer(2 * 3 * (128 * 64 + 128 * 128 + 2 * 128)), "\(String(describing: found["2b"]))")
        #expect(found["2c"] == .integer(256 * 17 + 17), "\(String(describing: found["2c"]))")
        #expect(found["2d"] == nil, "\(String(describing: found["2d"]))")
        // (A model built with arguments of its own is not described by the defaults.)
        let built = Self.answers(Self.tagger.replacingOccurrences(of: "built with its defaults.", with: "built as `Tagger(vocab=9000)`."))
        #expect(built["2a"] == nil, "\(String(describing: built["2a"]))")
    }

    /// A recurrent layer described in words is counted PyTorch's way (two bias vectors per gate)
    /// only where the part names PyTorch or the sheet says how its biases are counted.
    @Test func aDescribedRecurrentLayerNeedsItsFramework() {
        let found = Self.answers("""
            Problem 4
            The code in this problem set uses torch.nn throughout, e.g. nn.Linear(16, 4).
            (a) How many parameters does a single-layer GRU with input size 8 and hidden size 16 have?
            (b) In PyTorch, how many parameters does a single-layer GRU with input size 8 and hidden size 16 have?
            """)
        #expect(found["4a"] == nil, "\(String(describing: found["4a"]))")
        #expect(found["4b"] == .integer(3 * (16 * 8 + 16 * 16 + 2 * 16)), "\(String(describing: found["4b"]))")
        let convention = Self.answers("""
            Problem 4
            Count two bias vectors per gate for every recurrent layer.
            (a) How many parameters does a single-layer GRU with input size 8 and hidden size 16 have?
            """)
        #expect(convention["4a"] == .integer(3 * (16 * 8 + 16 * 16 + 2 * 16)), "\(String(describing: convention["4a"]))")
    }

    /// "How many parameters does a 3 × 3 convolution with bias have?" of a statement's 5 × 5
    /// layer: the part's own kernel, with the statement's channels.
    @Test func aPartsOwnKernelOverridesTheStatements() {
        let found = Self.answers("""
            Problem 1
            A layer maps 32 input channels to 48 output channels with a 5 × 5 kernel; every convolution has a bias.
            (a) How many parameters does the layer have?
            (b) How many parameters does a 3 × 3 convolution have?
            """)
        #expect(found["1a"] == .integer(32 * 48 * 25 + 48), "\(String(describing: found["1a"]))")
        #expect(found["1b"] == .integer(32 * 48 * 9 + 48), "\(String(describing: found["1b"]))")
    }

    /// "What would be the bottom-right entry of the output?": one entry, asked conditionally.
    @Test func anEntryAskedWithWouldBe() {
        let found = Self.answers("""
            Problem 2
            Let X = [[2, 0, 1], [1, 3, 0], [0, 1, 2]] and K = [[1, 2], [0, -1]].
            (a) Cross-correlate X with K (stride 1, no padding). What would be the bottom-right entry of the output?
            """)
        // Bottom-right window [[3, 0], [1, 2]]: 3·1 + 0·2 + 1·0 + 2·(−1) = 1.
        #expect(found["2a"] == .integer(1), "\(String(describing: found["2a"]))")
    }

    /// Rows with no numbers under "Kernel Stride": numbered in their order, never by the stride
    /// of the row before.
    @Test func unnumberedRowsOfAKernelStrideTable() {
        for separator in ["\n", " "] {
            let rows = ["Layer Kernel Stride", "Conv 5 × 5 1", "MaxPool 3 × 3 2", "Conv 3 × 3 1", "Conv 3 × 3 2"].joined(separator: separator)
            let found = Self.answers("Problem 3\n(a) What is the receptive field (along one side) of one output unit of the stack below?\n" + rows)
            // 5; pool 3/2: 7 (jump 2); conv 3: 11; conv 3: 15.
            #expect(found["3a"] == .integer(15), "\(separator == "\n" ? "lines" : "joined"): \(String(describing: found["3a"]))")
        }
        // (Rows named in a column of their own, "conv1 Conv 5 × 5 1", are the named table's.)
        let named = ["Layer Type Kernel Stride", "conv1 Conv 5 × 5 1", "pool1 MaxPool 3 × 3 2", "conv2 Conv 3 × 3 1", "conv3 Conv 3 × 3 2"].joined(separator: "\n")
        let found = Self.answers("Problem 3\n" + named + "\n(a) What is the receptive field of one unit of conv2?")
        #expect(found["3a"] == .integer(11), "\(String(describing: found["3a"]))")
    }

    /// The epoch a schedule question asks is the one in its question, not one a parenthesis
    /// before it names.
    @Test func theEpochOfTheQuestionSentence() {
        let found = Self.answers("""
            Problem 5
            (a) A schedule starts at 0.2 and multiplies the learning rate by 0.1 every 30 epochs (epochs are counted from 0), so the learning rate is first cut at epoch 30. What learning rate is used at epoch 65?
            """)
        #expect(Self.value(found["5a"]).map { abs($0 - 0.002) < 1e-12 } == true, "\(String(describing: found["5a"]))")
    }

    /// "true class (a)–(b) 2", "true class in (c) 0": a settings row read only by the parts it
    /// names; "Classes are indexed 0, 1, 2" settles the numbering.
    @Test func aTrueClassScopedToSomeParts() {
        let found = Self.answers("""
            Problem 2
            A classifier outputs logits s = (0.5, 1.5, -1.0). Classes are indexed 0, 1, 2.
            quantity value
            true class (a)–(b) 2
            true class in (c) 1
            (a) Compute the cross-entropy loss (natural log) for the true class.
            (b) Compute the gradient of the loss in (a) with respect to the logits s.
            (c) Compute the multiclass hinge loss (margin 1) for the true class.
            """)
        let logits = [0.5, 1.5, -1.0]
        let total = logits.map { Foundation.exp($0) }.reduce(0, +)
        #expect(Self.value(found["2a"]).map { abs($0 - (log(total) + 1.0)) < 1e-9 } == true, "\(String(describing: found["2a"]))")
        #expect(TenthRoundFamilyTests.close(found["2b"], [Foundation.exp(0.5) / total, Foundation.exp(1.5) / total, Foundation.exp(-1.0) / total - 1]), "\(String(describing: found["2b"]))")
        // Hinge for class 1: max(0, 1 + 0.5 − 1.5) + max(0, 1 − 1 − 1.5) = 0.
        #expect(Self.value(found["2c"]) == 0, "\(String(describing: found["2c"]))")
    }

    /// Binary cross-entropy of one predicted probability and a label, 0 or 1.
    @Test func binaryCrossEntropyOfOnePrediction() {
        let found = Self.answers("""
            Problem 4
            (a) A spam filter predicts p = 0.3 for an email whose label is 0. Compute the binary cross-entropy (natural log).
            (b) The same filter predicts p = 0.3 for another email, label 1. Compute the binary cross-entropy.
            (c) Compute the average binary cross-entropy over a batch of the two emails.
            """)
        #expect(Self.value(found["4a"]).map { abs($0 + log(0.7)) < 1e-9 } == true, "\(String(describing: found["4a"]))")
        #expect(Self.value(found["4b"]).map { abs($0 + log(0.3)) < 1e-9 } == true, "\(String(describing: found["4b"]))")
        #expect(found["4c"] == nil, "\(String(describing: found["4c"]))")
    }

    /// ELU with its α stated; without it, no answer.
    @Test func eluWithItsAlpha() {
        let found = Self.answers("""
            Problem 1
            (a) Apply the ELU with α = 0.5 to z = -2.
            (b) Apply ELU to the vector v = [-1, 0, 2] (alpha = 1).
            (c) Apply ELU to x = -3.
            """)
        #expect(Self.value(found["1a"]).map { abs($0 - 0.5 * (Foundation.exp(-2) - 1)) < 1e-9 } == true, "\(String(describing: found["1a"]))")
        #expect(TenthRoundFamilyTests.close(found["1b"], [Foundation.exp(-1) - 1, 0, 2]), "\(String(describing: found["1b"]))")
        #expect(found["1c"] == nil, "\(String(describing: found["1c"]))")
    }

    /// A layer's outputs under a dropout mask in training depend on where the rescaling happens:
    /// with the variant unstated, no answer; with it named, the outputs.
    @Test func maskedDropoutOutputsNeedTheirVariant() {
        let statement = """
            Problem 3
            A hidden layer outputs h = (1.0, 3.0, 2.0). Dropout with a drop rate of p = 0.5 is applied with the mask m = (0, 1, 1) (1 = keep).
            (a) What does the layer output during training?
            """
        #expect(Self.answers(statement)["3a"] == nil, "\(String(describing: Self.answers(statement)["3a"]))")
        let named = Self.answers(statement.replacingOccurrences(of: "Dropout with", with: "Inverted dropout with"))
        #expect(TenthRoundFamilyTests.close(named["3a"], [0, 6, 4]), "\(String(describing: named["3a"]))")
    }

    /// A plain-text handout's optimizer: "grad f(w) = [2*w1, 4*w2]", "theta0 = 2.0", "alpha =
    /// 0.1, beta1 = 0.9, beta2 = 0.999", gradients in a column table, "after step 2".
    @Test func aPlainTextHandoutsOptimizerRuns() {
        let gd = Self.answers("""
            Q1. A loss of two weights has grad f(w) = [2*w1, 4*w2]. Start from w0 = [1, 2] with eta = 0.25.
              a) Take one step of gradient descent. What is w^(1)?
            """)
        #expect(TenthRoundFamilyTests.close(gd["1a"], [0.5, 0]), "\(String(describing: gd["1a"]))")
        let adam = Self.answers("""
            Q2. A scalar parameter theta starts at theta0 = 2.0. The gradients are:

                  step t    gradient g_t
                  ------    ------------
                    1          1.0
                    2          0.5

            Use Adam with alpha = 0.1, beta1 = 0.9, beta2 = 0.999, eps = 1e-8, m0 = v0 = 0, and bias correction.
              a) What is theta after step 1?
              b) What is the (uncorrected) first moment m2 after step 2?
            """)
        // Step 1: m̂ = v̂^(1/2) = 1, so θ = 2 − 0.1. m2 = 0.9·0.1 + 0.1·0.5.
        #expect(Self.value(adam["2a"]).map { abs($0 - 1.9) < 1e-6 } == true, "\(String(describing: adam["2a"]))")
        #expect(Self.value(adam["2b"]).map { abs($0 - 0.14) < 1e-9 } == true, "\(String(describing: adam["2b"]))")
    }

    /// "The base learning rate is 0.2 …, epochs numbered 0, 1, …" then "the rate is halved every
    /// 5 epochs": the start and the decay stated apart.
    @Test func aStepScheduleStatedInTwoPlaces() {
        let found = Self.answers("""
            Problem 3
            The base learning rate is 0.2 and training runs for 50 epochs, numbered 0, 1, ..., 49.
            (a) The rate is halved every 5 epochs. What is the learning rate in epoch 12?
            """)
        #expect(Self.value(found["3a"]).map { abs($0 - 0.05) < 1e-12 } == true, "\(String(describing: found["3a"]))")
    }

    /// "| class | 1 | 2 | 3 |" over "| probability p | 0.2 | 0.7 | 0.1 |", flattened to text: the
    /// row is the vector it names, its entries counted by the header.
    @Test func aRowOfValuesUnderAHeaderOfIndices() {
        let found = Self.answers("""
            Problem 5
            A classifier outputs

            | class | 1 | 2 | 3 |
            |---|---|---|---|
            | probability p | 0.2 | 0.7 | 0.1 |

            and the correct class is class 3 (classes are numbered 1, 2, 3).
            (a) Compute the cross-entropy loss (natural log).
            """)
        #expect(Self.value(found["5a"]).map { abs($0 + log(0.1)) < 1e-9 } == true, "\(String(describing: found["5a"]))")
        // (A header that does not count from 0 or 1, or a row of another length, is left alone.)
        #expect(StatementText("year 2 4 6 cost c 1 2 3").namingIndexedRows.text == "year 2 4 6 cost c 1 2 3")
        #expect(StatementText("class 0 1 2 logit z 2.0 1.0").namingIndexedRows.text == "class 0 1 2 logit z 2.0 1.0")
    }

    /// Misfires the session's review found in this round's rules, each now refused: a constructor
    /// that reassigns a default, prose that sizes the model itself, a 1 × 1 convolution after the
    /// layer, one row of an unnumbered table, a second run's schedule, examples (not classes)
    /// indexed 0, 1, 2, a probability of label 0, the learning rate's α for ELU, a setting changed
    /// in words, two named rows, a frozen module, a bias convention against PyTorch's.
    @Test func reviewedMisfiresOfThisRoundsRules() {
        let texts: [(String, [String])] = [
            ("Problem 2\nThe tagger below is built with its defaults.\n\n    class Tagger(nn.Module):\n        def __init__(self, vocab=5000, emb=64):\n            super().__init__()\n            emb = emb * 2\n            self.words = nn.Embedding(vocab, emb)\n\n(a) How many parameters does the embedding layer have?\n", ["2a"]),
            ("Problem 2\nWe train the tagger below on a corpus with a vocabulary of 20,000 words.\n\n    class Tagger(nn.Module):\n        def __init__(self, vocab=5000, emb=64):\n            super().__init__()\n            self.words = nn.Embedding(vocab, emb)\n\n(a) How many parameters does the embedding layer have?\n", ["2a"]),
            ("Problem 1\nA layer maps 64 input channels to 128 output channels with a 3 × 3 kernel; every convolution has a bias.\n(b) The layer is followed by a 1 × 1 convolution that keeps the number of channels. How many parameters does the 1 × 1 convolution have?\n", ["1b"]),
            ("Problem 3\nLayer Kernel Stride\nConv 3 × 3 1\nConv 3 × 3 1\nMaxPool 2 × 2 2\nConv 3 × 3 1\n(a) What is the receptive field (along one side) of one unit of the second convolution?\n", ["3a"]),
            ("Problem 5\nTwo runs are compared. Run A uses a base learning rate of 0.2; Run B starts from 0.05. Epochs are counted from 0.\n(a) In Run B, the rate is halved every 5 epochs. What is the learning rate in epoch 12?\n", ["5a"]),
            ("Problem 3\nA minibatch holds three examples, indexed 0, 1, 2. For the first example the network outputs logits s = (1.0, 2.0, 0.5) over three classes, and its true class is 2.\n(a) Compute the cross-entropy loss (natural log) for the first example.\n", ["3a"]),
            ("Problem 4\n(a) A fraud detector predicts a probability of 0.8 that a transaction is legitimate (label 0). The transaction is in fact legitimate. Compute the binary cross-entropy (natural log).\n", ["4a"]),
            ("Problem 1\nThroughout this problem the learning rate is α = 0.01.\n(b) Apply ELU to x = -2.\n", ["1b"]),
            ("Q1. A scalar parameter theta starts at theta0 = 2.0 and its first gradient is g1 = 1.0. Use Adam with alpha = 0.1, beta1 = 0.9, beta2 = 0.999, eps = 1e-8, and bias correction.\n  c) If alpha were 0.01, what is theta after step 1?\n", ["1c"]),
            ("Problem 5\nTwo models score the same example:\n\n| class | 0 | 1 | 2 |\n|---|---|---|---|\n| model A logit | 2.0 | 1.0 | 0.5 |\n| model B logit | 0.5 | 1.0 | 2.0 |\n\nThe true class is 2.\n(a) Compute the cross-entropy loss (natural log) of model B.\n", ["5a"]),
            ("Problem 2. Count the trainable parameters of each layer.\n(b) `nn.Embedding(1000, 32)`, loaded from GloVe and frozen (`requires_grad=False`)\n", ["2b"]),
            ("Problem 4\nUnlike PyTorch, we count a single bias vector per gate for every recurrent layer (LSTM, GRU) in this course.\n(a) How many parameters does a single-layer GRU with input size 8 and hidden size 16 have?\n", ["4a"]),
        ]
        for (text, ids) in texts {
            let found = Self.answers(text)
            for id in ids { #expect(found[id] == nil, "\(id): \(String(describing: found[id])) | \(text.prefix(60))") }
        }
    }
}
