import Grade
import Solve
import Testing

/// One test per family of transcript writing found in the independent corpus, each on an
/// example written here (not the corpus's own text).
@Suite("Answer families")
struct AnswerFamilyTests {
    static func grade(_ text: String, _ key: [String: Answer], ids: [String]? = nil) -> [String: Verdict] {
        let ids = ids ?? key.keys.sorted(by: PartOrder.precedes)
        let verdicts = Grader.grade(transcript: TranscriptReader.fromText(text), expected: key.mapValues { Optional($0) }, partIDs: ids)
        return Dictionary(uniqueKeysWithValues: verdicts.map { ($0.part, $0) })
    }

    @Test func anAnswerOfferedUnderAConditionMakesItUnclear() {
        let verdicts = Self.grade("""
            Assistant:
            **(c)** Weight and bias per channel give 2 · 32 = 64 parameters — (A). If your course counts the running averages too, the answer would be (B) 128.
            """, ["4c": .choice("A")], ids: ["4c"])
        #expect(verdicts["4c"]?.kind == .unclear, "\(String(describing: verdicts["4c"]))")
    }

    @Test func aSummaryListThatContradictsTheBodyIsUnclear() {
        let verdicts = Self.grade("""
            Assistant:
            **2(a).** Halving the learning rate twice gives 0.25 of it, so the answer is (D).

            Quick list:
            - 2(a): C
            """, ["2a": .choice("D")])
        #expect(verdicts["2a"]?.kind == .unclear)
        let agreeing = Self.grade("""
            Assistant:
            **2(a).** Halving the learning rate twice gives 0.25 of it, so the answer is (D).

            Quick list:
            - 2(a): D
            """, ["2a": .choice("D")])
        #expect(agreeing["2a"]?.kind == .correct)
    }

    @Test func combinedPartsTakeTheirClausesInOrder() {
        let verdicts = Self.grade("""
            Assistant:
            Problem 2 (a) and (b): the sum is 3 + 4 = 7, so the mean is 7/2 = 3.5.
            """, ["2a": .integer(7), "2b": .real(RealValue(3.5))])
        #expect(verdicts["2a"]?.kind == .correct)
        #expect(verdicts["2b"]?.kind == .correct)
    }

    @Test func aWordLikeCorrectionInProseIsNotACorrection() {
        let verdicts = Self.grade("""
            Assistant:
            **1(b).** After the error correction step the code rate is 4/7, so the answer is (C).
            """, ["1b": .choice("C")], ids: ["1b"])
        #expect(verdicts["1b"]?.kind == .correct)
        #expect(verdicts["1b"]?.withdrawn == nil)
    }

    @Test func aRestatementAfterIeIsTheAnswer() {
        let verdicts = Self.grade("""
            Assistant:
            **(a)** Differentiating gives ∂E/∂w = x − t, i.e. elementwise x_j − t_j.
            """, ["5a": .expression("x_j - t_j")], ids: ["5a"])
        #expect(verdicts["5a"]?.kind == .correct)
    }

    @Test func numberedListItemsAreProblemsWhenTheyMovePastTheCurrentOne() {
        let verdicts = Self.grade("""
            Assistant:
            1. **Kernels**
               (a) $k = 5$
               (b) $s = 2$
            2. **Sum**
               $\\tfrac{1}{2} + \\tfrac{1}{3} = \\tfrac{5}{6}$
            """, ["1a": .integer(5), "1b": .integer(2), "2": .real(RealValue(5.0 / 6))])
        #expect(verdicts["1a"]?.kind == .correct)
        #expect(verdicts["1b"]?.kind == .correct)
        #expect(verdicts["2"]?.kind == .correct)
    }

    @Test func aShapeAfterProseWithOtherSizes() {
        let key: [String: Answer] = ["1a": .shape(dimensions: [8, 28, 28], layout: "CHW")]
        let answered = Self.grade("Assistant:\n(a) A 3×3 kernel with padding 1 keeps the size, so the output per image is `[8, 28, 28]`.\n", key, ids: ["1a"])
        #expect(answered["1a"]?.kind == .correct)
        // A kernel size in a sentence is no answer: missing, not a wrong shape.
        let unanswered = Self.grade("Assistant:\n(a) We use the 3×3 kernel from the lecture here, and padding keeps things simple.\n", key, ids: ["1a"])
        #expect(unanswered["1a"]?.kind == .missing)
    }

    @Test func aFormulaAloneOnItsLine() {
        let verdicts = Self.grade("Assistant:\n2b) s_i − t_i\n", ["2b": .expression("s_i - t_i")], ids: ["2b"])
        #expect(verdicts["2b"]?.kind == .correct)
    }

    @Test func theLastCommittedAnswerWinsOverAnEarlierBox() {
        let verdicts = Self.grade("""
            Assistant:
            The fee is $\\boxed{40}$ per month, so over a year she pays $12 \\cdot 40 = 480$. Final Answer: The final answer is $1,480$.
            """, ["1": .integer(1480)], ids: ["1"])
        #expect(verdicts["1"]?.kind == .correct)
    }

    @Test func aValueAfterACopulaRestatesAVariable() {
        let verdicts = Self.grade("Assistant:\nFinal answer: the smallest $k$ is 12.\n", ["1": .integer(12)], ids: ["1"])
        #expect(verdicts["1"]?.kind == .correct)
        let spoken = Self.grade("Assistant:\nno, not 8 — it's 9,000.5 m\n", ["1": .real(RealValue(9000.5))], ids: ["1"])
        #expect(spoken["1"]?.kind == .correct)
    }

    @Test func bracketsAroundAMatrixEnvironment() {
        let verdicts = Self.grade("Assistant:\nResult: $\\left[\\begin{array}{cc}2 & 0 \\\\ 1 & \\frac{1}{2}\\end{array}\\right]$\n",
                                  ["1": .matrix([[2, 0], [1, 0.5]])], ids: ["1"])
        #expect(verdicts["1"]?.kind == .correct)
    }

