import DatelineXML

/// A page's metadata: the JSON-LD article data, the publication date from `<meta>` tags, titles and
/// the page's own address (canonical link, `og:url`, or a browser's "saved from url" comment).
struct HTMLPageMetadata {
    /// `<meta>` keys (property, name, itemprop or http-equiv, lower-cased) that give the publication
    /// time, most trusted first.
    static let dateKeys: [String] = [
        "article:published_time", "og:article:published_time", "og:published_time", "og:pubdate", "og:article:published",
        "datepublished", "pubdate", "publishdate", "publish-date", "publish_date", "publication_date", "article.published",
        "dc.date.issued", "dc.date", "dcterms.issued", "dcterms.date", "dcterms.created", "dc.date.created",
        "sailthru.date", "parsely-pub-date", "article_date_original", "original-publish-date", "cxenseparse:recs:publishtime",
        "date",
    ]

    var jsonLD = JSONLDArticleData()
    /// The best `<meta>` date: its text and the key it came from.
    var metaDate: (text: String, key: String)?
    var ogTitle: String?
    var documentTitle: String?
    /// Candidate addresses of the page, most trusted first.
    var urls: [String] = []

    /// Reads the metadata of `document`; `raw` is the page's bytes (for the "saved from url" comment).
    static func read(_ document: MarkupDocument, raw: [UInt8]) -> HTMLPageMetadata {
        var metadata = HTMLPageMetadata()
        let scripts = ((try? document.select("//script[@type]")) ?? []).filter {
            ($0.attribute("type") ?? "").lowercased().trimmingWhitespace == "application/ld+json"
        }
        metadata.jsonLD = JSONLDArticleData.read(scripts: scripts.map(\.textContent))

        var dates: [String: String] = [:]
        var canonical: String?
        var ogURL: String?
        for meta in (try? document.select("//meta")) ?? [] {
            guard let content = meta.attribute("content")?.trimmingWhitespace, !content.isEmpty else { continue }
            for attribute in ["property", "name", "itemprop", "http-equiv"] {
                guard let key = meta.attribute(attribute)?.lowercased().trimmingWhitespace else { continue }
                if dates[key] == nil, dateKeys.contains(key) { dates[key] = content }
                if key == "og:title", metadata.ogTitle == nil { metadata.ogTitle = content }
                if key == "og:url", ogURL == nil { ogURL = content }
            }
        }
        // itemprop="datePublished" on other elements: <span itemprop="datePublished" content="…">, <time itemprop=… datetime=…>.
        for element in (try? document.select("//*[@itemprop]")) ?? [] where element.name != "meta" {
            guard element.attribute("itemprop")?.lowercased().split(separator: " ").contains("datepublished") == true else { continue }
            if dates["datepublished"] == nil, let value = element.attribute("content") ?? element.attribute("datetime") {
                dates["datepublished"] = value.trimmingWhitespace
            }
        }
        if let key = dateKeys.first(where: { dates[$0] != nil }) { metadata.metaDate = (dates[key]!, key) }

        for link in (try? document.select("//link[@rel and @href]")) ?? [] {
            if link.attribute("rel")?.lowercased().split(separator: " ").contains("canonical") == true {
                canonical = link.attribute("href")?.trimmingWhitespace
                break
            }
        }
        metadata.documentTitle = ((try? document.select("//title")) ?? []).first.map { $0.textContent.collapsingWhitespace }
        metadata.urls = [canonical, ogURL, metadata.jsonLD.url, savedFromURL(raw)].compactMap { $0 }.filter { !$0.isEmpty }
        return metadata
    }

    /// The address in a browser's `<!-- saved from url=(0052)https://… -->` comment near the top.
    static func savedFromURL(_ raw: [UInt8]) -> String? {
        let head = String(decoding: raw.prefix(1024), as: UTF8.self)
        guard let marker = head.firstRange(of: "saved from url=(") else { return nil }
        var url = head[marker.upperBound...].drop(while: { $0 != ")" }).dropFirst().prefix(while: { !$0.isWhitespace })
        if url.hasSuffix("-->") { url = url.dropLast(3) }
        return url.hasPrefix("http") ? String(url) : nil
    }
}
