import Foundation

/// A family reader's result while it works: the parameters read so far, the phrases that
/// decided them and how much was taken on convention.
struct Finding: Sendable {
    let family: SolverFamily
    var parameters: [String: String] = [:]
    var evidence: [String] = []
    var confidence = 0.95

    init(_ family: SolverFamily) {
        self.family = family
    }

    /// Records a parameter and (optionally) the phrase it came from.
    mutating func read(_ name: String, _ value: String, from phrase: String? = nil) {
        parameters[name] = value
        if let phrase, !phrase.isEmpty, !evidence.contains(phrase) { evidence.append(phrase) }
    }

    /// Records a deciding phrase.
    mutating func note(_ phrase: String) {
        if !phrase.isEmpty, !evidence.contains(phrase) { evidence.append(phrase) }
    }

    /// Lowers the confidence for something taken from convention or from the context.
    mutating func assume(_ factor: Double, _ why: String) {
        confidence *= factor
        note(why)
    }

    /// Computes the call's answer; a solver error becomes a failed attempt.
    func finish(_ call: SolverCall) -> Attempt {
        var parameters = parameters
        do {
            let answer = try call.solve()
            if parameters.isEmpty { parameters["solver"] = call.name }
            return .recognized(RecognizedAnswer(
                answer: answer, family: family, solver: call.name, parameters: parameters,
                confidence: (confidence * 100).rounded() / 100, evidence: evidence.joined(separator: "; ")))
        } catch {
            return .failed("\(call.name): \(error.localizedDescription)")
        }
    }
}

/// What one family reader made of a part.
enum Attempt: Sendable {
    /// The wording is not about this family.
    case notApplicable
    case recognized(RecognizedAnswer)
    /// The wording is about this family, but something needed is missing or ambiguous.
    case failed(String)
}