    @Test func partsNamedAtSentenceStartsInOneParagraph() {
        let verdicts = Self.grade("""
            User: next, question 4 please: (a) the bigger layer and (c) the total weights
            Assistant: For (a), the conv layer is bigger (2,400 versus 1,100). For (c), the weights are 300 + 900 = 1200 in total.
            """, ["4a": .choice("A"), "4c": .integer(1200)], ids: ["4a", "4b", "4c"])
        #expect(verdicts["4c"]?.kind == .correct, "\(String(describing: verdicts["4c"]))")
    }

    @Test func aProblemSwitchInProseIsNotAnAnswer() {
        let verdicts = Self.grade("""
            Assistant:
            **1(b).** The gradient is ∂E/∂o = o − t.
            Now Question 2:
            **2(a).** 5
            """, ["1b": .expression("o - t"), "2a": .integer(5)], ids: ["1b", "2a"])
        #expect(verdicts["1b"]?.kind == .correct)
        #expect(verdicts["2a"]?.kind == .correct)
    }

    @Test func unlabelledPartsTakeTheLastClauseOfTheirKind() {
        let verdicts = Self.grade("""
            Assistant:
            **Problem 3.** The mean is $\\mu = 2$ and the centred vector is $x - \\mu = (1, 0, -1)$, so the normalised vector is $\\hat x = (1.22, 0, -1.22)$. The variance is $\\sigma^2 = 2/3$.
            """, ["3a": .vector([1.22, 0, -1.22]), "3b": .real(RealValue(2.0 / 3))], ids: ["3a", "3b"])
        #expect(verdicts["3a"]?.kind == .correct, "\(String(describing: verdicts["3a"]))")
        #expect(verdicts["3b"]?.kind == .correct)
    }

    @Test func aSummaryTableWithProblemAndPartColumns() {
        let verdicts = Self.grade("""
            Assistant:
            **(a)** The score is $\\frac{6}{\\sqrt{4}} = 3$.

            | Problem | Part | Answer |
            |---|---|---|
            | 2 | a | 4 |
            """, ["2a": .integer(3)], ids: ["2a"])
        #expect(verdicts["2a"]?.kind == .unclear)
    }

    @Test func subPartsInProseAndInASummaryTable() {
        let key: [String: Answer] = ["2a": .integer(6), "2b.i": .integer(9), "2b.ii": .vector([1, 3])]
        let ids = ["2a", "2b", "2b.i", "2b.ii"]  // 2b itself has no answer: ungraded
        let verdicts = Self.grade("""
            Assistant:
            **Problem 2.** The trace is $1 + 5 = 6$; the determinant is $2 \\cdot 5 - 1 = 9$ and the eigenvector is $v = (1, 3)$.

            | Problem | Part | Answer |
            |---|---|---|
            | 2 | b(ii) | (1, 3) |
            """, key, ids: ids)
        #expect(verdicts["2a"]?.kind == .correct)
        #expect(verdicts["2b.i"]?.kind == .correct)
        #expect(verdicts["2b.ii"]?.kind == .correct)
        #expect(verdicts["2b"]?.kind == .ungraded)
    }

    @Test func aSkippedPartNamedInBracketsIsMissing() {
        let verdicts = Self.grade("Assistant:\n(b) I'll leave (b) for later; tell me if you need it.\n", ["1b": .vector([1, 2])], ids: ["1a", "1b"])
        #expect(verdicts["1b"]?.kind == .missing)
    }

    @Test func bracketedLettersAfterAProblemWord() {
        let verdicts = Self.grade("Assistant:\n**Q4 [b]:** $3 \\times 7 = 21$\n", ["4a": .integer(5), "4b": .integer(21)])
        #expect(verdicts["4b"]?.kind == .correct)
        #expect(verdicts["4a"]?.kind == .missing)
    }

    @Test func bothTruthValuesOfferedAreUnclear() {
        let verdicts = Self.grade("Assistant:\n(c) True in the textbook sense, but False if the bias is counted — it depends.\n", ["1c": .text("true")], ids: ["1c"])
        #expect(verdicts["1c"]?.kind == .unclear)
    }

    @Test func aRestatementAfterTheLastFormulaClause() {
        let verdicts = Self.grade("Assistant:\n(b) Each map has 7 · 7 = 49 cells; with 20 maps, i.e. 980 values in all.\n", ["3b": .integer(980)], ids: ["3b"])
        #expect(verdicts["3b"]?.kind == .correct)
    }

    @Test func aSummaryListOfWholeProblems() {
        let verdicts = Self.grade("""
            Assistant:
            **Exercise 4.2**

            $$
            [2, 0, 1]
            $$

            **Summary**

            - 4.2: [2, 0, 5]
            """, ["4.2": .vector([2, 0, 1])], ids: ["4.1", "4.2"])
        #expect(verdicts["4.2"]?.kind == .unclear)
    }

    @Test func partsAnsweredRespectivelyInProse() {
        let verdicts = Self.grade("""
            Assistant:
            For Problem 5, parts (a) and (b): the pooled maps are [4, 6] and [2, 3] respectively.
            """, ["5a": .vector([4, 6]), "5b": .vector([2, 3])])
        #expect(verdicts["5a"]?.kind == .correct)
        #expect(verdicts["5b"]?.kind == .correct)
    }

    @Test func aSignOrDecimalPointAfterALabelBelongsToTheNumber() {
        let verdicts = Self.grade("Assistant:\n3a: -4\n3b: .75\n", ["3a": .integer(-4), "3b": .real(RealValue(0.75))])
        #expect(verdicts["3a"]?.kind == .correct)
        #expect(verdicts["3b"]?.kind == .correct)
    }

    @Test func aCitationMarkerBeforeAFenceStillOpensCode() throws {
        let transcript = try TranscriptReader.read(
            #"[{"title": "hw", "current_node": "b", "mapping": {"a": {"id": "a", "parent": null, "children": ["b"], "message": {"author": {"role": "user"}, "content": {"content_type": "text", "parts": ["solve 1a"]}}}, "b": {"id": "b", "parent": "a", "children": [], "message": {"author": {"role": "assistant"}, "recipient": "all", "content": {"content_type": "text", "parts": ["1a:\n\ue200cite\ue202turn0\ue201```\n12\n```"]}}}}}]"#,
            kind: .chatGPTExport, path: "c.json")
        let text = transcript.turns.last?.text ?? ""
        #expect(!text.unicodeScalars.contains { (0xE000...0xF8FF).contains($0.value) })
        #expect(text.contains("```\n12"))
    }

