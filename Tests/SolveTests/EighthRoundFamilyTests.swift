import Foundation
import Problems
@testable import Solve
import Source
import Testing

/// Families found in the held-out run of `solve/final9` and in learning-rate schedules across
/// the development corpora, each tested on statements written for these tests.
@Suite("Solve families, eighth round")
struct EighthRoundFamilyTests {
    static func answers(_ text: String) -> [String: Answer] {
        FifthRoundFamilyTests.recognitions(text).compactMapValues(\.answer)
    }

    static func real(_ answer: Answer?) -> Double? {
        if case .real(let value)? = answer { return value.value }
        return nil
    }

    @Test func theLearningRateAtAnEpochIsTheScheduleFormulaAtThatEpoch() throws {
        let found = Self.answers("""
            Problem 3
            A run lasts T = 60 epochs with the schedule η_t = η_min + 1/2(η_max − η_min)(1 + cos(πt/T)), η_max = 0.2 and η_min = 0.02.
            (a) What is the learning rate at epoch 20?
            (b) What is the learning rate during epoch t = 30?
            """)
        let a = try #require(Self.real(found["3a"]))
        #expect(abs(a - (0.02 + 0.09 * (1 + cos(Double.pi / 3)))) < 1e-9)
        let b = try #require(Self.real(found["3b"]))
        #expect(abs(b - 0.11) < 1e-9)
    }

    @Test func aWarmUpFormulaAnswersOnlyInsideItsStatedRange() throws {
        let found = Self.answers("""
            Problem 4
            The learning rate warms up from 0 to a peak of 0.3 over the first 1000 steps, η_t = 0.3 · t/1000 for t ≤ 1000, and decays afterwards. Training lasts 50,000 steps in total.
            (a) What is the learning rate at step 250?
            (b) What is the learning rate at step 4000?
            """)
        let a = try #require(Self.real(found["4a"]))
        #expect(abs(a - 0.075) < 1e-12)
        #expect(found["4b"] == nil)
    }

    @Test func aRangeWrittenAfterTheFormulaBoundsTheSchedule() {
        let found = Self.answers("""
            Problem 5
            After a warm-up, the rate follows η_t = 0.1 (1 − t/40), 8 ≤ t ≤ 40.
            (a) What is the learning rate at step t = 4?
            """)
        #expect(found["5a"] == nil)
    }

    @Test func anEndpointTheFormulaNeverReachesRefusesTheSchedule() {
        let found = Self.answers("""
            Problem 6
            (a) Cosine annealing decays the rate from 0.1 down to 0.01 over T = 80 epochs, η_t = 0.05(1 + cos(πt/T)). What is the learning rate at epoch 40?
            """)
        #expect(found["6a"] == nil)
    }

    @Test func aGivenRateWithASubscriptIsNotTheScheduleAtStepZero() throws {
        let found = Self.answers("""
            Problem 7
            The base learning rate is η_0 = 0.4.
            (a) Annealing from η_0 down to 0 over T = 10 epochs, η_t = 0.5 η_0 (1 + cos(πt/T)). What is η_{5}?
            """)
        let a = try #require(Self.real(found["7a"]))
        #expect(abs(a - 0.2) < 1e-9)
    }

    @Test func aHalfWrittenAgainstALetterIsNotRead() {
        let found = Self.answers("""
            Problem 8
            The rate follows η_t = 1/2η_0(1 + cos(πt/T)) with η_0 = 0.4 and T = 10.
            (a) What is η_{5}?
            """)
        #expect(found["8a"] == nil)
    }

    @Test func aStepLRCallInThePartGivesTheRateAtAnEpoch() throws {
        let found = Self.answers("""
            Problem 9
            The initial learning rate is 0.2, and epochs are numbered from 0.
            (a) With StepLR(optimizer, step_size=20, gamma=0.1), what learning rate is used during epoch 45?
            (b) What learning rate does a linear warm-up to 0.2 over 10 epochs give in epoch 45?
            """)
        let a = try #require(Self.real(found["9a"]))
        #expect(abs(a - 0.002) < 1e-12)
        #expect(found["9b"] == nil)
    }

    @Test func aStepLRSteppedPerIterationIsNotReadPerEpoch() {
        let found = Self.answers("""
            Problem 10
            (a) StepLR(opt, step_size=5, gamma=0.5) is stepped every iteration, with lr=0.1 in the optimizer. What learning rate is used during epoch 12?
            """)
        #expect(found["10a"] == nil)
    }

