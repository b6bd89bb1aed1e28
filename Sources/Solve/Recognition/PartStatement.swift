import Problems

/// One part of a problem, as the recognizer reads it.
///
/// Later parts often lean on earlier text ("the same map P", "the layer of part (a)"),
/// so a part carries its problem's statement and the earlier parts as ``context``.
public struct PartStatement: Sendable, Hashable, Codable {
    /// The part's id: problem number and lower-case letter, e.g. `"1b"`.
    public var id: String
    /// The part's own text, in hwlens' canonical linear form (label optional).
    public var text: String
    /// The problem's statement before its parts, then the earlier parts of the same
    /// problem, each on its own line starting with its label (`"(a) …"`).
    public var context: String
    /// The problem's title, e.g. `"Problem 3: Pooling and Output Shapes"` (may be empty).
    public var title: String
    /// The set's text before its first problem, where conventions are stated once for every
    /// problem ("shapes are written C × H × W"); the part and its problem win over it.
    public var conventions: String
    /// The options a multiple-choice part lists, in order (empty otherwise).
    public var options: [PartOption]
    /// Parts of other problems that the part or its problem's statement names ("the
    /// standard convolution of 1(a)(i)", "the layers of Question 1(a)"): each referenced
    /// part's problem statement, the part it belongs to and its own text, on one line each.
    public var crossReferences: String?
    /// Answers already found for the earlier parts of the same problem, by bare label (`"a"`):
    /// what "your output from (a)" or "the ratio of (b) to (a)" takes as its operands.
    public var earlierAnswers: [String: Answer] = [:]
    /// Whether sub-parts follow the part ("(e) Apply 2 × 2 pooling to X:" over "(i) max
    /// pooling;"): such a part may only lead into them.
    public var hasSubparts = false

    public init(id: String, text: String, context: String = "", title: String = "", conventions: String = "", options: [PartOption] = []) {
        self.id = id
        self.text = text
        self.context = context
        self.title = title
        self.conventions = conventions
        self.options = options
    }

    /// Builds the context from the problem statement and the earlier parts, given as
    /// `(label, text)` pairs such as `("a", "Compute …")`.
    public init(id: String, text: String, statement: String, earlierParts: [(label: String, text: String)], title: String = "", conventions: String = "",
                options: [PartOption] = []) {
        let parts = earlierParts.map { "(\($0.label)) \($0.text)" }
        let context = ([statement] + parts).filter { !$0.isEmpty }.joined(separator: "\n")
        self.init(id: id, text: text, context: context, title: title, conventions: conventions, options: options)
    }
}
