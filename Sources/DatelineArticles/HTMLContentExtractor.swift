import DatelineXML

/// Finds a page's article: the block that holds its text, the text's paragraphs in order, its
/// headline, and the `datetime` of `<time>` elements around it.
///
/// The block is the `itemprop="articleBody"` element, else the `<article>` with the most paragraph
/// text, else the block with the most paragraph text (a paragraph counts fully for its parent and
/// half for its grandparent). Inside it, `HTMLBoilerplate` drops furniture; paragraphs are `<p>`,
/// list items, cells and runs of text between blocks or double `<br>`s. Lines that are only
/// boilerplate ("Advertisement", "Read more: …", a "By …" byline, mostly links) are dropped.
struct HTMLContentExtractor {
    /// What was found.
    struct Result: Equatable {
        var headline: String?
        var paragraphs: [String]
        /// `datetime` values of `<time>` elements near the article, the most likely publication time first.
        var timeValues: [String]
    }

    /// Elements that start and end a paragraph of text.
    static let blockElements: Set<String> = [
        "p", "div", "section", "article", "main", "li", "ul", "ol", "dl", "dd", "dt", "blockquote", "pre", "table",
        "tr", "td", "th", "tbody", "thead", "tfoot", "caption", "center", "hr", "form", "fieldset", "details",
        "summary", "body", "html", "h1", "h2", "h3", "h4", "h5", "h6", "header", "footer", "aside", "nav", "figure",
        "figcaption", "address",
    ]

    /// Elements whose text counts as paragraph text when blocks are scored.
    static let scoredElements: Set<String> = ["p", "pre"]

    /// Blocks whose own loose text (40 bytes or more) also counts, for pages without `<p>`.
    static let looseTextContainers: Set<String> = ["div", "td", "section", "article", "main", "body", "center", "font", "blockquote", "dd"]

    /// Whole lines that are furniture, lower-cased, without trailing punctuation.
    static let boilerplateLines: Set<String> = [
        "advertisement", "ad", "sponsored", "story continues below advertisement", "continue reading",
        "continue reading below", "read more", "scroll to continue with content", "supported by", "skip advertisement",
        "share", "share this article", "share this story", "related", "related stories", "related articles",
        "recommended", "more from", "you may also like", "subscribe", "sign up", "listen to this article",
    ]

    /// Paragraph openings that mark a cross-link or a credit rather than article text.
    static let boilerplatePrefixes: [String] = [
        "read more:", "read more ", "related:", "also read:", "also read ", "see also:", "more:", "photo:", "photos:",
        "photo by ", "(photo", "image:", "file photo", "copyright ", "©", "(c) ", "all rights reserved",
        "click here", "sign up for", "subscribe to", "follow us on", "watch:", "listen:",
    ]

    /// How many ancestors a paragraph's length is credited to.
    static let creditDepth = 64

    /// Extracts the article of `document`.
    static func extract(_ document: MarkupDocument) -> Result {
        guard let top = document.root else { return Result(headline: nil, paragraphs: [], timeValues: []) }
        let body = ((try? document.select("/html/body")) ?? []).first ?? top
        var extractor = HTMLContentExtractor()
        extractor.creditParagraphText(in: body)
        extractor.scoreBlocks(in: body)
        let root = extractor.chooseRoot(default: body)
        let scope = extractor.dateScope(for: root, body: body)
        let headline = extractor.headline(root: root, scope: scope)
        let paragraphs = extractor.paragraphs(in: root, headline: headline)
        return Result(headline: headline, paragraphs: paragraphs, timeValues: extractor.timeValues(in: scope))
    }

    // MARK: State

    /// Paragraph text (bytes) under each element, furniture included.
    private var textBelow: [MarkupNode: Int] = [:]
    private var totalText = 0
    /// Block scores: the paragraph text of children plus half that of grandchildren, furniture excluded.
    private var scores: [MarkupNode: Int] = [:]
    /// Document order of the elements that matter later (scored blocks, headlines, articles).
    private var order: [MarkupNode: Int] = [:]
    private var headlines: [MarkupNode] = []
    private var articles: [MarkupNode] = []
    private var articleBodies: [MarkupNode] = []

    // MARK: Pass 1: paragraph text under each element

    private mutating func creditParagraphText(in body: MarkupNode) {
        HTMLWalker.walk(from: body) { node, ancestors in
            guard node.kind == .element else {
                if node.kind == .text, let parent = ancestors.last, Self.looseTextContainers.contains(parent.name) {
                    let length = Self.trimmedLength(node.textContent)
                    if length >= 40 { credit(length, to: ancestors, and: nil) }
                }
                return .skip
            }
            let name = node.name
            if HTMLBoilerplate.excludedElements.contains(name) { return .skip }
            if Self.scoredElements.contains(name) {
                credit(Self.trimmedLength(node.textContent), to: ancestors, and: node)
                return .skip
            }
            return .descend
        }
    }

