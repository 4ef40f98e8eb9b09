import CLibXML2

/// An HTML or XML document held by libxml2. This is the owner of all libxml2 memory
/// in the project; `MarkupNode` values are views into it that keep it alive.
///
/// Not `Sendable`: create, use and drop a document inside one task (or hand it over with `sending`).
///
/// Ownership rules
/// 1. The document owns its `xmlDoc`; `deinit` frees it with `xmlFreeDoc`, which frees the whole tree.
/// 2. Nodes outside the tree (made by `makeElement`, `makeText`, `makeComment`, `deepCopy`, or
///    detached by `replace(with:)` and `setRoot(_:)`) are recorded in `detachedNodes`. In `deinit`,
///    every recorded node whose `parent` is NULL still heads a detached subtree and is freed with
///    `xmlFreeNode` before `xmlFreeDoc`. A recorded node with a parent was linked into the tree (or
///    into another detached subtree) and is freed with it. All parent checks run before any free,
///    so a node freed with its ancestor is never read afterwards.
/// 3. Freeing a node early (`remove()`, `removeChildren()`) first drops every node of the freed
///    subtree from the record, so the record never holds a dangling pointer.
/// 4. `xmlAddChild`, `xmlAddPrevSibling` and `xmlAddNextSibling` merge adjacent text nodes and free
///    the node passed in. Exposed text nodes are therefore linked by hand; only `appendText(_:)`
///    and `appendElement` use `xmlAddChild` with text, for fresh nodes that are never exposed.
/// 5. A `MarkupNode` stays valid as long as neither it nor an ancestor was freed by `remove()` or
///    `removeChildren()`.
public final class MarkupDocument {
    /// The libxml2 document; freed in `deinit`.
    let pointer: xmlDocPtr
    /// Nodes that were created or detached outside the tree (rule 2).
    var detachedNodes: Set<xmlNodePtr> = []
    /// For a parsed HTML page: where the parser dropped the rest of the input rather than guess
    /// (a comment that is never closed swallows everything after it, as in browsers). Empty otherwise.
    public internal(set) var droppedContent: [MarkupDiagnostic] = []

    init(taking pointer: xmlDocPtr) {
        self.pointer = pointer
    }

    deinit {
        let detachedRoots = detachedNodes.filter { $0.pointee.parent == nil }
        for node in detachedRoots {
            xmlFreeNode(node)
        }
        xmlFreeDoc(pointer)
    }

    // MARK: Making documents

    /// The deepest element nesting `xml(_:)` accepts: libxml2's own limit without `XML_PARSE_HUGE`
    /// (`xmlParserMaxDepth`). TimeML, saved timelines and schemas never come near it.
    public static let maximumXMLDepth = 256

    /// The deepest element nesting `html(_:encoding:url:)` accepts. libxml2's limit of 256 is
    /// lifted (`XML_PARSE_HUGE`) because broken pages nest deep by leaving tags open, and past that
    /// depth libxml2 would silently drop the rest of the page; this limit is checked afterwards,
    /// without recursion, and gives an error instead.
    public static let maximumHTMLDepth = 10_000

    /// Parses HTML with libxml2's HTML parser, recovering from errors; no network access, nothing
    /// external loaded. `encoding` nil lets libxml2 detect the encoding; the default "UTF-8" turns
    /// invalid bytes into U+FFFD. Elements may nest `maximumHTMLDepth` levels; text nodes may be of
    /// any size. Throws `MarkupError.emptyInput` and `MarkupError.tooDeep`. Problems that made the
    /// parser drop the rest of the input (an unterminated comment) are in `droppedContent`.
    public static func html(
        _ bytes: [UInt8], encoding: String? = "UTF-8", url: String? = nil
    ) throws(MarkupError) -> MarkupDocument {
        _ = libxmlInitialized
        if isBlank(bytes) { throw .emptyInput }
        precondition(bytes.count <= Int(Int32.max), "HTML input larger than 2 GiB")
        let options = Int32(
            HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
                | HTML_PARSE_NONET.rawValue | HTML_PARSE_NODEFDTD.rawValue | HTML_PARSE_COMPACT.rawValue
        ) | Int32(XML_PARSE_HUGE.rawValue)
        let recorder = DroppedContentRecorder()
        let parsed = readHTML(bytes, url: url, encoding: encoding, options: options, reportingTo: recorder,
                              callback: DroppedContentRecorder.callback)
        // Only nil for unusable input (for example an unknown encoding name): an empty page.
        guard let parsed = parsed ?? htmlNewDocNoDtD(nil, nil) else { fatalError("libxml2 is out of memory") }
        let document = MarkupDocument(taking: parsed)
        if let tooDeep = document.firstElement(deeperThan: maximumHTMLDepth) {
            throw .tooDeep(line: Int(xmlGetLineNo(tooDeep)), limit: maximumHTMLDepth)
        }
        document.droppedContent = recorder.diagnostics.map { diagnostic in
            // libxml2 reports where the input ran out; say where the comment that swallowed it opens.
            var diagnostic = diagnostic
            if let line = unclosedCommentLine(bytes) { diagnostic.line = line }
            return diagnostic
        }
        return document
    }

