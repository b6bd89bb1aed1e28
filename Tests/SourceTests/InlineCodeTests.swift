import Source
import Testing

/// Code written inline with `\lstinline`, `\Verb` or `\mintinline` reads as its characters,
/// without its delimiters, whatever TeX would make of them (`_`, `%`, `#`).
@Suite("Inline code")
struct InlineCodeTests {
    @Test(arguments: [
        (#"The layer \lstinline|nn.Linear(in_features=4, out_features=2)| follows."#, "nn.Linear(in_features=4, out_features=2)"),
        (#"Run \lstinline[language=Python]{x % 2 == 0 and f(y_1)} twice."#, "x % 2 == 0 and f(y_1)"),
        (#"See \Verb!a_b#c! here."#, "a_b#c"),
        (#"Call \mintinline{python}|torch.zeros(3, 4)| first."#, "torch.zeros(3, 4)"),
        (#"Nested \lstinline{f({1: 2})} braces."#, "f({1: 2})"),
    ])
    func inlineCodeReadsAsItsCharacters(source: String, code: String) {
        let text = SourceReader.latex(source).text
        #expect(text.contains(code), "\(text)")
        #expect(!text.contains("|" + code) && !text.contains("!" + code), "\(text)")
    }

    /// An item that opens with inline code keeps its label.
    @Test func anItemOpeningWithInlineCode() {
        let text = SourceReader.latex(#"""
            \begin{enumerate}[label=(\alph*)]
            \item The layer \lstinline|nn.Conv2d(3, 8, 3)|. What is the output shape?
            \item \lstinline|nn.MaxPool2d(2)| is applied next. What is the output shape?
            \end{enumerate}
            """#).text
        #expect(text.contains("(b) nn.MaxPool2d(2) is applied next"), "\(text)")
    }

    @Test func anUnclosedInlineCodeIsReported() {
        let read = SourceReader.latex(#"The call \lstinline|nn.Linear(4, 2) never closes."#)
        #expect(read.issues.contains { $0.message.contains("unclosed \\lstinline") }, "\(read.issues)")
    }
}
