import DatelineXML
import Foundation
import Testing

/// Hostile markup at the libxml2 layer: nothing external is ever loaded, nesting and entity
/// expansion are limited with a clear error, and dropped input is reported.
@Suite("Markup limits and external resources")
struct MarkupLimitTests {
    /// A file whose content must never show up in anything parsed.
    static func secretFile() throws -> (url: URL, marker: String) {
        let marker = "SECRET-\(UUID().uuidString)"
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("dateline-secret-\(UUID().uuidString).txt")
        try Data(marker.utf8).write(to: url)
        return (url, marker)
    }

    /// A DTD (next to the secret) that declares an entity holding the secret's text.
    static func secretDTD(marker: String) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("dateline-secret-\(UUID().uuidString).dtd")
        try Data("<!ENTITY leak \"\(marker)\">".utf8).write(to: url)
        return url
    }

    /// XML documents that try every way of pulling in a file: a general entity, a parameter entity,
    /// an external DTD subset, and XInclude.
    static func xmlAttacks(secret: URL, dtd: URL) -> [String] {
        [
            #"<!DOCTYPE x [<!ENTITY e SYSTEM "\#(secret.absoluteString)">]><x>before &e; after</x>"#,
            #"<!DOCTYPE x [<!ENTITY e SYSTEM "\#(secret.path)">]><x a="1">&e;</x>"#,
            #"<!DOCTYPE x [<!ENTITY % p SYSTEM "\#(dtd.absoluteString)"> %p;]><x>&leak;</x>"#,
            #"<!DOCTYPE x SYSTEM "\#(dtd.absoluteString)"><x>&leak;</x>"#,
            #"<x xmlns:xi="http://www.w3.org/2001/XInclude"><xi:include href="\#(secret.absoluteString)" parse="text"/></x>"#,
        ]
    }

    @Test func xmlNeverLoadsExternalEntities() throws {
        let (secret, marker) = try Self.secretFile()
        let dtd = try Self.secretDTD(marker: marker)
        defer { try? FileManager.default.removeItem(at: secret); try? FileManager.default.removeItem(at: dtd) }
        for input in Self.xmlAttacks(secret: secret, dtd: dtd) {
            // Either it parses without the secret, or it is refused (an undeclared entity); never loaded.
            guard let document = try? MarkupDocument.xml(Array(input.utf8)) else { continue }
            let text = document.root?.textContent ?? ""
            let serialized = document.xmlString()
            #expect(!text.contains(marker), "\(input)")
            #expect(!serialized.contains(marker), "\(input)")
        }
        // The first one parses, keeping the reference unexpanded.
        let document = try MarkupDocument.xml(Array(Self.xmlAttacks(secret: secret, dtd: dtd)[0].utf8))
        #expect(document.root?.textContent == "before  after")
    }

    @Test func htmlNeverLoadsExternalEntities() throws {
        let (secret, marker) = try Self.secretFile()
        let dtd = try Self.secretDTD(marker: marker)
        defer { try? FileManager.default.removeItem(at: secret); try? FileManager.default.removeItem(at: dtd) }
        let pages = [
            #"<!DOCTYPE html [<!ENTITY e SYSTEM "\#(secret.absoluteString)">]><html><body><p>before &e; after</p></body></html>"#,
            #"<!DOCTYPE html SYSTEM "\#(dtd.absoluteString)"><html><body><p>&leak;</p></body></html>"#,
            #"<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "\#(dtd.absoluteString)"><html><body><p>&leak;</p></body></html>"#,
        ]
        for page in pages {
            for document in [try MarkupDocument.html(Array(page.utf8)), try MarkupDocument.newsPage(Array(page.utf8))] {
                let text = document.root?.textContent ?? ""
                let serialized = document.htmlString()
                #expect(!text.contains(marker), "\(page)")
                #expect(!serialized.contains(marker), "\(page)")
            }
            let diagnostics = MarkupDocument.htmlDiagnostics(Array(page.utf8)).map(\.message).joined(separator: "\n")
            #expect(!diagnostics.contains(marker))
        }
    }

    @Test func relaxNGNeverLoadsIncludes() throws {
        let (secret, marker) = try Self.secretFile()
        defer { try? FileManager.default.removeItem(at: secret) }
        let schema = #"""
            <grammar xmlns="http://relaxng.org/ns/structure/1.0">
              <start><externalRef href="\#(secret.absoluteString)"/></start>
            </grammar>
            """#
        let document = try MarkupDocument.xml(Array("<x/>".utf8))
        do {
            try document.validate(relaxNG: Array(schema.utf8))
            Issue.record("a schema that needs an external file must not compile")
        } catch {
            #expect(!error.description.contains(marker))
        }
    }

    /// A local TCP listener stands in for "the network": no parse may connect to it.
    @Test func parsingNeverTouchesTheNetwork() throws {
        let listener = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        try #require(listener >= 0)
        defer { close(listener) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(listener, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        try #require(bound == 0)
        try #require(listen(listener, 16) == 0)
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(listener, $0, &length) }
        }
        let url = "http://127.0.0.1:\(UInt16(bigEndian: address.sin_port))/x.dtd"
        _ = fcntl(listener, F_SETFL, O_NONBLOCK)

        let xml = [
            #"<!DOCTYPE x [<!ENTITY e SYSTEM "\#(url)">]><x>&e;</x>"#,
            #"<!DOCTYPE x [<!ENTITY % p SYSTEM "\#(url)"> %p;]><x/>"#,
            #"<!DOCTYPE x SYSTEM "\#(url)"><x/>"#,
        ]
        for input in xml { _ = try? MarkupDocument.xml(Array(input.utf8)) }
        let html = #"<!DOCTYPE html SYSTEM "\#(url)"><html><body><p>text</p><img src="\#(url)"></body></html>"#
        _ = try MarkupDocument.html(Array(html.utf8))
        _ = try MarkupDocument.newsPage(Array(html.utf8))
        _ = MarkupDocument.htmlDiagnostics(Array(html.utf8))
        let schema = #"<grammar xmlns="http://relaxng.org/ns/structure/1.0"><start><externalRef href="\#(url)"/></start></grammar>"#
        _ = try? MarkupDocument.xml(Array("<x/>".utf8)).validate(relaxNG: Array(schema.utf8))

        let connection = accept(listener, nil, nil)
        if connection >= 0 { close(connection) }
        #expect(connection < 0, "a parse connected to \(url)")
    }

    @Test func xmlNestingIsLimitedToLibxml2Default() throws {
        func nested(_ depth: Int) -> [UInt8] {
            Array(("<?xml version=\"1.0\"?>\n<r>\n" + String(repeating: "<a>", count: depth - 1) + "deep" + String(repeating: "</a>", count: depth - 1) + "</r>").utf8)
        }
        #expect(MarkupDocument.maximumXMLDepth == 256)
        #expect(try MarkupDocument.xml(nested(250)).root?.textContent == "\ndeep")
        #expect(throws: MarkupError.tooDeep(line: 3, limit: 256)) { try MarkupDocument.xml(nested(300)) }
        #expect(throws: MarkupError.tooDeep(line: 3, limit: 256)) { try MarkupDocument.xml(nested(100_000)) }
        #expect(MarkupError.tooDeep(line: 3, limit: 256).description == "line 3: elements nest more than 256 levels deep")
    }

    @Test func htmlNestingIsLimited() throws {
        func page(_ depth: Int, closed: Bool = true) -> [UInt8] {
            var html = "<html><body>\n<p>before</p>\n" + String(repeating: "<div>", count: depth) + "<p>deep</p>"
            if closed { html += String(repeating: "</div>", count: depth) }
            return Array((html + "<p>after</p></body></html>").utf8)
        }
        #expect(MarkupDocument.maximumHTMLDepth == 10_000)
        // html, body, 9,990 divs and a p: 9,993 levels, inside the limit, and nothing after them is lost.
        let deepButFine = try MarkupDocument.html(page(9_990))
        #expect(deepButFine.root?.textContent.hasSuffix("deepafter") == true)
        #expect(throws: MarkupError.tooDeep(line: 3, limit: 10_000)) { try MarkupDocument.html(page(100_000)) }
        #expect(throws: MarkupError.tooDeep(line: 3, limit: 10_000)) { try MarkupDocument.newsPage(page(100_000, closed: false)) }
    }

    static let laughs = """
        <?xml version="1.0"?>
        <!DOCTYPE r [
         <!ENTITY a "lol">
         <!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">
         <!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">
         <!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">
         <!ENTITY e "&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;">
         <!ENTITY f "&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;">
         <!ENTITY g "&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;">
         <!ENTITY h "&g;&g;&g;&g;&g;&g;&g;&g;&g;&g;">
         <!ENTITY i "&h;&h;&h;&h;&h;&h;&h;&h;&h;&h;">
         <!ENTITY j "&i;&i;&i;&i;&i;&i;&i;&i;&i;&i;">
        ]>
        <r>
        <title>Laughs</title>
        <text>&j;</text>
        </r>
        """

    @Test func billionLaughsIsRefusedQuickly() {
        #expect(throws: MarkupError.entityExpansion(line: 16)) { try MarkupDocument.xml(Array(Self.laughs.utf8)) }
        // An entity that refers to itself.
        let loop = "<!DOCTYPE r [<!ENTITY a \"x&b;\"><!ENTITY b \"y&a;\">]>\n<r>&a;</r>"
        #expect(throws: MarkupError.self) { try MarkupDocument.xml(Array(loop.utf8)) }
        // In HTML, the internal subset is not read at all: the references stay as text.
        let page = try? MarkupDocument.html(Array(Self.laughs.replacingOccurrences(of: "<r>", with: "<html><body><p>").utf8))
        #expect((page?.root?.textContent.utf8.count ?? 0) < 2_000)
    }

    @Test func unterminatedCommentsAndCDATA() throws {
        #expect(throws: MarkupError.malformed(line: 2, column: 1, message: "Comment not terminated")) {
            try MarkupDocument.xml(Array("<r>text <!-- never closed </r>\n".utf8))
        }
        do {
            _ = try MarkupDocument.xml(Array("<r>text <![CDATA[ never closed </r>\n".utf8))
            Issue.record("an unterminated CDATA section must not parse")
        } catch {
            guard case .malformed(let line, _, let message) = error else { Issue.record("\(error)"); return }
            #expect(line == 2)
            #expect(message.hasPrefix("CData section not finished"))
        }
        // HTML: like a browser, the comment swallows the rest of the page; the loss is reported.
        let page = try MarkupDocument.html(Array("<html><body><p>kept</p>\n<!-- never closed <p>lost</p></body></html>".utf8))
        #expect(page.root?.textContent == "kept\n")
        #expect(page.droppedContent.map(\.line) == [2])
        #expect(try MarkupDocument.html(Array("<p>a</p><!-- closed --><p>b</p>".utf8)).droppedContent.isEmpty)
        // CDATA is not HTML: libxml2 keeps an unterminated "<![CDATA[" as text, and nothing is lost.
        let cdata = try MarkupDocument.html(Array("<html><body><p>kept</p><![CDATA[ open <p>after</p></body></html>".utf8))
        #expect(cdata.root?.textContent == "kept<![CDATA[ open after")
        #expect(cdata.droppedContent.isEmpty)
    }
}

/// `htmlDiagnostics` really reports what libxml2 finds (the HTML checks in other tests rely on it).
@Suite("HTML diagnostics")
struct HTMLDiagnosticsTests {
    @Test func reportsErrorsWithoutPrintingThem() {
        let diagnostics = MarkupDocument.htmlDiagnostics(Array("<html><body>\n<p><b>x</p>\n</body></html>".utf8))
        #expect(diagnostics == [MarkupDiagnostic(line: 2, message: "Opening and ending tag mismatch: p and b")])
        #expect(MarkupDocument.htmlDiagnostics(Array("<!DOCTYPE html><html><head><title>t</title></head><body><p>x</p></body></html>".utf8)).isEmpty)
    }
}
