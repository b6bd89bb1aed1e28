import CCmarkGFM

/// The one place where Markdown talks to cmark-gfm.
///
/// Each C call has a thin typed wrapper here. Nodes leave as `OpaquePointer`s that live only
/// inside ``withDocument(_:_:)``, which frees the parser and the document tree in one place
/// when its body returns. No other file imports `CCmarkGFM`.
enum CMark {
    /// The block node types the converter tells apart; inline nodes and anything else are `other`.
    enum NodeType: Equatable {
        case document, blockQuote, list, item, codeBlock, htmlBlock, paragraph, heading, thematicBreak
        /// A GFM table, its header row and its body rows.
        case table, tableHeader, tableRow
        case other
    }

    /// The fence of a fenced code block.
    struct Fence {
        /// The fence character, `` ` `` or `~`, as a UTF-8 byte.
        var character: UInt8
        /// The number of fence characters in the opening fence.
        var length: Int
    }

    /// `cmark_gfm_core_extensions_ensure_registered` is not thread-safe; a static `let` runs it once.
    private static let coreExtensionsRegistered: Void = cmark_gfm_core_extensions_ensure_registered()

    /// Parses `bytes` as CommonMark with the GFM `table` and `strikethrough` extensions, gives the
    /// document node to `body`, and frees the parser and the whole tree when `body` returns.
    static func withDocument<Result>(_ bytes: UnsafeBufferPointer<UInt8>, _ body: (OpaquePointer) -> Result) -> Result {
        _ = coreExtensionsRegistered
        guard let parser = cmark_parser_new(CMARK_OPT_DEFAULT) else {
            preconditionFailure("cmark-gfm could not allocate a parser")
        }
        defer { cmark_parser_free(parser) }
        for name in ["table", "strikethrough"] {
            if let extensionHandle = cmark_find_syntax_extension(name) {
                cmark_parser_attach_syntax_extension(parser, extensionHandle)
            }
        }
        if let base = bytes.baseAddress, !bytes.isEmpty {
            base.withMemoryRebound(to: CChar.self, capacity: bytes.count) { cmark_parser_feed(parser, $0, bytes.count) }
        }
        guard let document = cmark_parser_finish(parser) else {
            preconditionFailure("cmark-gfm returned no document")
        }
        defer { cmark_node_free(document) }
        return body(document)
    }

    // MARK: Tree

    static func firstChild(_ node: OpaquePointer) -> OpaquePointer? { cmark_node_first_child(node) }
    static func next(_ node: OpaquePointer) -> OpaquePointer? { cmark_node_next(node) }
    static func parent(_ node: OpaquePointer) -> OpaquePointer? { cmark_node_parent(node) }

    static func type(_ node: OpaquePointer) -> NodeType {
        switch cmark_node_get_type(node).rawValue {
        case CMARK_NODE_DOCUMENT.rawValue: return .document
        case CMARK_NODE_BLOCK_QUOTE.rawValue: return .blockQuote
        case CMARK_NODE_LIST.rawValue: return .list
        case CMARK_NODE_ITEM.rawValue: return .item
        case CMARK_NODE_CODE_BLOCK.rawValue: return .codeBlock
        case CMARK_NODE_HTML_BLOCK.rawValue: return .htmlBlock
        case CMARK_NODE_PARAGRAPH.rawValue: return .paragraph
        case CMARK_NODE_HEADING.rawValue: return .heading
        case CMARK_NODE_THEMATIC_BREAK.rawValue: return .thematicBreak
        default:
            // Extension node types are numbered at registration; their names are stable.
            guard let name = cmark_node_get_type_string(node) else { return .other }
            switch String(cString: name) {
            case "table": return .table
            case "table_header": return .tableHeader
            case "table_row": return .tableRow
            default: return .other
            }
        }
    }

    // MARK: Positions (1-based lines, 1-based byte columns; 0 when cmark has none)

    static func startLine(_ node: OpaquePointer) -> Int { Int(cmark_node_get_start_line(node)) }
    static func startColumn(_ node: OpaquePointer) -> Int { Int(cmark_node_get_start_column(node)) }
    static func endLine(_ node: OpaquePointer) -> Int { Int(cmark_node_get_end_line(node)) }

    // MARK: Block details

    /// The literal content of a code or HTML block as UTF-8 bytes (empty for other nodes).
    static func literal(_ node: OpaquePointer) -> [UInt8] {
        guard let pointer = cmark_node_get_literal(node) else { return [] }
        return Array(String(cString: pointer).utf8)
    }

    static func headingLevel(_ node: OpaquePointer) -> Int { Int(cmark_node_get_heading_level(node)) }

    static func isOrderedList(_ node: OpaquePointer) -> Bool { cmark_node_get_list_type(node) == CMARK_ORDERED_LIST }

    static func listStart(_ node: OpaquePointer) -> Int { Int(cmark_node_get_list_start(node)) }

    /// The info string of a fenced code block (cmark unescapes backslashes and entities in it).
    static func fenceInfo(_ node: OpaquePointer) -> String {
        cmark_node_get_fence_info(node).map { String(cString: $0) } ?? ""
    }

    /// The opening fence of a fenced code block; nil for an indented one.
    static func fence(_ node: OpaquePointer) -> Fence? {
        var length: Int32 = 0
        var offset: Int32 = 0
        var character: CChar = 0
        guard cmark_node_get_fenced(node, &length, &offset, &character) != 0 else { return nil }
        return Fence(character: UInt8(bitPattern: character), length: Int(length))
    }
}
