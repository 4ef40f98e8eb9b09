import DatelineXML

/// The most Dateline reads from one input, so that no file can exhaust memory or stall a run.
/// Each limit gives a clear error naming the file (see `ArticleError`, `TimeMLError`).
///
/// | limit | value | why |
/// |---|---|---|
/// | `maximumDocumentBytes` | 64 MB per file or standard input | a saved page with inline scripts can run to tens of MB; an article is a few KB |
/// | `maximumLineBytes` | 16 MB per JSON Lines line | a batch is streamed line by line, on every core at once |
/// | `maximumHTMLDepth` | 10,000 nested elements in a web page | broken pages nest deep by leaving tags open |
/// | `maximumXMLDepth` | 256 nested elements in XML (TimeML, saved timelines) | libxml2's own default |
///
/// A JSON Lines batch read with `--format jsonl` streams, so only its lines are limited, not the file.
/// The time each document may take is a separate budget (`TemporalTagger.tag(_:publicationDate:deadline:)`).
public enum InputLimits {
    /// The most bytes one input file or standard input may hold: 64 MB (64 × 2²⁰ bytes).
    public static let maximumDocumentBytes = 64 << 20
    /// The longest line of a JSON Lines batch: 16 MB.
    public static let maximumLineBytes = JSONLinesLineReader.defaultMaximumLineLength
    /// The deepest element nesting in a web page.
    public static let maximumHTMLDepth = MarkupDocument.maximumHTMLDepth
    /// The deepest element nesting in an XML document (TimeML).
    public static let maximumXMLDepth = MarkupDocument.maximumXMLDepth
}
