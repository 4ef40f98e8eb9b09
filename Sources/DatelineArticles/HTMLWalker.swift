import DatelineXML

/// Walks a page's tree in document order without recursion, so a page nested 10,000 levels deep
/// costs heap, not stack.
enum HTMLWalker {
    /// Whether to visit an element's children.
    enum Step { case descend, skip }

    /// Visits every node below `root` (not `root` itself) in document order. `visit` gets the node
    /// and its ancestors (from `root` down to the parent) and says whether to descend into it;
    /// `leave` is called after the children of each element that was descended into.
    static func walk(
        from root: MarkupNode,
        visit: (MarkupNode, [MarkupNode]) -> Step,
        leave: (MarkupNode, [MarkupNode]) -> Void = { _, _ in }
    ) {
        var ancestors: [MarkupNode] = [root]
        var pending: [[MarkupNode]] = [root.children]
        var positions: [Int] = [0]
        while let level = pending.last {
            let position = positions[positions.count - 1]
            guard position < level.count else {
                pending.removeLast()
                positions.removeLast()
                let finished = ancestors.removeLast()
                if !ancestors.isEmpty { leave(finished, ancestors) }
                continue
            }
            positions[positions.count - 1] = position + 1
            let node = level[position]
            guard node.kind == .element else {
                _ = visit(node, ancestors)
                continue
            }
            if visit(node, ancestors) == .descend {
                ancestors.append(node)
                pending.append(node.children)
                positions.append(0)
            }
        }
    }
}
