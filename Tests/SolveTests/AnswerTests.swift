import Foundation
import Solve
import Testing

@Suite("Answer")
struct AnswerTests {
    static func json(_ answer: Answer) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return String(decoding: try encoder.encode(answer), as: UTF8.self)
    }

    @Test func stableJSONEncoding() throws {
        #expect(try Self.json(.integer(108)) == #"{"type":"integer","value":108}"#)
        #expect(try Self.json(.real(RealValue(1.25, exact: "5/4"))) == #"{"exact":"5\/4","type":"real","value":1.25}"#)
        #expect(try Self.json(.real(RealValue(0.5))) == #"{"type":"real","value":0.5}"#)
        #expect(try Self.json(.vector([2, -1, 3])) == #"{"type":"vector","value":[2,-1,3]}"#)
        #expect(try Self.json(.matrix([[1, 2], [3, 4]])) == #"{"type":"matrix","value":[[1,2],[3,4]]}"#)
        #expect(try Self.json(.shape(dimensions: [14, 14, 32], layout: "HWC")) == #"{"layout":"HWC","type":"shape","value":[14,14,32]}"#)
        #expect(try Self.json(.shape(dimensions: [3], layout: nil)) == #"{"type":"shape","value":[3]}"#)
        #expect(try Self.json(.choice("B")) == #"{"type":"choice","value":"B"}"#)
        #expect(try Self.json(.expression("g_i - mean(g)")) == #"{"type":"expression","value":"g_i - mean(g)"}"#)
        #expect(try Self.json(.text("identity")) == #"{"type":"text","value":"identity"}"#)
    }

    @Test func roundTripsThroughJSON() throws {
        let answers: [Answer] = [
            .integer(-3), .real(RealValue(-1.1547005383792517, exact: "-2/√3")), .vector([0.5, 1]),
            .matrix([[1, 0], [0, 1]]), .shape(dimensions: [32, 28, 28], layout: "CHW"),
            .choice("C"), .expression("∂L/∂x_i = g_i − (1/m) Σ_j g_j"), .text("underdetermined"),
        ]
        for answer in answers {
            let data = try JSONEncoder().encode(answer)
            #expect(try JSONDecoder().decode(Answer.self, from: data) == answer)
        }
    }

    @Test func rejectsUnknownType() {
        let data = Data(#"{"type":"complex","value":1}"#.utf8)
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(Answer.self, from: data) }
    }

    @Test func humanDisplay() {
        #expect(Answer.integer(73856).description == "73856")
        #expect(Answer.real(RealValue(1.25, exact: "5/4")).description == "5/4 = 1.25")
        #expect(Answer.real(RealValue(2, exact: "2")).description == "2")
        #expect(Answer.vector([2, -1, 3]).description == "[2, -1, 3]")
        #expect(Answer.matrix([[1, 2.5], [3, 4]]).description == "[[1, 2.5], [3, 4]]")
        #expect(Answer.shape(dimensions: [14, 14, 32], layout: "HWC").description == "14×14×32 (HWC)")
        #expect(Answer(q(5, 4)) == .real(RealValue(1.25, exact: "5/4")))
        #expect(Answer(q(8, 2)) == .integer(4))
    }

    @Test func errorMessagesAreShortAndLowerCase() {
        let errors: [SolverError] = [
            .invalidParameter(name: "stride", reason: "must be positive, got 0"), .shapeMismatch("a vs b"),
            .emptyInput("input"), .kernelTooLarge(kernel: 5, paddedInput: 3),
            .underdetermined(rank: 1, unknowns: 3), .inconsistent, .overflow,
        ]
        for error in errors {
            let message = error.localizedDescription
            #expect(message == message.lowercased())
            #expect(!message.contains("\n"))
            #expect(message.count < 100)
        }
        #expect(SolverError.inconsistent.localizedDescription == "inconsistent: no exact solution")
    }
}
