/// The reading order of part ids: numbers as numbers, then letters, then sub-parts
/// (`2a` < `2b` < `10a`, `1c.i` < `1c.ii`, `2.3a` < `2.10a`).
public enum PartOrder {
    public static func precedes(_ a: String, _ b: String) -> Bool {
        let x = pieces(a), y = pieces(b)
        for (p, q) in zip(x, y) where p != q {
            switch (Int(p), Int(q)) {
            case (let m?, let n?): return m < n
            case (.some, nil): return true
            case (nil, .some): return false
            default: return p < q
            }
        }
        return x.count < y.count
    }

    /// `2.10ab.ii` → ["2", "10", "ab", "ii"]: runs of digits and of letters.
    static func pieces(_ id: String) -> [String] {
        var result: [String] = []
        var current = ""
        var digits = false
        for c in id.lowercased() {
            guard c.isLetter || c.isNumber else {
                if !current.isEmpty { result.append(current); current = "" }
                continue
            }
            if !current.isEmpty, c.isNumber != digits { result.append(current); current = "" }
            digits = c.isNumber
            current.append(c)
        }
        if !current.isEmpty { result.append(current) }
        return result
    }
}
