extension StringProtocol {
    /// The text without leading and trailing whitespace.
    var trimmed: SubSequence {
        var start = startIndex
        var end = endIndex
        while start < end, self[start].isWhitespace { start = index(after: start) }
        while end > start, self[index(before: end)].isWhitespace { end = index(before: end) }
        return self[start..<end]
    }

    /// True when the text is empty or only whitespace.
    var isBlank: Bool { allSatisfy(\.isWhitespace) }
}

extension String {
    /// The string without leading and trailing whitespace.
    var trimmingWhitespace: String { String(trimmed) }

    /// Runs of whitespace turned into single spaces, and trimmed.
    var collapsingWhitespace: String { split(whereSeparator: \.isWhitespace).joined(separator: " ") }
}
