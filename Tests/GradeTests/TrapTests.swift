import Foundation
import Grade
import Problems
import Solve
import Study
import TestSupport
import Testing

/// One test per trap named in the labels.
@Suite("Grading traps")
struct TrapTests {
    static func graded(_ relative: String, conversation: String? = nil) async throws -> [String: Verdict] {
        let cnn = try await GradeSupport.cnnBasics()
        let transcript = try await TranscriptFile.read(Fixtures.path(relative), conversation: conversation)
        let verdicts = Grader.grade(transcript: transcript, expected: cnn.expected, partIDs: cnn.ids)
        return Dictionary(uniqueKeysWithValues: verdicts.map { ($0.part, $0) })
    }

    @Test func intermediateMatrixBeforeTheFinalOne() async throws {
        let steps = try await Self.graded("Tests/Fixtures/transcripts/steps.md")
        #expect(steps["1a"]?.kind == .correct)
        #expect(steps["1a"]?.evidence == "Final answer (a): Y = [[1, 7], [4, 2]]")
        #expect(steps["1b"]?.extracted == .matrix([[2, 3], [0, 2]]))
        #expect(steps["1c"]?.extracted == .vector([2, -1, 1]))
        let chat = try await Self.graded("samples/cnn-basics/transcripts/text-image.json")
        #expect(chat["1b"]?.kind == .correct) // a matrix of products comes first
        #expect(chat["2b"]?.kind == .correct) // four 3x3 matrices come first
    }

    @Test func wrongFirstGuessThenCorrected() async throws {
        let steps = try await Self.graded("Tests/Fixtures/transcripts/steps.md")
        #expect(steps["2b"]?.kind == .correct)
        #expect(steps["2b"]?.extracted == .matrix([[1, 2, 0], [2, 4, 4], [-3, 2, 8]]))
        let pasted = try await Self.graded("samples/cnn-basics/transcripts/pasted.md")
        #expect(pasted["2b"]?.kind == .correct)
        let transcript = TranscriptReader.fromText("""
            User: solve 2c
            Assistant: 2c: 18
            Correction: I dropped the padding term. 2c: 16
            """)
        let cnn = try await GradeSupport.cnnBasics()
        let verdict = Grader.grade(transcript: transcript, expected: cnn.expected, partIDs: ["2c"])[0]
        #expect(verdict.kind == .correct)
        #expect(verdict.diagnosis?.contains("corrected") == true)
    }

    @Test func hintQuotedFromTheQuestionIsNotAnAnswer() async throws {
        let plain = try await Self.graded("Tests/Fixtures/transcripts/plain.txt")
        #expect(plain["1c"]?.kind == .missing)
        let pdf = try await Self.graded("samples/cnn-basics/transcripts/pdf.md")
        #expect(pdf["2a"]?.kind == .missing) // only the length from the question
    }

    static func equal(_ text: String, _ expectation: AnswerExpectation, _ key: Answer) -> Bool {
        guard case .value(let value) = AnswerGrammar.read(text, expecting: expectation) else { return false }
        return Equivalence.compare(value, key).equal
    }

    @Test func roundedValues() async throws {
        let terse = try await Self.graded("Tests/Fixtures/transcripts/terse.md")
        #expect(terse["3b"]?.kind == .incorrect) // 4.8 for 4.75
        #expect(!Self.equal("1.3", .scalar, .real(RealValue(1.25))))
        #expect(!Self.equal("4.8", .scalar, .real(RealValue(4.75))))
        #expect(Self.equal("2.88", .scalar, .real(RealValue(2.875))))  // three significant digits
        #expect(Self.equal("1.1547", .scalar, .real(RealValue(2 / 3.0.squareRoot()))))
        #expect(Self.equal("2", .scalar, .real(RealValue(2.0))))
    }

    @Test func markdownBold() async throws {
        let terse = try await Self.graded("Tests/Fixtures/transcripts/terse.md")
        #expect(terse["4a"]?.extracted == .integer(73856))
        #expect(terse["4a"]?.kind == .correct)
        #expect(terse["4c"]?.kind == .incorrect)
        #expect(terse["4c"]?.extracted == .integer(4096000))
    }

