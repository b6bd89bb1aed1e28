import Foundation

/// The house styles a generated problem set is written in.
extension GeneratedProblemSet {
    /// The set as a file in `style`: its name and text; nil when the style cannot write it
    /// (a theorem environment or the exam class number problems 1, 2, 3 and nothing else;
    /// the exam class has letters, then romans).
    public func render(_ style: Style) -> (name: String, text: String)? {
        switch style {
        case .latexArticle: return ("problems.tex", latex(theorem: false))
        case .latexTheorem: return chapter == nil ? ("problems.tex", latex(theorem: true)) : nil
        case .latexExam: return chapter == nil && examFits ? ("problems.tex", exam()) : nil
        case .markdown: return ("problems.md", markdown())
        case .plain: return ("problems.txt", plain())
        case .pasted: return ("pasted.txt", pasted())
        }
    }

    private var examFits: Bool {
        topStyle == .letters && allParts.allSatisfy { part in part.children.isEmpty || part.children.allSatisfy { $0.children.isEmpty } }
    }

    private func header(_ problem: Problem) -> String {
        chapter == nil ? "Problem \(problem.id): \(problem.title)" : "Exercise \(problem.id) (\(problem.title))"
    }

    private static func latexText(_ text: String) -> String {
        text.replacingOccurrences(of: "×", with: "$\\times$").replacingOccurrences(of: "→", with: "$\\to$")
            .replacingOccurrences(of: "η = ", with: "$\\eta = $").replacingOccurrences(of: "m = ", with: "$m = $")
            .replacingOccurrences(of: "T = ", with: "$T$ = ").replacingOccurrences(of: "p = ", with: "$p = $")
    }

    // MARK: LaTeX

    private static func enumitem(_ style: LabelStyle) -> String {
        switch style {
        case .letters: return "[label=(\\alph*)]"
        case .numbers: return "[label=\\arabic*.]"
        case .romans: return "[label=(\\roman*)]"
        }
    }

    private func latex(theorem: Bool) -> String {
        var out = "\\documentclass{article}\n\\usepackage{enumitem}\n"
        if theorem { out += "\\newtheorem{problem}{Problem}\n" }
        out += "\\begin{document}\n\\noindent Due Friday at noon. Work on your own.\n\n"
        for problem in problems {
            if theorem {
                out += "\\begin{problem}[\(problem.title)] \\textbf{[10 pts]}\n"
            } else {
                out += "\\section*{\(header(problem))}\n"
            }
            out += problem.stem.map(Self.latexText).joined(separator: "\n") + "\n"
            if !problem.dataList.isEmpty {
                out += "\\begin{enumerate}\n" + problem.dataList.map { "  \\item " + Self.latexText($0) + "\n" }.joined() + "\\end{enumerate}\n"
            }
            if !problem.options.isEmpty {
                out += "\\begin{enumerate}[label=(\\Alph*)]\n" + problem.options.map { "  \\item \($0)\n" }.joined() + "\\end{enumerate}\n"
            }
            if !problem.parts.isEmpty { out += latexParts(problem.parts, style: topStyle, indent: "") }
            if theorem { out += "\\end{problem}\n" }
            out += "\n"
        }
        return out + "\\end{document}\n"
    }

    private func latexParts(_ parts: [Part], style: LabelStyle, indent: String) -> String {
        var out = indent + "\\begin{enumerate}" + Self.enumitem(style) + "\n"
        for part in parts {
            out += indent + "  \\item " + Self.latexText(part.text) + "\n"
            if !part.options.isEmpty {
                out += indent + "  \\begin{enumerate}[label=(\\Alph*)]\n"
                out += part.options.map { indent + "    \\item \($0)\n" }.joined()
                out += indent + "  \\end{enumerate}\n"
            }
            if let child = part.children.first {
                out += latexParts(part.children, style: Self.style(of: child), indent: indent + "  ")
            }
        }
        return out + indent + "\\end{enumerate}\n"
    }

    private static func style(of part: Part) -> LabelStyle {
        let last = part.id.split(whereSeparator: { $0 == "." }).last.map(String.init) ?? ""
        if let letter = last.last, letter.isLetter, !["i", "ii", "iii", "iv"].contains(last) { return .letters }
        if Int(last) != nil { return .numbers }
        return .romans
    }

