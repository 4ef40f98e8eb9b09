// libFuzzer target for the saved-page reader (libxml2's HTML parser, content extraction, metadata
// and publication-date discovery). The first byte picks the route: through `ArticleReader` (binary
// and UTF-16 checks first) or straight into `HTMLArticleReader`, with or without a record URL and a
// `--published` date. Properties: no crash, the same result twice, an article with a non-empty body
// free of NUL bytes, a date within years 1–9999, one-line errors and warnings, and tagging the body
// against its date gives in-range offsets and valid TIMEX3 values. Built and run by .ci/fuzz.
import DatelineArticles
import DatelineNormalizer

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    var input = FuzzInput(data, size)
    let options = input.byte()
    let page = input.rest()
    let url: String? = options & 2 != 0 ? "https://news.example/2024/03/05/harbor-story" : nil
    let published = options & 4 != 0 ? CalendarDate(year: 2025, month: 6, day: 26) : nil
    if options & 1 == 0 {
        readTwice(label: "ArticleReader") { () throws(ArticleError) in try ArticleReader().read(page, path: "saved/page.html", published: published) }
    } else {
        readTwice(label: "HTMLArticleReader") { () throws(ArticleError) in try HTMLArticleReader().read(page, path: "saved/page.html", url: url, published: published) }
    }
    return 0
}
