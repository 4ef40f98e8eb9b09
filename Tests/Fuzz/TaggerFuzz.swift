// libFuzzer target for the tagger: arbitrary bytes, a publication date from the first byte, policy
// and options from the second. Properties: tagging twice gives the same result, ranges lie inside
// the text and hold the expression's text, every value (and alternative) follows the TIMEX3 value
// grammar, intervals are not empty, and tagging the text as a String agrees with tagging its bytes.
// Built and run by .ci/fuzz.
import DatelineNormalizer

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    guard size >= 2 else { return 0 }
    var input = FuzzInput(data, size)
    let dateByte = input.byte(), options = input.byte()
    // Days from 1919 to 2119, spread so that nearby bytes are far apart.
    let published = CalendarDate(dayNumber: -18_600 + (Int(dateByte) * 9_973 + Int(options >> 3) * 263) % 73_000)
    let bytes = input.rest()
    let policy: ResolutionPolicy = options & 1 == 0 ? .news : .narrative
    let tagger = TemporalTagger(policy: policy, dayFirst: options & 2 != 0)
    let date = options & 4 == 0 ? published : nil
    bytes.withUnsafeBufferPointer { text in
        let first = tagger.tag(bytes: text, publicationDate: date)
        let second = tagger.tag(bytes: text, publicationDate: date)
        fuzzCheck(first == second, "tagging twice differs")
        checkTimexes(first, in: text, label: "tagger")
        for (a, b) in zip(first, first.dropFirst()) {
            fuzzCheck(a.range.lowerBound <= b.range.lowerBound, "expressions out of order: \(a.range) then \(b.range)")
        }
        // Valid UTF-8 tags the same as a String as it does as bytes.
        if let string = String(validating: bytes, as: UTF8.self) {
            fuzzCheck(tagger.tag(string, publicationDate: date) == first, "tagging the String differs from tagging its bytes")
        }
    }
    return 0
}
