import Testing
import DatelineXML

@Suite("HTML building and serialization")
struct HTMLSerializationTests {
    static let nasty = #"<script>alert(1)</script> & "quotes" 'apostrophes' Zürich — “quoted” 東京"#

    @Test func escapesMarkupAndKeepsUTF8Raw() throws {
        let document = MarkupDocument.newHTML5()
        let html = document.makeElement("html")
        document.setRoot(html)
        html.setAttribute("lang", "de")
        let body = html.appendElement("body")
        let paragraph = body.appendElement("p", attributes: ["title": Self.nasty, "data-x": "a & \"b\" <c>"], text: Self.nasty)
        paragraph.appendText(" more")

        let output = document.htmlString()
        #expect(output.hasPrefix("<!DOCTYPE html>"))
        #expect(output.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(!output.contains("<script>"))
        #expect(output.contains("&amp;"))
        #expect(output.contains("Zürich — “quoted” 東京"))
        #expect(!output.contains("&#"))
        #expect(!output.contains("&rsquo;"))
        #expect(!output.contains("<meta"))

        let reparsed = try MarkupDocument.html(Array(output.utf8))
        let p = try #require(try reparsed.select("//p").first)
        #expect(p.textContent == Self.nasty + " more")
        #expect(p.attribute("title") == Self.nasty)
        #expect(p.attribute("data-x") == "a & \"b\" <c>")
        #expect(p.attributeNames == ["title", "data-x"])
        #expect(reparsed.root?.attribute("lang") == "de")
    }

    @Test func formattingIsOptional() {
        let document = MarkupDocument.newHTML5()
        let html = document.makeElement("html")
        document.setRoot(html)
        let list = html.appendElement("body").appendElement("ul")
        list.appendElement("li", text: "1")
        list.appendElement("li", text: "2")
        let compact = document.htmlString(formatted: false)
        let formatted = document.htmlString(formatted: true)
        #expect(compact == "<!DOCTYPE html>\n<html><body><ul><li>1</li><li>2</li></ul></body></html>\n")
        #expect(formatted.contains("<ul>\n<li>1</li>\n<li>2</li>\n</ul>"))
    }

    @Test func serializesOneNode() {
        let document = MarkupDocument.newXML()
        let div = document.makeElement("div")
        div.setAttribute("class", "card")
        div.appendElement("span", text: "Zürich & co")
        #expect(document.htmlString(of: div, formatted: false) == #"<div class="card"><span>Zürich &amp; co</span></div>"#)
    }

    @Test func emptyHTML5DocumentHasDoctypeOnly() {
        let output = MarkupDocument.newHTML5().htmlString()
        #expect(output.hasPrefix("<!DOCTYPE html>\n"))
        #expect(output.allSatisfy { $0.isASCII } && output.split(separator: "\n") == ["<!DOCTYPE html>"])
        #expect(MarkupDocument.newHTML5().root == nil)
        let xml = MarkupDocument.newHTML5().xmlString(formatted: false)
        #expect(xml.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE html>"))
    }
}
