import Testing
import DatelineXML

@Suite("RELAX NG validation")
struct RelaxNGTests {
    static let schema = Array("""
    <element name="timeline" xmlns="http://relaxng.org/ns/structure/1.0">
      <oneOrMore>
        <element name="event">
          <attribute name="id"/>
          <text/>
        </element>
      </oneOrMore>
    </element>
    """.utf8)

    @Test func validDocumentPasses() throws {
        let document = try MarkupDocument.xml(Array(#"<timeline><event id="1">a</event></timeline>"#.utf8))
        try document.validate(relaxNG: Self.schema)
    }

    @Test func invalidDocumentFails() throws {
        let document = try MarkupDocument.xml(Array("<timeline>\n<event>a</event>\n</timeline>".utf8))
        do {
            try document.validate(relaxNG: Self.schema)
            Issue.record("validation should have failed")
        } catch {
            guard case let .invalid(line, message) = error else {
                Issue.record("expected .invalid, got \(error)")
                return
            }
            #expect(line == 2)
            #expect(message.contains("id"))
        }
    }

    @Test func brokenSchemaThrowsInvalidSchema() throws {
        let document = try MarkupDocument.xml(Array("<timeline/>".utf8))
        #expect {
            try document.validate(relaxNG: Array(#"<element xmlns="http://relaxng.org/ns/structure/1.0"/>"#.utf8))
        } throws: { error in
            guard let error = error as? MarkupError, case .invalidSchema = error else { return false }
            return true
        }
        #expect {
            try document.validate(relaxNG: Array("<not closed".utf8))
        } throws: { error in
            guard let error = error as? MarkupError, case .invalidSchema = error else { return false }
            return true
        }
    }
}
