/// Edit distance alone, bit-parallel (Myers 1999) in a band doubled until it holds the
/// distance d: O(⌈d/32⌉·m) time, O(n) memory.
public enum Levenshtein {
    public static func distance(_ reference: [Int32], _ candidate: [Int32], alphabetSize: Int) -> Int {
        precondition(
            reference.allSatisfy { $0 >= 0 && Int($0) < alphabetSize } && candidate.allSatisfy { $0 >= 0 && Int($0) < alphabetSize },
            "symbol ids must lie in 0..<alphabetSize")
        guard !reference.isEmpty else { return candidate.count }
        guard !candidate.isEmpty else { return reference.count }
        var aligner = Aligner(alphabetSize: alphabetSize)
        return reference.withUnsafeBufferPointer { a in
            candidate.withUnsafeBufferPointer { b in aligner.distance(a, b) }
        }
    }

    public static func distance<S: Hashable>(_ reference: [S], _ candidate: [S]) -> Int {
        var table = SymbolTable<S>()
        let a = reference.map { table.id($0) }
        let stranger = Int32(table.count)
        let b = candidate.map { table.existingID($0) ?? stranger }
        return distance(a, b, alphabetSize: table.count + 1)
    }
}
