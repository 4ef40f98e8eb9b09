import CLibXML2

extension MarkupDocument {
    /// Validates the document against a RELAX NG schema (XML syntax) given as bytes.
    /// Throws `.invalidSchema` when the schema does not parse, and `.invalid` with the first
    /// validation error when the document does not match. Errors never reach stderr.
    public func validate(relaxNG schema: [UInt8]) throws(MarkupError) {
        // The schema is read with the same strict, XXE-safe parser as any XML input.
        let schemaDocument: MarkupDocument
        do {
            schemaDocument = try MarkupDocument.xml(schema)
        } catch {
            throw .invalidSchema(error.description)
        }
        guard let parserContext = xmlRelaxNGNewDocParserCtxt(schemaDocument.pointer) else {
            fatalError("libxml2 is out of memory")
        }
        defer { xmlRelaxNGFreeParserCtxt(parserContext) }
        let schemaErrors = MarkupErrorRecorder()
        let parsed = withExtendedLifetime(schemaErrors) { () -> xmlRelaxNGPtr? in
            xmlRelaxNGSetParserStructuredErrors(parserContext, MarkupErrorRecorder.callback, schemaErrors.opaque)
            return xmlRelaxNGParse(parserContext)
        }
        guard let relaxNG = parsed else {
            throw .invalidSchema(schemaErrors.message ?? "the schema could not be compiled")
        }
        defer { xmlRelaxNGFree(relaxNG) }
        guard let validContext = xmlRelaxNGNewValidCtxt(relaxNG) else { fatalError("libxml2 is out of memory") }
        defer { xmlRelaxNGFreeValidCtxt(validContext) }
        let errors = MarkupErrorRecorder()
        let result = withExtendedLifetime(errors) { () -> Int32 in
            xmlRelaxNGSetValidStructuredErrors(validContext, MarkupErrorRecorder.callback, errors.opaque)
            return xmlRelaxNGValidateDoc(validContext, pointer)
        }
        if result == 0 { return }
        throw .invalid(
            line: errors.line,
            message: errors.message ?? "the document does not match the schema"
        )
    }
}