    /// The line of the `<!--` that no `-->` follows (the comment that runs to the end of the input).
    static func unclosedCommentLine(_ bytes: [UInt8]) -> Int? {
        bytes.withUnsafeBufferPointer { b -> Int? in
            let n = b.count
            var start = 0  // just after the last "-->"
            var i = n - 3
            while i >= 0 {
                if b[i] == 0x2D, b[i + 1] == 0x2D, b[i + 2] == 0x3E { start = i + 3; break }
                i -= 1
            }
            var j = start
            while j + 4 <= n {
                if b[j] == 0x3C, b[j + 1] == 0x21, b[j + 2] == 0x2D, b[j + 3] == 0x2D {
                    var line = 1
                    for k in 0..<j where b[k] == 0x0A { line += 1 }
                    return line
                }
                j += 1
            }
            return nil
        }
    }

    /// Parses XML strictly and safely: no network, no DTD loading, no entity substitution
    /// (so external entities are never read), elements nested at most `maximumXMLDepth` levels,
    /// and libxml2's guard against entity bombs. Reports the first error with its position:
    /// `.malformed`, `.tooDeep` or `.entityExpansion`.
    public static func xml(_ bytes: [UInt8]) throws(MarkupError) -> MarkupDocument {
        _ = libxmlInitialized
        if isBlank(bytes) { throw .emptyInput }
        precondition(bytes.count <= Int(Int32.max), "XML input larger than 2 GiB")
        let options = Int32(
            XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue
        )
        guard let context = xmlNewParserCtxt() else { fatalError("libxml2 is out of memory") }
        defer { xmlFreeParserCtxt(context) }
        let recorder = MarkupErrorRecorder()
        recorder.documentContext = context
        // Errors go to this context's own structured handler, which finds the recorder via `_private`.
        context.pointee._private = recorder.opaque
        context.pointee.sax.pointee.serror = MarkupErrorRecorder.parserCallback
        let document = withExtendedLifetime(recorder) {
            bytes.withUnsafeBufferPointer { buffer in
                buffer.withMemoryRebound(to: CChar.self) { chars in
                    xmlCtxtReadMemory(context, chars.baseAddress, Int32(chars.count), nil, nil, options)
                }
            }
        }
        context.pointee._private = nil
        if let document { return MarkupDocument(taking: document) }
        if let error = recorder.markupError { throw error }
        let last = context.pointee.lastError
        throw .malformed(
            line: Int(last.line), column: Int(last.int2),
            message: last.message.map { oneLine(String(cString: $0)) } ?? "the document is not well-formed"
        )
    }

    /// An empty HTML5 document; it serializes with `<!DOCTYPE html>`.
    public static func newHTML5() -> MarkupDocument {
        _ = libxmlInitialized
        guard let document = htmlNewDocNoDtD(nil, nil) else { fatalError("libxml2 is out of memory") }
        xmlCreateIntSubset(document, "html", nil, nil)
        return MarkupDocument(taking: document)
    }

    /// An empty XML 1.0 document.
    public static func newXML() -> MarkupDocument {
        _ = libxmlInitialized
        guard let document = xmlNewDoc("1.0") else { fatalError("libxml2 is out of memory") }
        return MarkupDocument(taking: document)
    }

    // MARK: The tree

    /// The root element, if there is one.
    public var root: MarkupNode? {
        xmlDocGetRootElement(pointer).map { MarkupNode(document: self, pointer: $0) }
    }

