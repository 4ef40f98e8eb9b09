// libFuzzer target for the TimeML reader and writer. Properties: no crash; `ArticleReader` gives the
// same article or error twice (checked like every article); `TimeMLDocument` ranges lie inside the
// text, hold exactly the annotated text and come in order; and writing the tagger's annotations
// back into the document (`annotated`) never fails its own read-back check. Built and run by .ci/fuzz.
import DatelineArticles
import DatelineNormalizer

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    readTwice(label: "ArticleReader") { () throws(ArticleError) in try ArticleReader().read(bytes, path: "corpus/doc.tml") }

    let document: TimeMLDocument
    do throws(TimeMLError) {
        document = try TimeMLDocument(bytes: bytes, path: "corpus/doc.tml")
    } catch {
        fuzzCheck(isOneLine(error.description), "TimeML error is not one line: \(error.description)")
        return 0
    }
    checkText(document.text, label: "TimeML text", allowEmpty: true)
    let text = Array(document.text.utf8)
    for timex in document.timexes {
        fuzzCheck(timex.range.lowerBound >= 0 && timex.range.upperBound <= text.count && timex.range.lowerBound <= timex.range.upperBound,
                  "TIMEX3 range \(timex.range) outside the text of \(text.count) bytes")
        fuzzCheck(String(decoding: text[timex.range], as: UTF8.self) == timex.text, "TIMEX3 text \"\(timex.text)\" is not the text at \(timex.range)")
    }
    for (a, b) in zip(document.timexes, document.timexes.dropFirst()) {
        fuzzCheck(a.range.lowerBound <= b.range.lowerBound, "TIMEX3 out of order: \(a.range) then \(b.range)")
    }
    var body = document.text
    let timexes = body.withUTF8 { TemporalTagger().tag(bytes: $0, publicationDate: document.creationTime) }
    do throws(TimeMLError) {
        _ = try TimeMLDocument.annotated(bytes, path: "corpus/doc.tml", with: timexes.map(TimeMLAnnotation.init))
    } catch {
        if case .roundTripFailed = error { fuzzCheck(false, "annotated output did not read back: \(error)") }
        fuzzCheck(isOneLine(error.description), "TimeML error is not one line: \(error.description)")
    }
    return 0
}
