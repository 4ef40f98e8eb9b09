/// The assignment problem: given a weight for each (row, column) pair, pick at most one column
/// per row and one row per column so that the total weight is as large as possible. Solved with the
/// Hungarian method (Kuhn–Munkres, in the shortest-augmenting-path form of Jonker and Volgenant),
/// in O(n²·m) time for n rows and m columns, n ≤ m (the matrix is transposed otherwise).
///
/// Weights are integers, so the optimum is exact. A weight of zero or less means "no edge": such a
/// pair is never in the answer.
///
/// ```swift
/// let solver = AssignmentSolver(rows: 2, columns: 2, weights: [5, 4,
///                                                              4, 0])
/// solver.solve()  // [1, 0]: row 0 takes column 1 and row 1 column 0 (8 beats 5)
/// ```
public struct AssignmentSolver: Sendable {
    public let rows: Int
    public let columns: Int
    /// Row-major, `rows × columns`.
    public let weights: [Int]

    public init(rows: Int, columns: Int, weights: [Int]) {
        precondition(weights.count == rows * columns, "AssignmentSolver: \(weights.count) weights for a \(rows) × \(columns) matrix")
        self.rows = rows
        self.columns = columns
        self.weights = weights
    }

    /// For each row, its column, or nil when the row is left unassigned.
    public func solve() -> [Int?] {
        if rows == 0 || columns == 0 { return Array(repeating: nil, count: rows) }
        if rows <= columns {
            return Self.minimize(rows: rows, columns: columns) { -max(0, weights[$0 * columns + $1]) }
                .enumerated().map { row, column in weights[row * columns + column] > 0 ? column : nil }
        }
        // More rows than columns: solve the transpose and turn the answer round.
        let byColumn = Self.minimize(rows: columns, columns: rows) { -max(0, weights[$1 * columns + $0]) }
        var answer = [Int?](repeating: nil, count: rows)
        for (column, row) in byColumn.enumerated() where weights[row * columns + column] > 0 { answer[row] = column }
        return answer
    }

    /// The assignment of every row (rows ≤ columns) to a distinct column with the least total cost
    /// (costs ≤ 0). The matrix is padded to a square with rows of cost 0, so every column is taken
    /// and the column potentials may start at each column's least cost (column reduction): a row
    /// whose best column is no other row's best is then placed in one step, even when many
    /// weights tie.
    private static func minimize(rows n: Int, columns m: Int, cost: (Int, Int) -> Int) -> [Int] {
        // Flat cost matrix, 1-based as in the textbook form; row 0 and column 0 are sentinels.
        let size = m
        var a = [Int](repeating: 0, count: (size + 1) * (size + 1))
        for i in 1...n {
            for j in 1...m { a[i * (size + 1) + j] = cost(i - 1, j - 1) }
        }
        let infinity = Int.max / 4
        var u = [Int](repeating: 0, count: size + 1)
        var v = [Int](repeating: 0, count: size + 1)
        // Column reduction: the padding rows cost 0, so every column's least cost is at most 0.
        for i in 1...n {
            for j in 1...size { v[j] = min(v[j], a[i * (size + 1) + j]) }
        }
        var p = [Int](repeating: 0, count: size + 1)  // p[j]: the row assigned to column j
        var way = [Int](repeating: 0, count: size + 1)
        var minv = [Int](repeating: 0, count: size + 1)
        var used = [Bool](repeating: false, count: size + 1)
        a.withUnsafeBufferPointer { a in
            for i in 1...size {
                p[0] = i
                var j0 = 0
                for j in 0...size { minv[j] = infinity; used[j] = false }
                repeat {
                    used[j0] = true
                    let i0 = p[j0]
                    var delta = infinity
                    var j1 = 0
                    let base = i0 * (size + 1)
                    let ui0 = u[i0]
                    for j in 1...size where !used[j] {
                        let current = a[base + j] - ui0 - v[j]
                        if current < minv[j] { minv[j] = current; way[j] = j0 }
                        if minv[j] < delta { delta = minv[j]; j1 = j }
                    }
                    for j in 0...size {
                        if used[j] { u[p[j]] += delta; v[j] -= delta } else { minv[j] -= delta }
                    }
                    j0 = j1
                } while p[j0] != 0
                repeat {
                    let j1 = way[j0]
                    p[j0] = p[j1]
                    j0 = j1
                } while j0 != 0
            }
        }
        var answer = [Int](repeating: 0, count: n)
        for j in 1...size where p[j] != 0 && p[j] <= n { answer[p[j] - 1] = j - 1 }
        return answer
    }
}
