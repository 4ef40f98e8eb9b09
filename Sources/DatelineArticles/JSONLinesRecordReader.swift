import DatelineNormalizer
import Foundation

/// Reads one line of a JSON Lines batch as an article. A record is a JSON object:
///
/// ```json
/// {"id": "ferry-1", "title": "Ferry Suspends Night Crossings", "text": "CALDER BAY — …", "published": "2025-06-26", "url": "https://…", "language": "en"}
/// ```
///
/// - `text` (plain text; paragraphs split by blank lines) or `html` (a whole page, read like a saved
///   page) is required; with both, `html` is used.
/// - `id` (string or number) defaults to `line-N`; `title`, `url` and `published` are optional.
///   `published` takes the same forms as a page's metadata (`2025-06-26`, ISO date-times with a zone).
/// - Without `published`, an `html` page's own dates are discovered; a `text` takes the date in its
///   `url`'s path, else a dateline in its first lines.
/// - `language` is reserved: any string is accepted and ignored. Other keys are ignored.
/// - A line must be UTF-8. A `\uXXXX` escape naming half of a surrogate pair alone (`"\ud800"`,
///   which JSON parsers refuse) is read as U+FFFD, with a warning for the line's first one.
public struct JSONLinesRecordReader: Sendable {
    /// How dates are checked for warnings.
    public var check: PublicationDateCheck

    public init(check: PublicationDateCheck = .init()) {
        self.check = check
    }

    /// The article on `line` of the batch at `path`. `published` (`--published`) overrides the record's date.
    /// Every failure is `ArticleError.invalidRecord` with the line number and the reason.
    public func read(_ line: JSONLinesLine, path: String, published: CalendarDate? = nil) throws(ArticleError) -> Article {
        func fail(_ reason: String) -> ArticleError { .invalidRecord(path: path, line: line.number, reason: reason) }
        if line.tooLong {
            throw fail("the line is longer than 16 MB; split the article or shorten its html")
        }
        if let offset = UTF8Validator.firstInvalidOffset(line.bytes) {
            throw fail("byte \(offset) of the line is not valid UTF-8; re-save the batch as UTF-8")
        }
        if let offset = line.bytes.firstIndex(where: { $0 < 0x20 && $0 != 0x09 && $0 != 0x0D }) {
            let code = String(line.bytes[offset], radix: 16, uppercase: true)
            let escape = "\\u" + String(repeating: "0", count: 4 - code.count) + code.lowercased()
            throw fail("byte \(offset) of the line is a control character (0x\(code.count == 1 ? "0" : "")\(code)), which JSON does not allow; write it as \(escape) or remove it")
        }
        var bytes = line.bytes
        let surrogates = JSONSurrogateRepair.repair(&bytes).prefix(1).map {
            ArticleWarning.loneSurrogate(path: path, line: line.number, offset: $0.offset, escape: $0.escape)
        }
        let parsed: Any
        do {
            parsed = try JSONSerialization.jsonObject(with: Data(bytes), options: [])
        } catch {
            if !line.terminated {
                throw fail("the last line is cut off (no closing brace or line break); re-export the batch or drop the line")
            }
            throw fail("not valid JSON\(Self.detail(of: error)); write one JSON object per line")
        }
        guard let record = parsed as? [String: Any] else { throw fail("not a JSON object; write one {…} article object per line") }

        func string(_ key: String) throws(ArticleError) -> String? {
            guard let value = record[key], !(value is NSNull) else { return nil }
            guard let text = value as? String else { throw fail("'\(key)' must be a string; quote its value") }
            return text
        }
        let id: String
        if let number = record["id"] as? NSNumber, !(record["id"] is String) {
            id = number.stringValue
        } else {
            id = try string("id").flatMap { $0.isEmpty ? nil : $0 } ?? "line-\(line.number)"
        }
        let title = try string("title").map(\.collapsingWhitespace).flatMap { $0.isEmpty ? nil : $0 }
        let url = try string("url").flatMap { $0.isEmpty ? nil : $0 }
        _ = try string("language")
        let where_ = "\(path):\(line.number)"

        var date: PublicationDate?
        if let published {
            date = PublicationDate(date: published, source: .option)
        } else if let text = try string("published"), !text.trimmed.isEmpty {
            guard let value = PageDateText.parse(text) else {
                throw fail("cannot read 'published' '\(text)'; write it as YYYY-MM-DD or an ISO 8601 date-time")
            }
            date = PublicationDate(date: value.date, source: .header, timeZone: value.timeZone)
        }

        var article: Article
        if let html = try string("html") {
            do {
                article = try HTMLArticleReader().read(Array(html.utf8), path: where_, url: url, published: date?.date)
            } catch .noTextInPage {
                throw fail("'html' has no article paragraphs; pass the article page, or its text in 'text'")
            } catch .tooDeep(_, let depthLine, let limit) {
                throw fail("'html' has elements nested more than \(limit.formatted) levels deep (its line \(depthLine)), more than Dateline reads; close the page's open tags, or pass its text in 'text'")
            } catch {
                throw fail("'html' is empty; pass the article page, or its text in 'text'")
            }
            if let date { article.published = date }
            article.title = title ?? article.title
        } else if let text = try string("text") {
            let (body, lines) = Self.paragraphs(text)
            guard !body.isEmpty else { throw fail("'text' is empty; put the article body in it") }
            var warnings: [ArticleWarning] = []
            if date == nil {
                var discovery = PublicationDateDiscovery()
                discovery.offer(url.flatMap(URLDateMatcher.date(in:)), from: .url)
                for candidate in lines.prefix(PlainTextArticleReader.datelineLines) {
                    if let found = DatelineMatcher.date(in: candidate) {
                        discovery.offer(found, from: .dateline)
                        break
                    }
                }
                (date, warnings) = discovery.choose(path: where_)
            }
            article = Article(id: id, title: title, text: body, published: date, url: url, path: path, warnings: warnings)
        } else {
            throw fail("no 'text' or 'html'; give the article body in one of them")
        }
        article.id = id
        article.path = path
        article.line = line.number
        article.warnings = surrogates + article.warnings + check.warnings(for: article.published, path: where_)
        return article
    }

    /// What the JSON parser said, as ` (Invalid value around character 6)`; "" when it said nothing.
    static func detail(of error: any Error) -> String {
        guard var text = (error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String, !text.isEmpty else { return "" }
        if text.hasSuffix(".") { text.removeLast() }
        return " (\(text))"
    }

    /// The text as paragraphs (lines trimmed, paragraphs joined by a blank line) and its first
    /// non-blank lines. A text without line breaks, the usual case in a batch, skips the line work.
    static func paragraphs(_ text: String) -> (body: String, firstLines: [Substring]) {
        if !text.utf8.contains(where: { $0 == 0x0A || $0 == 0x0D }) {
            let body = text.trimmed
            return (String(body), body.isEmpty ? [] : [body])
        }
        let lines = PlainTextArticleReader.normalizedText(Array(text.utf8)).split(separator: "\n", omittingEmptySubsequences: false)
        let firstLines = Array(lines.lazy.filter { !$0.isBlank }.prefix(PlainTextArticleReader.datelineLines))
        return (PlainTextArticleReader.paragraphs(lines), firstLines)
    }
}
