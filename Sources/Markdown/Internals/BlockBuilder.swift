/// Turns cmark's block tree into ``MarkdownBlock``s whose text and lines come from the source.
///
/// The walk is iterative (first child, next sibling, parent), so nesting depth cannot exhaust
/// the stack; containers nested deeper than ``maximumDepth`` are not kept as blocks, their
/// blocks join the deepest kept container. Inline nodes are never visited. Leaf blocks are
/// built in `BlockBuilder+Leaves.swift`.
struct BlockBuilder {
    /// The deepest nesting of list, item and quote blocks kept in the tree.
    static let maximumDepth = 64

    let source: SourceText
    /// What cmark was given, to map its literals back to the source's bytes.
    let input: CMarkInput
    /// The markers of the containers the walk is in.
    var prefixes = ContainerPrefixes()

    private struct Frame {
        var node: OpaquePointer
        var type: CMark.NodeType
        var children: [MarkdownBlock] = []
    }

    /// The document and the kept containers the walk is in, outermost first.
    private var frames: [Frame] = []
    /// The types of the containers the walk is in below the deepest kept one.
    private var unkept: [CMark.NodeType] = []

    init(source: SourceText, input: CMarkInput) {
        self.source = source
        self.input = input
    }

    /// The blocks of `document`, a cmark document node.
    mutating func blocks(of document: OpaquePointer) -> [MarkdownBlock] {
        frames = [Frame(node: document, type: .document)]
        unkept = []
        var next = CMark.firstChild(document)
        while let node = next {
            let type = CMark.type(node)
            if Self.isContainer(type) {
                enter(node, type)
                if let child = CMark.firstChild(node) {
                    next = child
                    continue
                }
                leave()
            } else if let block = leafBlock(node, type) {
                frames[frames.count - 1].children.append(block)
            }
            next = advance(from: node, below: document)
        }
        return frames[0].children
    }

    private static func isContainer(_ type: CMark.NodeType) -> Bool {
        type == .list || type == .item || type == .blockQuote
    }

    /// The next node in document order that is not inside `node`, leaving the containers it climbs out of.
    private mutating func advance(from node: OpaquePointer, below document: OpaquePointer) -> OpaquePointer? {
        var current = node
        while true {
            if let sibling = CMark.next(current) { return sibling }
            guard let parent = CMark.parent(current), parent != document else { return nil }
            leave()
            current = parent
        }
    }

    private mutating func enter(_ node: OpaquePointer, _ type: CMark.NodeType) {
        switch type {
        case .blockQuote: prefixes.push(.quote)
        case .item: prefixes.push(.indent)
        default: break
        }
        if frames.count <= Self.maximumDepth {
            frames.append(Frame(node: node, type: type))
        } else {
            unkept.append(type)
        }
    }

    /// Closes the innermost open container: a kept one's block joins its parent's children.
    private mutating func leave() {
        let type: CMark.NodeType
        if let unkeptType = unkept.popLast() {
            type = unkeptType
        } else {
            guard frames.count > 1, let frame = frames.popLast() else { return }
            type = frame.type
            frames[frames.count - 1].children.append(containerBlock(frame.node, frame.type, children: frame.children))
        }
        if type != .list { prefixes.pop() }
    }

    private func containerBlock(_ node: OpaquePointer, _ type: CMark.NodeType, children: [MarkdownBlock]) -> MarkdownBlock {
        let start = CMark.startLine(node) - 1
        let lines = clampedLines(start, max(start + 1, children.last?.lines.upperBound ?? 0))
        let kind: MarkdownBlock.Kind
        switch type {
        case .list:
            let ordered = CMark.isOrderedList(node)
            kind = .list(ordered: ordered, start: ordered ? CMark.listStart(node) : nil)
        case .item:
            var marker = ""
            if (0..<source.lineCount).contains(start) {
                let line = source.line(start, fromColumn: CMark.startColumn(node))
                marker = source.string(LineSyntax.listMarker(line, in: source))
            }
            kind = .item(marker: marker)
        default:
            kind = .quote
        }
        return MarkdownBlock(kind: kind, text: "", lines: lines, children: children)
    }

    /// `lower..<upper` within the source's lines, at least one line long when there is one.
    func clampedLines(_ lower: Int, _ upper: Int) -> Range<Int> {
        let count = source.lineCount
        let start = min(max(lower, 0), count)
        var end = min(max(upper, start), count)
        if end == start, start < count { end = start + 1 }
        return start..<end
    }
}
