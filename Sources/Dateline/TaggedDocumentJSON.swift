/// The JSON of `dateline tag --format json`: one object per tagged document, with its id, path,
/// publication date and where that date came from, and its expressions (see `TimexJSON`).
///
/// `{"documents":[{"expressions":[…],"id":"ferry-line","path":"Samples/ferry-line.txt","published":"2025-06-26","publishedSource":"header"}]}`
public enum TaggedDocumentJSON {
    /// One document's object.
    public static func object(id: String, path: String, published: CalendarDate?, publishedSource: String?, timexes: [Timex]) -> String {
        var object = JSONObjectWriter()
        object.add("expressions", json: TimexJSON.array(timexes))
        object.add("id", id)
        object.add("path", path)
        object.add("published", published?.description)
        object.add("publishedSource", publishedSource)
        return object.finished
    }

    /// The whole output: `{"documents":[…]}` and a newline.
    public static func documents(_ objects: [String]) -> String {
        var output = JSONObjectWriter()
        output.add("documents", json: "[" + objects.joined(separator: ",") + "]")
        return output.finished + "\n"
    }
}