    @Test func aLeibnizDerivativeOfAnActivationAsksForTheDerivative() throws {
        let found = Self.answers("""
            Problem 11
            (a) What is d/dx tanh(x) at x = 0.5?
            (b) Compute (d/dz) σ(z) at z = 0.
            """)
        let a = try #require(Self.real(found["11a"]))
        #expect(abs(a - (1 - pow(tanh(0.5), 2))) < 1e-9)
        let b = try #require(Self.real(found["11b"]))
        #expect(abs(b - 0.25) < 1e-12)
    }

    @Test func aLayerNormTakesNoScaleOrShiftFromAnEarlierBatchNormPart() throws {
        let found = Self.answers("""
            Problem 12
            A batch-norm layer sees the batch x = (2, 6).
            (a) With γ = 4 and β = 1, compute the layer's outputs y_i.
            (b) Layer normalization is applied to one token with features (1, 3, 5, 7). Compute its output.
            (c) Layer normalization with γ = 1 and β = 0 is applied to the token (1, 3, 5, 7). Compute its output.
            """)
        #expect(found["12b"] == nil)
        let c = try #require(found["12c"])
        guard case .vector(let values) = c else { Issue.record("\(c)"); return }
        let s = sqrt(5.0)
        #expect(zip(values, [-3 / s, -1 / s, 1 / s, 3 / s]).allSatisfy { abs($0 - $1) < 1e-6 })
    }

    @Test func aPrecisionAfterToIsNoEndpointOfTheSchedule() throws {
        let found = Self.answers("""
            Problem 13
            (a) With η_t = 0.5 η_0 (1 + cos(πt/T)), η_0 = 0.3 and T = 12, give η_{4} to 3 significant figures.
            """)
        let a = try #require(Self.real(found["13a"]))
        #expect(abs(a - 0.225) < 1e-9)
    }

    @Test func reasonsAskedWithGiveAreWordsNotAComputation() {
        let found = Self.answers("""
            Problem 14
            A feature map is X = [[1, 2], [3, 4]].
            (a) Apply global average pooling to X.
            (b) Give two reasons why global average pooling replaced fully connected heads.
            (c) Name one disadvantage of global average pooling over X.
            """)
        #expect(Self.real(found["14a"]) == 2.5)
        #expect(found["14b"] == nil)
        #expect(found["14c"] == nil)
    }

    @Test func aSettingBetweenPartsBelongsToTheLaterPartsNotTheOneBeforeIt() throws {
        let found = Self.answers("""
            Problem 15
            A feature map is B = [[2, 0, 4, 2], [6, 4, 0, 2], [1, 1, 3, 3], [1, 1, 5, 1]].
            (a) Apply 2 × 2 average pooling with stride 2 to B.

            Consider the following layers: a 5 × 5 convolution with stride 1, then a 3 × 3 convolution with stride 2.

            (b) What is the receptive field of one output unit of the second layer?
            """)
        #expect(found["15a"] == .matrix([[3, 2], [1, 3]]))
        #expect(found["15b"] == .integer(7))
    }

    @Test func aLayerTableWithFiltersAfterTheStrideAndPoolingRowsWithoutThemGivesReceptiveFields() {
        let found = Self.answers("""
            Problem 16
            The network's input is 3 × 64 × 64. Its layers:
            Layer Type Kernel / stride
            1 Conv 5 × 5, stride 1, 32 filters
            2 MaxPool 3 × 3, stride 2
            3 Conv 3 × 3, stride 1, 48 filters
            4 Conv 3 × 3, stride 2
            (a) What is the receptive field of one unit at the output of layer 3?
            (b) Same question for the output of layer 4.
            (c) How many MACs does layer 4 perform?
            """)
        #expect(found["16a"] == .integer(11))
        #expect(found["16b"] == .integer(15))
        #expect(found["16c"] == nil)
    }

    @Test func subPartsCountTheModuleTheirPartConsidersAndItsFirstLayer() {
        let found = Self.answers("""
            Problem 17
            Recurrent layers here keep two bias vectors per gate.
            (a) Consider nn.GRU(input_size=32, hidden_size=64, num_layers=3).
            (i) How many parameters does the first layer have?
            (ii) How many parameters does the whole module have?
            (b) nn.LSTM(16, 8), a single layer.
            """)
        // 3 · (64·32 + 64·64 + 2·64) for the first layer; 3 · (64·64 + 64·64 + 2·64) for each other.
        #expect(found["17a.i"] == .integer(18816))
        #expect(found["17a.ii"] == .integer(18816 + 2 * 24960))
        #expect(found["17a"] == nil)
        #expect(found["17b"] == .integer(4 * (8 * 16 + 8 * 8 + 2 * 8)))
    }

