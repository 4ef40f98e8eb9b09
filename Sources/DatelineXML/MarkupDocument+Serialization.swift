import CLibXML2

extension MarkupDocument {
    /// UTF-8 HTML5 serialization: non-ASCII text stays raw UTF-8 (no named or numeric entities),
    /// a `<!DOCTYPE html>` is kept, and no `<meta>` is added. `formatted` indents the output
    /// the way libxml2's HTML serializer does.
    public func htmlString(formatted: Bool = true) -> String {
        withHTMLOutputBuffer { buffer in
            htmlDocContentDumpFormatOutput(buffer, pointer, nil, formatted ? 1 : 0)
        }
    }

    /// Serializes one node and its subtree as HTML (for fragments), like `htmlString(formatted:)`.
    public func htmlString(of node: MarkupNode, formatted: Bool = true) -> String {
        precondition(node.document === self, "htmlString(of:): the node belongs to another document")
        // libxml2 writes raw UTF-8 only for HTML documents, so treat an XML document as HTML
        // for the duration of the call, as htmlDocContentDumpFormatOutput itself does.
        let type = pointer.pointee.type
        pointer.pointee.type = XML_HTML_DOCUMENT_NODE
        defer { pointer.pointee.type = type }
        return withHTMLOutputBuffer { buffer in
            htmlNodeDumpFormatOutput(buffer, pointer, node.pointer, nil, formatted ? 1 : 0)
        }
    }

    /// XML serialization, starting with `<?xml version="1.0" encoding="UTF-8"?>`, with raw
    /// UTF-8 text; indented when `formatted` (a per-call save option, not a libxml2 global).
    public func xmlString(formatted: Bool = true) -> String {
        guard let buffer = xmlBufferCreate() else { fatalError("libxml2 is out of memory") }
        defer { xmlBufferFree(buffer) }
        var options = XML_SAVE_AS_XML.rawValue
        if formatted { options |= XML_SAVE_FORMAT.rawValue }
        guard let save = xmlSaveToBuffer(buffer, "UTF-8", Int32(options)) else {
            fatalError("libxml2 could not start saving")
        }
        // An HTML document's "standalone" flag means nothing in XML; keep it out of the declaration.
        let standalone = pointer.pointee.standalone
        if pointer.pointee.type == XML_HTML_DOCUMENT_NODE { pointer.pointee.standalone = -1 }
        xmlSaveDoc(save, pointer)
        pointer.pointee.standalone = standalone
        xmlSaveClose(save)
        let length = Int(xmlBufferLength(buffer))
        guard let content = xmlBufferContent(buffer) else { return "" }
        return String(decoding: UnsafeBufferPointer(start: content, count: length), as: UTF8.self)
    }

    /// Runs `write` on a fresh encoder-less (so UTF-8) output buffer and returns what it wrote.
    private func withHTMLOutputBuffer(_ write: (xmlOutputBufferPtr) -> Void) -> String {
        guard let buffer = xmlAllocOutputBuffer(nil) else { fatalError("libxml2 is out of memory") }
        defer { xmlOutputBufferClose(buffer) }
        write(buffer)
        xmlOutputBufferFlush(buffer)
        guard let content = xmlOutputBufferGetContent(buffer) else { return "" }
        let length = Int(xmlOutputBufferGetSize(buffer))
        return String(decoding: UnsafeBufferPointer(start: content, count: length), as: UTF8.self)
    }
}
