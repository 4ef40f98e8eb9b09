/// The tokens the scorer compares spans by.
///
/// What counts as a token, and why: the official TempEval-3 scorer (`TE3-evaluation.py`) decides
/// relaxed and strict matches on tokens, not characters. Tried against the HeidelTime 2.2.1
/// reference runs on TBAQ-cleaned (see `../shared/corpora/reference-runs/README.md`):
///
/// - **Whitespace-separated tokens** reproduce the relaxed figures but give AQUAINT 481 strict
///   matches instead of the official 473: gold "Feb. 4." and HeidelTime's "Feb. 4", gold
///   "late-November" and "November", gold "Friday's" and "Friday" would then be the same extent.
/// - **Word/punctuation tokens** (a maximal run of letters, digits and `_`, or any other single
///   non-space character) reproduce every official figure on both sets exactly, as do plain
///   character extents. They differ only when a span cuts through a word ("1990" inside "1990s"),
///   which does not occur in those runs; tokens are kept because trailing spaces inside gold tags
///   (frequent in WikiWars: `<TIMEX3>later </TIMEX3>`) then do not break a strict match.
///
/// The other detail that matters is the pairing (see `TimexScorer`): one system timex answers for
/// at most one gold timex, so the relaxed and strict match counts are the same number for precision
/// and for recall. Counting every overlapping system timex for precision gives TimeBank 93.57
/// relaxed precision instead of the official 93.08.
///
/// Whitespace is anything with the Unicode `White_Space` property. Offsets are UTF-8 bytes.
public struct TimexTokens: Sendable, Hashable {
    /// The tokens, in order, as UTF-8 byte ranges of the text.
    public let spans: [Range<Int>]

    /// Tokenizes `text`.
    public init(_ text: String) {
        var spans: [Range<Int>] = []
        var offset = 0
        var wordStart: Int?
        for scalar in text.unicodeScalars {
            let width = UTF8.width(scalar)
            defer { offset += width }
            if Self.isWordScalar(scalar) {
                if wordStart == nil { wordStart = offset }
                continue
            }
            if let start = wordStart {
                spans.append(start..<offset)
                wordStart = nil
            }
            if !scalar.properties.isWhitespace {
                spans.append(offset..<(offset + width))
            }
        }
        if let start = wordStart { spans.append(start..<offset) }
        self.spans = spans
    }

    /// The indices of the tokens that share at least one byte with `range` (empty when none do).
    public func tokenIndices(covering range: Range<Int>) -> Range<Int> {
        guard !range.isEmpty else { return 0..<0 }
        // The first token ending after the range starts, and the first token starting at or after its end.
        let first = partition { $0.upperBound > range.lowerBound }
        let end = partition { $0.lowerBound >= range.upperBound }
        return first < end ? first..<end : 0..<0
    }

    /// The first index whose span satisfies `predicate` (which must be monotonic over `spans`).
    private func partition(_ predicate: (Range<Int>) -> Bool) -> Int {
        var low = 0
        var high = spans.count
        while low < high {
            let middle = (low + high) / 2
            if predicate(spans[middle]) { high = middle } else { low = middle + 1 }
        }
        return low
    }

    private static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII {
            let v = scalar.value
            return (v >= 0x30 && v <= 0x39) || (v >= 0x41 && v <= 0x5A) || (v >= 0x61 && v <= 0x7A) || v == 0x5F
        }
        let properties = scalar.properties
        if properties.isAlphabetic { return true }
        switch properties.generalCategory {
        case .decimalNumber, .letterNumber, .otherNumber, .nonspacingMark, .spacingMark: return true
        default: return false
        }
    }
}
