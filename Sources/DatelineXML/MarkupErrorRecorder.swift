import CLibXML2

/// Keeps the first error libxml2 reports through a structured error callback on one
/// context (parser or RELAX NG), so no global handler or global "last error" is used.
final class MarkupErrorRecorder {
    /// The first error (or, failing that, warning) seen.
    private(set) var line = 0
    private(set) var column = 0
    private(set) var message: String?
    /// The libxml2 error code (`xmlParserErrors`) of the kept error.
    private(set) var code: Int32 = 0
    private var isError = false

    /// Keeps `error` if it is the first error (a warning is kept only until an error arrives).
    /// `documentLine`, when given, replaces the error's own line: inside an entity's text libxml2
    /// counts lines from the entity's start, not the document's.
    func record(_ error: UnsafePointer<xmlError>, documentLine: Int? = nil) {
        let level = error.pointee.level
        let isError = level == XML_ERR_ERROR || level == XML_ERR_FATAL
        if message != nil && (self.isError || !isError) { return }
        self.isError = isError
        line = documentLine ?? Int(error.pointee.line)
        column = documentLine == nil ? Int(error.pointee.int2) : 0
        code = Int32(error.pointee.code)
        message = error.pointee.message.map { oneLine(String(cString: $0)) } ?? ""
    }

    /// The kept error as a `MarkupError`: nesting and entity limits get their own cases.
    var markupError: MarkupError? {
        guard let message else { return nil }
        if message.hasPrefix("Excessive depth in document") {
            return .tooDeep(line: line, limit: MarkupDocument.maximumXMLDepth)
        }
        if code == Int32(XML_ERR_ENTITY_LOOP.rawValue) {
            return .entityExpansion(line: line)
        }
        return .malformed(line: line, column: column, message: message)
    }

    /// An opaque pointer to pass as the callback's user data. Valid while `self` is alive.
    var opaque: UnsafeMutableRawPointer { Unmanaged.passUnretained(self).toOpaque() }

    static func from(_ opaque: UnsafeMutableRawPointer) -> MarkupErrorRecorder {
        Unmanaged<MarkupErrorRecorder>.fromOpaque(opaque).takeUnretainedValue()
    }

    /// A structured error callback whose user data is `opaque`.
    static let callback: xmlStructuredErrorFunc = { userData, error in
        guard let userData, let error else { return }
        MarkupErrorRecorder.from(userData).record(error)
    }

    /// A structured error callback for a parser context whose `_private` is `opaque`
    /// (libxml2 passes the parser context itself as user data).
    static let parserCallback: xmlStructuredErrorFunc = { userData, error in
        guard let userData, let error else { return }
        let context = userData.assumingMemoryBound(to: xmlParserCtxt.self)
        guard let opaque = context.pointee._private else { return }
        let recorder = MarkupErrorRecorder.from(opaque)
        recorder.record(error, documentLine: recorder.documentLine(reportedBy: context))
    }

    /// The parser context of the document itself, when the recorder is set on one (see `documentLine`).
    var documentContext: UnsafeMutablePointer<xmlParserCtxt>?

    /// While libxml2 parses an entity's text, the line in the document where the entity is used;
    /// nil while it parses the document itself. An entity's text is parsed either as a further
    /// input on the document's context, or by a context of its own that shares `_private`.
    func documentLine(reportedBy context: UnsafeMutablePointer<xmlParserCtxt>) -> Int? {
        if let documentContext, documentContext != context, let input = documentContext.pointee.input {
            return Int(input.pointee.line)
        }
        guard context.pointee.inputNr > 1, let inputs = context.pointee.inputTab, let outermost = inputs[0] else { return nil }
        return Int(outermost.pointee.line)
    }

    /// A callback that drops the error (used to keep XPath errors off stderr).
    static let ignore: xmlStructuredErrorFunc = { _, _ in }
}
