import ArgumentParser
import Foundation
import Grade
import OCR
import Study

/// `hwlens grade`: grades each part of model transcripts against the expected answers.
struct GradeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "grade",
        abstract: "Grade a model's answers per part: correct, incorrect, missing, unclear or ungraded.",
        discussion: """
            The expected answers are those `hwlens solve` computes for the problem set (with --key
            filling or overriding parts). TRANSCRIPT is Markdown or plain text with speaker markers,
            a chat printed to PDF, a ChatGPT conversations.json or a Claude export; one report per
            transcript (JSON: one document each).
            """)

    @Option(name: .long, help: "The problem set (source, PDF or text) the transcripts answer.")
    var problems: String?

    @Option(name: .long, help: "Answer key (YAML) for parts that are not recognized, or to override.")
    var key: String?

    @Option(name: .long, help: "Name of the input form the transcripts stand for (default: the file name).")
    var form: String?

    @Option(name: .long, help: "Conversation to grade in an export: its title or 0-based index.")
    var conversation: String?

    @Flag(name: .long, help: "List the conversations in each transcript and stop.")
    var list = false

    @Option(name: .long, help: "Output format: text or json.")
    var format: ProblemsFormat = .text

    @OptionGroup var jobs: JobOptions

    @Argument(help: "Transcripts to grade.")
    var transcripts: [String] = []

    func validate() throws {
        guard !transcripts.isEmpty else { throw ValidationError("give at least one transcript") }
        if !list, problems == nil { throw ValidationError("--problems is required (the problem set the transcripts answer)") }
    }

    func run() async throws {
        if list {
            for path in transcripts {
                do {
                    for (index, title) in try TranscriptFile.list(path).enumerated() { StandardOutput.write("\(path)\t\(index)\t\(title)\n") }
                } catch {
                    Diagnostics.error(error)
                }
            }
            return
        }
        guard let problems else { return }
        let problemSet: ResolvedProblemSet
        do {
            problemSet = try await QuietStandardError.during {
                try await ResolvedProblemSet.read(problems, key: key, ocr: OCRAccess(languages: "eng"), jobs: jobs.jobs)
            }
        } catch {
            throw Diagnostics.fatal(error)
        }
        let hints = problemSet.document.transcriptHints
        let questions = problemSet.document.questionMatch(partIDs: problemSet.partIDs, keyUnits: problemSet.units)
        for path in transcripts {
            do {
                let transcript = try await TranscriptFile.read(path, conversation: conversation, hints: hints)
                guard transcript.turns.contains(where: { $0.role == .assistant }) else { throw GradeError.noAssistant(file: path) }
                let verdicts = Grader.grade(transcript: transcript, expected: problemSet.expected, partIDs: problemSet.partIDs,
                                            tolerances: problemSet.tolerances, questions: questions)
                let name = form ?? URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
                let report = GradeReport(file: path, form: name, problems: problems, key: key, transcript: transcript, verdicts: verdicts)
                switch format {
                case .json: StandardOutput.write(try report.json())
                case .text: StandardOutput.write(report.text)
                }
            } catch {
                Diagnostics.error(error)
            }
        }
    }
}
