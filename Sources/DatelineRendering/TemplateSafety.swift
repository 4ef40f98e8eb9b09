import DatelineXML

/// Keeps article text out of the places in a template where a browser would not read it as text.
///
/// The renderers set article text only as text nodes and in a few fixed attributes (`href` through
/// `LinkPolicy`, `dir`, `id`, `datetime`). A text node is safe anywhere except inside `<script>` and
/// `<style>`: their content is code, which HTML serializers write unescaped, so a headline such as
/// `</script><script>…` would run. A template that marks one of them as a slot, prototype or field
/// (anywhere, even outside a fragment's section) is refused; its own scripts and styles stay as they are.
enum TemplateSafety {
    /// Elements whose content is code, not text.
    static let codeElements: Set<String> = ["script", "style"]

    /// Throws `.templateUnreadable` naming the first marked `<script>` or `<style>` under `root`:
    /// "a <script> element is marked to take data (data-slot="title"); mark a text element …".
    static func check(_ root: MarkupNode) throws(RenderingError) {
        let marked = (try? root.select("descendant-or-self::*[@data-slot or @data-template or @data-field]")) ?? []
        for element in marked where codeElements.contains(element.name.lowercased()) {
            let marker = ["data-slot", "data-template", "data-field"].first { element.attribute($0) != nil } ?? "data-slot"
            let name = element.name.lowercased()
            throw .templateUnreadable(reason: "a <\(name)> element is marked to take data (\(marker)=\"\(element.attribute(marker) ?? "")\"); mark a text element such as <p> or <span> instead")
        }
    }

    /// Throws `.templateUnreadable` when a list's item prototype is the list element itself
    /// (`<ol data-slot="years" data-template="year">`): copies go in before the item, inside the
    /// list, so the item must be a descendant of the list, not the list.
    static func requireItem(_ anchor: MarkupNode, inside list: MarkupNode, item: String, list listMarker: String) throws(RenderingError) {
        guard anchor == list || anchor.parent == nil else { return }
        throw .templateUnreadable(reason: "the \(item) item is the \(listMarker) element itself; put the item inside the list as a child element")
    }
}
