import Problems
import Solve
import Source
import Testing

/// Multiple-choice parts whose options are numbers: the question is computed without its
/// options and the one equal option is the answer; otherwise the part needs a key.
@Suite("Solve: multiple choice by computation")
struct ChoiceByComputationTests {
    static func recognitions(_ text: String) -> [String: Recognition] {
        let document = ProblemDocument(source: SourceReader.plain(text))
        return Dictionary(document.partStatements.map { ($0.id, Recognizer().recognize($0)) }, uniquingKeysWith: { a, _ in a })
    }

    @Test func theOneOptionEqualToTheComputedValueIsTheAnswer() {
        let recognitions = Self.recognitions("""
            Problem 1. Dropout and activations (6 points)

            (a) With inverted dropout and keep probability 0.5, what is the expected value of the training-time output of a unit whose activation is 3?
                (A) 1.5   (B) 3   (C) 6   (D) 0
            (b) Let z = (0, 0). What is softmax(z)? Choose one.
                A. (0.5, 0.5)
                B. (1, 0)
            (c) What is tanh(0.5)?
                A. 0.46
                B. 0.50
                C. 0.54
            (d) Compute ReLU(-2).
                (A) 0  (B) 0  (C) -2
            (e) What is the multiclass hinge loss with margin 1 for scores s = (2, 1, 0) when the correct class is the first class?
                (A) 1  (B) 2  (C) 3
            """)
        #expect(recognitions["1a"]?.answer == .choice("B"), "\(String(describing: recognitions["1a"]))")
        // Options that are not single numbers need a key.
        #expect(recognitions["1b"]?.answer == nil)
        // Rounded to the options' two decimals: tanh(0.5) = 0.4621.
        #expect(recognitions["1c"]?.answer == .choice("A"), "\(String(describing: recognitions["1c"]))")
        // Two equal options: no single answer.
        #expect(recognitions["1d"]?.answer == nil)
        #expect(recognitions["1d"]?.reason?.contains("matches 2 of the options") == true, "\(recognitions["1d"]?.reason ?? "")")
        // Computed 0 matches no option.
        #expect(recognitions["1e"]?.answer == nil)
        #expect(recognitions["1e"]?.reason?.contains("matches 0 of the options") == true, "\(recognitions["1e"]?.reason ?? "")")
    }
}