    @Test func vanishedFormulasInThePDFAreMissingNotIncorrect() async throws {
        let transcript = try await TranscriptFile.read(Fixtures.path("samples/cnn-basics/transcripts/screenshot.pdf"))
        #expect(transcript.notes.contains { $0.hasPrefix("vanished formula") && $0.contains("2(b)") })
        #expect(transcript.notes.contains { $0.hasPrefix("vanished formula") && $0.contains("3(a)") })
        let pdf = try await Self.graded("samples/cnn-basics/transcripts/screenshot.pdf")
        #expect(pdf["2b"]?.kind == .missing)
        #expect(pdf["3a"]?.kind == .missing)
        #expect(pdf["2b"]?.diagnosis?.contains("vanished") == true)
        #expect(pdf["5b"]?.kind == .correct) // the exponent 2 sits on its own line
        #expect(pdf["5d"]?.extracted == .integer(4)) // not the page footer
    }

    @Test func conversationsJSONWithARegeneratedBranch() async throws {
        let path = Fixtures.path("samples/cnn-basics/transcripts/text-image.json")
        let transcript = try await TranscriptFile.read(path)
        #expect(transcript.title == "CNN Homework 3 Solutions")
        #expect(transcript.branches.count == 1)
        #expect(transcript.turns.first { $0.role == .user }?.text.hasPrefix("[image]") == true)
        let chat = try await Self.graded("samples/cnn-basics/transcripts/text-image.json")
        #expect(chat["1a"]?.kind == .correct) // the off-path sibling says [[1, 7], [4, 3]]
        #expect(chat["4b"]?.kind == .incorrect) // the follow-up recount repeats 8,896: one answer
        #expect(try TranscriptFile.list(path) == ["Birthday card ideas", "CNN Homework 3 Solutions"])
        let other = try await TranscriptFile.read(path, conversation: "0")
        #expect(other.title == "Birthday card ideas")
    }

    @Test func claudeExportPicksTheQuizConversation() async throws {
        let path = Fixtures.path("samples/pooling-quiz/transcripts/pdf.json")
        let transcript = try await TranscriptFile.read(path)
        #expect(transcript.title == "Pooling quiz practice")
        let byTitle = try await TranscriptFile.read(path, conversation: "sourdough")
        #expect(byTitle.title == "Sourdough starter smell")
        await #expect(throws: GradeError.self) { try await TranscriptFile.read(path, conversation: "7") }
    }

    @Test func twoAnswersAndSummaryThatContradictsTheBodyAreUnclear() async throws {
        let terse = try await Self.graded("Tests/Fixtures/transcripts/terse.md")
        #expect(terse["5d"]?.kind == .unclear)
        let latex = try await Self.graded("Tests/Fixtures/transcripts/latex.md")
        #expect(latex["3d"]?.kind == .unclear)
        #expect(latex["6a"]?.kind == .correct) // 5/4 and 1.25: one value
        #expect(latex["2c"]?.kind == .incorrect) // the summary repeats 18
    }

    @Test func requestsForTheInputAreMissing() async throws {
        let terse = try await Self.graded("Tests/Fixtures/transcripts/terse.md")
        #expect(terse["2b"]?.kind == .missing)
        #expect(terse["2b"]?.diagnosis == "asks for the input again")
    }

    @Test func unlabelledPartsOnOneLine() async throws {
        let latex = try await Self.graded("Tests/Fixtures/transcripts/latex.md")
        for id in ["5a", "5b", "5c", "5d"] { #expect(latex[id]?.kind == .correct, "\(id)") }
    }

    @Test func partsWithoutAnExpectedAnswerAreUngraded() throws {
        let transcript = TranscriptReader.fromText("**User:** go\n\n**Assistant:**\n1a: 5\n")
        let verdicts = Grader.grade(transcript: transcript, expected: ["1a": nil], partIDs: ["1a"])
        #expect(verdicts[0].kind == .ungraded)
        #expect(verdicts[0].evidence == "1a: 5")
    }
}

@Suite("Reading answers")
struct AnswerTextTests {
    static func number(_ text: String) -> Double? {
        guard case .value(let value) = AnswerGrammar.read(text, expecting: .scalar) else { return nil }
        if case .number(let n) = value { return n.value }
        if case .expression(let e) = value { return e.constantValue }
        return nil
    }

