import Foundation
@testable import Solve
import Testing

/// Parts that repeat an earlier part with a change, and true/false claims judged by computing
/// them; statements written for these tests.
@Suite("Repeated parts and true/false claims")
struct RepeatAndJudgeTests {
    static func answer(_ text: String, context: String) -> Answer? {
        Recognizer().recognize(PartStatement(id: "1c", text: text, context: context)).answer
    }

    static let signal = "Let x = [2, 0, 1, 3, 1] be a signal and w = [1, 2] a kernel; the kernel is not flipped.\n(a) Compute the (valid) cross-correlation y = x ⋆ w with stride 1."

    @Test func aRepeatedPartTakesItsChange() {
        // Valid, stride 2: positions 0 and 2 of (2, 2, 7, 5) → (2, 7).
        #expect(Self.answer("Same as (a), but with a stride of 2.", context: Self.signal) == .vector([2, 7]))
        // One zero of padding each side: (0·1 + 2·2, 2, 2, 7, 5, 1).
        #expect(Self.answer("Repeat (a) with one zero of padding on each side of x.", context: Self.signal) == .vector([4, 2, 2, 7, 5, 1]))
        // A part it does not have: nothing.
        #expect(Self.answer("Same as (d), but with a stride of 2.", context: Self.signal) == nil)
    }

    static let dropout = "Dropout questions; the dropout is inverted."

    @Test func trueOrFalseByComputation() {
        #expect(Self.answer("True or False: in a layer of 50 units with drop rate 0.1, the expected number of units zeroed in one pass is 5.", context: Self.dropout) == .text("true"))
        #expect(Self.answer("True or False: in a layer of 50 units with drop rate 0.1, the expected number of units zeroed in one pass is 45.", context: Self.dropout) == .text("false"))
        // 0.33 of 50 = 16.5: "17" is within its rounding, so only "about 17" is true.
        #expect(Self.answer("True or False: in a layer of 50 units with drop rate 0.33, the expected number of units zeroed in one pass is 17.", context: Self.dropout) == nil)
        #expect(Self.answer("True or False: in a layer of 50 units with drop rate 0.33, the expected number of units zeroed in one pass is about 17.", context: Self.dropout) == .text("true"))
        // A claim whose quantity is not computed gets no verdict.
        #expect(Self.answer("True or False: dropout is a form of regularization.", context: Self.dropout) == nil)
    }
}

/// Arrays that words name instead of symbols, and a part's own operation over its problem's.
@Suite("Arrays named by words")
struct ArraysNamedByWordsTests {
    @Test func unnamedArraysTakeTheirRoleFromTheWordBefore() {
        // Transposed, stride 3: 2·(1, −1) at 0, 1·(1, −1) at 3 → (2, −2, 0, 1, −1).
        let text = "A 1D transposed convolution with kernel [1, −1], stride 3 and no padding is applied to the input [2, 1]. Write out the output."
        #expect(Recognizer().recognize(PartStatement(id: "2a", text: text)).answer == .vector([2, -2, 0, 1, -1]))
    }

    @Test func aFilterOfUnknownsIsRecoveredWhateverTheProblemDidBefore() {
        let context = "(a) A 1D transposed convolution with kernel [1, 2], stride 2 is applied to the input [1, 1]. Write out the output."
        let text = "A two-tap filter v = [v_0, v_1] was applied to x = [1, 0, 2] (stride 1, no padding, not flipped) and produced y = [3, 4]. Recover v."
        // 1·v_0 + 0·v_1 = 3, 0·v_0 + 2·v_1 = 4.
        #expect(Recognizer().recognize(PartStatement(id: "2b", text: text, context: context)).answer == .vector([3, 2]))
    }
}
