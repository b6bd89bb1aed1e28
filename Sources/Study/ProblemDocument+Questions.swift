import Grade
import Problems

extension ProblemDocument {
    /// The matcher of user turns to the parts whose questions they retype, from this
    /// document's part texts and problem stems.
    /// (`keyUnits`: the answer key's units, for parts whose question asks none.)
    public func questionMatch(partIDs: [String], keyUnits: [String: String] = [:]) -> QuestionMatch {
        var questions: [String: String] = [:]
        var stems: [String: String] = [:]
        for problem in problems {
            // The title ("One step of logistic regression") names the problem as much as its text.
            stems[problem.id] = problem.title + "\n" + problem.text
            for part in problem.parts { questions[part.id] = part.text }
            // A problem without parts is its own question.
            if problem.parts.isEmpty { questions[problem.id] = problem.text }
        }
        return QuestionMatch(questions: questions, stems: stems, partIDs: partIDs, keyUnits: keyUnits)
    }
}
