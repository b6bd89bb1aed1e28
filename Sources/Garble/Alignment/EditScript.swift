/// The full alignment of a reference sequence with a candidate sequence: an optimal
/// (minimum-cost, unit costs) list of operations, with its counts.
///
/// Computed in linear memory: Hirschberg's divide and conquer over columns of Myers'
/// bit-parallel algorithm, finishing small pieces with plain dynamic programming. Time is
/// O(⌈n/64⌉·m) per level, about twice one distance computation in all; memory is
/// O(n + m). Common prefixes and suffixes are matched first.
public struct EditScript: Sendable, Equatable {
    public var operations: [EditOperation]
    public var insertions = 0
    public var deletions = 0
    public var substitutions = 0
    public var matches = 0

    /// The edit distance: insertions + deletions + substitutions.
    public var distance: Int { insertions + deletions + substitutions }

    public init(operations: [EditOperation]) {
        self.operations = operations
        for operation in operations {
            switch operation {
            case .match: matches += 1
            case .substitute: substitutions += 1
            case .insert: insertions += 1
            case .delete: deletions += 1
            }
        }
    }

    /// Aligns two sequences of dense symbol ids in `0..<alphabetSize`.
    public static func align(_ reference: [Int32], _ candidate: [Int32], alphabetSize: Int) -> EditScript {
        precondition(
            reference.allSatisfy { $0 >= 0 && Int($0) < alphabetSize } && candidate.allSatisfy { $0 >= 0 && Int($0) < alphabetSize },
            "symbol ids must lie in 0..<alphabetSize")
        var aligner = Aligner(alphabetSize: alphabetSize)
        var operations: [EditOperation] = []
        operations.reserveCapacity(max(reference.count, candidate.count) + 16)
        reference.withUnsafeBufferPointer { a in
            candidate.withUnsafeBufferPointer { b in
                aligner.align(a, b, into: &operations)
            }
        }
        return EditScript(operations: operations)
    }

    /// Aligns two sequences of any hashable symbols. Candidate symbols absent from the
    /// reference share one id: they can only mismatch.
    public static func align<S: Hashable>(_ reference: [S], _ candidate: [S]) -> EditScript {
        var table = SymbolTable<S>()
        let a = reference.map { table.id($0) }
        let stranger = Int32(table.count)
        let b = candidate.map { table.existingID($0) ?? stranger }
        return align(a, b, alphabetSize: table.count + 1)
    }
}

/// Dense ids for symbols.
public struct SymbolTable<S: Hashable> {
    private var ids: [S: Int32] = [:]
    public private(set) var symbols: [S] = []

    public init() {}

    public var count: Int { symbols.count }

    /// The id of a symbol already in the table.
    public func existingID(_ symbol: S) -> Int32? { ids[symbol] }

    public mutating func id(_ symbol: S) -> Int32 {
        if let id = ids[symbol] { return id }
        let id = Int32(symbols.count)
        ids[symbol] = id
        symbols.append(symbol)
        return id
    }
}