    @Test func aBarePartAfterPartsAskingSomethingElseIsNotCounted() {
        let found = Self.answers("""
            Problem 18
            (a) What is the output shape of nn.Conv2d(3, 8, 3) on a 3 × 10 × 10 input?
            (b) nn.GRU(64, 32), a single layer.
            """)
        #expect(found["18b"] == nil)
    }

    @Test func optimizerRunsContinueRepeatAndStartFromAFlattenedSubscript() throws {
        let found = Self.answers("""
            Problem 19
            Minimize f(w) = w_1^2 + w_2^2 with ∇f(w) = (2 w_1, 2 w_2), starting from w0 = (2, −1).
            (a) Take one step of gradient descent with learning rate η = 0.25. Give the iterate w_1.
            (b) Use heavy-ball momentum with η = 0.25 and β = 0.5, in the form v_{t+1} = β v_t + ∇f(w_t), w_{t+1} = w_t − η v_{t+1}. Give w_2.
            (c) Repeat (b) with Nesterov momentum, v_{t+1} = β v_t − η ∇f(w_t + β v_t), w_{t+1} = w_t + v_{t+1}. Give w_2.
            (d) Take one step of Adam with η = 0.1, β_1 = 0.9, β_2 = 0.999, ϵ = 10^{−8} and bias correction. Give the iterate w_1.
            (e) Take a second Adam step from your answer to (d). Give the iterate w_2.
            (f) Take a third Adam step from your answer to (d). Give the iterate w_3.
            """)
        #expect(found["19a"] == .vector([1, -0.5]))
        // Heavy ball: v1 = (4, −2), w1 = (1, −0.5); v2 = (2, −1) + (2, −1) = (4, −2), w2 = (0, 0).
        #expect(found["19b"] == .vector([0, 0]))
        // Nesterov: v1 = −0.25·(4, −2) = (−1, 0.5), w1 = (1, −0.5); v2 = (−0.5, 0.25) − 0.25·∇f((0.5, −0.25)) = (−0.75, 0.375).
        guard case .vector(let nesterov)? = found["19c"] else { Issue.record("19c: \(String(describing: found["19c"]))"); return }
        #expect(zip(nesterov, [0.25, -0.125]).allSatisfy { abs($0 - $1) < 1e-12 })
        // Adam's first two steps move each coordinate by about η against its gradient's sign.
        guard case .vector(let second)? = found["19e"] else { Issue.record("19e: \(String(describing: found["19e"]))"); return }
        #expect(abs(second[0] - 1.8) < 1e-3 && abs(second[1] + 0.8) < 1e-3)
        #expect(found["19f"] == nil)
    }

    @Test func aScheduleThatHalvesOrDividesEveryFewEpochs() throws {
        let found = Self.answers("""
            Problem 20
            (a) A step schedule starts at 0.4 and halves the learning rate every 10 epochs, counted from 0. What learning rate is used in epoch 35?
            (b) A step schedule starts at 0.5 and divides the learning rate by 10 every 20 epochs, counted from 0. What learning rate is used in epoch 45?
            (c) A step schedule starts at 0.5 and decays the learning rate by a factor of 10 every 20 epochs, counted from 0. What learning rate is used in epoch 45?
            """)
        #expect(Self.real(found["20a"]) == 0.05)
        let b = try #require(Self.real(found["20b"]))
        #expect(abs(b - 0.005) < 1e-12)
        #expect(found["20c"] == nil)
    }

    @Test func aStabilityConstantOfTenIsAnExponentLostInPasting() {
        let found = Self.answers("""
            Problem 21
            A batch-norm layer sees the batch x = (1, 2, 3, 6) with γ = 1 and β = 0.
            −5
            (a) With ϵ = 10 , compute the layer's outputs y_i.
            (b) Take one step of Adam on f(w) = w^2 with ∇f(w) = (2 w), w_0 = (1), η = 0.1, β_1 = 0.9, β_2 = 0.999 and ϵ = 10 . Give w_1.
            """)
        #expect(found["21a"] == nil)
        #expect(found["21b"] == nil)
    }

