import Problems
import Testing

/// The problem model: kinds and options, facts from every way a statement gives them,
/// references and what a part inherits.
@Suite("Problem model: kinds, facts, references")
struct ProblemModelTests {
    private func document(_ text: String) -> ProblemSet { ProblemSegmenter.segment(text) }

    @Test func kindsAndOptionsOfParts() {
        let set = document("""
            Problem 1
            (a) Which loss is convex in the logits?
            A. hinge
            B. 0-1 loss
            C. ramp loss
            (b) T/F: ReLU is differentiable everywhere.
            (c) Mark all that apply to Adam.
            ☐ it keeps a first-moment estimate
            ☐ it needs a learning-rate schedule
            ☐ it corrects bias
            (d) Match each optimizer to its update rule.
            (e) Derive the gradient of the log-likelihood.
            (f) The answer is one of (A) 2 (B) 4 (C) 8.
            (g) Compute 2 + 2.
            """)
        let kinds = set.problems[0].parts.map(\.kind)
        #expect(kinds == [.multipleChoice, .trueFalse, .selectAll, .matching, .open, .multipleChoice, .value])
        #expect(set.part("1a")?.options == [
            PartOption(label: "A", text: "hinge"), PartOption(label: "B", text: "0-1 loss"), PartOption(label: "C", text: "ramp loss"),
        ])
        #expect(set.part("1c")?.options.map(\.label) == ["A", "B", "C"])
        #expect(set.part("1f")?.options.map(\.text) == ["2", "4", "8"])
    }

    @Test func aProblemWithoutPartsIsOneTypedUnit() {
        let set = document("""
            Question 7. Which of these is an unbiased estimator of the variance?
            (A) the sample variance with n
            (B) the sample variance with n − 1
            """)
        #expect(set.partIDs.isEmpty)
        #expect(set.problems[0].kind == .multipleChoice)
        #expect(set.problems[0].options.map(\.label) == ["A", "B"])
    }

    @Test func factsFromProseAssignmentsWordsCallsAndTables() {
        let set = document("""
            Problem 3: Pooling
            A feature map has 12 channels and passes a five-by-five max pooling with a stride of two.
            The block is nn.Conv2d(12, 24, kernel_size=3, padding=1, bias=False).
            The learning rate is 0.05 and λ = 0.1; the sled has a mass of 40 kg and starts at 15 °C.
            Keep probability: four in five. The inputs are x = (2, −1, 3).
            t 0 1 2
            y 5 7 9
            (a) Compute the output size.
            """)
        let facts = set.problems[0].facts
        func value(_ name: String) -> [Double]? { facts.first { $0.name == name }?.values }
        #expect(value("channels") == [12])
        #expect(value("kernel size") == [5])
        #expect(value("stride") == [2])
        #expect(value("in_channels") == [12])
        #expect(value("out_channels") == [24])
        #expect(value("kernel_size") == [3])
        #expect(value("padding") == [1])
        #expect(value("bias") == [0])
        #expect(value("learning rate") == [0.05])
        #expect(value("λ") == [0.1])
        #expect(value("mass") == [40])
        #expect(facts.first { $0.name == "mass" }?.unit == "kg")
        #expect(value("keep probability") == [0.8])
        #expect(value("x") == [2, -1, 3])
        #expect(value("t") == [0, 1, 2])
        #expect(value("y") == [5, 7, 9])
    }

    @Test func referencesResolveAmongTheProblemsParts() {
        let set = document("""
            Problem 1
            (a) One.
            (b) Two.
            Problem 2
            The network has 4 layers.
            (a) Count the parameters.
            (b) Consider a width of 64.
            (i) Count the FLOPs.
            (ii) Repeat (i) for a width of 128.
            (iii) Compare your answers to (b)(i) and (a).
            (c) Using the value f(a) from part a, redo it with 8 layers.
            (d) Same setup as above, but without biases.
            (e) Now use Problem 1(b) again.
            """)
        #expect(set.part("2b.ii")?.references == ["2b.i"])
        #expect(set.part("2b.iii")?.references == ["2b.i", "2a"])
        #expect(set.part("2c")?.references == ["2a"])
        #expect(set.part("2d")?.references == ["2c"])
        #expect(set.part("2e")?.references == ["1b"])
        #expect(set.part("2a")?.references == [])
    }

    @Test func aPartInheritsWhatItReferencesAndTheStemWithItsOwnChangesWinning() {
        let set = document("""
            Problem 4
            A layer has 8 input channels and a stride of 1.
            (a) Use a 3×3 kernel. Compute the output size.
            (b) Repeat (a) with a stride of 2.
            """)
        let facts = set.facts(availableTo: "4b")
        #expect(facts.map(\.name) == ["stride", "kernel size", "input channels"])
        #expect(facts.map(\.values) == [[2], [3], [8]])
        #expect(facts.map(\.from) == [nil, "4a", "stem"])
    }
}

