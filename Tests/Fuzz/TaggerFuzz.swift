// libFuzzer target for the tagger: arbitrary bytes, a publication date from the first byte, policy
// and options from the second. Checks properties, not just crashes: tagging twice gives the same
// result, ranges lie inside the text, intervals are not empty, values use only TIMEX3 characters.
// Built and run by .ci/fuzz (swiftc -sanitize=fuzzer,address over the normalizer's sources).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    guard size >= 2 else { return 0 }
    let day = Int(data[0]) % 3650
    let published = CalendarDate(dayNumber: 18000 + day)
    let bytes = UnsafeBufferPointer(start: data + 2, count: size - 2)
    let policy: ResolutionPolicy = data[1] & 1 == 0 ? .news : .narrative
    let tagger = TemporalTagger(policy: policy, dayFirst: data[1] & 2 != 0)
    let first = tagger.tag(bytes: bytes, publicationDate: data[1] & 4 == 0 ? published : nil)
    let second = tagger.tag(bytes: bytes, publicationDate: data[1] & 4 == 0 ? published : nil)
    precondition(first == second, "tagging twice differs")
    for timex in first {
        precondition(timex.range.lowerBound >= 0 && timex.range.upperBound <= bytes.count && !timex.range.isEmpty, "range out of text")
        if let interval = timex.interval { precondition(interval.start < interval.end, "empty interval \(timex.value)") }
        let value = timex.value.description
        precondition(!value.isEmpty && value.utf8.allSatisfy { ($0 >= 48 && $0 <= 57) || ($0 >= 65 && $0 <= 90) || $0 == 45 || $0 == 58 || $0 == 95 }, "bad value \(value)")
    }
    return 0
}