    @Test func aCitedSpanMarkerKeepsTheTextAfterIt() throws {
        // U+E203 opens a cited span (its text is kept), not a reference to drop; an open U+E200 ends at the line.
        let transcript = try TranscriptReader.read(
            #"[{"title": "hw", "current_node": "b", "mapping": {"a": {"id": "a", "parent": null, "children": ["b"], "message": {"author": {"role": "user"}, "content": {"content_type": "text", "parts": ["solve 2c"]}}}, "b": {"id": "b", "parent": "a", "children": [], "message": {"author": {"role": "assistant"}, "recipient": "all", "content": {"content_type": "text", "parts": ["2c: see \ue203the table\ue204 \ue200cite\nGram matrix:\n```\n[[2, 1], [1, 2]]\n```"]}}}}}]"#,
            kind: .chatGPTExport, path: "c.json")
        let text = transcript.turns.last?.text ?? ""
        #expect(text.contains("the table"))
        #expect(text.contains("```\n[[2, 1], [1, 2]]"))
    }

    // MARK: Families from the 2026-12-01 session

    @Test func unlabelledClausesStatedInWordsAnswerThePartsInOrder() {
        let verdicts = Self.grade("""
            Assistant:
            For Problem 4, the mean of the sample is 6. The unbiased variance comes out to 2.5, and its square root gives 1.58.
            """, ["4a": .integer(6), "4b": .real(RealValue(2.5)), "4c": .real(RealValue(1.5811))])
        #expect(verdicts["4a"]?.kind == .correct, "\(String(describing: verdicts["4a"]))")
        #expect(verdicts["4b"]?.kind == .correct, "\(String(describing: verdicts["4b"]))")
        // Two significant figures after 1.5811 round to 1.58: three shown, correct.
        #expect(verdicts["4c"]?.kind == .correct, "\(String(describing: verdicts["4c"]))")
    }

    @Test func aQuestionBackAboutOnePartLeavesTheOtherPartsAnswered() {
        let verdicts = Self.grade("""
            Assistant:
            Back to problem 3: the trace gives 7 and the determinant is 10.

            For 3(c) — do you mean the eigenvalues of A or of AᵀA? Let me know and I'll compute it.
            """, ["3a": .integer(7), "3b": .integer(10), "3c": .vector([2, 5])])
        #expect(verdicts["3a"]?.kind == .correct, "\(String(describing: verdicts["3a"]))")
        #expect(verdicts["3b"]?.kind == .correct, "\(String(describing: verdicts["3b"]))")
        #expect(verdicts["3c"]?.kind == .missing)
        #expect(verdicts["3c"]?.diagnosis == "asks for the input again")
    }

    @Test func aPartNamedMidSentenceTakesItsSentence() {
        let verdicts = Self.grade("""
            Assistant:
            Problem 5. Each of the 8 heads has 3 projections of 16 × 64 = 1024 weights, so part (a) is 24,576 weights. Adding the output layer of 64 · 64 = 4096, part (b) comes to 28,672.
            """, ["5a": .integer(24576), "5b": .integer(28672)])
        #expect(verdicts["5a"]?.kind == .correct, "\(String(describing: verdicts["5a"]))")
        #expect(verdicts["5b"]?.kind == .correct, "\(String(describing: verdicts["5b"]))")
        // A part cited as a source ("the result of part (a)") is not a label.
        let cited = Self.grade("""
            Assistant:
            **Problem 5 (b).** Using the result of part (a), the total is 24,576 + 4096 = 28,672.
            """, ["5a": .integer(24576), "5b": .integer(28672)])
        #expect(cited["5a"]?.kind == .missing)
        #expect(cited["5b"]?.kind == .correct)
    }

    @Test func aConclusionAfterTheFormulaIsTheAnswer() {
        let verdicts = Self.grade("""
            Assistant:
            **2(b)** Each gate has 10·20 + 20·20 + 20 = 620 weights, so the cell has 2480 weights in total.
            """, ["2b": .integer(2480)], ids: ["2b"])
        #expect(verdicts["2b"]?.kind == .correct, "\(String(describing: verdicts["2b"]))")
    }

