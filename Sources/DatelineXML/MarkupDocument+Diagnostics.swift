import CLibXML2

extension MarkupDocument {
    /// Parses HTML the way `xmllint --html` does and returns every error and warning libxml2
    /// reports, in order. Use it to check that generated pages are well-formed.
    public static func htmlDiagnostics(_ bytes: [UInt8]) -> [MarkupDiagnostic] {
        _ = libxmlInitialized
        guard !bytes.isEmpty, bytes.count <= Int(Int32.max) else { return [] }
        let options = Int32(HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NONET.rawValue | HTML_PARSE_NODEFDTD.rawValue)
        guard let context = htmlNewParserCtxt() else { fatalError("libxml2 is out of memory") }
        defer { htmlFreeParserCtxt(context) }
        let collector = DiagnosticCollector()
        let document = withExtendedLifetime(collector) { () -> htmlDocPtr? in
            // libxml2's HTML parser ignores a context's own structured handler; the thread's is used,
            // set and restored around this synchronous call.
            let saved = dateline_setStructuredErrors(collector.opaque, DiagnosticCollector.callback)
            defer { dateline_restoreStructuredErrors(saved) }
            return bytes.withUnsafeBufferPointer { buffer in
                buffer.withMemoryRebound(to: CChar.self) { chars in
                    htmlCtxtReadMemory(context, chars.baseAddress, Int32(chars.count), nil, "UTF-8", options)
                }
            }
        }
        if let document { xmlFreeDoc(document) }
        return collector.diagnostics
    }
}

/// Collects every error reported through the thread's structured handler while it is set.
private final class DiagnosticCollector {
    var diagnostics: [MarkupDiagnostic] = []

    var opaque: UnsafeMutableRawPointer { Unmanaged.passUnretained(self).toOpaque() }

    static let callback: xmlStructuredErrorFunc = { userData, error in
        guard let userData, let error else { return }
        let collector = Unmanaged<DiagnosticCollector>.fromOpaque(userData).takeUnretainedValue()
        let message = error.pointee.message.map { oneLine(String(cString: $0)) } ?? "unknown error"
        collector.diagnostics.append(MarkupDiagnostic(line: Int(error.pointee.line), message: message))
    }
}