    @Test func aLayerNormTakesScaleAndShiftFromTheSetsConventions() throws {
        let found = FifthRoundFamilyTests.recognitions("""
            Conventions: in every normalization layer use ϵ = 0, γ = 1 and β = 0 unless a part states otherwise.

            Problem 22
            A batch-norm layer with γ = 2 and β = 1 sees the batch x = (0, 4).
            (a) Compute the layer's outputs y_i.
            (b) Layer normalization is applied to one example with features (1, 2, 3, 6). Compute its output.
            """).compactMapValues(\.answer)
        guard case .vector(let values)? = found["22b"] else { Issue.record("22b: \(String(describing: found["22b"]))"); return }
        let s = sqrt(3.5)
        #expect(zip(values, [-2 / s, -1 / s, 0, 3 / s]).allSatisfy { abs($0 - $1) < 1e-9 })
    }

    @Test func aSquareOutputShapeAnswersAChoiceOfSpatialSizes() {
        let found = Self.answers("""
            Problem 23
            (a) A 3 × 96 × 96 image goes through nn.Conv2d(3, 8, kernel_size=5, stride=2, padding=2). What is the spatial size of the output (height = width)?
            (A) 46
            (B) 47
            (C) 48
            (D) 96
            (b) A 3 × 96 × 64 image goes through nn.Conv2d(3, 8, kernel_size=3, padding=1). What is the spatial size of the output?
            (A) 64
            (B) 96
            """)
        #expect(found["23a"] == .choice("C"))
        #expect(found["23b"] == nil)
    }

    @Test func anInterludeLeavesAPartOnlyAfterItsQuestionAndAsksNone() {
        let split = PartInterlude.split("Compute the mean of x.\n\nConsider the following table of layers:\n1 Conv 3 × 3, stride 1")
        #expect(split.own == "Compute the mean of x.")
        #expect(split.interlude?.hasPrefix("Consider the following table") == true)
        #expect(PartInterlude.split("The data are below.\n\nConsider the following table: 1 2 3").interlude == nil)
        #expect(PartInterlude.split("Compute y.\n\nThe following kernel is used. What is y at 2?").interlude == nil)
        #expect(PartInterlude.split("Compute y for x = 2.").interlude == nil)
    }

    @Test func aDropoutMaskStatedInWordsAndAQuestionWhoseRelativeClauseNamesTraining() {
        let found = Self.answers("""
            Problem 25
            A layer outputs h = (4, −2, 1, 6). Dropout with drop rate 0.5 is used; this pass keeps units 2 and 3 and drops units 1 and 4.
            (a) With inverted dropout, what does the layer output during training?
            (b) With the original dropout, which does not rescale during training, what does the layer output at test time?
            """)
        #expect(found["25a"] == .vector([0, -4, 2, 0]))
        #expect(found["25b"] == .vector([2, -1, 0.5, 3]))
    }

    @Test func aMaskInWordsWhoseCountingIsUnclearIsNotRead() {
        let found = Self.answers("""
            Problem 26
            A layer outputs h = (4, −2, 1, 6). Dropout with drop rate 0.5 is used; this pass keeps units 1 and 2.
            (a) With inverted dropout, what does the layer output during training?
            """)
        #expect(found["26a"] == nil)
    }

    @Test func classesListedWithTheirOrderNamedFixTheTrueClass() throws {
        let found = Self.answers("""
            Problem 27
            A classifier (classes: bird, plane, ship, in this order) outputs the scores z = (1.0, 3.0, 0.0) for an image whose true label is ship.
            (a) Compute the cross-entropy loss.
            """)
        let loss = try #require(Self.real(found["27a"]))
        let expected = -log(exp(0.0) / (exp(1.0) + exp(3.0) + exp(0.0)))
        #expect(abs(loss - expected) < 1e-9)
    }

    @Test func classesListedAfterACopulaOrFollowedByRespectivelyAreTheClasses() throws {
        for statement in ["The classes are bird, plane and ship, in that order; the scores are z = (1.0, 3.0, 0.0). The true label is ship.",
                          "A classifier over the labels: bird, plane, ship, respectively, outputs the scores z = (1.0, 3.0, 0.0). The true label is ship."] {
            let found = Self.answers("Problem 28\n\(statement)\n(a) Compute the cross-entropy loss.")
            let loss = try #require(Self.real(found["28a"]), "\(statement)")
            #expect(abs(loss - -log(exp(0.0) / (exp(1.0) + exp(3.0) + exp(0.0)))) < 1e-9)
        }
    }
}