    /// Makes `node` (an element of this document) the root element. A previous root is detached.
    public func setRoot(_ node: MarkupNode) {
        precondition(node.document === self, "setRoot: the node belongs to another document")
        precondition(node.kind == .element, "setRoot: the root must be an element")
        if xmlDocGetRootElement(pointer) == node.pointer { return }
        if let old = xmlDocSetRootElement(pointer, node.pointer) {
            detachedNodes.insert(old)
        }
    }

    /// A new element that is owned by this document but not yet in the tree.
    public func makeElement(_ name: String) -> MarkupNode {
        adopt(xmlNewDocNode(pointer, nil, name, nil))
    }

    /// A new text node (the text is taken literally) owned by this document, not yet in the tree.
    public func makeText(_ text: String) -> MarkupNode {
        adopt(newTextNode(text))
    }

    /// A new comment owned by this document, not yet in the tree.
    public func makeComment(_ text: String) -> MarkupNode {
        adopt(withXMLChars(text) { xmlNewDocComment(pointer, $0) })
    }

    /// XPath from the document root; returns element, text and comment nodes, and the owner
    /// elements of attribute nodes, in document order without duplicates.
    /// A result that is not a node set (a number, string or boolean) gives no nodes.
    public func select(_ xpath: String) throws(MarkupError) -> [MarkupNode] {
        try evaluate(xpath, from: nil)
    }

    // MARK: Internals shared with MarkupNode

    /// Records a freshly made, detached node (rule 2) and wraps it.
    func adopt(_ node: xmlNodePtr?) -> MarkupNode {
        guard let node else { fatalError("libxml2 is out of memory") }
        detachedNodes.insert(node)
        return MarkupNode(document: self, pointer: node)
    }

    /// A new, unrecorded text node holding `text` literally.
    func newTextNode(_ text: String) -> xmlNodePtr {
        var utf8 = Array(text.utf8)
        utf8.append(0)
        let node = utf8.withUnsafeBufferPointer { buffer in
            xmlNewDocTextLen(pointer, buffer.baseAddress, Int32(buffer.count - 1))
        }
        guard let node else { fatalError("libxml2 is out of memory") }
        return node
    }

    /// Drops every node of the subtree at `node` from the record, before the subtree is freed (rule 3).
    func forgetSubtree(_ node: xmlNodePtr) {
        if detachedNodes.isEmpty { return }
        var current = node
        while true {
            detachedNodes.remove(current)
            if current.pointee.type != XML_ENTITY_REF_NODE, let child = current.pointee.children {
                current = child
                continue
            }
            while current != node && current.pointee.next == nil {
                guard let parent = current.pointee.parent else { return }
                current = parent
            }
            if current == node { return }
            current = current.pointee.next!
        }
    }

    /// Evaluates `xpath` with `node` (or the document) as the context node.
    func evaluate(_ xpath: String, from node: xmlNodePtr?) throws(MarkupError) -> [MarkupNode] {
        guard let context = xmlXPathNewContext(pointer) else { fatalError("libxml2 is out of memory") }
        defer { xmlXPathFreeContext(context) }
        // A structured handler on this context keeps errors off stderr (and off global state).
        context.pointee.error = MarkupErrorRecorder.ignore
        if let node { context.pointee.node = node }
        // Some evaluation errors (an unknown function) only go to the generic handler;
        // silence it for this synchronous call on this thread.
        let savedHandler = dateline_silenceGenericErrors()
        let evaluated = xmlXPathEvalExpression(xpath, context)
        dateline_restoreGenericErrors(savedHandler)
        guard let result = evaluated else {
            throw .invalidXPath(xpath)
        }
        defer { xmlXPathFreeObject(result) }
        guard result.pointee.type == XPATH_NODESET, let set = result.pointee.nodesetval,
              let nodes = set.pointee.nodeTab
        else { return [] }
        var seen: Set<xmlNodePtr> = []
        var found: [MarkupNode] = []
        for index in 0..<Int(set.pointee.nodeNr) {
            guard var match = nodes[index] else { continue }
            switch match.pointee.type {
            case XML_ATTRIBUTE_NODE:
                guard let owner = match.pointee.parent else { continue }
                match = owner
            case XML_NAMESPACE_DECL, XML_DOCUMENT_NODE, XML_HTML_DOCUMENT_NODE, XML_DTD_NODE:
                continue
            default:
                break
            }
            if seen.insert(match).inserted {
                found.append(MarkupNode(document: self, pointer: match))
            }
        }
        return found
    }
}
