extension MarkupDocument {
    /// Parses a web page from the wild: the same as `html(_:encoding:url:)`, which since lifting
    /// libxml2's limit of 256 nested elements (see `maximumHTMLDepth`) reads any page. Walk the
    /// result without recursion. Throws `MarkupError.emptyInput` and `MarkupError.tooDeep`.
    public static func newsPage(_ bytes: [UInt8], encoding: String? = "UTF-8") throws(MarkupError) -> MarkupDocument {
        try html(bytes, encoding: encoding)
    }
}
