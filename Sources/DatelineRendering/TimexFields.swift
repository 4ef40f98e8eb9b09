import DatelineNormalizer

/// A saved time expression as the document and JSON hold it (text attributes), and the `Timex`
/// it describes. `where` in errors names the element, e.g. `event "ferry-line-2a6b0c9d1e", when`.
struct TimexFields {
    var text: String
    var type: String
    var value: String
    var mod: String?
    var quant: String?
    var freq: String?
    var granularity: String?
    var start: String?
    var end: String?
    var anchor: String
    var tense: String?
    var preposition: String?
    var vague = false
    var endsRange = false
    var alternatives: [String] = []
    var offset: Int?
    var length: Int?

    /// The `Timex`; `defaultRange` is used when the offsets are missing.
    func timex(defaultRange: Range<Int>, where place: String) throws(RenderingError) -> Timex {
        func invalid(_ what: String) -> RenderingError { .documentInvalid(reason: "\(place): \(what)") }
        guard let type = TimexType(rawValue: type) else { throw invalid("type \"\(type)\" is not DATE, TIME, DURATION or SET") }
        for text in [value] + alternatives where !Self.isValueText(text) {
            throw invalid("value \"\(text)\" is not a TIMEX3 value (letters, digits and _ : . - only)")
        }
        var grain: Granularity?
        if let granularity {
            guard let parsed = Granularity(name: granularity) else { throw invalid("granularity \"\(granularity)\" is unknown") }
            grain = parsed
        }
        var timexMod: TimexMod?
        if let mod {
            guard let parsed = TimexMod(rawValue: mod) else { throw invalid("mod \"\(mod)\" is not a TIMEX3 mod") }
            timexMod = parsed
        }
        let interval = try Self.interval(start: start, end: end, where: place)
        guard let anchor = Timex.Anchor(rawValue: anchor) else { throw invalid("anchor \"\(anchor)\" is unknown") }
        var sentenceTense = Tense.present
        if let tense {
            guard let parsed = TenseName.tense(tense) else { throw invalid("tense \"\(tense)\" is not past, present or future") }
            sentenceTense = parsed
        }
        var range = defaultRange
        if let offset, let length {
            guard offset >= 0, length >= 0 else { throw invalid("offset and length must not be negative") }
            range = offset..<(offset + length)
        }
        var timex = Timex(range: range, text: text, type: type, value: TimexValueParser.value(value, granularity: grain, type: type),
                          mod: timexMod, interval: interval, granularity: grain, preposition: preposition, anchor: anchor, tense: sentenceTense)
        timex.quant = quant
        timex.freq = freq
        timex.isVague = vague
        timex.endsRange = endsRange
        timex.alternatives = alternatives.map { TimexValueParser.value($0, granularity: grain, type: type) }
        return timex
    }

    /// The characters the schema allows in a value: `[0-9A-Za-z_:.\-]+`.
    static func isValueText(_ text: String) -> Bool {
        !text.isEmpty && text.utf8.allSatisfy { b in
            (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) || b == 0x5F || b == 0x3A || b == 0x2E || b == 0x2D
        }
    }

    /// `[start, end)` from two instants, both or neither given.
    static func interval(start: String?, end: String?, where place: String) throws(RenderingError) -> CalendarInterval? {
        switch (start, end) {
        case (nil, nil):
            return nil
        case (let start?, let end?):
            guard let from = TimexValueParser.instant(start) else {
                throw .documentInvalid(reason: "\(place): start \"\(start)\" is not a date (YYYY-MM-DD) or a time (YYYY-MM-DDTHH:MM)")
            }
            guard let to = TimexValueParser.instant(end) else {
                throw .documentInvalid(reason: "\(place): end \"\(end)\" is not a date (YYYY-MM-DD) or a time (YYYY-MM-DDTHH:MM)")
            }
            guard from <= to else { throw .documentInvalid(reason: "\(place): start \(start) is after end \(end)") }
            return CalendarInterval(start: from, end: to)
        default:
            throw .documentInvalid(reason: "\(place): give both start and end, or neither")
        }
    }
}
