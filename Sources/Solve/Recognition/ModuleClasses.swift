import Foundation

/// Model classes a statement defines in code:
///
///     class TinyClassifier(nn.Module):
///         def __init__(self):
///             self.emb = nn.Embedding(5000, 128)
///             self.fc  = nn.Linear(128, 10)
///
/// "How many parameters does TinyClassifier have?" asks for its modules together (its `self.`
/// attributes). A class that also creates parameters of its own (`nn.Parameter`), holds a
/// module of a class the code defines, ties a weight, or assigns no module is left alone.
enum ModuleClasses {
    /// Each class with the calls its constructor assigns, in order.
    static func defined(in text: String) -> [(name: String, calls: [String])] {
        let headers = text.matches(of: #/\bclass\s+([A-Za-z_]\w*)\s*\(\s*(?:torch\.)?nn\.Module\s*\)\s*:/#)
        var result: [(name: String, calls: [String])] = []
        for (index, header) in headers.enumerated() {
            let end = index + 1 < headers.count ? headers[index + 1].range.lowerBound : text.endIndex
            var body = String(text[header.range.upperBound..<end])
            // The constructor only: what `forward` calls is not a definition.
            if let forward = body.range(of: #"\bdef\s+forward\b"#, options: .regularExpression) { body = String(body[..<forward.lowerBound]) }
            // (A parameter of its own, a submodule of a class of the code's own, or a tied weight
            // makes the count more than its `nn` modules.)
            guard body.range(of: #"\bnn\.Parameter\b|\bParameter\(|\bself\.\w+\s*=\s*(?!(?:torch\.)?nn\.)[A-Z]\w*\(|\.weight\s*="#, options: .regularExpression) == nil else { continue }
            let calls = NamedModules.ordered(in: body).filter { $0.name.hasPrefix("self.") }.map(\.call)
            if !calls.isEmpty { result.append((String(header.output.1), calls)) }
        }
        return result
    }

    /// The part with each defined class named as a word replaced by its modules, together.
    static func substituting(_ part: String, classes: [(name: String, calls: [String])]) -> String {
        var text = part
        for (name, calls) in classes {
            text = text.replacingOccurrences(of: #"(?<![\w.])`?"# + NSRegularExpression.escapedPattern(for: name) + #"`?(?![\w(])"#,
                                             with: NSRegularExpression.escapedTemplate(for: calls.joined(separator: ", ") + " together"),
                                             options: .regularExpression)
        }
        return text
    }
}
