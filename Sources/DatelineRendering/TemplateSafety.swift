import DatelineXML

/// Keeps article text out of the places in a template where a browser would not read it as text.
///
/// The renderers set article text only as text nodes and in a few fixed attributes (`href` through
/// `LinkPolicy`, `dir`, `id`, `datetime`). A text node is safe anywhere except inside `<script>` and
/// `<style>`: their content is code, which HTML serializers write unescaped, so a headline such as
/// `</script><script>…` would run. A template that marks one of them as a slot, prototype or field
/// is refused; its own scripts and styles stay as they are.
enum TemplateSafety {
    /// Elements whose content is code, not text.
    static let codeElements: Set<String> = ["script", "style"]

    /// Throws `.templateUnsafe` for the first marked `<script>` or `<style>` in `scope`.
    static func check(_ scope: MarkupNode) throws(RenderingError) {
        let marked = (try? scope.select("descendant-or-self::*[@data-slot or @data-template or @data-field]")) ?? []
        for element in marked where codeElements.contains(element.name.lowercased()) {
            let marker = ["data-slot", "data-template", "data-field"].first { element.attribute($0) != nil } ?? "data-slot"
            throw .templateUnsafe(marker: "\(marker)=\"\(element.attribute(marker) ?? "")\"", element: element.name.lowercased())
        }
    }
}
