import DatelineNormalizer
import DatelineXML
import Foundation

/// One TIMEX3 annotated inside a TimeML document's `<TEXT>`.
public struct TimeMLTimex: Sendable, Hashable {
    /// UTF-8 byte offsets into `TimeMLDocument.text`.
    public var range: Range<Int>
    /// The annotated text, exactly as it stands in `<TEXT>`.
    public var text: String
    /// The `tid` attribute, if any.
    public var tid: String?
    /// The `type` attribute (`DATE`, `TIME`, `DURATION`, `SET`); "" when absent.
    public var type: String
    /// The `value` attribute; "" when absent.
    public var value: String
    /// The `mod` attribute, if any.
    public var mod: String?

    public init(range: Range<Int>, text: String, tid: String? = nil, type: String, value: String, mod: String? = nil) {
        self.range = range
        self.text = text
        self.tid = tid
        self.type = type
        self.value = value
        self.mod = mod
    }
}

/// A TIMEX3 to write into a TimeML document: where it goes in `<TEXT>` and what it says.
public struct TimeMLAnnotation: Sendable, Hashable {
    /// UTF-8 byte offsets into the plain text of `<TEXT>`.
    public var range: Range<Int>
    public var type: String
    public var value: String
    public var mod: String?

    public init(range: Range<Int>, type: String, value: String, mod: String? = nil) {
        self.range = range
        self.type = type
        self.value = value
        self.mod = mod
    }

    /// The annotation for a tagger result (its range must be offsets into the same text).
    public init(_ timex: Timex) {
        self.init(range: timex.range, type: timex.type.rawValue, value: timex.value.description, mod: timex.mod?.rawValue)
    }
}

/// A TempEval-3 TimeML document (`.tml`, `.TE3input`): its creation time, the plain text of
/// `<TEXT>`, and the TIMEX3 annotated inside `<TEXT>`.
///
/// - `text` is the concatenation of every text and CDATA node under `<TEXT>`, in document order,
///   exactly (entities such as `&amp;` decoded; line ends as the XML parser normalizes them).
///   Comments and processing instructions do not count.
/// - The creation time is the first `<TIMEX3 functionInDocument="CREATION_TIME">` outside `<TEXT>`
///   (TempEval-3 puts it in `<DCT>`), else the first TIMEX3 in `<DCT>`. Its `value` may be a date
///   (`1998-08-07`, `19980807`) or a date-time (`1998-08-07T09:30:00`); the date part is kept.
///   A document without one has a nil `creationTime`; one with an unreadable value is an error.
/// - TIMEX3 elements outside `<TEXT>` (the DCT) are not in `timexes`.
public struct TimeMLDocument: Sendable, Hashable {
    /// The path the document was read from (or a name given by the caller).
    public var path: String
    /// The plain text of `<TEXT>`.
    public var text: String
    /// The date part of the creation time, if the document has one.
    public var creationTime: CalendarDate?
    /// The creation time's `value` attribute as written (`1998-08-07T09:30:00`), if any.
    public var creationTimeValue: String?
    /// The creation time's `tid` (usually `t0`), if any.
    public var creationTimeID: String?
    /// The TIMEX3 inside `<TEXT>`, ordered by where they start (outer before inner).
    public var timexes: [TimeMLTimex]

    /// A document from its parts, for example a system's output built in memory.
    public init(path: String, text: String, creationTime: CalendarDate? = nil, creationTimeValue: String? = nil,
                creationTimeID: String? = nil, timexes: [TimeMLTimex]) {
        self.path = path
        self.text = text
        self.creationTime = creationTime
        self.creationTimeValue = creationTimeValue
        self.creationTimeID = creationTimeID
        self.timexes = timexes
    }

    /// Reads a document from its bytes; `path` names it in errors.
    public init(bytes: [UInt8], path: String) throws(TimeMLError) {
        let document = try Self.parse(bytes, path: path)
        try self.init(document: document, path: path)
    }

