/// Myers' bit-vector algorithm (1999) in its block form, restricted to a diagonal band
/// (Ukkonen): computes the last column of the edit-distance matrix between a pattern
/// (down the rows) and a text (across the columns) in O(⌈k/64⌉·n) time and O(p) memory.
///
/// An alignment of cost at most `k` between a pattern of length p and a text of length n
/// can only pass through cells (i, j) with |i − j| + |(p − i) − (n − j)| ≤ k, so at column
/// j only rows j + ⌈(δ − k)/2⌉ … j + ⌊(δ + k)/2⌋ (δ = p − n) are computed.
///
/// Outside the band the matrix is over-estimated (a new block starts as if every row
/// added one, the row above the band as if every column added one), so values are never
/// too small, and every value on an alignment of cost ≤ k is exact: when the true
/// distance is at most `k`, `column[p]` is that distance; otherwise it is larger than `k`.
struct BitParallelColumn {
    /// Symbols are dense ids `0..<alphabetSize`.
    let alphabetSize: Int

    /// Marks rows outside the final band.
    static let outside = Int32.max / 4

    /// The diagonals (row − column) an alignment of cost ≤ `k` can use, for a whole problem
    /// of `p` rows and `n` columns.
    static func diagonals(rows p: Int, columns n: Int, cost k: Int) -> ClosedRange<Int> {
        let delta = p - n
        let lower = Int((Double(delta - k) / 2).rounded(.up))
        let upper = Int((Double(delta + k) / 2).rounded(.down))
        return lower...max(lower, upper)
    }

    /// Fills `column[0...pattern.count]`; `reversed` reads pattern and text backwards.
    /// Only rows on `diagonals` (row − column, as the text is read) are computed.
    func lastColumn(
        pattern: UnsafeBufferPointer<Int32>, text: UnsafeBufferPointer<Int32>, reversed: Bool,
        diagonals: ClosedRange<Int> = Int.min / 4...Int.max / 4,
        into column: UnsafeMutableBufferPointer<Int32>, scratch: inout [UInt64]
    ) {
        let p = pattern.count
        let n = text.count
        guard p > 0 else {
            column[0] = Int32(n)
            return
        }
        let words = (p + 63) >> 6
        let lowDiagonal = max(diagonals.lowerBound, -n - 1)
        let highDiagonal = min(diagonals.upperBound, p + 1)
        // Layout of scratch: peq[alphabetSize * words], pv[words], mv[words].
        let needed = alphabetSize * words + 2 * words
        if scratch.count < needed { scratch = [UInt64](repeating: 0, count: needed) }
        scratch.withUnsafeMutableBufferPointer { buffer in
            let peq = buffer.baseAddress!
            let pv = peq + alphabetSize * words
            let mv = pv + words
            peq.update(repeating: 0, count: alphabetSize * words)
            for i in 0..<p {
                let symbol = Int(reversed ? pattern[p - 1 - i] : pattern[i])
                peq[symbol * words + (i >> 6)] |= 1 << UInt64(i & 63)
            }
            // Blocks 0...last are initialized; rows start as D[i][0] = i.
            var last = min(words - 1, max(0, (highDiagonal - 1) >> 6))
            for b in 0...last {
                pv[b] = ~0
                mv[b] = 0
            }
            // D at the bottom row of block `last`, for the current column.
            var bottomScore = Int64(min(64 * (last + 1), p))
            var first = 0
            let lastBit = UInt64(1) << UInt64((p - 1) & 63)
            for j in 1...max(n, 1) where n > 0 {
                // Active blocks for this column: rows j + lowDiagonal ... j + highDiagonal.
                let wantedLast = min(words - 1, max(0, (j + highDiagonal - 1) >> 6))
                while last < wantedLast {
                    last += 1
                    pv[last] = ~0
                    mv[last] = 0
                    bottomScore += Int64(min(64 * (last + 1), p) - 64 * last)
                }
                first = max(first, min(last, max(0, (j + lowDiagonal - 1) >> 6)))
                let symbol = Int(reversed ? text[n - j] : text[j - 1])
                let eqRow = peq + symbol * words
                // The row above the first block is taken to grow by one per column.
                var hp: UInt64 = 1
                var hn: UInt64 = 0
                var lastPh: UInt64 = 0
                var lastMh: UInt64 = 0
                for b in first...last {
                    let pvb = pv[b]
                    let mvb = mv[b]
                    let eq = eqRow[b] | hn
                    let xv = eqRow[b] | mvb
                    let xh = (((eq & pvb) &+ pvb) ^ pvb) | eq
                    var ph = mvb | ~(xh | pvb)
                    var mh = pvb & xh
                    lastPh = ph
                    lastMh = mh
                    let hpOut = ph >> 63
                    let hnOut = mh >> 63
                    ph = (ph << 1) | hp
                    mh = (mh << 1) | hn
                    pv[b] = mh | ~(xv | ph)
                    mv[b] = ph & xv
                    hp = hpOut
                    hn = hnOut
                }
                let bottom = last == words - 1 ? lastBit : (1 << 63)
                bottomScore += (lastPh & bottom != 0 ? 1 : 0) - (lastMh & bottom != 0 ? 1 : 0)
            }
            // Read the column back upwards from the bottom score.
            for i in 0...p { column[i] = Self.outside }
            if -n >= lowDiagonal { column[0] = Int32(n) }
            var value = bottomScore
            var i = min(64 * (last + 1), p)
            while i > 64 * first {
                column[i] = Int32(clamping: value)
                let b = (i - 1) >> 6
                let bit = UInt64(1) << UInt64((i - 1) & 63)
                if pv[b] & bit != 0 { value -= 1 } else if mv[b] & bit != 0 { value += 1 }
                i -= 1
            }
            if first == 0 { column[0] = Int32(clamping: value) }
        }
    }
}