    @Test func partsInlineAfterAProblemHeadingWithSubParts() {
        let verdicts = Self.grade("""
            Assistant:
            **Question 3.** (a) $p = 0.3$. (b)(i) $q = 0.7$. (b)(ii) $p q = 0.21$.
            """, ["3a": .real(RealValue(0.3)), "3b.i": .real(RealValue(0.7)), "3b.ii": .real(RealValue(0.21))])
        for id in ["3a", "3b.i", "3b.ii"] { #expect(verdicts[id]?.kind == .correct, "\(id): \(String(describing: verdicts[id]))") }
    }

    @Test func eitherOrWithAConditionAfterIsUnclear() {
        let verdicts = Self.grade("""
            Assistant:
            **(d)** The margin is either $1.5$ or $3$, depending on whether we take $\\|w\\| = 2$ as given.
            """, ["1d": .real(RealValue(1.5))], ids: ["1d"])
        #expect(verdicts["1d"]?.kind == .unclear, "\(String(describing: verdicts["1d"]))")
    }

    @Test func theValuesOfOneUnknownAreAList() {
        let key: [String: Answer] = ["6": .vector([-1, 4])]
        let plain = Self.grade("Assistant:\nSo $t^2 - 3t - 4 = (t + 1)(t - 4) = 0$, hence $t = -1$ or $t = 4$.", key, ids: ["6"])
        #expect(plain["6"]?.kind == .correct, "\(String(describing: plain["6"]))")
        let wrong = Self.grade("Assistant:\nSo t = 1 and t = -4.", key, ids: ["6"])
        #expect(wrong["6"]?.kind == .incorrect, "\(String(describing: wrong["6"]))")
        // Two different unknowns are not a list of one unknown's values.
        let two = Self.grade("Assistant:\nSo a = -1 and b = 4.", key, ids: ["6"])
        #expect(two["6"]?.kind != .correct)
    }

    @Test func aMatrixPrintedOverSeveralLinesIsOneValue() {
        let verdicts = Self.grade("""
            Assistant:
            **1(b)** Running it gives

            ```
            array([[ 2, -1],
                   [ 0,  3]])
            ```
            """, ["1b": .matrix([[2, -1], [0, 3]])], ids: ["1b"])
        #expect(verdicts["1b"]?.kind == .correct, "\(String(describing: verdicts["1b"]))")
    }

    @Test func aPositionalReadingTheSummaryContradictsIsDropped() {
        // Three paragraphs of one problem's prose with clauses of other problems: the table names the parts.
        let verdicts = Self.grade("""
            User:
            1. (a) rows of A? (b) rank of A? (c) nullity of A?
            2. det of B?

            Assistant:
            A has shape 3 × 5, so it has 3 rows = 3 and the nullity is then 5 − 2 = 3.

            For B, expanding along the first row, the determinant is 4 · 2 − 1 · 3 = 5.

            | Part | Answer |
            |---|---|
            | 1a | 3 |
            | 1b | 2 |
            | 1c | 3 |
            | 2 | 5 |
            """, ["1a": .integer(3), "1b": .integer(2), "1c": .integer(3), "2": .integer(5)])
        for id in ["1a", "1b", "1c"] { #expect(verdicts[id]?.kind == .correct, "\(id): \(String(describing: verdicts[id]))") }
    }

    @Test func anOrdinalNamesTheProblem() {
        let verdicts = Self.grade("""
            Assistant:
            For the second question, the expected value is 3.5.
            """, ["1": .integer(2), "2": .real(RealValue(3.5))])
        #expect(verdicts["2"]?.kind == .correct, "\(String(describing: verdicts["2"]))")
        #expect(verdicts["1"]?.kind == .missing)
    }

    @Test func aRowOfAMatrixIsNotAVector() {
        #expect(AnswerGrammar.read("so W = [[1, 2], [3, 4]] in the end", expecting: .sequence) == .none)
        #expect(AnswerGrammar.read("the gradient's entries are (0.25, -0.5)", expecting: .sequence) != .none)
    }

    @Test func aRetypedQuestionPointsTheAnswerAtItsPart() {
        let questions = QuestionMatch(
            questions: ["1a": "How many distinct bigrams does the sentence contain?", "1b": "What is the perplexity of the unigram model on it?",
                        "2": "A bag holds 4 red and 6 blue marbles. Two are drawn without replacement; what is the probability both are red?"],
            stems: ["1": "Take the sentence 'the cat sat on the mat'."], partIDs: ["1a", "1b", "2"])
        let transcript = TranscriptReader.fromText("""
            User: a bag with 4 red, 6 blue marbles, draw two without replacement, chance both red?
            Assistant: (4/10)(3/9) = 12/90 = 2/15 ≈ 0.133.
            User: and how many distinct bigrams in 'the cat sat on the mat'?
            Assistant: There are 5 bigrams, all different: 5.
            """)
        let key: [String: Answer?] = ["1a": .integer(5), "1b": .real(RealValue(6)), "2": .real(RealValue(2.0 / 15))]
        let verdicts = Dictionary(uniqueKeysWithValues: Grader.grade(transcript: transcript, expected: key, partIDs: ["1a", "1b", "2"], questions: questions)
            .map { ($0.part, $0) })
        #expect(verdicts["2"]?.kind == .correct, "\(String(describing: verdicts["2"]))")
        #expect(verdicts["1a"]?.kind == .correct, "\(String(describing: verdicts["1a"]))")
        #expect(verdicts["1b"]?.kind == .missing)
        // Without the problem texts nothing is attributed by content.
        let blind = Grader.grade(transcript: transcript, expected: key, partIDs: ["1a", "1b", "2"])
        #expect(blind.first { $0.part == "1a" }?.kind != .correct)
    }

    @Test func aTurnThatMatchesNoQuestionClearlyAttributesNothing() {
        let questions = QuestionMatch(questions: ["1a": "Compute the mean of 2, 4 and 9.", "1b": "Compute the median of 2, 4 and 9."],
                                      stems: [:], partIDs: ["1a", "1b"])
        #expect(questions.match("thanks, that was helpful!") == nil)
        #expect(questions.match("ok what is the median of 2, 4, 9")?.parts == ["1b"])
        // Pasting several labelled parts is not one retyped question: it names the problem only.
        #expect(questions.match("(a) mean of 2, 4, 9 (b) median of 2, 4, 9")?.parts == [])
    }

    @Test func unicodeSuperscriptsArePowers() {
        #expect(AnswerGrammar.read("about 3.2 × 10⁵ operations", expecting: .scalar).value.flatMap { Equivalence.compare($0, .integer(320000)).equal } == true)
        #expect(AnswerGrammar.read("2.5·10⁻³", expecting: .scalar).value.flatMap { Equivalence.compare($0, .real(RealValue(0.0025))).equal } == true)
        let squared = AnswerGrammar.read("x² + 1", expecting: .expression).value
        #expect(squared.map { Equivalence.compare($0, .expression("x^2 + 1")).equal } == true)
    }

    @Test func greekLettersAreOneVariableHoweverWritten() {
        for written in ["μ/(1 + κ)", "\\mu/(1+\\kappa)", "mu / (1 + kappa)"] {
            let value = AnswerGrammar.read(written, expecting: .expression).value
            #expect(value.map { Equivalence.compare($0, .expression("mu/(1+kappa)")).equal } == true, "\(written)")
        }
        let wrong = AnswerGrammar.read("μ/(1 − κ)", expecting: .expression).value
        #expect(wrong.map { Equivalence.compare($0, .expression("mu/(1+kappa)")).equal } == false)
    }

    @Test func aNumberedStepInsideAPartIsNotAProblem() {
        let verdicts = Self.grade("""
            Assistant:
            **Problem 1**

            a) Assigning each point to its nearest centre:
            - 3: |3 − 1| = 2 and |3 − 6| = 3, so 3 → c1
            - 7 → c2

            So the centres are **(2, 7)**.

            **Problem 3**

            The answer is **0.25**.
            """, ["1a": .vector([2, 7]), "3": .real(RealValue(0.25))])
        #expect(verdicts["1a"]?.kind == .correct, "\(String(describing: verdicts["1a"]))")
        #expect(verdicts["3"]?.kind == .correct, "\(String(describing: verdicts["3"]))")
    }

    @Test func aTurnRetypingTwoQuestionsSharesItsAnswerByKind() {
        let questions = QuestionMatch(
            questions: ["3a": "What is the shape of the embedding output for one sentence?", "3b": "How many trainable weights does the embedding table have?",
                        "3c": "Which padding index is used?"],
            stems: ["3": "An nn.Embedding(5000, 64) layer reads sentences of 12 tokens."], partIDs: ["3a", "3b", "3c"])
        let transcript = TranscriptReader.fromText("""
            User: nn.Embedding(5000, 64), 12-token sentences: output shape? and trainable weights?
            Assistant:
            - Shape: (12, 64)
            - Weights: 5000 × 64 = 320,000
            """)
        let key: [String: Answer?] = ["3a": .shape(dimensions: [12, 64], layout: nil), "3b": .integer(320000), "3c": .integer(0)]
        let verdicts = Dictionary(uniqueKeysWithValues: Grader.grade(transcript: transcript, expected: key, partIDs: ["3a", "3b", "3c"], questions: questions)
            .map { ($0.part, $0) })
        #expect(verdicts["3a"]?.kind == .correct, "\(String(describing: verdicts["3a"]))")
        #expect(verdicts["3a"]?.evidence?.contains("Shape") == true)
        #expect(verdicts["3b"]?.kind == .correct, "\(String(describing: verdicts["3b"]))")
        #expect(verdicts["3c"]?.kind == .missing)
    }

    @Test func aWordThatContainsAMarkerIsNoMarker() {
        // "results are independent" and "Short answers:" mark nothing; the hedged answer at the end stands.
        let verdicts = Self.grade("""
            Assistant:
            **2(b).** Short answers:

            - If the draws are independent, the results are multiplied: $P = 0.3 \\cdot 0.5 = 0.15$.
            - If they are the same draw, $P$ stays at $0.3$.

            So the answer is either 0.15 or 0.3, depending on the sampling.
            """, ["2b": .real(RealValue(0.15))], ids: ["2b"])
        #expect(verdicts["2b"]?.kind == .unclear, "\(String(describing: verdicts["2b"]))")
    }

    @Test func twoValuesUnderTwoConditionsAreUnclear() {
        let verdicts = Self.grade("""
            Assistant:
            **3(a)** The spread is s = 2.0 with the n − 1 divisor and s ≈ 1.83 with the n divisor.
            **3(b)** The margin is ≈ 0.42 under the normal approximation or ≈ 0.47 under the t distribution.
            **3(c)** The mean is 4.5 with any divisor.
            """, ["3a": .real(RealValue(2.0)), "3b": .real(RealValue(0.42)), "3c": .real(RealValue(4.5))])
        #expect(verdicts["3a"]?.kind == .unclear, "\(String(describing: verdicts["3a"]))")
        #expect(verdicts["3b"]?.kind == .unclear, "\(String(describing: verdicts["3b"]))")
        #expect(verdicts["3c"]?.kind == .correct)
    }

    @Test func theValueAfterTheLastFormulaEndsWithItsSentence() {
        let verdicts = Self.grade("""
            Assistant:
            **4(c).** The table holds 10 × 8 + 8 = 88 weights. Your 80 forgets the biases.
            """, ["4c": .integer(88)], ids: ["4c"])
        #expect(verdicts["4c"]?.kind == .correct, "\(String(describing: verdicts["4c"]))")
    }

    @Test func plainSummaryLinesAfterTheBodyCanContradictIt() {
        let verdicts = Self.grade("""
            Assistant:
            2a) The weight matrix has 12 × 4 = 48 entries plus 4 biases, so 52 parameters.
            2b) The output has 4 features.

            Corrected answers:
            2a) 48
            2b) 4
            """, ["2a": .integer(52), "2b": .integer(4)])
        #expect(verdicts["2a"]?.kind == .unclear, "\(String(describing: verdicts["2a"]))")
        #expect(verdicts["2b"]?.kind == .correct)
    }

    @Test func aUserTurnPastingSeveralPartsAsksAboutNone() {
        let verdicts = Self.grade("""
            User: quick ones pls — Task 2 a. mean of 1,2,6 b. median of 1,2,6 | Task 4 a. mode of 1,1,3 b. range of 1,1,3
            Assistant: Here you go:

            2a) 3
            2b) 2
            4a) 1
            4b) 2
            """, ["2a": .integer(3), "2b": .integer(2), "4a": .integer(1), "4b": .integer(2)])
        for id in ["2a", "2b", "4a", "4b"] { #expect(verdicts[id]?.kind == .correct, "\(id): \(String(describing: verdicts[id]))") }
    }

    @Test func indexedEntriesOfOneNameAreAList() {
        let key: [String: Answer] = ["5a": .vector([3, -1])]
        let indexed = Self.grade("Assistant:\n**5(a)** The roots, largest first, are μ₁ = 3 and μ₂ = −1.", key, ids: ["5a"])
        #expect(indexed["5a"]?.kind == .correct, "\(String(describing: indexed["5a"]))")
        let latex = Self.grade("Assistant:\n**5(a)** So $w_1 = 3$, $w_2 = -1$.", key, ids: ["5a"])
        #expect(latex["5a"]?.kind == .correct, "\(String(describing: latex["5a"]))")
    }

    @Test func aShortTurnNamingAProblemByNumberSetsIt() {
        let verdicts = Self.grade("""
            User: ok 4: v = (3, 4). (a) its norm (b) the unit vector
            Assistant: (a) The norm is 5. (b) v/5 = (0.6, 0.8).
            """, ["2a": .integer(5), "4a": .integer(5), "4b": .vector([0.6, 0.8])])
        #expect(verdicts["4a"]?.kind == .correct, "\(String(describing: verdicts["4a"]))")
        #expect(verdicts["4b"]?.kind == .correct, "\(String(describing: verdicts["4b"]))")
        #expect(verdicts["2a"]?.kind == .missing)
    }

    @Test func aProseSummaryOfSeveralPartsBelongsToNone() {
        let verdicts = Self.grade("""
            Assistant:
            (a) The sample mean is 4.
            (b) The deviation from the mean is (2, −2, 0), so the spread is √8 ≈ 2.828.

            Summary: mean 4, deviations (2, −2, 0), spread 2.83, and the range is 4.
            """, ["1a": .integer(4), "1b": .real(RealValue(2.0.squareRoot() * 2))])
        #expect(verdicts["1b"]?.kind == .correct, "\(String(describing: verdicts["1b"]))")
        #expect(verdicts["1b"]?.evidence?.hasPrefix("Summary") == false)
    }

    @Test func aMatrixGivenByItsRowsOrColumnsInWords() {
        let key: [String: Answer] = ["2c": .matrix([[1, 2], [3, 4]])]
        let rows = Self.grade("Assistant:\n**2(c)** Multiplying out, the product has rows (1, 2) and (3, 4).", key, ids: ["2c"])
        #expect(rows["2c"]?.kind == .correct, "\(String(describing: rows["2c"]))")
        let columns = Self.grade("Assistant:\n**2(c)** Its columns are (1, 3) and (2, 4).", key, ids: ["2c"])
        #expect(columns["2c"]?.kind == .correct, "\(String(describing: columns["2c"]))")
    }

    @Test func aLaterTurnReplacesAnEarlierSummaryRow() {
        let verdicts = Self.grade("""
            User: problem 2 please
            Assistant:
            **2(a)** The odds are 3 : 1, so p = 0.75.

            | Part | Answer |
            |---|---|
            | 2a | 0.75 |

            User: shouldn't 2a use the complement?
            Assistant: Yes: the event is the complement, so for 2a, p = 1 − 0.75 = **0.25**.
            """, ["2a": .real(RealValue(0.25))], ids: ["2a"])
        #expect(verdicts["2a"]?.kind == .correct, "\(String(describing: verdicts["2a"]))")
    }

    @Test func aRejectedAlternativeAndAPartLabelAreNotTheChoice() {
        let verdicts = Self.grade("""
            Assistant:
            **1(b).** So the answer to 1(b) is **(D)**, not (B).
            """, ["1b": .choice("D")], ids: ["1b"])
        #expect(verdicts["1b"]?.kind == .correct, "\(String(describing: verdicts["1b"]))")
        #expect(AnswerGrammar.read("for 2(c) it is B", expecting: .choice) == .value(.choice("B")))
    }

    @Test func arithmeticLeftUndoneIsNoResult() {
        let undone = Self.grade("Assistant:\n**3(c)** The new cell state is c = 0.9 · 1.5 + 0.2 · (−1)", ["3c": .real(RealValue(1.15))], ids: ["3c"])
        #expect(undone["3c"]?.kind == .missing, "\(String(describing: undone["3c"]))")
        let exact = Self.grade("Assistant:\n**3(c)** The norm is 1 + √2", ["3c": .real(RealValue(1 + 2.0.squareRoot()))], ids: ["3c"])
        #expect(exact["3c"]?.kind == .correct, "\(String(describing: exact["3c"]))")
    }

    @Test func aConditionAfterTheResultIsNotTheResult() {
        let verdicts = Self.grade("""
            Assistant:
            **2.** Solving gives b = y/(x + μ). This stays finite
            even where x = 0.
            """, ["2": .expression("y/(x+mu)")], ids: ["2"])
        #expect(verdicts["2"]?.kind == .correct, "\(String(describing: verdicts["2"]))")
    }

    @Test func printFurnitureInACopiedTranscriptIsDropped() {
        let transcript = TranscriptReader.fromText("""
            User
            question 1 please
            ChatGPT
            The count is 12.
            file:///home/ana/Downloads/chat.html                         1/2
            2/4/26, 11:58 PM                            Chat - ChatGPT
            """)
        let text = transcript.turns.map(\.text).joined(separator: "\n")
        #expect(!text.contains("11:58"))
        #expect(!text.contains("file://"))
        #expect(text.contains("The count is 12."))
    }

    @Test func everyMarkedSentenceOfALongLineCountsAndEndsAtItsPeriod() {
        // One line holding a derivation, a marked intermediate, the marked answer and chatter after it.
        let verdicts = Self.grade(
            "Assistant:\nThe side is 3, therefore the face area is $3^2 = 9$. So the cube holds $3^3 = 27$ unit cubes. Final Answer: The volume is 27. I hope it is correct. Here is a formula again: $V = s^3$.",
            ["1": .integer(27)], ids: ["1"])
        #expect(verdicts["1"]?.kind == .correct, "\(String(describing: verdicts["1"]))")
    }

    @Test func escapingAccidentsOfExportedTextAreRepaired() {
        // A doubled backslash before a command, and "\frac" whose "\f" became a form feed.
        let doubled = AnswerGrammar.read("\\\\left( \\\\frac{1}{4}, 2 \\\\right)", expecting: .sequence)
        #expect(doubled.value.map { Equivalence.compare($0, .vector([0.25, 2])).equal } == true, "\(doubled)")
        let formFeed = AnswerGrammar.read("\u{0C}rac{3}{8}", expecting: .scalar)
        #expect(formFeed.value.map { Equivalence.compare($0, .real(RealValue(0.375))).equal } == true, "\(formFeed)")
        // A real row break before a number stays one.
        let matrix = AnswerGrammar.read("\\begin{bmatrix} 1 & 2 \\\\ 3 & 4 \\end{bmatrix}", expecting: .matrix)
        #expect(matrix.value.map { Equivalence.compare($0, .matrix([[1, 2], [3, 4]])).equal } == true)
    }

    @Test func aSpacedBracedCommaSeparatesThousands() {
        #expect(AnswerGrammar.read("$25 {, }600$", expecting: .scalar).value.map { Equivalence.compare($0, .integer(25600)).equal } == true)
    }

    @Test func aLoneCapitalIsAChoiceBeyondH() {
        #expect(AnswerGrammar.read("K.", expecting: .choice) == .value(.choice("K")))
        #expect(AnswerGrammar.read("I think so", expecting: .choice) == .none)
    }

    @Test func aChangeByAValueEndsTheSentence() {
        let verdicts = Self.grade("Assistant:\n**4.** Doubling the batch, the step count drops by 50%.", ["4": .real(RealValue(0.5))], ids: ["4"])
        #expect(verdicts["4"]?.kind == .correct, "\(String(describing: verdicts["4"]))")
    }

    @Test func thePartNamedAfterAnswerIsNoValue() {
        let verdicts = Self.grade("""
            User: In 2(c), isn't it x squared?
            Assistant: Yes, my mistake. The answer to 2(c) is

            $$f'(x) = 2x$$
            """, ["2c": .expression("2*x")], ids: ["2c"])
        #expect(verdicts["2c"]?.kind == .correct, "\(String(describing: verdicts["2c"]))")
    }

    @Test func anExerciseNumberWithAnArrowStartsItsAnswer() {
        let verdicts = Self.grade("""
            Assistant:
            3.1b = 0.4
            3.2 → (1, 0, 1)
            """, ["3.1b": .real(RealValue(0.4)), "3.2": .vector([1, 0, 1])])
        #expect(verdicts["3.1b"]?.kind == .correct, "\(String(describing: verdicts["3.1b"]))")
        #expect(verdicts["3.2"]?.kind == .correct, "\(String(describing: verdicts["3.2"]))")
    }

    @Test func boldIndexedEntriesAreAList() {
        let verdicts = Self.grade("Assistant:\n**(a)** After one update: **c₁ = 1.5, c₂ = 7**.", ["4a": .vector([1.5, 7])], ids: ["4a"])
        #expect(verdicts["4a"]?.kind == .correct, "\(String(describing: verdicts["4a"]))")
    }

    @Test func aCapitalQNumberNamesTheProblemOfAFollowUp() {
        let verdicts = Self.grade("""
            User: problems 1 and 2 please
            Assistant:
            ### Question 1
            The count is **12**.
            ### Question 2
            a) The rate is 0.25.
            User: hmm, for Q1 shouldn't the empty set count too?
            Assistant: Yes — with the empty set the count is **13**.
            """, ["1": .integer(13), "2a": .real(RealValue(0.25))])
        #expect(verdicts["1"]?.kind == .correct, "\(String(describing: verdicts["1"]))")
        #expect(verdicts["2a"]?.kind == .correct)
    }

    @Test func aPastedProblemWithoutItsNumberIsFoundByItsText() {
        let questions = QuestionMatch(
            questions: ["1a": "Find the probability that both coins show heads.", "1b": "Find the probability of at least one tail.",
                        "2a": "Compute the determinant of the rotation matrix.", "2b": "Compute its trace."],
            stems: ["1": "Two fair coins are tossed.", "2": "R is the rotation by 90 degrees."], partIDs: ["1a", "1b", "2a", "2b"])
        let transcript = TranscriptReader.fromText("""
            User: Two fair coins are tossed. (a) probability both show heads? (b) probability of at least one tail?
            Assistant:
            (a) 1/4
            (b) 3/4
            """)
        let key: [String: Answer?] = ["1a": .real(RealValue(0.25)), "1b": .real(RealValue(0.75)), "2a": .integer(1), "2b": .integer(0)]
        let verdicts = Dictionary(uniqueKeysWithValues: Grader.grade(transcript: transcript, expected: key, partIDs: ["1a", "1b", "2a", "2b"],
                                                                     questions: questions).map { ($0.part, $0) })
        #expect(verdicts["1a"]?.kind == .correct, "\(String(describing: verdicts["1a"]))")
        #expect(verdicts["1b"]?.kind == .correct, "\(String(describing: verdicts["1b"]))")
        #expect(verdicts["2a"]?.kind == .missing)
    }

    @Test func remarksInParenthesesDoNotHideTwoOfferedValues() {
        let verdicts = Self.grade("""
            Assistant:
            **(c)** The update is either $(0.5, -2)$ (plain momentum) or $(0.05, -0.2)$ (dampened momentum, as in some libraries).
            """, ["3c": .vector([0.5, -2])], ids: ["3c"])
        #expect(verdicts["3c"]?.kind == .unclear, "\(String(describing: verdicts["3c"]))")
    }

    @Test func aBulletedSummaryAfterTheBodyIsASummary() {
        let verdicts = Self.grade("""
            Assistant:
            (a) The odds ratio is 6/4 = 1.5.
            (b) The log odds is ln 1.5 ≈ 0.405.

            Final answers
              • 1(a): 1.5
              • 1(b): 0.41
            """, ["1a": .real(RealValue(1.5)), "1b": .real(RealValue(0.405465))])
        #expect(verdicts["1a"]?.kind == .correct)
        #expect(verdicts["1b"]?.kind == .unclear, "\(String(describing: verdicts["1b"]))")
    }

    @Test func latexNamedEntriesAndTransposedVectors() {
        let named = Self.grade("Assistant:\n**(a)** $\\mu_1 = -1$, $\\mu_2 = 4$.", ["2a": .vector([-1, 4])], ids: ["2a"])
        #expect(named["2a"]?.kind == .correct, "\(String(describing: named["2a"]))")
        let transposed = Self.grade("Assistant:\n**(b)** $q = (3, 0, -1)^\\top$, the reflected point.", ["2b": .vector([3, 0, -1])], ids: ["2b"])
        #expect(transposed["2b"]?.kind == .correct, "\(String(describing: transposed["2b"]))")
        // "\\to" is an arrow, "\\top" is not.
        #expect(AnswerGrammar.read("x \\to 0", expecting: .sequence) == .none)
        // A vector amid a derivation is no answer where one number is expected.
        let scalar = Self.grade("Assistant:\n**(c)** The residual is $e = (2, -1, 0)^\\top$; its norm is next.", ["2c": .real(RealValue(5.0.squareRoot()))],
                                ids: ["2c"])
        #expect(scalar["2c"]?.kind == .missing, "\(String(describing: scalar["2c"]))")
    }

    @Test func aFollowUpAboutAnAnsweredPartThatDoesNotChallengeItDoesNotCount() {
        let questions = QuestionMatch(questions: ["1a": "Compute the ridge estimate for lambda = 1.", "1b": "Compute the residual norm."],
                                      stems: [:], partIDs: ["1a", "1b"])
        let key: [String: Answer?] = ["1a": .vector([0.5, 1]), "1b": .real(RealValue(2))]
        func verdict(_ followUp: String, _ reply: String) -> Verdict.Kind? {
            let transcript = TranscriptReader.fromText("""
                User: ridge estimate for lambda = 1? and the residual norm?
                Assistant:
                - Estimate: (0.5, 1)
                - Norm: 2
                User: \(followUp)
                Assistant: \(reply)
                """)
            return Grader.grade(transcript: transcript, expected: key, partIDs: ["1a", "1b"], questions: questions).first { $0.part == "1a" }?.kind
        }
        #expect(verdict("what happens to the ridge estimate as lambda grows?", "It shrinks towards (0, 0), e.g. (0.01, 0.02) for lambda = 100.") == .correct)
        #expect(verdict("are you sure about the ridge estimate?", "You're right, I slipped: the estimate is (0.4, 1).") == .incorrect)
    }

    @Test func aRemarkAfterAListOfValuesKeepsTheList() {
        let verdicts = Self.grade("Assistant:\n**(a)** So the roots are x = 1 and x = 3 (in increasing order: 1, 3).", ["1a": .vector([1, 3])], ids: ["1a"])
        #expect(verdicts["1a"]?.kind == .correct, "\(String(describing: verdicts["1a"]))")
    }

    @Test func theListAStatementNamesAmongOthersInTheLine() {
        let verdicts = Self.grade("""
            Assistant:
            **(b)** The (2, 3) above was a slip; the corrected centre is (2.5, 3). Compare the old centre (1, 1).
            """, ["4b": .vector([2.5, 3])], ids: ["4b"])
        #expect(verdicts["4b"]?.kind == .correct, "\(String(describing: verdicts["4b"]))")
    }

    @Test func aLabelRestatedWithItsCorrection() {
        let verdicts = Self.grade("""
            User: problem 5 please
            Assistant:
            **(a)** The mode is 3.
            **(b)** The spread is 4.
            User: (b) looks off, the max is 9 and the min is 2
            Assistant: You're right.

            **Revised (b):** the spread is 7.
            """, ["5a": .integer(3), "5b": .integer(7)])
        #expect(verdicts["5b"]?.kind == .correct, "\(String(describing: verdicts["5b"]))")
        #expect(verdicts["5a"]?.kind == .correct)
    }

    @Test func anInlineSummaryGivesEachNamedPartARow() {
        let arrows = Self.grade("""
            Assistant:
            **2.1** The mean is **4.5**.
            **2.2** The variance is **2.25**.

            Short recap: 2.1 → 4.5; 2.2 → σ² ≈ 2.5.
            """, ["2.1": .real(RealValue(4.5)), "2.2": .real(RealValue(2.25))])
        #expect(arrows["2.1"]?.kind == .correct, "\(String(describing: arrows["2.1"]))")
        #expect(arrows["2.2"]?.kind == .unclear, "\(String(describing: arrows["2.2"]))")
        let inline = Self.grade("""
            Assistant:
            **Problem 3.** (a) $p = 0.3$. (b) $q = 0.49$.

            **Summary for Problem 3:** (a) $p = 0.3$; (b) $q = 0.7$.
            """, ["3a": .real(RealValue(0.3)), "3b": .real(RealValue(0.49))])
        #expect(inline["3a"]?.kind == .correct)
        #expect(inline["3b"]?.kind == .unclear, "\(String(describing: inline["3b"]))")
    }

    @Test func aSummaryCodeBlockGivesEachPartARow() {
        let verdicts = Self.grade("""
            Assistant:
            **1.2 (a)** The slope is 2.

            **(b)** The intercept is −1.

            ```
            Summary
            1.2 (a) 2     (b) 1
            ```
            """, ["1.2a": .integer(2), "1.2b": .integer(-1)])
        #expect(verdicts["1.2a"]?.kind == .correct, "\(String(describing: verdicts["1.2a"]))")
        #expect(verdicts["1.2b"]?.kind == .unclear, "\(String(describing: verdicts["1.2b"]))")
    }

    @Test func aBoldExerciseNumberAloneOnItsLine() {
        let verdicts = Self.grade("""
            Assistant:
            **5.2**

            (a) The gain is **0.25**.

            **5.3**

            The count is **12**.
            """, ["5.2a": .real(RealValue(0.25)), "5.3": .integer(12)])
        #expect(verdicts["5.2a"]?.kind == .correct, "\(String(describing: verdicts["5.2a"]))")
        #expect(verdicts["5.3"]?.kind == .correct, "\(String(describing: verdicts["5.3"]))")
    }

    @Test func aProblemLineWithSeveralPartsInlineIsSplit() {
        let verdicts = Self.grade("""
            Assistant:
            6.1 (a) 0.35  (b)(i) 12  (b)(ii) −4
            """, ["6.1a": .real(RealValue(0.35)), "6.1b.i": .integer(12), "6.1b.ii": .integer(-4)])
        for id in ["6.1a", "6.1b.i", "6.1b.ii"] { #expect(verdicts[id]?.kind == .correct, "\(id): \(String(describing: verdicts[id]))") }
    }

    @Test func aReasonAfterTheResultAndATotalLineAndAConditionedAlternative() {
        let reason = Self.grade("Assistant:\n**(b)** The error is **0.0031**; errors near 1e-2 are normal here because h = 0.1 is large.",
                                ["2b": .real(RealValue(0.0031))], ids: ["2b"])
        #expect(reason["2b"]?.kind == .correct, "\(String(describing: reason["2b"]))")
        let total = Self.grade("Assistant:\n**(c)**\n\n```\nweights: 8 x 4 = 32\nbiases:  4\ntotal:   36\n```\n", ["2c": .integer(36)], ids: ["2c"])
        #expect(total["2c"]?.kind == .correct, "\(String(describing: total["2c"]))")
        let hedge = Self.grade("Assistant:\n**(d)** Doubling gives 2 × 36 = 72 — or 64 if the biases are shared between the two.",
                               ["2d": .integer(72)], ids: ["2d"])
        #expect(hedge["2d"]?.kind == .unclear, "\(String(describing: hedge["2d"]))")
    }
}
