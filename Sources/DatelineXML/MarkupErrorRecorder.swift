import CLibXML2

/// Keeps the first error libxml2 reports through a structured error callback on one
/// context (parser or RELAX NG), so no global handler or global "last error" is used.
final class MarkupErrorRecorder {
    /// The first error (or, failing that, warning) seen.
    private(set) var line = 0
    private(set) var column = 0
    private(set) var message: String?
    private var isError = false

    func record(_ error: UnsafePointer<xmlError>) {
        let level = error.pointee.level
        let isError = level == XML_ERR_ERROR || level == XML_ERR_FATAL
        // Keep the first error; a warning is kept only until an error arrives.
        if message != nil && (self.isError || !isError) { return }
        self.isError = isError
        line = Int(error.pointee.line)
        column = Int(error.pointee.int2)
        message = error.pointee.message.map { oneLine(String(cString: $0)) } ?? ""
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
        MarkupErrorRecorder.from(opaque).record(error)
    }

    /// A callback that drops the error (used to keep XPath errors off stderr).
    static let ignore: xmlStructuredErrorFunc = { _, _ in }
}
