import CLibXML2

extension MarkupDocument {
    /// The first element, in document order, with more than `limit` elements above it and
    /// itself (the root element is at depth 1); nil when the tree is no deeper. No recursion.
    func firstElement(deeperThan limit: Int) -> xmlNodePtr? {
        var depth = 1
        var current = pointer.pointee.children
        while let node = current {
            if depth > limit, node.pointee.type == XML_ELEMENT_NODE { return node }
            if node.pointee.type != XML_ENTITY_REF_NODE, let child = node.pointee.children {
                current = child
                depth += 1
                continue
            }
            var climbing = node
            while climbing.pointee.next == nil {
                guard let parent = climbing.pointee.parent, !isDocumentNode(parent) else { return nil }
                climbing = parent
                depth -= 1
            }
            current = climbing.pointee.next
        }
        return nil
    }
}
