/// A set of 1-based page numbers as users write them: `1-3,5`, `7-` (to the end), `4`.
public struct PageSelection: Equatable, Sendable {
    enum Piece: Equatable, Sendable {
        case single(Int)
        case range(Int, Int?)
    }

    var pieces: [Piece]

    /// Parses a selection; throws ``IngestError/invalidPageRange(spec:)`` when malformed.
    public init(parsing spec: String) throws(IngestError) {
        var pieces: [Piece] = []
        for part in spec.split(separator: ",", omittingEmptySubsequences: false) {
            let item = part.trimmingCharacters(in: .whitespaces)
            let bounds = item.split(separator: "-", maxSplits: 1, omittingEmptySubsequences: false)
            if bounds.count == 1, let page = Int(bounds[0]), page >= 1 {
                pieces.append(.single(page))
            } else if bounds.count == 2, let first = Int(bounds[0]), first >= 1 {
                if bounds[1].isEmpty {
                    pieces.append(.range(first, nil))
                } else if let last = Int(bounds[1]), last >= first {
                    pieces.append(.range(first, last))
                } else {
                    throw .invalidPageRange(spec: spec)
                }
            } else {
                throw .invalidPageRange(spec: spec)
            }
        }
        guard !pieces.isEmpty else { throw .invalidPageRange(spec: spec) }
        self.pieces = pieces
    }

    /// The page numbers in the order written, without repeats; throws if one lies
    /// beyond `pageCount`.
    public func pages(in pageCount: Int, path: String) throws(IngestError) -> [Int] {
        var result: [Int] = []
        var seen = Set<Int>()
        func add(_ page: Int) throws(IngestError) {
            guard page <= pageCount else { throw .pageOutOfRange(path: path, page: page, pageCount: pageCount) }
            if seen.insert(page).inserted { result.append(page) }
        }
        for piece in pieces {
            switch piece {
            case .single(let page):
                try add(page)
            case .range(let first, let last):
                guard first <= pageCount else {
                    throw .pageOutOfRange(path: path, page: first, pageCount: pageCount)
                }
                for page in first...(last ?? pageCount) { try add(page) }
            }
        }
        return result
    }
}

import Foundation
