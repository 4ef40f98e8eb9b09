import CLibXML2

// Small internal helpers shared by the DatelineXML types. Nothing here is public.

/// Runs `xmlInitParser()` exactly once, the first time any document is made, and installs an
/// external entity loader that refuses everything. (Swift initialises globals lazily and
/// thread-safely.) `xmlCleanupParser()` is never called.
///
/// The parse options already keep libxml2 from loading anything (`XML_PARSE_NONET`, no
/// `XML_PARSE_NOENT`, no `XML_PARSE_DTDLOAD`); the loader is a second lock on the same door: no
/// DTD, external entity, XInclude or schema include is ever read, from a file or the network.
let libxmlInitialized: Void = {
    xmlInitParser()
    xmlSetExternalEntityLoader(refuseExternalResource)
}()

/// The external entity loader: loads nothing and tells libxml2 so (as a warning on the context).
private let refuseExternalResource: xmlExternalEntityLoader = { _, _, _ in nil }

/// Calls `body` with `string` as a NUL-terminated UTF-8 `xmlChar` pointer.
func withXMLChars<Result>(_ string: String, _ body: (UnsafePointer<xmlChar>) -> Result) -> Result {
    string.withCString { cString in
        cString.withMemoryRebound(to: xmlChar.self, capacity: string.utf8.count + 1, body)
    }
}

/// Copies a NUL-terminated `xmlChar` string that libxml2 still owns; nil becomes "".
func stringFromXMLChars(_ pointer: UnsafePointer<xmlChar>?) -> String {
    guard let pointer else { return "" }
    let length = Int(xmlStrlen(pointer))
    return String(decoding: UnsafeBufferPointer(start: pointer, count: length), as: UTF8.self)
}

/// Copies and then frees (with `xmlFree`) a string that libxml2 handed over to the caller.
func takeStringFromXMLChars(_ pointer: UnsafeMutablePointer<xmlChar>?) -> String? {
    guard let pointer else { return nil }
    defer { dateline_xmlFree(pointer) }
    return stringFromXMLChars(pointer)
}

/// Turns a libxml2 error message into one trimmed line.
func oneLine(_ message: String) -> String {
    message.split(whereSeparator: { $0.isNewline })
        .map { $0.drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed() }
        .filter { !$0.isEmpty }
        .map { String($0) }
        .joined(separator: " ")
}

/// Whether `bytes` holds nothing but ASCII whitespace (or nothing at all), after a UTF-8 byte-order mark.
func isBlank(_ bytes: [UInt8]) -> Bool {
    bytes.dropFirst(bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0).allSatisfy { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }
}

/// Whether `node` is one of libxml2's document nodes (never exposed as a `MarkupNode`).
func isDocumentNode(_ node: xmlNodePtr) -> Bool {
    let type = node.pointee.type
    return type == XML_DOCUMENT_NODE || type == XML_HTML_DOCUMENT_NODE
}

/// The qualified name (`prefix:local` or `local`) of an element or attribute.
func qualifiedName(_ name: UnsafePointer<xmlChar>?, _ namespace: xmlNsPtr?) -> String {
    let local = stringFromXMLChars(name)
    if let prefix = namespace?.pointee.prefix {
        return stringFromXMLChars(prefix) + ":" + local
    }
    return local
}

/// Parses `bytes` with libxml2's HTML parser, sending every error it reports to `callback` with
/// `sink` as user data. libxml2's HTML parser ignores a context's own structured handler, so the
/// thread's is set and restored around this synchronous call; `sink` is kept alive throughout.
/// Returns nil only for unusable input (an unknown encoding name). `bytes` must fit in `Int32`.
func readHTML(_ bytes: [UInt8], url: String?, encoding: String?, options: Int32,
              reportingTo sink: AnyObject, callback: xmlStructuredErrorFunc) -> htmlDocPtr? {
    guard let context = htmlNewParserCtxt() else { fatalError("libxml2 is out of memory") }
    defer { htmlFreeParserCtxt(context) }
    return withExtendedLifetime(sink) { () -> htmlDocPtr? in
        let saved = dateline_setStructuredErrors(Unmanaged.passUnretained(sink).toOpaque(), callback)
        defer { dateline_restoreStructuredErrors(saved) }
        return bytes.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { chars in
                htmlCtxtReadMemory(context, chars.baseAddress, Int32(chars.count), url, encoding, options)
            }
        }
    }
}
