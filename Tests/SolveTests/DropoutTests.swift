import Solve
import Testing

@Suite("Dropout")
struct DropoutTests {
    @Test func invertedScaleIsOneOverKeep() throws {
        let dropout = try Dropout(keepProbability: 0.8)
        #expect(dropout.trainingScale == RealValue(1.25, exact: "5/4"))
        #expect(dropout.drop == RealValue(0.2, exact: "1/5"))
        #expect(try Dropout(keepProbability: 0.5).trainingScale == RealValue(2, exact: "2"))
        let fromRate = try Dropout(dropRate: 0.3)
        #expect(fromRate.keep == RealValue(0.7, exact: "7/10"))
        #expect(fromRate.trainingScale.exact == "10/7")
        #expect(isClose(fromRate.trainingScale.value, 1.4285714285714286))
    }

    @Test func expectations() throws {
        let dropout = try Dropout(keepProbability: 0.8)
        // E[output] = p · (a/p) + q · 0 = a.
        #expect(dropout.expectedTrainingOutput(of: 3) == 3)
        #expect(try dropout.expectedZeroed(units: 100) == RealValue(20, exact: "20"))
        #expect(try dropout.expectedZeroed(units: 7) == RealValue(1.4, exact: "7/5"))
        #expect(try dropout.expectedKept(units: 100) == RealValue(80, exact: "80"))
    }

    @Test func trainingAndTestOutputs() throws {
        let dropout = try Dropout(keepProbability: 0.8)
        #expect(try dropout.trainingOutput([1, 2, 3, 4, 5], keepMask: [true, false, true, true, false]) == [1.25, 0, 3.75, 5, 0])
        #expect(dropout.testOutput([1, 2, 3]) == [1, 2, 3])
        #expect(dropout.testScale == RealValue(1, exact: "1"))
        #expect(dropout.testTimeBehaviour.hasPrefix("identity"))
    }

    @Test func standardDropoutScalesAtTestTime() throws {
        let dropout = try Dropout(keepProbability: 0.8, variant: .standard)
        #expect(dropout.trainingScale.value == 1)
        #expect(dropout.testOutput([1, 2]) == [0.8, 1.6])
        #expect(dropout.expectedTrainingOutput(of: 10) == 8)
    }

    @Test func invalidParametersThrow() {
        #expect(throws: SolverError.self) { try Dropout(keepProbability: 0) }
        #expect(throws: SolverError.self) { try Dropout(keepProbability: 1.5) }
        #expect(throws: SolverError.self) { try Dropout(keepProbability: .nan) }
        #expect(throws: SolverError.self) { try Dropout(dropRate: 1) }
        #expect(throws: SolverError.self) { try Dropout(dropRate: -0.1) }
        #expect(throws: SolverError.self) { try Dropout(keepProbability: 0.5).trainingOutput([1, 2], keepMask: [true]) }
        #expect(throws: SolverError.self) { try Dropout(keepProbability: 0.5).expectedZeroed(units: -1) }
    }
}

/// Parts that ask what one unit passes on: in training when it survives, or at test time.
@Suite("Dropout: what a unit outputs")
struct DropoutOutputRecognitionTests {
    static func answer(_ text: String, context: String = "") -> Recognition {
        Recognizer().recognize(PartStatement(id: "2b", text: text, context: context))
    }

    @Test func survivorsAndTestTimeOutputs() {
        #expect(Self.answer("With inverted dropout and keep probability 0.5, a neuron with activation 1.2 is kept. What value does it pass on during training?").answer
            == .real(RealValue(2.4, exact: "12/5")))
        #expect(Self.answer("At inference, what does a unit with activation 4 output?", context: "The network was trained with standard dropout, drop rate 0.25.").answer
            == .integer(3))
        #expect(Self.answer("At test time, what does a unit with activation 0.7 output?", context: "Inverted dropout with p_keep = 0.9 is used.").answer
            == .real(RealValue(0.7, exact: "7/10")))
    }

    @Test func withoutTheVariantTheOutputIsNotComputed() {
        let recognition = Self.answer("A model was trained with dropout at rate 0.3. At test time, what does a unit whose activation is 1.0 output?")
        #expect(recognition.answer == nil)
        #expect(recognition.reason?.contains("inverted or standard dropout is not stated") == true, "\(recognition.reason ?? "")")
    }
}

/// The dropout variant and rate come from the part, its problem's statement or the set's
/// conventions, never from an earlier part.
@Suite("Dropout: where the settings come from")
struct DropoutSettingsTests {
    @Test func anEarlierPartsVariantDoesNotCarryOver() {
        let part = PartStatement(
            id: "2c", text: "With inverted dropout and keep probability q = 0.5, what does a surviving unit with activation 2 pass on in training?",
            statement: "Dropout questions.", earlierParts: [("a", "Standard (non-inverted) dropout with drop rate 0.1 is used here.")])
        #expect(Recognizer().recognize(part).answer == .integer(4))
        let later = PartStatement(
            id: "2d", text: "What is the expected number of units zeroed among 100 units?",
            statement: "Dropout questions.", earlierParts: [("a", "Dropout with drop rate 0.1 is used here.")])
        #expect(Recognizer().recognize(later).answer == nil)
    }
}
