import DatelineXML

/// A `data-template` prototype taken out of a template: a detached copy with its markers
/// removed, and the child-index path to each of its `data-field` and `data-slot` elements, so
/// each clone finds its parts without searching (`field:headline`, `slot:events`).
struct TemplatePart {
    let prototype: MarkupNode
    private let paths: [String: [Int]]

    /// Copies `element`; the original stays where it is. `containers` names the fields meant to hold
    /// their own fields (the diff's side cell `a` holds `a-date`, `a-headline`…), which the renderer
    /// empties only when it fills none of those.
    init(copying element: MarkupNode, containers: Set<String> = []) {
        let copy = element.deepCopy()
        var paths: [String: [Int]] = [:]
        // A field's content is replaced (and some fields are removed), so a part inside a field, or
        // a slot on a field, would be freed while still in use: such parts are left unmarked. Only
        // a container's own fields (`a-…` inside `a`) may sit inside it.
        let fields = copy.elements(withAttribute: "data-field").filter { $0 != copy }
        for marker in ["data-field", "data-slot"] {
            for part in copy.elements(withAttribute: marker) where part != copy {
                let partName = part.attribute(marker) ?? ""
                let enclosing = fields.filter { field in
                    guard field != part || marker == "data-slot" else { return false }
                    let container = field.attribute("data-field") ?? ""
                    return !(marker == "data-field" && containers.contains(container) && partName.hasPrefix(container + "-"))
                }
                guard !enclosing.contains(where: { part.isInside($0) }) else { continue }
                guard let name = part.attribute(marker), paths["\(marker.dropFirst(5)):\(name)"] == nil else { continue }
                paths["\(marker.dropFirst(5)):\(name)"] = Self.path(from: copy, to: part)
            }
        }
        for marker in ["data-slot", "data-template", "data-field"] {
            for part in copy.elements(withAttribute: marker) { part.removeAttribute(marker) }
        }
        self.prototype = copy
        self.paths = paths
    }

    /// A fresh clone and its parts by key.
    func clone() -> (node: MarkupNode, parts: [String: MarkupNode]) {
        let node = prototype.deepCopy()
        var parts: [String: MarkupNode] = [:]
        for (key, path) in paths {
            var current = node
            for index in path { current = current.children[index] }
            parts[key] = current
        }
        return (node, parts)
    }

    /// The index of each step from `root` down to `node`.
    private static func path(from root: MarkupNode, to node: MarkupNode) -> [Int] {
        var path: [Int] = []
        var current = node
        while current != root, let parent = current.parent {
            path.append(parent.children.firstIndex(of: current) ?? 0)
            current = parent
        }
        return path.reversed()
    }
}

extension MarkupNode {
    /// Whether this node is `other` or lies inside it.
    func isInside(_ other: MarkupNode) -> Bool {
        var node: MarkupNode? = self
        while let current = node {
            if current == other { return true }
            node = current.parent
        }
        return false
    }
}
