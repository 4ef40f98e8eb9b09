import CLibXML2

extension MarkupDocument {
    /// Parses HTML the way `xmllint --html` does and returns every error and warning libxml2
    /// reports, in order. Use it to check that generated pages are well-formed.
    public static func htmlDiagnostics(_ bytes: [UInt8]) -> [MarkupDiagnostic] {
        _ = libxmlInitialized
        guard !bytes.isEmpty, bytes.count <= Int(Int32.max) else { return [] }
        let options = Int32(HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NONET.rawValue | HTML_PARSE_NODEFDTD.rawValue)
        let collector = DiagnosticCollector()
        let document = readHTML(bytes, url: nil, encoding: "UTF-8", options: options, reportingTo: collector,
                                callback: DiagnosticCollector.callback)
        if let document { xmlFreeDoc(document) }
        return collector.diagnostics
    }
}

/// Collects every error reported through the thread's structured handler while it is set.
private final class DiagnosticCollector {
    var diagnostics: [MarkupDiagnostic] = []

    static let callback: xmlStructuredErrorFunc = { userData, error in
        guard let userData, let error else { return }
        let collector = Unmanaged<DiagnosticCollector>.fromOpaque(userData).takeUnretainedValue()
        let message = error.pointee.message.map { oneLine(String(cString: $0)) } ?? "unknown error"
        collector.diagnostics.append(MarkupDiagnostic(line: Int(error.pointee.line), message: message))
    }
}
