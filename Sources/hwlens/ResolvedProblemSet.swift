import Analyze
import ArgumentParser
import OCR

/// A problem set read into parts, with each part's expected answer resolved from recognition
/// and the answer key: what `solve` prints and `grade` grades against.
struct ResolvedProblemSet {
    var document: ProblemDocument
    var resolved: [ResolvedAnswer]

    /// Reads the problem set at `path` and the key at `key`; a failure is one line on stderr
    /// and exit code 1.
    static func read(_ path: String, key: String?, jobs: Int) async throws -> ResolvedProblemSet {
        var answerKey: AnswerKey? = nil
        if let key {
            do {
                answerKey = try AnswerKey.load(path: key)
            } catch {
                Diagnostics.report(error)
                throw ExitCode(ExitStatus.inputFailed)
            }
        }
        var reader = ProblemReader(pool: try? OCREnginePool(languages: "eng"))
        reader.jobs = jobs
        let document: ProblemDocument
        do {
            document = try await QuietStandardError.during { try await reader.read(path) }
        } catch {
            Diagnostics.report(error)
            throw ExitCode(ExitStatus.inputFailed)
        }
        return ResolvedProblemSet(document: document, resolved: AnswerResolver.resolve(parts: document.partStatements, key: answerKey))
    }
}
