import DatelineArticles
import DatelineNormalizer

/// The properties of an article any reader returns: an id, a body of real text, a sane date, one-line
/// warnings, and a body the tagger can tag with valid results against that date.
func checkArticle(_ article: Article, label: String) {
    fuzzCheck(!article.id.isEmpty, "\(label): empty id")
    checkText(article.text, label: "\(label) text", allowEmpty: false)
    if let title = article.title { checkText(title, label: "\(label) title", allowEmpty: false) }
    if let date = article.published?.date {
        fuzzCheck((1...9999).contains(date.year), "\(label): publication date \(date) out of range")
    }
    for warning in article.warnings {
        fuzzCheck(isOneLine(warning.description), "\(label): warning is not one line: \(warning.description)")
    }
    var text = article.text
    text.withUTF8 { bytes in
        let timexes = TemporalTagger().tag(bytes: bytes, publicationDate: article.published?.date)
        checkTimexes(timexes, in: bytes, label: "\(label) tagged")
    }
}

/// Text fit for tagging and for XML output: no NUL bytes and no U+FFFE/U+FFFF noncharacters leak
/// through (they cannot be written to the XML and HTML outputs).
func checkText(_ text: String, label: String, allowEmpty: Bool) {
    fuzzCheck(allowEmpty || !text.isEmpty, "\(label): empty")
    fuzzCheck(!text.utf8.contains(0), "\(label): holds a NUL byte")
}

/// The error a reader throws is one line, and the same error for the same input.
func checkError(_ error: ArticleError, again: ArticleError?, label: String) {
    fuzzCheck(isOneLine(error.description), "\(label): error is not one line: \(error.description)")
    fuzzCheck(again == error, "\(label): reading twice gave different errors: \(error) / \(String(describing: again))")
}

/// Reads twice with `read`, checks the results agree, and checks the article or the error.
func readTwice(label: String, _ read: () throws(ArticleError) -> Article) {
    let first: Result<Article, ArticleError>
    do throws(ArticleError) { first = .success(try read()) } catch { first = .failure(error) }
    let second: Result<Article, ArticleError>
    do throws(ArticleError) { second = .success(try read()) } catch { second = .failure(error) }
    switch first {
    case .success(let article):
        fuzzCheck(second == .success(article), "\(label): reading twice gave different results")
        checkArticle(article, label: label)
    case .failure(let error):
        if case .failure(let other) = second { checkError(error, again: other, label: label) } else { checkError(error, again: nil, label: label) }
    }
}