    /// Adds `length` to the text below `node` and its nearest `creditDepth` ancestors.
    private mutating func credit(_ length: Int, to ancestors: [MarkupNode], and node: MarkupNode?) {
        guard length > 0 else { return }
        totalText += length
        if let node { textBelow[node, default: 0] += length }
        for ancestor in ancestors.suffix(Self.creditDepth) { textBelow[ancestor, default: 0] += length }
    }

    private func share(_ node: MarkupNode) -> Double {
        totalText == 0 ? 0 : Double(textBelow[node] ?? 0) / Double(totalText)
    }

    // MARK: Pass 2: block scores, headlines, articles

    private mutating func scoreBlocks(in body: MarkupNode) {
        var furnitureStack: [Bool] = []
        var furnitureDepth = 0
        var counter = 0
        HTMLWalker.walk(from: body, visit: { node, ancestors in
            guard node.kind == .element else {
                if furnitureDepth == 0, node.kind == .text, let parent = ancestors.last, Self.looseTextContainers.contains(parent.name) {
                    let length = Self.trimmedLength(node.textContent)
                    if length >= 40 { score(length, ancestors: ancestors, counter: counter) }
                }
                return .skip
            }
            counter += 1
            let name = node.name
            let verdict = HTMLBoilerplate.verdict(for: node, name: name, share: share(node))
            if verdict == .exclude { return .skip }
            if name == "h1" {
                headlines.append(node)
                order[node] = counter
                return .skip
            }
            if name == "article" {
                articles.append(node)
                order[node] = counter
            }
            if [node.attribute("itemprop"), node.attribute("property")].contains(where: { $0?.lowercased().split(separator: " ").contains("articlebody") == true }) {
                articleBodies.append(node)
                order[node] = counter
            }
            if Self.scoredElements.contains(name) {
                if furnitureDepth == 0 { score(Self.trimmedLength(node.textContent), ancestors: ancestors, counter: counter) }
                return .skip
            }
            let isFurniture = verdict == .furniture
            furnitureStack.append(isFurniture)
            if isFurniture { furnitureDepth += 1 }
            return .descend
        }, leave: { _, _ in
            if furnitureStack.removeLast() { furnitureDepth -= 1 }
        })
    }

    private mutating func score(_ length: Int, ancestors: [MarkupNode], counter: Int) {
        guard length > 0, let parent = ancestors.last else { return }
        scores[parent, default: 0] += 2 * length
        if order[parent] == nil { order[parent] = counter }
        if ancestors.count >= 2 {
            let grandparent = ancestors[ancestors.count - 2]
            scores[grandparent, default: 0] += length
            if order[grandparent] == nil { order[grandparent] = counter }
        }
    }

    // MARK: Choosing the article block

    private func chooseRoot(default body: MarkupNode) -> MarkupNode {
        func largest(_ nodes: [MarkupNode]) -> MarkupNode? {
            nodes.filter { (textBelow[$0] ?? 0) > 0 }.max { (textBelow[$0] ?? 0) < (textBelow[$1] ?? 0) }
        }
        // The generic best block; near-ties go to the ancestor (it holds both halves of a split body).
        let best = scores.max { a, b in a.value != b.value ? a.value < b.value : (order[a.key] ?? 0) > (order[b.key] ?? 0) }
        var generic = best?.key
        if let chosen = generic, let top = best?.value, let parent = chosen.parent, let grand = scores[parent], Double(grand) >= 0.95 * Double(top) {
            generic = parent
        }
        if let articleBody = largest(articleBodies) { return articleBody }
        if let article = largest(articles) {
            if let generic, !Self.isAncestor(article, of: generic), (textBelow[generic] ?? 0) > 3 * (textBelow[article] ?? 0) {
                return generic
            }
            return article
        }
        return generic ?? body
    }

    static func isAncestor(_ ancestor: MarkupNode, of node: MarkupNode) -> Bool {
        var current: MarkupNode? = node
        var steps = 0
        while let candidate = current, steps < 100_000 {
            if candidate == ancestor { return true }
            current = candidate.parent
            steps += 1
        }
        return false
    }

    // MARK: Pass 3: paragraphs

    /// The paragraphs of `root`, in order, with furniture and boilerplate lines dropped.
    private func paragraphs(in root: MarkupNode, headline: String?) -> [String] {
        var collector = ParagraphCollector()
        HTMLWalker.walk(from: root, visit: { node, _ in
            switch node.kind {
            case .text:
                collector.append(node.textContent, inLink: collector.linkDepth > 0)
                return .skip
            case .element:
                break
            default:
                return .skip
            }
            let name = node.name
            if HTMLBoilerplate.verdict(for: node, name: name, share: share(node)) != .keep {
                // Furniture inside a paragraph is a word gap; a furniture block ends the paragraph.
                if Self.blockElements.contains(name) { collector.flush() } else { collector.append(" ", inLink: false) }
                return .skip
            }
            switch name {
            case "br":
                collector.lineBreak()
                return .skip
            case "h1", "h2", "h3", "h4", "h5", "h6":
                collector.flush()
                return .skip
            case "a":
                collector.linkDepth += 1
                return .descend
            default:
                if Self.blockElements.contains(name) { collector.flush() }
                return .descend
            }
        }, leave: { node, _ in
            let name = node.name
            if name == "a" { collector.linkDepth -= 1 } else if Self.blockElements.contains(name) { collector.flush() }
        })
        collector.flush()
        return collector.paragraphs.compactMap { Self.articleText($0, headline: headline) }
    }

