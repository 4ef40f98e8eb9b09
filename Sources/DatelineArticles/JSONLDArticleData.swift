import Foundation

/// What a page's JSON-LD (`<script type="application/ld+json">`) says about the article:
/// `datePublished`, `headline` and `url` of the first `NewsArticle`-like object, reading arrays,
/// `@graph` and nested objects, shallowest first.
///
/// ```json
/// {"@context": "https://schema.org", "@graph": [{"@type": "WebPage"}, {"@type": "NewsArticle", "datePublished": "2025-06-26T09:30:00+09:00"}]}
/// ```
struct JSONLDArticleData: Equatable {
    var datePublished: String?
    var headline: String?
    var url: String?

    /// News article types, most specific first; then `Article`-like types, then `WebPage`.
    static let newsTypes: Set<String> = [
        "newsarticle", "reportagenewsarticle", "analysisnewsarticle", "opinionnewsarticle", "backgroundnewsarticle",
        "reviewnewsarticle", "askpublicnewsarticle", "liveblogposting",
    ]
    static let articleTypes: Set<String> = ["article", "blogposting", "report", "techarticle", "scholarlyarticle", "socialmediaposting", "posting"]
    static let pageTypes: Set<String> = ["webpage", "itempage", "collectionpage"]

    /// Keys under which other works are listed; their dates are not this article's.
    static let skippedKeys: Set<String> = ["itemListElement", "relatedLink", "citation", "isPartOf", "hasPart", "comment", "review", "publisher", "author", "about", "mentions", "breadcrumb", "image", "video", "associatedMedia"]

    /// Reads the scripts' texts; scripts that are not valid JSON (after cleaning) are skipped.
    static func read(scripts: [String]) -> JSONLDArticleData {
        var roots: [Any] = []
        for script in scripts {
            if let value = parse(script) { roots.append(value) }
        }
        // Breadth first over all scripts, so top-level objects win over nested ones.
        var best: (rank: Int, object: [String: Any])?
        var queue: [(Any, Int)] = roots.map { ($0, 0) }
        var head = 0
        while head < queue.count, head < 10_000 {
            let (value, depth) = queue[head]
            head += 1
            if let array = value as? [Any] {
                queue += array.map { ($0, depth + 1) }
                continue
            }
            guard let object = value as? [String: Any] else { continue }
            let rank = typeRank(object["@type"])
            if rank > 0, object["datePublished"] != nil || object["headline"] != nil, best.map({ rank > $0.rank }) ?? true {
                best = (rank, object)
                if rank == 3 { break }
            }
            guard depth < 12 else { continue }
            for key in object.keys.sorted() where !skippedKeys.contains(key) {
                if let child = object[key], child is [Any] || child is [String: Any] { queue.append((child, depth + 1)) }
            }
        }
        guard let object = best?.object else { return JSONLDArticleData() }
        return JSONLDArticleData(
            datePublished: string(object["datePublished"]),
            headline: string(object["headline"]) ?? string(object["name"]),
            url: string(object["url"]) ?? string((object["mainEntityOfPage"] as? [String: Any])?["@id"]) ?? string(object["mainEntityOfPage"])
        )
    }

    /// 3 for news articles, 2 for other articles, 1 for web pages, 0 for anything else.
    static func typeRank(_ type: Any?) -> Int {
        let names: [String]
        if let one = type as? String { names = [one] } else if let many = type as? [Any] { names = many.compactMap { $0 as? String } } else { return 0 }
        var rank = 0
        for name in names {
            let bare = String(name.split(whereSeparator: { $0 == "/" || $0 == ":" || $0 == "#" }).last ?? "").lowercased()
            if newsTypes.contains(bare) { rank = max(rank, 3) } else if articleTypes.contains(bare) { rank = max(rank, 2) } else if pageTypes.contains(bare) { rank = max(rank, 1) }
        }
        return rank
    }

    /// A string, the first string of an array, or an object's `@value`.
    static func string(_ value: Any?) -> String? {
        if let text = value as? String { return text.isEmpty ? nil : text }
        if let array = value as? [Any] { return array.lazy.compactMap { string($0) }.first }
        if let object = value as? [String: Any] { return string(object["@value"]) }
        return nil
    }

    /// Parses one script's text, forgiving what CMSs commonly wrap around it: HTML comments, CDATA
    /// markers, raw newlines and tabs inside strings, and a trailing `;`.
    static func parse(_ script: String) -> Any? {
        var text = script.trimmingCharacters(in: .whitespacesAndNewlines)
        for wrapper in ["<!--", "//<![CDATA[", "/*<![CDATA[*/", "<![CDATA["] where text.hasPrefix(wrapper) { text.removeFirst(wrapper.count) }
        for wrapper in ["-->", "//]]>", "/*]]>*/", "]]>"] where text.hasSuffix(wrapper) { text.removeLast(wrapper.count) }
        text = text.trimmingCharacters(in: .whitespacesAndNewlines)
        if text.hasSuffix(";") { text.removeLast() }
        var bytes = Array(text.utf8)
        for i in bytes.indices where bytes[i] < 0x20 { bytes[i] = 0x20 }
        return try? JSONSerialization.jsonObject(with: Data(bytes), options: [.fragmentsAllowed])
    }
}