    private func exam() -> String {
        var out = "\\documentclass{exam}\n\\usepackage{enumitem}\n\\begin{document}\n\\noindent Due Friday at noon.\n\\begin{questions}\n"
        for problem in problems {
            out += "\\question[10] \\textbf{\(problem.title).} " + problem.stem.map(Self.latexText).joined(separator: " ") + "\n"
            if !problem.dataList.isEmpty {
                out += "\\begin{enumerate}[label=\\arabic*.]\n" + problem.dataList.map { "  \\item " + Self.latexText($0) + "\n" }.joined() + "\\end{enumerate}\n"
            }
            if !problem.options.isEmpty {
                out += "\\begin{choices}\n" + problem.options.map { "  \\choice \($0)\n" }.joined() + "\\end{choices}\n"
            }
            guard !problem.parts.isEmpty else { continue }
            out += "\\begin{parts}\n"
            for part in problem.parts {
                out += "  \\part[2] " + Self.latexText(part.text) + "\n"
                if !part.options.isEmpty {
                    out += "  \\begin{choices}\n" + part.options.map { "    \\choice \($0)\n" }.joined() + "  \\end{choices}\n"
                }
                if !part.children.isEmpty {
                    out += "  \\begin{subparts}\n"
                    for child in part.children {
                        out += "    \\subpart " + Self.latexText(child.text) + "\n"
                        if !child.options.isEmpty {
                            out += "    \\begin{choices}\n" + child.options.map { "      \\choice \($0)\n" }.joined() + "    \\end{choices}\n"
                        }
                    }
                    out += "  \\end{subparts}\n"
                }
            }
            out += "\\end{parts}\n"
        }
        return out + "\\end{questions}\n\\end{document}\n"
    }

    // MARK: Markdown and plain text

    private static func label(_ part: Part, style: LabelStyle) -> String {
        let token = String(part.id.split(whereSeparator: { $0 == "." }).last!.drop { $0.isNumber && style != .numbers })
        switch style {
        case .letters: return "(\(token.last!))"
        case .numbers: return "\(token)."
        case .romans: return "(\(token))"
        }
    }

    private func markdown() -> String {
        var out = "# Homework\n\nDue Friday at noon. Work on your own.\n\n"
        for problem in problems {
            out += "## " + header(problem) + " [10 pts]\n\n" + problem.stem.joined(separator: " ") + "\n\n"
            if !problem.dataList.isEmpty {
                out += problem.dataList.enumerated().map { "\($0.offset + 1). \($0.element)\n" }.joined() + "\n"
            }
            if !problem.options.isEmpty {
                out += problem.options.enumerated().map { "- (\(Self.capital($0.offset))) \($0.element)\n" }.joined() + "\n"
            }
            out += markdownParts(problem.parts, style: topStyle)
        }
        return out
    }

    private func markdownParts(_ parts: [Part], style: LabelStyle) -> String {
        var out = ""
        for part in parts {
            out += "**\(Self.label(part, style: style))** \(part.text)\n\n"
            if !part.options.isEmpty {
                out += part.options.enumerated().map { "- (\(Self.capital($0.offset))) \($0.element)\n" }.joined() + "\n"
            }
            if let child = part.children.first {
                out += markdownParts(part.children, style: Self.style(of: child))
            }
        }
        return out
    }

    private func plain() -> String {
        var out = "HOMEWORK\nDue Friday at noon. Work on your own.\n\n"
        for problem in problems {
            out += header(problem) + "\n" + problem.stem.joined(separator: "\n") + "\n"
            if !problem.dataList.isEmpty {
                out += problem.dataList.enumerated().map { "\($0.offset + 1). \($0.element)\n" }.joined()
            }
            if !problem.options.isEmpty {
                out += problem.options.enumerated().map { "\(Self.capital($0.offset)). \($0.element)\n" }.joined()
            }
            out += plainParts(problem.parts, style: topStyle, indent: "")
            out += "\n"
        }
        return out
    }

    private func plainParts(_ parts: [Part], style: LabelStyle, indent: String) -> String {
        var out = ""
        for part in parts {
            out += indent + Self.label(part, style: style) + " " + part.text + "\n"
            if !part.options.isEmpty {
                out += part.options.enumerated().map { indent + "   \(Self.capital($0.offset))) \($0.element)\n" }.joined()
            }
            if let child = part.children.first {
                out += plainParts(part.children, style: Self.style(of: child), indent: indent + "    ")
            }
        }
        return out
    }

    /// The plain rendering as a PDF's text layer gives it: lines wrapped at 72 characters,
    /// and every 18 lines a page break with a running header and the page number.
    private func pasted() -> String {
        var lines: [String] = []
        for line in plain().split(separator: "\n", omittingEmptySubsequences: false) {
            var rest = line.trimmingCharacters(in: .whitespaces)
            while rest.count > 72, let cut = rest.prefix(72).lastIndex(of: " ") {
                lines.append(String(rest[..<cut]))
                rest = String(rest[rest.index(after: cut)...])
            }
            lines.append(rest)
        }
        var out: [String] = []
        var page = 1
        for (index, line) in lines.enumerated() {
            if index > 0, index % 18 == 0 {
                out += ["Page \(page) of \(lines.count / 18 + 1)", "CS 229 Homework 3 Fall 2026"]
                page += 1
            }
            out.append(line)
        }
        return out.joined(separator: "\n") + "\n"
    }

    private static func capital(_ index: Int) -> String {
        String(Character(Unicode.Scalar(65 + index)!))
    }
}