    /// The paragraph without its boilerplate lines, or nil when nothing is left: a fixed phrase, a
    /// cross-link or credit, a byline, a "Posted …" date line, the headline, or mostly links.
    static func articleText(_ paragraph: ParagraphCollector.Paragraph, headline: String?) -> String? {
        if paragraph.linkLength * 10 >= paragraph.length * 7, paragraph.length < 400 { return nil }
        let lines = paragraph.text.split(separator: "\n").filter { isArticleLine($0, headline: headline) }
        return lines.isEmpty ? nil : lines.joined(separator: "\n")
    }

    /// False for a line that is boilerplate rather than article text.
    static func isArticleLine(_ line: Substring, headline: String?) -> Bool {
        guard line.contains(where: { $0.isLetter || $0.isNumber }) else { return false }
        if let headline, line == headline { return false }
        let lowered = line.lowercased()
        let bare = String(lowered.drop(while: { $0.isPunctuation || $0.isWhitespace || $0.isSymbol })
            .reversed().drop(while: { $0.isPunctuation || $0.isWhitespace || $0.isSymbol }).reversed())
        if boilerplateLines.contains(bare) { return false }
        let length = line.utf8.count
        if length <= 200, boilerplatePrefixes.contains(where: { lowered.hasPrefix($0) }) { return false }
        if length <= 100, lowered.hasPrefix("by "), !line.hasSuffix("."), line.split(separator: " ").count <= 14 { return false }
        if length <= 100, ["published", "updated", "posted", "last updated", "first published"].contains(where: { lowered.hasPrefix($0) }),
           line.contains(where: \.isNumber) { return false }
        return true
    }

    // MARK: Pass 4: dates and headline near the article

    /// Where the article's `<time>` and `<h1>` are looked for: the nearest `<article>` around the block,
    /// else the block's parent (when the block is not the body), else the block.
    private func dateScope(for root: MarkupNode, body: MarkupNode) -> MarkupNode {
        var current: MarkupNode? = root
        var steps = 0
        while let candidate = current, candidate != body, steps < 1000 {
            if candidate.name == "article" { return candidate }
            current = candidate.parent
            steps += 1
        }
        if root != body, let parent = root.parent { return parent }
        return root
    }

    /// `datetime` values of `<time>` elements in `scope` outside excluded blocks: those marked as the
    /// publication time (`itemprop=datePublished`, `pubdate`, a class with "publish") first, then the
    /// rest in order; times marked as updates are left out.
    private func timeValues(in scope: MarkupNode) -> [String] {
        var marked: [String] = []
        var plain: [String] = []
        HTMLWalker.walk(from: scope) { node, _ in
            guard node.kind == .element else { return .skip }
            let name = node.name
            if name == "time", let value = node.attribute("datetime")?.trimmingWhitespace, !value.isEmpty {
                let hints = [node.attribute("class"), node.attribute("itemprop"), node.attribute("id")].compactMap { $0?.lowercased() }.joined(separator: " ")
                if hints.contains("update") || hints.contains("modif") { return .skip }
                if node.attribute("pubdate") != nil || hints.contains("datepublished") || hints.contains("publish") {
                    marked.append(value)
                } else {
                    plain.append(value)
                }
                return .skip
            }
            return HTMLBoilerplate.verdict(for: node, name: name, share: share(node)) == .exclude ? .skip : .descend
        }
        return marked + plain
    }

    /// The first `<h1>` inside `scope`, else the last one before the article block, else any; logos are skipped.
    private func headline(root: MarkupNode, scope: MarkupNode) -> String? {
        let usable = headlines.filter { h1 in
            let hints = [h1.attribute("class"), h1.attribute("id")].compactMap { $0?.lowercased() }.joined(separator: " ")
            return !["logo", "brand", "site-title", "sitename", "site-name", "masthead"].contains(where: hints.contains)
                && !h1.textContent.collapsingWhitespace.isEmpty
        }
        let inside = usable.first { Self.isAncestor(scope, of: $0) }
        let rootOrder = order[root] ?? Int.max
        let before = usable.last { (order[$0] ?? 0) < rootOrder }
        guard let chosen = inside ?? before ?? usable.first else { return nil }
        return chosen.textContent.collapsingWhitespace
    }

    static func trimmedLength(_ text: String) -> Int {
        var count = 0
        var pendingSpace = false
        for byte in text.utf8 {
            if byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D {
                pendingSpace = count > 0
            } else {
                if pendingSpace { count += 1; pendingSpace = false }
                count += 1
            }
        }
        return count
    }
}
