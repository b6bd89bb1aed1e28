/// The block-quote markers and list-item indentation that open containers put before each line.
///
/// The builder pushes a marker when it enters a block quote or list item and pops it on the way
/// out; ``contentStart(of:in:)`` strips them from a continuation line. Runs of the same marker
/// are kept as one entry with a count so that stripping costs at most the length of the line,
/// however deeply the containers nest.
struct ContainerPrefixes {
    enum Marker: Equatable {
        /// A block quote: optional indentation, `>`, one optional space or tab.
        case quote
        /// A list item: its content indentation.
        case indent
    }

    private struct Run {
        var marker: Marker
        var count: Int
    }

    private var runs: [Run] = []

    mutating func push(_ marker: Marker) {
        if let last = runs.last, last.marker == marker {
            runs[runs.count - 1].count += 1
        } else {
            runs.append(Run(marker: marker, count: 1))
        }
    }

    mutating func pop() {
        guard let last = runs.last else { return }
        if last.count > 1 { runs[runs.count - 1].count -= 1 } else { runs.removeLast() }
    }

    /// Where the content of `line` begins once the open containers' markers and the leading
    /// whitespace are skipped. A line missing a `>` is a lazy continuation line: what follows the
    /// markers it does have (and its indentation) is content.
    func contentStart(of line: Range<Int>, in source: SourceText) -> Int {
        var index = line.lowerBound
        guard !runs.isEmpty else { return source.skippingSpaces(line) }
        for run in runs {
            switch run.marker {
            case .indent:
                index = source.skippingSpaces(index..<line.upperBound)
            case .quote:
                for _ in 0..<run.count {
                    index = source.skippingSpaces(index..<line.upperBound)
                    guard index < line.upperBound, source.bytes[index] == UInt8(ascii: ">") else {
                        return index
                    }
                    index += 1
                    if index < line.upperBound, SourceText.isSpaceOrTab(source.bytes[index]) { index += 1 }
                }
            }
        }
        return source.skippingSpaces(index..<line.upperBound)
    }
}
