/// The divide-and-conquer alignment behind ``EditScript``.
struct Aligner {
    let columns: BitParallelColumn
    var scratch: [UInt64] = []
    var forward: [Int32] = []
    var backward: [Int32] = []
    var table: [UInt8] = []

    /// Pieces with at most this many cells are solved by full dynamic programming.
    static let directCells = 1 << 12

    init(alphabetSize: Int) {
        columns = BitParallelColumn(alphabetSize: max(alphabetSize, 1))
    }

    mutating func align(
        _ a: UnsafeBufferPointer<Int32>, _ b: UnsafeBufferPointer<Int32>, into operations: inout [EditOperation]
    ) {
        // Common prefix and suffix.
        var prefix = 0
        while prefix < a.count, prefix < b.count, a[prefix] == b[prefix] { prefix += 1 }
        var suffix = 0
        while suffix < a.count - prefix, suffix < b.count - prefix,
            a[a.count - 1 - suffix] == b[b.count - 1 - suffix]
        {
            suffix += 1
        }
        operations.append(contentsOf: repeatElement(.match, count: prefix))
        let middleA = UnsafeBufferPointer(rebasing: a[prefix..<(a.count - suffix)])
        let middleB = UnsafeBufferPointer(rebasing: b[prefix..<(b.count - suffix)])
        solve(middleA, middleB, distance: nil, into: &operations)
        operations.append(contentsOf: repeatElement(.match, count: suffix))
    }

