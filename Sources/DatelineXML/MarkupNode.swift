import CLibXML2

/// A view of one node of a `MarkupDocument`; it keeps its document alive.
///
/// Two values are equal when they view the same node. A value becomes invalid only when its
/// node (or an ancestor) is freed by `remove()` or `removeChildren()`; see `MarkupDocument`.
public struct MarkupNode {
    /// What sort of node this is.
    public enum Kind: Equatable, Sendable {
        case element, text, comment, other
    }

    /// The document that owns this node.
    public let document: MarkupDocument
    /// The libxml2 node; owned by `document`.
    let pointer: xmlNodePtr

    init(document: MarkupDocument, pointer: xmlNodePtr) {
        self.document = document
        self.pointer = pointer
    }

    // MARK: Reading

    /// Element, text (including CDATA), comment, or other.
    public var kind: Kind {
        switch pointer.pointee.type {
        case XML_ELEMENT_NODE: return .element
        case XML_TEXT_NODE, XML_CDATA_SECTION_NODE: return .text
        case XML_COMMENT_NODE: return .comment
        default: return .other
        }
    }

    /// The element's qualified name; "" for text and comments.
    public var name: String {
        switch pointer.pointee.type {
        case XML_TEXT_NODE, XML_CDATA_SECTION_NODE, XML_COMMENT_NODE: return ""
        default: return qualifiedName(pointer.pointee.name, pointer.pointee.ns)
        }
    }

    /// The parent element; nil for the root element and for detached nodes.
    public var parent: MarkupNode? {
        guard let parent = pointer.pointee.parent, !isDocumentNode(parent) else { return nil }
        return MarkupNode(document: document, pointer: parent)
    }

    /// The child nodes, in order.
    public var children: [MarkupNode] {
        var result: [MarkupNode] = []
        // An entity reference's children belong to the entity declaration, not to this tree.
        guard pointer.pointee.type != XML_ENTITY_REF_NODE else { return result }
        var child = pointer.pointee.children
        while let current = child {
            result.append(MarkupNode(document: document, pointer: current))
            child = current.pointee.next
        }
        return result
    }

    /// The child elements, in order.
    public var elementChildren: [MarkupNode] {
        children.filter { $0.kind == .element }
    }

    /// The line the node starts on in the parsed input (from 1); 0 for nodes made in code.
    public var line: Int {
        Int(xmlGetLineNo(pointer))
    }

    /// All descendant text, concatenated (the text itself for a text or comment node).
    public var textContent: String {
        takeStringFromXMLChars(xmlNodeGetContent(pointer)) ?? ""
    }

    /// The qualified names of the element's attributes, in document order.
    public var attributeNames: [String] {
        guard pointer.pointee.type == XML_ELEMENT_NODE else { return [] }
        var names: [String] = []
        var attribute = pointer.pointee.properties
        while let current = attribute {
            names.append(qualifiedName(current.pointee.name, current.pointee.ns))
            attribute = current.pointee.next
        }
        return names
    }

    /// The value of the attribute with this qualified name, or nil if it is absent.
    public func attribute(_ name: String) -> String? {
        guard let attribute = findAttribute(name) else { return nil }
        let value = UnsafeMutableRawPointer(attribute).assumingMemoryBound(to: xmlNode.self)
        return takeStringFromXMLChars(xmlNodeGetContent(value)) ?? ""
    }

    // MARK: Attributes

    /// Sets an attribute. The value is literal text (never parsed for entities), so
    /// `a & "b" <c>` round-trips. Does nothing on nodes that are not elements.
    public func setAttribute(_ name: String, _ value: String) {
        guard pointer.pointee.type == XML_ELEMENT_NODE else { return }
        if let existing = findAttribute(name) {
            xmlSetNsProp(pointer, existing.pointee.ns, existing.pointee.name, value)
        } else {
            xmlSetProp(pointer, name, value)
        }
    }

    /// Removes the attribute with this qualified name, if present.
    public func removeAttribute(_ name: String) {
        guard let attribute = findAttribute(name) else { return }
        xmlRemoveProp(attribute)
    }

    // MARK: Changing the tree

    /// Appends a new child element, with attributes (set in the given order) and an optional
    /// text child, and returns it.
    @discardableResult
    public func appendElement(
        _ name: String, attributes: KeyValuePairs<String, String> = [:], text: String? = nil
    ) -> MarkupNode {
        requireElement("appendElement")
        guard let element = xmlNewDocNode(document.pointer, nil, name, nil) else {
            fatalError("libxml2 is out of memory")
        }
        xmlAddChild(pointer, element)  // an element is never merged
        let child = MarkupNode(document: document, pointer: element)
        for (key, value) in attributes {
            child.setAttribute(key, value)
        }
        if let text, !text.isEmpty {
            xmlAddChild(element, document.newTextNode(text))  // the element was empty: no merge
        }
        return child
    }

    /// Appends text after the last child (merging with a trailing text node).
    public func appendText(_ text: String) {
        requireElement("appendText")
        if text.isEmpty { return }
        // xmlAddChild may merge the new node into the last text child and free it;
        // the new pointer is never used again, so that is fine.
        xmlAddChild(pointer, document.newTextNode(text))
    }

    /// Moves `child` (detached, or elsewhere in the same document) to be the last child.
    public func append(_ child: MarkupNode) {
        requireElement("append")
        requireMovable(child, "append")
        xmlUnlinkNode(child.pointer)
        if child.kind == .text {
            // Linked by hand: xmlAddChild would merge it into a text neighbour and free it.
            let node = child.pointer
            node.pointee.parent = pointer
            node.pointee.prev = pointer.pointee.last
            node.pointee.next = nil
            if let last = pointer.pointee.last {
                last.pointee.next = node
            } else {
                pointer.pointee.children = node
            }
            pointer.pointee.last = node
        } else {
            xmlAddChild(pointer, child.pointer)
        }
    }