    static func read(_ text: String, _ expectation: AnswerExpectation) -> Answer? {
        AnswerGrammar.read(text, expecting: expectation).value?.answer
    }

    @Test func numbers() {
        #expect(Self.number("12,800") == 12800)
        #expect(Self.number("$73\\,856$") == 73856)
        #expect(Self.number("$8{,}960$") == 8960)
        #expect(Self.number("4{,}097{,}000") == 4097000)
        #expect(Self.number("y = \u{2212}3") == -3)
        #expect(abs((Self.number("2/√3") ?? 0) - 2 / 3.0.squareRoot()) < 1e-12)
        #expect(Self.number("5/4") == 1.25)
        #expect(Self.number("1.5/0.6 = 2.5") == 2.5)
        #expect(Self.number("$4.097 \\times 10^{6}$") == 4097000)
        #expect(Self.number("0.5  (x_hat = (7 - 5)/4)") == 0.5)
        if case .ambiguous = AnswerGrammar.read("2 or 4 (depends)", expecting: .scalar) {} else { Issue.record("2 or 4 is two answers") }
    }

    @Test func vectorsAndMatrices() {
        #expect(Self.read("[2, \u{2212}1, 5]", .sequence) == .vector([2, -1, 5]))
        #expect(Self.read("(4, -1, 0)", .sequence) == .vector([4, -1, 0]))
        #expect(Self.read("\\begin{pmatrix} 1 & 2 & 3 \\end{pmatrix}", .sequence) == .vector([1, 2, 3]))
        #expect(Self.read("\\begin{bmatrix} 2 \\\\ -1 \\\\ 1 \\end{bmatrix}", .sequence) == .vector([2, -1, 1]))
        #expect(Self.read("\\begin{bmatrix} 1 & 7 \\\\ 4 & 2 \\end{bmatrix}", .matrix) == .matrix([[1, 7], [4, 2]]))
        #expect(Self.read("[[1, 2], [3, 4]]", .matrix) == .matrix([[1, 2], [3, 4]]))
        #expect(Self.read("Y = 1 7 / 4 2", .matrix) == .matrix([[1, 7], [4, 2]]))
        #expect(Self.read("rows: [2 3] [0 2]", .matrix) == .matrix([[2, 3], [0, 2]]))
        #expect(Self.read("Y = [ 3.5 2; 3.5 4.75 ]", .matrix) == .matrix([[3.5, 2], [3.5, 4.75]]))
        #expect(Self.read("Y = 1 2 0 ; 2 4 4 ; -3 2 8", .matrix) == .matrix([[1, 2, 0], [2, 4, 4], [-3, 2, 8]]))
    }

    @Test func shapesAndLayouts() {
        #expect(Self.read("28 × 28 × 64", .shape) == .shape(dimensions: [28, 28, 64], layout: nil))
        #expect(Self.read("28x28x64", .shape) == .shape(dimensions: [28, 28, 64], layout: nil))
        #expect(Self.read("(32, 14, 14), written channels first", .shape) == .shape(dimensions: [32, 14, 14], layout: "CHW"))
        let hwc = Answer.shape(dimensions: [14, 14, 32], layout: "HWC")
        #expect(Equivalence.compare(.shape([32, 14, 14], layout: "CHW"), hwc).equal)
        #expect(!Equivalence.compare(.shape([32, 14, 14], layout: nil), hwc).equal)
    }

    @Test func choicesNeverAStrayCapital() {
        #expect(Self.read("■ B", .choice) == .choice("B"))
        #expect(Self.read("**B**", .choice) == .choice("B"))
        #expect(Self.read("so the answer is B.", .choice) == .choice("B"))
        #expect(Self.read("Final answer: (B)", .choice) == .choice("B"))
        #expect(Self.read("I think so", .choice) == nil)
        #expect(Self.read("A batch of Images, as in ReLU", .choice) == nil)
        #expect(Self.read("Answer: A batch norm layer is the identity", .choice) == nil)
        #expect(Self.read("The answer is A.", .choice) == .choice("A"))
        #expect(Self.read("Answer: (C)", .choice) == .choice("C"))
    }