extension ProblemModelTests {
    @Test func optionsAPDFWroteWithoutSpacesAndKindsAfterPoints() {
        let set = document("""
            Problem 2
            (a) (3 points) How does the cost grow with n?
            A. O(log n)
            B.O(n)
            C.O(n^2)
            (b) (2 points) Explain why the cost grows.
            """)
        #expect(set.part("2a")?.options.map(\.text) == ["O(log n)", "O(n)", "O(n^2)"])
        #expect(set.part("2b")?.kind == .open)
    }
}

extension ProblemModelTests {
    @Test func factsInMatricesPrefixedUnitsAndWordFractions() {
        let set = document("""
            Problem 6
            Let X = [3 1; 1 3] and P = np.array([[0.9, 0.1], [0.5, 0.5]]).
            The circuit has R = 10 kΩ in series with 4.7 μF; the lens sits thirty centimetres away.
            A sample is positive with a probability of one quarter.
            (a) Compute.
            """)
        let facts = set.problems[0].facts
        #expect(facts.first { $0.name == "X" }?.values == [3, 1, 1, 3])
        #expect(facts.first { $0.name == "X" }?.shape == [2, 2])
        #expect(facts.first { $0.name == "P" }?.values == [0.9, 0.1, 0.5, 0.5])
        #expect(facts.first { $0.name == "R" }?.values == [10])
        #expect(facts.first { $0.name == "capacitance" }?.values == [4.7])
        #expect(facts.first { $0.name == "length" }?.values == [30])
        #expect(facts.first { $0.name == "probability" }?.values == [0.25])
    }

    /// The fact families from the sixth held-out corpus, on other examples.
    @Test func factsFromShapesSizesAbsentSettingsCountsProportionsAndWordTables() {
        let set = document("""
            Problem 2
            Let h[n] = (2, -1, 1) and take the samples y = 3, 1, 4, 1, 5 with unknown variance:

            z = 2, 4, 6
            A 28×28 grayscale image enters a layer with no padding, trained without momentum.
            The encoder takes an input of size 224 × 224 × 3 and X = torch.zeros(8, 16).
            A four-class classifier; a ten-sided die; 2 in 50 patients respond.
            A queue's mean wait is 20
            minutes at the counter.
            apple 0.5
            banana 1.5
            (a) Compute.
            """)
        let facts = set.problems[0].facts
        func value(_ name: String) -> [Double]? { facts.first { $0.name == name }?.values }
        #expect(value("h[n]") == [2, -1, 1])
        #expect(value("y") == [3, 1, 4, 1, 5])
        #expect(value("z") == [2, 4, 6])
        #expect(value("variance") == nil)
        #expect(value("image size") == [28])
        #expect(value("input size") == [224, 224, 3])
        #expect(value("padding") == [0])
        #expect(value("momentum") == [0])
        #expect(value("X shape") == [8, 16])
        #expect(value("classes") == [4])
        #expect(value("sides") == [10])
        #expect(value("proportion") == [0.04])
        #expect(value("apple") == [0.5])
        #expect(value("banana") == [1.5])
        #expect(value("time") == [20])
        let prose = document("Problem 1\nStep 3\nA layer.\n(a) Compute.")
        #expect(prose.problems[0].facts.isEmpty)
    }

    @Test func aDottedPathOfLabelsIsAReference() {
        let set = document("""
            Problem 2
            (a) Split on Outlook.
            (b) Compute the gains.
            (i) for Humidity;
            (ii) for Wind.
            (c) Using b.i and b.ii, choose the root.
            """)
        #expect(set.part("2c")?.references == ["2b.i", "2b.ii"])
    }
}

/// Families from the final corpus, after its one run.
extension ProblemModelTests {
    @Test func referencesByItemPathAndSameObjectAndNotByOptionLines() {
        let set = document("""
            Problem 3
            1. Test the means.
            (a) State the hypotheses.
            (b) Compute the t statistic.
            2. Repeat part 1b with unequal variances.
            3. For the same sample, give a 95 % interval.
            4. Which of the following holds?
            a) the interval covers 0
            b) it does not
            5. Is the effect large? Answer yes or no.
            """)
        #expect(set.part("3.2")?.references == ["3.1b"])
        #expect(set.part("3.3")?.references == ["3.2"])
        #expect(set.part("3.4")?.references == [])
        #expect(set.part("3.5")?.kind == .trueFalse)
    }
}

extension ProblemModelTests {
    @Test func tfInsideAWordIsNoTrueFalseCue() {
        let set = document("""
            Problem 1
            (a) Compute the input/filter ratio.
            (b) T/F: pooling has parameters.
            """)
        #expect(set.part("1a")?.kind == .value)
        #expect(set.part("1b")?.kind == .trueFalse)
    }
}
