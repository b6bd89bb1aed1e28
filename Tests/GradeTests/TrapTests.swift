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

    @Test func roundedValues() async throws {
        let terse = try await Self.graded("Tests/Fixtures/transcripts/terse.md")
        #expect(terse["3b"]?.kind == .incorrect) // 4.8 for 4.75
        #expect(!AnswerComparison.compare(.real(RealValue(1.3)), .real(RealValue(1.25))).equal)
        #expect(!AnswerComparison.compare(.real(RealValue(4.8)), .real(RealValue(4.75))).equal)
        #expect(AnswerComparison.compare(.real(RealValue(2.88)), .real(RealValue(2.875))).equal) // three significant digits
        #expect(AnswerComparison.compare(.real(RealValue(1.1547)), .real(RealValue(2 / 3.0.squareRoot()))).equal)
        #expect(AnswerComparison.compare(.integer(2), .real(RealValue(2.0))).equal)
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
    @Test func numbers() {
        #expect(AnswerText.lineScalar("12,800")?.value.value == 12800)
        #expect(AnswerText.lineScalar("$73\\,856$")?.value.value == 73856)
        #expect(AnswerText.lineScalar("$8{,}960$")?.value.value == 8960)
        #expect(AnswerText.lineScalar("4{,}097{,}000")?.value.value == 4097000)
        #expect(AnswerText.lineScalar("y = \u{2212}3")?.value.value == -3)
        #expect(abs((AnswerText.lineScalar("2/√3")?.value.value ?? 0) - 2 / 3.0.squareRoot()) < 1e-12)
        #expect(AnswerText.lineScalar("5/4")?.value.value == 1.25)
        #expect(AnswerText.lineScalar("1.5/0.6 = 2.5")?.value.value == 2.5)
        #expect(AnswerText.lineScalar("$4.097 \\times 10^{6}$")?.value.value == 4097000)
        #expect(AnswerText.lineScalar("0.5  (x_hat = (7 - 5)/4)")?.value.value == 0.5)
        #expect(AnswerText.lineScalar("2 or 4 (depends)")?.alternatives.first?.value == 4)
    }

    @Test func vectorsAndMatrices() {
        #expect(AnswerText.vectors("[2, \u{2212}1, 5]").last?.values == [2, -1, 5])
        #expect(AnswerText.vectors("(4, -1, 0)").last?.values == [4, -1, 0])
        #expect(AnswerText.vectors("\\begin{pmatrix} 1 & 2 & 3 \\end{pmatrix}").last?.values == [1, 2, 3])
        #expect(AnswerText.vectors("\\begin{bmatrix} 2 \\\\ -1 \\\\ 1 \\end{bmatrix}").last?.values == [2, -1, 1])
        #expect(AnswerText.matrices("\\begin{bmatrix} 1 & 7 \\\\ 4 & 2 \\end{bmatrix}").last?.rows == [[1, 7], [4, 2]])
        #expect(AnswerText.matrices("[[1, 2], [3, 4]]").last?.rows == [[1, 2], [3, 4]])
        #expect(AnswerText.matrices("6 5\n7 8").last?.rows == [[6, 5], [7, 8]])
        #expect(AnswerText.matrices("Y = 1 7 / 4 2").last?.rows == [[1, 7], [4, 2]])
        #expect(AnswerText.matrices("rows: [2 3] [0 2]").last?.rows == [[2, 3], [0, 2]])
        #expect(AnswerText.matrices("Y = [ 3.5 2; 3.5 4.75 ]").last?.rows == [[3.5, 2], [3.5, 4.75]])
    }

    @Test func shapesAndLayouts() {
        #expect(AnswerText.shapes("28 × 28 × 64").last?.dimensions == [28, 28, 64])
        #expect(AnswerText.shapes("28x28x64").last?.dimensions == [28, 28, 64])
        let chw = AnswerText.shapes("(32, 14, 14), written channels first")
        #expect(chw.last?.layout == "CHW")
        #expect(AnswerComparison.compare(.shape(dimensions: [32, 14, 14], layout: "CHW"), .shape(dimensions: [14, 14, 32], layout: "HWC")).equal)
        #expect(!AnswerComparison.compare(.shape(dimensions: [32, 14, 14], layout: nil), .shape(dimensions: [14, 14, 32], layout: "HWC")).equal)
    }

    @Test func choicesNeverAStrayCapital() {
        #expect(AnswerText.choices("■ B").last?.letter == "B")
        #expect(AnswerText.choices("**B**").last?.letter == "B")
        #expect(AnswerText.choices("so the answer is B.").last?.letter == "B")
        #expect(AnswerText.choices("Final answer: (B)").last?.letter == "B")
        #expect(AnswerText.choices("A batch of Images, as in ReLU").isEmpty)
        #expect(AnswerText.choices("I think so").isEmpty)
        #expect(AnswerText.choices("Answer: A batch norm layer is the identity").isEmpty)
        #expect(AnswerText.choices("The answer is A.").last?.letter == "A")
        #expect(AnswerText.choices("Answer: (C)").last?.letter == "C")
    }

    @Test func diagnoses() {
        #expect(AnswerComparison.compare(.matrix([[1, 3], [2, 4]]), .matrix([[1, 2], [3, 4]])).diagnosis == "transposed")
        #expect(AnswerComparison.compare(.matrix([[4, 3], [2, 1]]), .matrix([[1, 2], [3, 4]])).diagnosis?.contains("flipped") == true)
        #expect(AnswerComparison.compare(.vector([-1, -2]), .vector([1, 2])).diagnosis == "sign error")
        #expect(AnswerComparison.compare(.matrix([[1, 2, 3]]), .matrix([[1, 2], [3, 4]])).diagnosis?.hasPrefix("wrong shape") == true)
        #expect(AnswerComparison.compare(.text("{C, H, W}"), .text("C, H, W")).equal)
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