    /// The exact distance, with a band doubled until it holds the answer.
    mutating func distance(_ a: UnsafeBufferPointer<Int32>, _ b: UnsafeBufferPointer<Int32>) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        if forward.count < a.count + 1 { forward = [Int32](repeating: 0, count: a.count + 1) }
        var k = Self.initialBand(a.count, b.count)
        while true {
            let diagonals = BitParallelColumn.diagonals(rows: a.count, columns: b.count, cost: k)
            forward.withUnsafeMutableBufferPointer { f in
                columns.lastColumn(pattern: a, text: b, reversed: false, diagonals: diagonals, into: f, scratch: &scratch)
            }
            let value = Int(forward[a.count])
            if value <= k || k >= a.count + b.count { return value }
            k *= 2
        }
    }

    static func initialBand(_ p: Int, _ n: Int) -> Int {
        max(abs(p - n) + 64, (p + n) / 64)
    }

    /// Aligns `a` with `b`, whose edit distance is `distance` when known (it bounds the band).
    private mutating func solve(
        _ a: UnsafeBufferPointer<Int32>, _ b: UnsafeBufferPointer<Int32>, distance known: Int?,
        into operations: inout [EditOperation]
    ) {
        if a.isEmpty {
            operations.append(contentsOf: repeatElement(.insert, count: b.count))
            return
        }
        if b.isEmpty {
            operations.append(contentsOf: repeatElement(.delete, count: a.count))
            return
        }
        // Matching ends cost nothing and shrink the piece.
        var prefix = 0
        while prefix < a.count, prefix < b.count, a[prefix] == b[prefix] { prefix += 1 }
        if prefix > 0 {
            operations.append(contentsOf: repeatElement(.match, count: prefix))
            solve(UnsafeBufferPointer(rebasing: a[prefix...]), UnsafeBufferPointer(rebasing: b[prefix...]), distance: known, into: &operations)
            return
        }
        var suffix = 0
        while suffix < a.count, suffix < b.count, a[a.count - 1 - suffix] == b[b.count - 1 - suffix] { suffix += 1 }
        if suffix > 0 {
            solve(
                UnsafeBufferPointer(rebasing: a[..<(a.count - suffix)]), UnsafeBufferPointer(rebasing: b[..<(b.count - suffix)]),
                distance: known, into: &operations)
            operations.append(contentsOf: repeatElement(.match, count: suffix))
            return
        }
        if a.count * b.count <= Self.directCells || b.count < 2 || a.count < 2 {
            direct(a, b, into: &operations)
            return
        }
        // Split the candidate in the middle and find the row where an optimal alignment
        // crosses it; with an unknown distance, widen the band until it holds one.
        let p = a.count
        let n = b.count
        let mid = n / 2
        if forward.count < p + 1 { forward = [Int32](repeating: 0, count: p + 1) }
        if backward.count < p + 1 { backward = [Int32](repeating: 0, count: p + 1) }
        let left = UnsafeBufferPointer(rebasing: b[..<mid])
        let right = UnsafeBufferPointer(rebasing: b[mid...])
        var k = known ?? Self.initialBand(p, n)
        var best = 0
        while true {
            let diagonals = BitParallelColumn.diagonals(rows: p, columns: n, cost: k)
            // The backward pass reads both reversed: its diagonal is δ − (row − column).
            let delta = p - n
            let reversedDiagonals = (delta - diagonals.upperBound)...(delta - diagonals.lowerBound)
            forward.withUnsafeMutableBufferPointer { f in
                columns.lastColumn(pattern: a, text: left, reversed: false, diagonals: diagonals, into: f, scratch: &scratch)
            }
            backward.withUnsafeMutableBufferPointer { r in
                columns.lastColumn(pattern: a, text: right, reversed: true, diagonals: reversedDiagonals, into: r, scratch: &scratch)
            }
            var bestCost = Int32.max
            let lower = max(0, mid + diagonals.lowerBound)
            let upper = min(p, mid + diagonals.upperBound)
            if lower <= upper {
                for i in lower...upper {
                    let cost = forward[i] + backward[p - i]
                    if cost < bestCost {
                        bestCost = cost
                        best = i
                    }
                }
            }
            if Int(bestCost) <= k || k >= p + n { break }
            k *= 2
        }
        let leftDistance = Int(forward[best])
        let rightDistance = Int(backward[p - best])
        solve(UnsafeBufferPointer(rebasing: a[..<best]), left, distance: leftDistance, into: &operations)
        solve(UnsafeBufferPointer(rebasing: a[best...]), right, distance: rightDistance, into: &operations)
    }

    /// Full dynamic programming with a traceback table of one byte per cell.
    private mutating func direct(
        _ a: UnsafeBufferPointer<Int32>, _ b: UnsafeBufferPointer<Int32>, into operations: inout [EditOperation]
    ) {
        let n = a.count
        let m = b.count
        let width = m + 1
        if table.count < (n + 1) * width { table = [UInt8](repeating: 0, count: (n + 1) * width) }
        var previous = [Int32](0...Int32(m))
        var current = [Int32](repeating: 0, count: m + 1)
        // 0 diagonal, 1 up (delete), 2 left (insert)
        table.withUnsafeMutableBufferPointer { trace in
            for j in 0...m { trace[j] = 2 }
            for i in 1...n {
                current[0] = Int32(i)
                trace[i * width] = 1
                let symbol = a[i - 1]
                for j in 1...m {
                    let diagonal = previous[j - 1] + (symbol == b[j - 1] ? 0 : 1)
                    let up = previous[j] + 1
                    let leftCost = current[j - 1] + 1
                    if diagonal <= up && diagonal <= leftCost {
                        current[j] = diagonal
                        trace[i * width + j] = 0
                    } else if up <= leftCost {
                        current[j] = up
                        trace[i * width + j] = 1
                    } else {
                        current[j] = leftCost
                        trace[i * width + j] = 2
                    }
                }
                swap(&previous, &current)
            }
            var steps: [EditOperation] = []
            steps.reserveCapacity(n + m)
            var i = n
            var j = m
            while i > 0 || j > 0 {
                let move = i == 0 ? 2 : (j == 0 ? 1 : trace[i * width + j])
                switch move {
                case 0:
                    steps.append(a[i - 1] == b[j - 1] ? .match : .substitute)
                    i -= 1
                    j -= 1
                case 1:
                    steps.append(.delete)
                    i -= 1
                default:
                    steps.append(.insert)
                    j -= 1
                }
            }
            operations.append(contentsOf: steps.reversed())
        }
    }
}
