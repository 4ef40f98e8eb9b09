/// The JSON object for one tagged expression, with the keys of `dateline tag --format json` in
/// sorted order; absent values are `null`.
///
/// `{"alternatives":[],"anchor":"publicationDate","freq":null,"granularity":"month",…,"value":"2025-05"}`
public enum TimexJSON {
    /// The compact JSON object for `timex`.
    public static func object(_ timex: Timex) -> String {
        writer(timex).finished
    }

    /// A JSON array of the expressions' objects.
    public static func array(_ timexes: [Timex]) -> String {
        String(decoding: arrayBytes(timexes), as: UTF8.self)
    }

    /// The array as UTF-8 bytes, built without intermediate strings.
    static func arrayBytes(_ timexes: [Timex]) -> [UInt8] {
        var bytes: [UInt8] = [UInt8(ascii: "[")]
        bytes.reserveCapacity(timexes.count * 320)
        for (i, timex) in timexes.enumerated() {
            if i > 0 { bytes.append(UInt8(ascii: ",")) }
            writer(timex).append(to: &bytes)
        }
        bytes.append(UInt8(ascii: "]"))
        return bytes
    }

    private static func writer(_ timex: Timex) -> JSONObjectWriter {
        var object = JSONObjectWriter()
        object.add("alternatives", timex.alternatives.map(\.description))
        object.add("anchor", timex.anchor.rawValue)
        object.add("freq", timex.freq)
        object.add("granularity", timex.granularity?.description)
        object.add("intervalEnd", timex.interval?.end.description)
        object.add("intervalStart", timex.interval?.start.description)
        object.add("mod", timex.mod?.rawValue)
        object.add("quant", timex.quant)
        object.add("text", timex.text)
        object.add("type", timex.type.rawValue)
        object.add("utf8End", timex.range.upperBound)
        object.add("utf8Start", timex.range.lowerBound)
        object.add("value", timex.value.description)
        return object
    }
}
