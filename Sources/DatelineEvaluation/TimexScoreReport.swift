import Foundation

/// Prints scores as a plain-text table or JSON, and errors as lines.
public enum TimexScoreReport {
    /// One row per named set; figures in percent with two decimals.
    ///
    /// ```
    /// set       docs  strict P  strict R  strict F1  relaxed P  relaxed R  relaxed F1  value F1  type F1  value acc  type acc  system  gold
    /// TimeBank   183     86.40     84.31      85.34      93.08      90.83       91.94     79.56    89.66      86.54     97.52    1213  1243
    /// ```
    public static func table(_ rows: [(name: String, scores: TimexScores)]) -> String {
        let header = ["set", "docs", "strict P", "strict R", "strict F1", "relaxed P", "relaxed R", "relaxed F1",
                      "value F1", "type F1", "value acc", "type acc", "system", "gold"]
        var lines: [[String]] = [header]
        for (name, scores) in rows {
            lines.append([
                name, "\(scores.documents)",
                percent(scores.strict.precision), percent(scores.strict.recall), percent(scores.strict.f1),
                percent(scores.relaxed.precision), percent(scores.relaxed.recall), percent(scores.relaxed.f1),
                percent(scores.valueF1), percent(scores.typeF1), percent(scores.valueAccuracy), percent(scores.typeAccuracy),
                "\(scores.system)", "\(scores.gold)",
            ])
        }
        var widths = [Int](repeating: 0, count: header.count)
        for line in lines {
            for (column, cell) in line.enumerated() { widths[column] = max(widths[column], cell.count) }
        }
        return lines.map { line in
            line.enumerated().map { column, cell in
                let padding = String(repeating: " ", count: widths[column] - cell.count)
                return column == 0 ? cell + padding : padding + cell
            }.joined(separator: "  ")
        }.joined(separator: "\n") + "\n"
    }

    /// `{"sets": {"TimeBank": {…}, …}, "total": {…}}` with sorted keys; see `TimexScores.encode(to:)`.
    /// `includeErrors` false leaves the error lists empty.
    public static func json(sets: [(name: String, scores: TimexScores)], total: TimexScores, includeErrors: Bool) -> String {
        struct Report: Encodable {
            var sets: [String: TimexScores]
            var total: TimexScores
        }
        func trimmed(_ scores: TimexScores) -> TimexScores {
            var copy = scores
            if !includeErrors { copy.errors = [] }
            return copy
        }
        var byName: [String: TimexScores] = [:]
        for (name, scores) in sets { byName[name] = trimmed(scores) }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        // Encoding plain structs of strings and numbers cannot fail.
        let data = (try? encoder.encode(Report(sets: byName, total: trimmed(total)))) ?? Data()
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    /// One line per error, tab-separated: kind, `file:utf8Start`, then the gold and system sides
    /// as `"text" TYPE value`.
    ///
    /// ```
    /// missed  wsj_0006.tml:412  "the third quarter" DATE 1989-Q3
    /// value   wsj_0006.tml:530  "last year" DATE 1988  "last year" DATE 1989
    /// ```
    public static func errorLines(_ errors: [TimexDiscrepancy]) -> String {
        errors.map { error in
            var fields = [error.kind.rawValue, "\(error.file):\(error.utf8Start)"]
            fields.append(error.gold.map(describe) ?? "-")
            fields.append(error.system.map(describe) ?? "-")
            return fields.joined(separator: "\t")
        }.joined(separator: "\n") + (errors.isEmpty ? "" : "\n")
    }

    private static func describe(_ side: TimexDiscrepancy.Side) -> String {
        let text = side.text.map { $0.isNewline || $0 == "\t" ? " " : String($0) }.joined()
        var result = "\"\(text)\" \(side.type.isEmpty ? "-" : side.type) \(side.value.isEmpty ? "-" : side.value)"
        if let mod = side.mod, !mod.isEmpty { result += " mod=\(mod)" }
        return result
    }

    private static func percent(_ fraction: Double) -> String {
        String(format: "%.2f", fraction * 100)
    }
}
