import CLibXML2

/// Collects, through the thread's structured error handler (set around one HTML parse), the errors after which
/// libxml2 drops the rest of the input: a comment that is never closed. Everything else the
/// HTML parser recovers from is left alone (pages from the wild are full of small errors).
final class DroppedContentRecorder {
    private(set) var diagnostics: [MarkupDiagnostic] = []

    /// The error codes that mean input was dropped.
    private static let codes: Set<Int32> = [Int32(XML_ERR_COMMENT_NOT_FINISHED.rawValue)]

    /// A structured error callback whose user data is the recorder (see `readHTML`).
    static let callback: xmlStructuredErrorFunc = { userData, error in
        guard let userData, let error, codes.contains(Int32(error.pointee.code)) else { return }
        let recorder = Unmanaged<DroppedContentRecorder>.fromOpaque(userData).takeUnretainedValue()
        guard recorder.diagnostics.count < 10 else { return }
        let message = error.pointee.message.map { oneLine(String(cString: $0)) } ?? "input dropped"
        recorder.diagnostics.append(MarkupDiagnostic(line: Int(error.pointee.line), message: message))
    }
}
