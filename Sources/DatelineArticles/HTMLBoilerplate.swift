import DatelineXML

/// Tells page furniture from article text: navigation, headers, footers, asides, scripts, share
/// widgets, related-story lists, captions and bylines.
///
/// Element names decide first (`nav`, `aside`, `footer`, `script`, `figure`, …); then ARIA roles and
/// hidden markers; then the words of `class`, `id` and `itemprop` (`share-bar` → `share`, `bar`).
/// A block whose words are also article words (`article`, `body`, `content`, `story`, …) is kept when
/// it holds at least half of the page's paragraph text, so `<div class="story-body social">` survives.
enum HTMLBoilerplate {
    /// What to do with an element.
    enum Verdict: Equatable {
        /// Read it.
        case keep
        /// Not article text, but may hold the article's date (a header, byline or meta line).
        case furniture
        /// Neither text nor dates (navigation, related stories, comments, scripts).
        case exclude
    }

    /// Elements that never hold article text or its date.
    static let excludedElements: Set<String> = [
        "script", "style", "noscript", "template", "nav", "aside", "iframe", "svg", "math", "button", "select",
        "input", "textarea", "option", "label", "object", "embed", "video", "audio", "canvas", "picture", "img",
        "head", "title", "meta", "link", "dialog", "menu", "map", "frameset", "frame",
        "amp-ad", "amp-embed", "amp-sticky-ad", "amp-social-share", "amp-sidebar", "amp-img", "amp-analytics",
        "amp-iframe", "amp-video", "amp-consent", "amp-pixel", "amp-auto-ads",
    ]

    /// Elements that hold no article text but may hold its date (page and article headers, footers, captions).
    static let furnitureElements: Set<String> = ["header", "footer", "figure", "figcaption", "address"]

    /// Class or id words that mark page furniture whatever else the block says.
    static let strongWords: Set<String> = [
        "share", "sharing", "sharebar", "social", "related", "byline", "byl", "caption", "captions", "credit", "credits",
        "newsletter", "promo", "advert", "advertisement", "ad", "ads", "adslot", "adunit", "sponsor", "sponsored",
        "comment", "comments", "disqus", "breadcrumb", "breadcrumbs", "recommended", "recommendations", "recirc",
        "outbrain", "taboola", "subscribe", "subscription", "paywall", "cookie", "consent", "popup", "modal",
        "trending", "popular", "mostread", "signup", "sronly", "sr", "visuallyhidden", "hidden", "screenreader",
        "print", "toolbar", "tags", "keywords", "twitter", "tweet", "instagram", "embed", "audioplayer", "player",
        "copyright",
    ]

    /// Word beginnings that mark furniture whatever else the block says: `sharedaddy`, `relatedposts`,
    /// `relation`, `advertorial`, `adslot`, `newsletterbox`.
    static let strongStems: [String] = [
        "share", "social", "relat", "newsletter", "advert", "adslot", "adspot", "adunit", "adcontainer", "adwrap",
        "sponsor", "subscri", "byline", "caption", "breadcrumb", "recommend", "trending", "outbrain", "taboola", "paywall",
        "promo",
    ]

    /// Class or id words that mark furniture unless an article word is there too, or the block holds
    /// at least half of the page's paragraph text.
    static let weakWords: Set<String> = [
        "nav", "navigation", "menu", "sidebar", "rail", "widget", "footer", "header", "masthead", "meta", "author",
        "authors", "bio", "date", "dates", "time", "timestamp", "published", "updated", "info",
        "topics", "more", "extra", "aside", "banner", "logo", "brand", "skip", "teaser", "teasers", "card",
        "cards", "list", "links", "video", "gallery", "photo", "image", "media", "figure",
    ]

    /// Class or id words that mark the article itself.
    static let articleWords: Set<String> = [
        "article", "articlebody", "body", "content", "story", "storybody", "text", "entry", "post", "main", "prose", "copy",
    ]

    /// Roles that are page furniture.
    static let excludedRoles: Set<String> = ["navigation", "banner", "contentinfo", "complementary", "search", "dialog", "menu", "menubar", "alert"]

    /// The verdict for an element. `share` is the fraction (0…1) of the page's paragraph text inside it.
    static func verdict(for element: MarkupNode, name: String, share: Double) -> Verdict {
        if excludedElements.contains(name) { return .exclude }
        if furnitureElements.contains(name) { return .furniture }
        let attributes = element.attributeNames
        if attributes.isEmpty { return .keep }
        var words: [Substring] = []
        var wordText = ""
        for attribute in attributes {
            switch attribute {
            case "hidden":
                return .exclude
            case "aria-hidden":
                if element.attribute(attribute)?.lowercased() == "true" { return .exclude }
            case "role":
                if let role = element.attribute(attribute)?.lowercased(), excludedRoles.contains(role) { return .exclude }
            case "style":
                if let style = element.attribute(attribute)?.lowercased().filter({ !$0.isWhitespace }),
                   style.contains("display:none") || style.contains("visibility:hidden") { return .exclude }
            case "rel":
                if element.attribute(attribute)?.lowercased() == "author" { return .furniture }
            case "class", "id", "itemprop", "data-component", "data-testid":
                if let value = element.attribute(attribute) {
                    let lowered = value.lowercased()
                    wordText += " " + lowered
                    words += lowered.split(whereSeparator: { !($0.isLetter || $0.isNumber) })
                }
            default:
                break
            }
        }
        if words.isEmpty { return .keep }
        let isArticle = words.contains(where: { articleWords.contains(String($0)) })
        let joined = Set(wordText.split(whereSeparator: { $0 == " " || $0 == "\t" }).map { $0.filter { $0.isLetter } })
        let strong = words.contains(where: { word in strongWords.contains(String(word)) || strongStems.contains(where: { word.hasPrefix($0) }) })
            || !joined.isDisjoint(with: ["readmore", "morestories", "mostread", "alsoread", "youmaylike", "sronly", "screenreadertext", "visuallyhidden"])
        let weak = words.contains(where: { weakWords.contains(String($0)) })
        if words.contains(where: { ["author", "date", "timestamp", "meta", "credit"].contains($0) || $0.hasPrefix("byline") || $0.hasPrefix("caption") }) {
            if !isArticle || share < 0.5 { return .furniture }
        }
        if strong { return isArticle && share >= 0.5 ? .keep : .exclude }
        if weak { return isArticle || share >= 0.5 ? .keep : .exclude }
        return .keep
    }
}
