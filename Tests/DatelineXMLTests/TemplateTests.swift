import Testing
import DatelineXML

@Suite("Template-style editing")
struct TemplateTests {
    static let template = """
    <!DOCTYPE html>
    <html lang="en"><head><title data-slot="title">Title</title></head>
    <body>
    <main data-slot="main">
    <article data-slot="event" class="event"><h2 data-slot="heading">Heading</h2><p data-slot="text">Text</p></article>
    </main>
    </body></html>
    """

    @Test func fillsCopiesOfASlot() throws {
        let document = try MarkupDocument.html(Array(Self.template.utf8))
        let root = try #require(document.root)
        let title = try #require(root.firstElement(withAttribute: "data-slot", value: "title"))
        title.removeChildren()
        title.appendText("Timeline & more")
        let main = try #require(root.firstElement(withAttribute: "data-slot", value: "main"))
        let prototype = try #require(main.firstElement(withAttribute: "data-slot", value: "event"))
        #expect(prototype.name == "article")
        #expect(root.firstElement(withAttribute: "data-slot", value: "nope") == nil)

        for (heading, text) in [("One", "Zürich <1>"), ("Two", "東京 & 2"), ("Three", "“3”")] {
            let copy = prototype.deepCopy()
            #expect(copy.parent == nil)
            let h2 = try #require(copy.firstElement(withAttribute: "data-slot", value: "heading"))
            h2.removeChildren()
            h2.appendText(heading)
            let p = try #require(copy.firstElement(withAttribute: "data-slot", value: "text"))
            p.replace(with: copy.document.makeText(text))
            main.append(copy)
        }
        prototype.remove()
        for element in root.elements(withAttribute: "data-slot") {
            element.removeAttribute("data-slot")
        }
        #expect(root.elements(withAttribute: "data-slot").isEmpty)

        let output = document.htmlString(formatted: false)
        #expect(output.hasPrefix("<!DOCTYPE html>"))
        #expect(!output.contains("data-slot"))
        #expect(!output.contains("Heading"))
        #expect(output.contains("<title>Timeline &amp; more</title>"))
        #expect(output.contains(#"<article class="event"><h2>One</h2>Zürich &lt;1&gt;</article>"#))
        #expect(output.contains(#"<article class="event"><h2>Two</h2>東京 &amp; 2</article>"#))
        #expect(output.contains(#"<article class="event"><h2>Three</h2>“3”</article>"#))
        let articles = try document.select("//article")
        #expect(articles.map { $0.elementChildren.first?.textContent } == ["One", "Two", "Three"])
    }

    @Test func moveInsertAndReplace() {
        let document = MarkupDocument.newHTML5()
        let list = document.makeElement("ul")
        document.setRoot(list)
        let a = list.appendElement("li", text: "a")
        let c = list.appendElement("li", text: "c")
        let b = document.makeElement("li")
        b.appendText("b")
        list.insert(b, before: c)
        #expect(list.elementChildren.map(\.textContent) == ["a", "b", "c"])
        list.append(a)
        #expect(list.elementChildren.map(\.textContent) == ["b", "c", "a"])
        #expect(a.parent == list)

        // Text nodes appended next to each other stay separate nodes and stay usable.
        let span = list.appendElement("li")
        let first = document.makeText("x")
        let second = document.makeText("y")
        span.append(first)
        span.append(second)
        span.insert(document.makeText("w"), before: first)
        #expect(span.children.count == 3)
        #expect(first.textContent == "x" && second.textContent == "y")
        #expect(span.textContent == "wxy")
        span.appendText("z")
        #expect(span.textContent == "wxyz")

        let comment = document.makeComment(" note ")
        c.replace(with: comment)
        #expect(c.parent == nil)
        #expect(comment.kind == .comment)
        #expect(document.htmlString(formatted: false).contains("<!-- note -->"))
        // The detached node can be put back.
        list.append(c)
        #expect(list.elementChildren.last == c)
        // A detached, never-attached node and the old root are freed with the document.
        _ = document.makeElement("orphan").deepCopy()
        let newRoot = document.makeElement("ol")
        document.setRoot(newRoot)
        #expect(document.root == newRoot)
        #expect(list.parent == nil)
        #expect(list.elementChildren.count == 4)
    }

    @Test func htmlRecoversFromBrokenMarkup() throws {
        let document = try MarkupDocument.html(Array("<p>one<p>two & <b>three</i>".utf8))
        #expect(try document.select("//p").map(\.textContent) == ["one", "two & three"])
        #expect(!document.htmlString().contains("DOCTYPE"))
    }
}
