import DatelineNormalizer

/// Reads one input file of any single-article format: plain text, a saved web page or a TimeML
/// document, told apart by `ArticleFormat`. Empty and binary files are refused with a clear error;
/// dates in the future or before 1900 give warnings.
///
/// `let article = try ArticleReader().read(bytes, path: "saved/ferry.html")`
public struct ArticleReader: Sendable {
    /// How dates are checked for warnings.
    public var check: PublicationDateCheck

    public init(check: PublicationDateCheck = .init()) {
        self.check = check
    }

    /// Refuses bytes that are no article at all, whatever the format: an empty file, a byte-order
    /// mark alone, or a binary file (NUL bytes, an image or archive signature).
    public static func checkIsText(_ bytes: [UInt8], path: String) throws(ArticleError) {
        try InputBytes.check(bytes, path: path)
    }

    /// Reads `bytes` from `path` as `format` (by default told from the path and bytes). JSON Lines
    /// input gives several articles: read it with `JSONLinesRecordReader` instead; here it is an error.
    public func read(_ bytes: [UInt8], path: String, format: ArticleFormat? = nil, published: CalendarDate? = nil) throws(ArticleError) -> Article {
        try InputBytes.check(bytes, path: path)
        var article: Article
        switch format ?? ArticleFormat(path: path, bytes: bytes) {
        case .plainText:
            article = try PlainTextArticleReader().read(bytes, path: path, published: published)
        case .html:
            article = try HTMLArticleReader().read(bytes, path: path, published: published)
        case .timeML:
            article = try TimeMLArticleReader().read(bytes, path: path, published: published)
        case .jsonLines:
            throw .invalidRecord(path: path, line: 1, reason: "a JSON Lines batch holds many articles; read it with JSONLinesRecordReader")
        }
        article.warnings += check.warnings(for: article.published, path: path)
        return article
    }
}
