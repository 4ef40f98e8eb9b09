import CLibXML2

extension MarkupDocument {
    /// Parses a web page like `html(_:encoding:url:)`, but without libxml2's limit of 256 nested
    /// elements (`XML_PARSE_HUGE`): past that depth the default parser stops, and everything after
    /// the deep part of the page would be lost. Use it for pages from the wild; walk the result
    /// without recursion. Throws only `MarkupError.emptyInput`.
    public static func newsPage(_ bytes: [UInt8], encoding: String? = "UTF-8") throws(MarkupError) -> MarkupDocument {
        _ = libxmlInitialized
        if isBlank(bytes) { throw .emptyInput }
        precondition(bytes.count <= Int(Int32.max), "HTML input larger than 2 GiB")
        let options = Int32(
            HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
                | HTML_PARSE_NONET.rawValue | HTML_PARSE_NODEFDTD.rawValue | HTML_PARSE_COMPACT.rawValue
        ) | Int32(XML_PARSE_HUGE.rawValue)
        guard let context = htmlNewParserCtxt() else { fatalError("libxml2 is out of memory") }
        defer { htmlFreeParserCtxt(context) }
        let document = bytes.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { chars in
                htmlCtxtReadMemory(context, chars.baseAddress, Int32(chars.count), nil, encoding, options)
            }
        }
        if let document { return MarkupDocument(taking: document) }
        guard let empty = htmlNewDocNoDtD(nil, nil) else { fatalError("libxml2 is out of memory") }
        return MarkupDocument(taking: empty)
    }
}
