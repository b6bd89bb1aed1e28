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