    /// Moves `child` (detached, or elsewhere in the same document) to just before `reference`,
    /// which must be a child of this node.
    public func insert(_ child: MarkupNode, before reference: MarkupNode) {
        requireElement("insert")
        precondition(reference.document === document && reference.pointer.pointee.parent == pointer,
                     "insert(_:before:): the reference is not a child of this node")
        if child.pointer == reference.pointer { return }
        requireMovable(child, "insert")
        xmlUnlinkNode(child.pointer)
        if child.kind == .text {
            // Linked by hand: xmlAddPrevSibling would merge it into a text neighbour and free it.
            let node = child.pointer
            let next = reference.pointer
            node.pointee.parent = pointer
            node.pointee.next = next
            node.pointee.prev = next.pointee.prev
            if let previous = next.pointee.prev {
                previous.pointee.next = node
            } else {
                pointer.pointee.children = node
            }
            next.pointee.prev = node
        } else {
            xmlAddPrevSibling(reference.pointer, child.pointer)
        }
    }

    /// Puts `other` where this node was; this node becomes detached (and stays valid).
    public func replace(with other: MarkupNode) {
        precondition(other.document === document, "replace(with:): the node belongs to another document")
        if other.pointer == pointer { return }
        precondition(pointer.pointee.parent != nil, "replace(with:): this node is not in a tree")
        precondition(!other.isAncestor(of: self), "replace(with:): cannot replace a node with its ancestor")
        xmlReplaceNode(pointer, other.pointer)  // never merges text nodes
        document.detachedNodes.insert(pointer)
    }

    /// Frees all children of this element; values viewing them must not be used afterwards.
    public func removeChildren() {
        guard pointer.pointee.type == XML_ELEMENT_NODE else { return }
        while let child = pointer.pointee.children {
            document.forgetSubtree(child)
            xmlUnlinkNode(child)
            xmlFreeNode(child)
        }
    }

    /// Unlinks this node from the tree and frees it; the value must not be used afterwards.
    public func remove() {
        document.forgetSubtree(pointer)
        xmlUnlinkNode(pointer)
        xmlFreeNode(pointer)
    }

    /// A deep copy owned by the same document, detached.
    public func deepCopy() -> MarkupNode {
        document.adopt(xmlDocCopyNode(pointer, document.pointer, 1))
    }

    // MARK: Finding

    /// XPath relative to this node (`.//p`, `a/@href`, ...). See `MarkupDocument.select(_:)`.
    public func select(_ xpath: String) throws(MarkupError) -> [MarkupNode] {
        try document.evaluate(xpath, from: pointer)
    }

    /// Depth-first (document order) search of self and descendants for the first element with
    /// the attribute, and with exactly `value` if given.
    public func firstElement(withAttribute name: String, value: String? = nil) -> MarkupNode? {
        var found: MarkupNode?
        forEachElement { element in
            guard let actual = element.attribute(name) else { return true }
            if let value, actual != value { return true }
            found = element
            return false
        }
        return found
    }

    /// All elements (self and descendants, document order) carrying the attribute.
    public func elements(withAttribute name: String) -> [MarkupNode] {
        var found: [MarkupNode] = []
        forEachElement { element in
            if element.findAttribute(name) != nil { found.append(element) }
            return true
        }
        return found
    }

    // MARK: Internals

    /// Visits self and descendant elements in document order until `visit` returns false.
    private func forEachElement(_ visit: (MarkupNode) -> Bool) {
        let start = pointer
        var current = start
        while true {
            if current.pointee.type == XML_ELEMENT_NODE,
               !visit(MarkupNode(document: document, pointer: current)) { return }
            if current.pointee.type != XML_ENTITY_REF_NODE, let child = current.pointee.children {
                current = child
                continue
            }
            while current != start && current.pointee.next == nil {
                guard let parent = current.pointee.parent else { return }
                current = parent
            }
            if current == start { return }
            current = current.pointee.next!
        }
    }

    /// The attribute with this qualified name.
    private func findAttribute(_ name: String) -> xmlAttrPtr? {
        guard pointer.pointee.type == XML_ELEMENT_NODE else { return nil }
        var attribute = pointer.pointee.properties
        while let current = attribute {
            if qualifiedName(current.pointee.name, current.pointee.ns) == name { return current }
            attribute = current.pointee.next
        }
        return nil
    }

    /// Whether this node is `node` or one of its ancestors.
    private func isAncestor(of node: MarkupNode) -> Bool {
        var current: xmlNodePtr? = node.pointer
        while let candidate = current {
            if candidate == pointer { return true }
            current = candidate.pointee.parent
        }
        return false
    }

    private func requireElement(_ operation: StaticString) {
        precondition(pointer.pointee.type == XML_ELEMENT_NODE, "\(operation): only elements have children")
    }

    private func requireMovable(_ child: MarkupNode, _ operation: StaticString) {
        precondition(child.document === document, "\(operation): the node belongs to another document")
        precondition(!child.isAncestor(of: self), "\(operation): a node cannot be moved into itself")
    }
}

extension MarkupNode: Hashable {
    /// Whether both values view the same node.
    public static func == (lhs: MarkupNode, rhs: MarkupNode) -> Bool {
        lhs.pointer == rhs.pointer
    }

    /// Hashes the identity of the viewed node.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(pointer)
    }
}