    @Test func diagnoses() {
        let key = Answer.matrix([[1, 2], [3, 4]])
        #expect(Equivalence.compare(.matrix([[1, 3], [2, 4]].map { $0.map(Self.literal) }), key).diagnosis == "transposed")
        #expect(Equivalence.compare(.matrix([[4, 3], [2, 1]].map { $0.map(Self.literal) }), key).diagnosis?.contains("flipped") == true)
        #expect(Equivalence.compare(.sequence([Self.literal(-1), Self.literal(-2)]), .vector([1, 2])).diagnosis == "sign error")
        #expect(Equivalence.compare(.matrix([[1, 5], [3, 4]].map { $0.map(Self.literal) }), key).diagnosis == "entries (1,2) differ")
        #expect(Equivalence.compare(.matrix([[1, 2, 3].map(Self.literal)]), key).diagnosis?.hasPrefix("wrong shape") == true)
        #expect(Equivalence.compare(.set(["C", "H", "W"].map { .expression(.variable($0)) }), .text("C, H, W")).equal)
    }

    static func literal(_ value: Double) -> AnswerValue {
        .number(AnswerNumber(value: value, exact: nil, decimals: nil, significantFigures: nil, text: "\(value)"))
    }

    @Test func speakerMarkers() {
        let transcript = TranscriptReader.fromText("""
            You said:
            hi
            ChatGPT said:
            1a: 5
            ### User
            more
            ### Assistant
            done
            """)
        #expect(transcript.turns.map(\.role) == [.user, .assistant, .user, .assistant])
        #expect(transcript.turns[1].place == "line 4")
    }
}

@Suite("Part attribution")
struct AttributionTests {
    static let expected: [String: Answer?] = [
        "1a": .matrix([[1, 7], [4, 2]]), "1b": .matrix([[2, 3], [0, 2]]), "1c": .vector([2, -1, 1]),
        "2a": .vector([1, 2, 3, 4, 1, -2, -1]), "2b": .matrix([[1, 2, 0], [2, 4, 4], [-3, 2, 8]]), "2c": .integer(16),
        "3a": .matrix([[6, 5], [7, 8]]), "3b": .matrix([[3.5, 2], [3.5, 4.75]]),
    ]
    static let ids = ["1a", "1b", "1c", "2a", "2b", "2c", "3a", "3b"]

    @Test func labelStyles() {
        let transcript = TranscriptReader.fromText("""
            **User:** here is the homework

            **Assistant:**
            Problem 1 — Cross-correlation
            Part (a): Y = [[1, 7], [4, 2]]
            1(b) Y = [[2,3],[0,2]]
            ### 1c
            w = (2, −1, 1)
            2(a). y = (1, 2, 3, 4, 1, −2, −1)
            Q2b: [[1, 2, 0], [2, 4, 4], [-3, 2, 8]]
            **(c)** 2c is 18. Actually, with the padding term it is 14 − 2 + 4 = 16.
            """)
        let verdicts = Grader.grade(transcript: transcript, expected: Self.expected, partIDs: Self.ids)
        for verdict in verdicts.prefix(6) { #expect(verdict.kind == .correct, "\(verdict.part): \(verdict)") }
        #expect(verdicts[5].withdrawn == .integer(18))
        #expect(verdicts[6].kind == .missing)
    }

    @Test func aUserTurnPastingAProblemMakesTheNextAnswerItsOwn() {
        let transcript = TranscriptReader.fromText("""
            User: Problem 3: Pooling. P = ...
            (a) max pooling (b) average pooling
            Assistant: (a) [[6, 5], [7, 8]]
            (b) [[3.5, 2], [3.5, 4.75]]
            """)
        let verdicts = Grader.grade(transcript: transcript, expected: Self.expected, partIDs: Self.ids)
        #expect(verdicts[6].kind == .correct)
        #expect(verdicts[7].kind == .correct)
        #expect(verdicts[0].kind == .missing)
    }
}