    /// Reads the document at `path`.
    public static func read(contentsOf path: String) throws(TimeMLError) -> TimeMLDocument {
        try TimeMLDocument(bytes: try readFile(path), path: path)
    }

    /// The file name: the last component of `path`.
    public var fileName: String {
        var name = Substring(path)
        while name.hasSuffix("/") { name = name.dropLast() }
        if let slash = name.lastIndex(of: "/") { name = name[name.index(after: slash)...] }
        return String(name)
    }

    // MARK: Recognizing TimeML

    /// File extensions (lower-cased) taken as TimeML: `tml` and `te3input`.
    public static let fileExtensions: Set<String> = ["tml", "te3input"]

    /// Whether a file is TimeML: by extension (`.tml`, `.TE3input`), or by content that starts
    /// (after a BOM and whitespace) with `<?xml` or `<TimeML`.
    public static func isTimeML(path: String, bytes: [UInt8]) -> Bool {
        if hasTimeMLExtension(path) { return true }
        var i = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        while i < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[i]) { i += 1 }
        let rest = bytes[i...]
        return rest.starts(with: Array("<?xml".utf8)) || rest.starts(with: Array("<TimeML".utf8))
    }

    /// Whether the path ends in `.tml` or `.TE3input` (any case).
    public static func hasTimeMLExtension(_ path: String) -> Bool {
        guard let dot = path.lastIndex(of: "."), !path[dot...].contains("/") else { return false }
        return fileExtensions.contains(path[path.index(after: dot)...].lowercased())
    }

    /// The date part of a TIMEX3 creation-time value: `1998-08-07`, `19980807`, either followed by
    /// `T` and a time (`1998-08-07T09:30:00`, `19980807T0930`). Nil for anything else.
    public static func creationDate(from value: String) -> CalendarDate? {
        let trimmed = value.trimmingCharacters(in: .whitespaces)
        let datePart = trimmed.split(separator: "T", maxSplits: 1, omittingEmptySubsequences: false).first.map(String.init) ?? ""
        let digits = datePart.utf8.filter { $0 != UInt8(ascii: "-") }
        guard digits.count == 8, digits.allSatisfy({ $0 >= 48 && $0 <= 57 }) else { return nil }
        if datePart.utf8.count == 10 {
            let bytes = Array(datePart.utf8)
            guard bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-") else { return nil }
        } else if datePart.utf8.count != 8 {
            return nil
        }
        func number(_ range: Range<Int>) -> Int { range.reduce(0) { $0 * 10 + Int(digits[$1] - 48) } }
        return CalendarDate(year: number(0..<4), month: number(4..<6), day: number(6..<8))
    }

    // MARK: Writing

    /// The document `bytes`, with the annotations of `<TEXT>` replaced by `annotations`:
    /// - TIMEX3, EVENT and SIGNAL elements inside `<TEXT>` are unwrapped (their text stays);
    /// - each annotation becomes `<TIMEX3 tid="tN" type=… value=… [mod=…]>` around its text, with
    ///   tids numbered from `t1`, skipping the tids of TIMEX3 outside `<TEXT>` (the DCT's `t0`);
    /// - TLINK, MAKEINSTANCE, SLINK and ALINK elements are removed (with the blank line before each);
    /// - everything else, the `<DCT>` included, is kept as it was.
    ///
    /// The output is checked by reading it back: its `<TEXT>` has exactly the original text, and its
    /// TIMEX3 sit exactly at the annotations' ranges. Annotations must be non-empty, inside the text,
    /// on character boundaries, must not overlap, and must not cross other markup inside `<TEXT>`.
    public static func annotated(_ bytes: [UInt8], path: String, with annotations: [TimeMLAnnotation]) throws(TimeMLError) -> String {
        let document = try parse(bytes, path: path)
        let original = try TimeMLDocument(document: document, path: path)
        guard let root = document.root, let textElement = findText(root) else { throw .missingText(path: path) }
        let sorted = try validated(annotations, in: original.text, path: path)

        removeLinks(under: root, textElement: textElement)
        for element in descendants(of: textElement) where unwrappedNames.contains(element.name) {
            unwrap(element)
        }
        let usedIDs = Set(descendants(of: root).filter { $0.name == "TIMEX3" }.compactMap { $0.attribute("tid") })
        var nextID = 1
        func freshID() -> String {
            while usedIDs.contains("t\(nextID)") { nextID += 1 }
            defer { nextID += 1 }
            return "t\(nextID)"
        }
        try insert(sorted, into: textElement, document: document, path: path, freshID: freshID)

        let output = document.xmlString(formatted: false)
        guard let reread = try? TimeMLDocument(bytes: Array(output.utf8), path: path), reread.text == original.text,
              reread.timexes.map(\.range) == sorted.map(\.range)
        else { throw .roundTripFailed(path: path) }
        return output
    }

    /// A minimal TempEval-3 input document for plain text: `<TimeML>` with `<DOCID>`, a `<DCT>`
    /// holding the creation time (when given) as TIMEX3 `t0`, and `<TEXT>`. Built with the XML tree
    /// API, so any text is escaped correctly.
    public static func skeleton(text: String, creationTime: CalendarDate?, documentID: String? = nil) -> [UInt8] {
        let document = MarkupDocument.newXML()
        let root = document.makeElement("TimeML")
        document.setRoot(root)
        root.appendText("\n")
        if let documentID {
            root.appendElement("DOCID", text: documentID)
            root.appendText("\n")
        }
        if let creationTime {
            let dct = root.appendElement("DCT")
            dct.appendElement("TIMEX3", attributes: [
                "tid": "t0", "type": "DATE", "value": creationTime.description,
                "temporalFunction": "false", "functionInDocument": "CREATION_TIME",
            ], text: creationTime.description)
            root.appendText("\n")
        }
        let textElement = root.appendElement("TEXT")
        textElement.appendText(text)
        root.appendText("\n")
        return Array(document.xmlString(formatted: false).utf8)
    }

    // MARK: Reading, internals

    /// Element names unwrapped inside `<TEXT>` by the writer.
    static let unwrappedNames: Set<String> = ["TIMEX3", "EVENT", "SIGNAL"]
    /// Element names removed anywhere by the writer.
    static let linkNames: Set<String> = ["TLINK", "MAKEINSTANCE", "SLINK", "ALINK"]

    private init(document: MarkupDocument, path: String) throws(TimeMLError) {
        guard let root = document.root, let textElement = Self.findText(root) else { throw .missingText(path: path) }
        var creation: MarkupNode?
        var firstInDCT: MarkupNode?
        for element in Self.descendants(of: root, skipping: textElement) where element.name == "TIMEX3" {
            if creation == nil, element.attribute("functionInDocument") == "CREATION_TIME" { creation = element }
            if firstInDCT == nil, element.parent?.name == "DCT" { firstInDCT = element }
        }
        var date: CalendarDate?
        let dct = creation ?? firstInDCT
        if let dct {
            let value = dct.attribute("value") ?? ""
            guard let parsed = Self.creationDate(from: value) else { throw .invalidCreationTime(path: path, value: value) }
            date = parsed
        }
        var text = ""
        var length = 0
        var timexes: [TimeMLTimex] = []
        Self.collect(textElement, text: &text, length: &length, timexes: &timexes)
        self.init(path: path, text: text, creationTime: date, creationTimeValue: dct?.attribute("value"),
                  creationTimeID: dct?.attribute("tid"), timexes: timexes)
    }

    /// Appends the text under `node` and records its TIMEX3 (in start-tag order).
    private static func collect(_ node: MarkupNode, text: inout String, length: inout Int, timexes: inout [TimeMLTimex]) {
        for child in node.children {
            switch child.kind {
            case .text:
                let content = child.textContent
                text += content
                length += content.utf8.count
            case .element:
                let start = length
                let index = timexes.count
                let isTimex = child.name == "TIMEX3"
                if isTimex {
                    timexes.append(TimeMLTimex(range: start..<start, text: "", tid: child.attribute("tid"),
                                               type: child.attribute("type") ?? "", value: child.attribute("value") ?? "",
                                               mod: child.attribute("mod")))
                }
                collect(child, text: &text, length: &length, timexes: &timexes)
                if isTimex {
                    timexes[index].range = start..<length
                    let utf8 = text.utf8
                    let lower = utf8.index(utf8.startIndex, offsetBy: start)
                    let upper = utf8.index(utf8.startIndex, offsetBy: length)
                    timexes[index].text = String(text[lower..<upper])
                }
            case .comment, .other:
                break
            }
        }
    }

    static func parse(_ bytes: [UInt8], path: String) throws(TimeMLError) -> MarkupDocument {
        do {
            return try MarkupDocument.xml(bytes)
        } catch {
            switch error {
            case .malformed(let line, let column, let message):
                throw .notWellFormed(path: path, line: line, column: column, message: message)
            case .emptyInput:
                throw .empty(path: path)
            case .tooDeep(let line, let limit):
                throw .tooDeep(path: path, line: line, limit: limit)
            case .entityExpansion(let line):
                throw .entityExpansion(path: path, line: line)
            default:
                throw .notWellFormed(path: path, line: 0, column: 0, message: error.description)
            }
        }
    }

    static func readFile(_ path: String) throws(TimeMLError) -> [UInt8] {
        do {
            return try ArticleLoader.readFile(path)
        } catch {
            switch error {
            case .fileNotFound: throw .fileNotFound(path: path)
            case .tooLarge(_, let bytes, let limit): throw .tooLarge(path: path, bytes: bytes, limit: limit)
            case .unreadable(_, let reason): throw .unreadable(path: path, reason: reason)
            default: throw .unreadable(path: path, reason: error.description)
            }
        }
    }

    /// The first element named `TEXT` (self or descendant), in document order.
    static func findText(_ root: MarkupNode) -> MarkupNode? {
        if root.name == "TEXT" { return root }
        return descendants(of: root).first { $0.name == "TEXT" }
    }

    /// Descendant elements of `node` in document order (not `node` itself), leaving out the
    /// subtree of `skipping` (but not `skipping` itself).
    static func descendants(of node: MarkupNode, skipping: MarkupNode? = nil) -> [MarkupNode] {
        var result: [MarkupNode] = []
        var stack = Array(node.elementChildren.reversed())
        while let element = stack.popLast() {
            result.append(element)
            if element != skipping { stack.append(contentsOf: element.elementChildren.reversed()) }
        }
        return result
    }

    // MARK: Writing, internals

    private static func validated(_ annotations: [TimeMLAnnotation], in text: String, path: String) throws(TimeMLError) -> [TimeMLAnnotation] {
        let bytes = Array(text.utf8)
        func isBoundary(_ offset: Int) -> Bool { offset == bytes.count || bytes[offset] & 0xC0 != 0x80 }
        let sorted = annotations.sorted { ($0.range.lowerBound, $0.range.upperBound) < ($1.range.lowerBound, $1.range.upperBound) }
        var previousEnd = 0
        for annotation in sorted {
            let range = annotation.range
            if range.isEmpty { throw .invalidAnnotation(path: path, range: range, reason: "is empty") }
            if range.lowerBound < 0 || range.upperBound > bytes.count {
                throw .invalidAnnotation(path: path, range: range, reason: "lies outside the text (\(bytes.count) bytes)")
            }
            if !isBoundary(range.lowerBound) || !isBoundary(range.upperBound) {
                throw .invalidAnnotation(path: path, range: range, reason: "cuts through a character")
            }
            if range.lowerBound < previousEnd {
                throw .invalidAnnotation(path: path, range: range, reason: "overlaps the one before it")
            }
            previousEnd = range.upperBound
        }
        return sorted
    }

    /// Removes link elements anywhere under `root`, each with a whitespace-only text node just before it.
    private static func removeLinks(under root: MarkupNode, textElement: MarkupNode) {
        var stack = [root]
        while let parent = stack.popLast() {
            let children = parent.children
            var removed = Set<Int>()
            for (index, child) in children.enumerated() where child.kind == .element {
                if linkNames.contains(child.name) {
                    if parent != textElement, index > 0, !removed.contains(index - 1), children[index - 1].kind == .text,
                       children[index - 1].textContent.allSatisfy(\.isWhitespace) {
                        children[index - 1].remove()
                        removed.insert(index - 1)
                    }
                    child.remove()
                    removed.insert(index)
                } else {
                    stack.append(child)
                }
            }
        }
    }

    /// Replaces `element` by its children.
    private static func unwrap(_ element: MarkupNode) {
        guard let parent = element.parent else { return }
        for child in element.children {
            parent.insert(child, before: element)
        }
        element.remove()
    }

    /// A run of adjacent sibling text nodes and where its text starts in `<TEXT>`.
    private struct TextRun {
        var nodes: [MarkupNode]
        var start: Int
        var bytes: [UInt8]
        var end: Int { start + bytes.count }
    }

    /// The runs of adjacent text nodes under `node`, in document order.
    private static func textRuns(under node: MarkupNode) -> [TextRun] {
        var runs: [TextRun] = []
        var offset = 0
        func walk(_ parent: MarkupNode) {
            var current: TextRun?
            for child in parent.children {
                if child.kind == .text {
                    let bytes = Array(child.textContent.utf8)
                    if current == nil { current = TextRun(nodes: [], start: offset, bytes: []) }
                    current!.nodes.append(child)
                    current!.bytes += bytes
                    offset += bytes.count
                    continue
                }
                if let run = current { runs.append(run); current = nil }
                if child.kind == .element { walk(child) }
            }
            if let run = current { runs.append(run) }
        }
        walk(node)
        return runs
    }

    /// Wraps each annotation's text in a new TIMEX3, splitting text nodes as needed.
    private static func insert(_ annotations: [TimeMLAnnotation], into textElement: MarkupNode, document: MarkupDocument,
                               path: String, freshID: () -> String) throws(TimeMLError) {
        var pending = annotations[...]
        for run in textRuns(under: textElement) {
            var inRun: [TimeMLAnnotation] = []
            while let next = pending.first, next.range.lowerBound < run.end {
                guard next.range.lowerBound >= run.start, next.range.upperBound <= run.end else {
                    throw .invalidAnnotation(path: path, range: next.range, reason: "crosses other markup inside <TEXT>")
                }
                inRun.append(next)
                pending = pending.dropFirst()
            }
            guard !inRun.isEmpty, let first = run.nodes.first, let parent = first.parent else { continue }
            func piece(_ range: Range<Int>) -> String {
                String(decoding: run.bytes[(range.lowerBound - run.start)..<(range.upperBound - run.start)], as: UTF8.self)
            }
            var cursor = run.start
            var pieces: [MarkupNode] = []
            for annotation in inRun {
                if annotation.range.lowerBound > cursor {
                    pieces.append(document.makeText(piece(cursor..<annotation.range.lowerBound)))
                }
                let timex = document.makeElement("TIMEX3")
                timex.setAttribute("tid", freshID())
                timex.setAttribute("type", annotation.type)
                timex.setAttribute("value", annotation.value)
                if let mod = annotation.mod, !mod.isEmpty { timex.setAttribute("mod", mod) }
                timex.appendText(piece(annotation.range))
                pieces.append(timex)
                cursor = annotation.range.upperBound
            }
            if cursor < run.end { pieces.append(document.makeText(piece(cursor..<run.end))) }
            for node in pieces { parent.insert(node, before: first) }
            for node in run.nodes { node.remove() }
        }
        if let left = pending.first {
            throw .invalidAnnotation(path: path, range: left.range, reason: "lies outside the text")
        }
    }
}
