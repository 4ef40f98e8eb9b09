import Testing
import DatelineXML

@Suite("XML building, strict parsing and XPath")
struct XMLParsingTests {
    @Test func roundTripsTextAndAttributes() throws {
        let nasty = HTMLSerializationTests.nasty
        let document = MarkupDocument.newXML()
        let root = document.makeElement("timeline")
        document.setRoot(root)
        root.appendElement("event", attributes: ["label": nasty, "id": "e1"], text: nasty)
        let output = document.xmlString()
        #expect(output.hasPrefix(#"<?xml version="1.0" encoding="UTF-8"?>"#))
        #expect(output.contains("Zürich — “quoted” 東京"))
        #expect(!output.contains("&#"))
        #expect(output.contains("\n  <event"))

        let reparsed = try MarkupDocument.xml(Array(output.utf8))
        let event = try #require(reparsed.root?.elementChildren.first)
        #expect(event.name == "event")
        #expect(event.textContent == nasty)
        #expect(event.attribute("label") == nasty)
        #expect(event.attributeNames == ["label", "id"])
        #expect(reparsed.xmlString() == output)
    }

    @Test func compactXML() {
        let document = MarkupDocument.newXML()
        let root = document.makeElement("a")
        document.setRoot(root)
        root.appendElement("b", text: "1")
        #expect(document.xmlString(formatted: false) == "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<a><b>1</b></a>\n")
    }

    @Test func malformedReportsFirstErrorPosition() {
        let input = "<a>\n  <b>\n  text</a>\n</b>"
        #expect(throws: MarkupError.self) { try MarkupDocument.xml(Array(input.utf8)) }
        do {
            _ = try MarkupDocument.xml(Array(input.utf8))
        } catch {
            guard case let .malformed(line, column, message) = error else {
                Issue.record("expected .malformed, got \(error)")
                return
            }
            #expect(line == 3)
            #expect(column > 0)
            #expect(message == "Opening and ending tag mismatch: b line 2 and a")
            #expect(error.description == "line 3, column \(column): \(message)")
        }
    }

    @Test func emptyInput() {
        #expect(throws: MarkupError.emptyInput) { try MarkupDocument.xml([]) }
        #expect(throws: MarkupError.emptyInput) { try MarkupDocument.xml(Array(" \n\t ".utf8)) }
        #expect(throws: MarkupError.emptyInput) { try MarkupDocument.html([]) }
    }

    @Test func externalEntitiesAreNotExpanded() throws {
        let input = #"<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><x>&e;</x>"#
        let document = try MarkupDocument.xml(Array(input.utf8))
        let root = try #require(document.root)
        #expect(!root.textContent.contains("root:"))
        #expect(root.textContent.isEmpty)
        #expect(!document.xmlString().contains("root:"))
    }

    @Test func xpathSelects() throws {
        let input = #"<list><item n="1">one</item><other/><item n="2">two</item></list>"#
        let document = try MarkupDocument.xml(Array(input.utf8))
        let items = try document.select("//item")
        #expect(items.map(\.textContent) == ["one", "two"])
        #expect(try document.select("//item/@n").map { $0.attribute("n") } == ["1", "2"])
        #expect(try document.select("//item/text()").map(\.kind) == [.text, .text])
        let root = try #require(document.root)
        #expect(try root.select("item[2]").first?.textContent == "two")
        #expect(try items[0].select("..").first == root)
        #expect(try document.select("count(//item)").isEmpty)
    }

    @Test func invalidXPathThrows() throws {
        let document = try MarkupDocument.xml(Array("<a/>".utf8))
        #expect(throws: MarkupError.invalidXPath("//a[")) { try document.select("//a[") }
        #expect(throws: MarkupError.invalidXPath("nosuchfunction()")) { try document.select("nosuchfunction()") }
    }
}
