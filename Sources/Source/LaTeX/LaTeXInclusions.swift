/// Splices into a token stream the local files a LaTeX source loads, as TeX would read them:
/// `\usepackage`/`\RequirePackage` of a `.sty`, `\documentclass`/`\LoadClass` of a `.cls`,
/// and `\input`/`\include`/`\subfile` of a `.tex` found next to the source.
///
/// A package or class is read for its definitions: its tokens follow the loading command
/// in the preamble, where nothing prints. An input file replaces the command that loads it.
/// Spliced tokens take the position of that command, so lines and ranges keep pointing into
/// the main source. Following is bounded: nesting depth, file count and total size have
/// limits, a file loading itself is read once, and each limit is reported once.
struct LaTeXInclusions {
    /// Reads a file by the name the source gives (with its extension); nil when absent.
    typealias Loader = (String) -> String?

    static let depthLimit = 8
    static let fileLimit = 64
    static let characterLimit = 4_000_000

    private let loader: Loader
    private(set) var issues = IssueLog()
    private var loaded: Set<String> = []
    private var characters = 0

    init(loader: @escaping Loader) {
        self.loader = loader
    }

    private static let packageCommands: [String: String] = [
        "usepackage": "sty", "RequirePackage": "sty", "documentclass": "cls", "LoadClass": "cls",
    ]
    private static let inputCommands: Set<String> = ["input", "include", "subfile"]

    mutating func splice(_ tokens: [LaTeXToken], depth: Int = 0) -> [LaTeXToken] {
        var out: [LaTeXToken] = []
        out.reserveCapacity(tokens.count)
        var index = 0
        while index < tokens.count {
            let token = tokens[index]
            guard let name = token.commandName,
                  Self.packageCommands[name] != nil || Self.inputCommands.contains(name),
                  let (argument, after) = Self.argument(of: tokens, after: index + 1)
            else {
                out.append(token)
                index += 1
                continue
            }
            if let ext = Self.packageCommands[name] {
                out.append(contentsOf: tokens[index..<after])
                for package in argument.split(separator: ",") {
                    let file = String(package).trimmingSpaces + "." + ext
                    if let text = load(file, for: token, depth: depth) {
                        out += splice(Self.tokens(of: text, file: file, at: token), depth: depth + 1)
                    }
                }
            } else {
                let file = argument.trimmingSpaces
                let candidates = file.hasSuffix(".tex") ? [file] : [file + ".tex", file]
                var text: String?
                for candidate in candidates where text == nil {
                    text = load(candidate, for: token, depth: depth)
                }
                if let text {
                    out += splice(Self.tokens(of: text, file: file, at: token), depth: depth + 1)
                } else {
                    // The reader reports the input it cannot follow.
                    out.append(contentsOf: tokens[index..<after])
                }
            }
            index = after
        }
        return out
    }

    private mutating func load(_ file: String, for token: LaTeXToken, depth: Int) -> String? {
        guard !file.isEmpty, !loaded.contains(file) else { return nil }
        guard let text = loader(file) else { return nil }
        if depth >= Self.depthLimit {
            issues.count("local files nested deeper than \(Self.depthLimit): not following \(file)", line: token.line)
            return nil
        }
        if loaded.count >= Self.fileLimit || characters + text.count > Self.characterLimit {
            issues.count("more than \(Self.fileLimit) local files or \(Self.characterLimit) characters: not following \(file)", line: token.line)
            return nil
        }
        loaded.insert(file)
        characters += text.count
        return text
    }

    /// The tokens of a loaded file, placed at the command that loads it.
    private static func tokens(of text: String, file: String, at token: LaTeXToken) -> [LaTeXToken] {
        let macroFile = file.hasSuffix(".sty") || file.hasSuffix(".cls")
        var lexer = LaTeXLexer(Array(SourceLines.normalize(text)), atIsLetter: macroFile)
        var tokens = lexer.run()
        for position in tokens.indices {
            tokens[position].line = token.line
            tokens[position].start = token.start
            tokens[position].end = token.end
        }
        // A package ends at `\endinput`; what follows is not read.
        if let end = tokens.firstIndex(where: { $0.isCommand("endinput") }) { tokens.removeSubrange(end...) }
        return tokens
    }

    /// The braced argument after optional `[…]` arguments: its text and the index after it.
    private static func argument(of tokens: [LaTeXToken], after start: Int) -> (String, Int)? {
        var index = start
        while index < tokens.count {
            let token = tokens[index]
            if token.isSpace {
                index += 1
            } else if token.isChar("[") {
                while index < tokens.count, !tokens[index].isChar("]") { index += 1 }
                index += 1
            } else {
                break
            }
        }
        guard index < tokens.count, tokens[index].kind == .open else { return nil }
        var text = ""
        index += 1
        while index < tokens.count, tokens[index].kind != .close {
            switch tokens[index].kind {
            case .char(let c): text.append(c)
            case .space: text.append(" ")
            default: return nil
            }
            index += 1
        }
        guard index < tokens.count else { return nil }
        return (text, index + 1)
    }
}
