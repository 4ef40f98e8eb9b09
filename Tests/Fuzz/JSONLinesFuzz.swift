// libFuzzer target for JSON Lines batches. The input is written to a scratch file and read three
// ways: `JSONLinesLineReader` (64 KB chunks; the first byte sets a small line limit so over-long
// lines are exercised), every line through `JSONLinesRecordReader`, and the whole file through
// `ArticleLoader.loadAll`. Properties: the line reader gives exactly the lines a plain split gives
// (numbered from 1, over-long ones flagged and emptied); each record gives an article (checked like
// every article) or an `invalidRecord` error for its own line, never a crash; `loadAll` never throws
// for a file that passes the binary checks, and keeps one article or one skipped error per non-blank
// line, in order. Built and run by .ci/fuzz.
import DatelineArticles
import DatelineNormalizer
import Foundation

private let scratch = "\(NSTemporaryDirectory())/dateline-fuzz-jsonl-\(getpid()).jsonl"

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    var input = FuzzInput(data, size)
    let limitByte = input.byte()
    let limit = limitByte == 0 ? JSONLinesLineReader.defaultMaximumLineLength : Int(limitByte) * 8
    let bytes = input.rest()
    guard FileManager.default.createFile(atPath: scratch, contents: Data(bytes)) else { fatalError("cannot write \(scratch)") }
    defer { unlink(scratch) }

    // The line reader against a plain split.
    let expected = plainLines(bytes)
    let reader: JSONLinesLineReader
    do throws(ArticleError) { reader = try JSONLinesLineReader(path: scratch, maximumLineLength: limit) } catch {
        fatalError("cannot open \(scratch): \(error)")
    }
    var lines: [JSONLinesLine] = []
    while let line = reader.next() { lines.append(line) }
    fuzzCheck(lines.count == expected.count, "line reader gave \(lines.count) lines, a split gives \(expected.count)")
    for (line, (number, want, terminated, raw)) in zip(lines, expected) {
        fuzzCheck(line.number == number, "line \(number) numbered \(line.number)")
        fuzzCheck(line.terminated == terminated, "line \(number): terminated \(line.terminated), expected \(terminated)")
        if line.tooLong {
            // The limit counts the raw line (a BOM and a carriage return included).
            fuzzCheck(line.bytes.isEmpty && raw > limit, "line \(number): flagged too long at \(raw) bytes, limit \(limit)")
        } else {
            fuzzCheck(line.bytes == want, "line \(number): bytes differ from a plain split")
        }
    }
    fuzzCheck(reader.bytesRead == bytes.count, "line reader read \(reader.bytesRead) of \(bytes.count) bytes")

    // Every line on its own: an article or an error about that line.
    var outcomes: [Result<Article, ArticleError>] = []
    for line in lines where !line.isBlank {
        let first: Result<Article, ArticleError>
        do throws(ArticleError) { first = .success(try JSONLinesRecordReader().read(line, path: "batch.jsonl")) } catch { first = .failure(error) }
        let second: Result<Article, ArticleError>
        do throws(ArticleError) { second = .success(try JSONLinesRecordReader().read(line, path: "batch.jsonl")) } catch { second = .failure(error) }
        fuzzCheck(first == second, "line \(line.number): reading twice differs")
        switch first {
        case .success(let article): checkArticle(article, label: "record on line \(line.number)")
        case .failure(let error):
            guard case .invalidRecord(let path, let number, _) = error else { fuzzCheck(false, "line \(line.number): not an invalidRecord error: \(error)"); break }
            fuzzCheck(path == "batch.jsonl" && number == line.number, "line \(line.number): error names \(path):\(number)")
            fuzzCheck(isOneLine(error.description), "line \(line.number): error is not one line: \(error.description)")
        }
        if !line.tooLong { outcomes.append(first) }
    }

    // The whole batch: never aborted by a bad record.
    let batch = "\(scratch).d/batch.jsonl"
    try? FileManager.default.createDirectory(atPath: "\(scratch).d", withIntermediateDirectories: true)
    guard FileManager.default.createFile(atPath: batch, contents: Data(bytes)) else { fatalError("cannot write \(batch)") }
    defer { unlink(batch) }
    let nonBlank = expected.filter { line in !line.bytes.allSatisfy { $0 == 0x20 || $0 == 0x09 || $0 == 0x0D } }.count
    let load: ArticleLoad
    do throws(ArticleError) {
        load = try ArticleLoader().loadAll(paths: [batch], requireDate: false)
    } catch {
        // Only file-level refusals: nothing in the batch was usable to begin with.
        switch error {
        case .emptyFile, .binaryFile, .onlyByteOrderMark: return 0
        case .emptyBatch: fuzzCheck(nonBlank == 0, "a batch with \(nonBlank) non-blank lines was called empty"); return 0
        default: fuzzCheck(false, "loadAll aborted the batch: \(error)"); return 0
        }
    }
    fuzzCheck(load.articles.count + load.skipped.count == nonBlank,
              "loadAll kept \(load.articles.count) articles and \(load.skipped.count) errors for \(nonBlank) non-blank lines")
    var lastLine = 0
    for error in load.skipped {
        guard case .invalidRecord(_, let number, _) = error else { fuzzCheck(false, "skipped a non-record error: \(error)"); continue }
        fuzzCheck(number > lastLine, "skipped errors out of order at line \(number)")
        lastLine = number
    }
    for article in load.articles { checkArticle(article, label: "loadAll") }
    return 0
}

/// The lines of `bytes` by a plain split at line feeds: a BOM dropped from the first, a carriage
/// return before a line feed dropped, whether each ended with a line break, and its raw length.
private func plainLines(_ bytes: [UInt8]) -> [(number: Int, bytes: [UInt8], terminated: Bool, raw: Int)] {
    var result: [(Int, [UInt8], Bool, Int)] = []
    var pieces = bytes.split(separator: 0x0A, omittingEmptySubsequences: false).map(Array.init)
    let endsWithBreak = pieces.last?.isEmpty ?? true
    if endsWithBreak { pieces.removeLast() }
    for (index, piece) in pieces.enumerated() {
        let terminated = index < pieces.count - 1 || endsWithBreak
        var line = piece
        if terminated, line.last == 0x0D { line.removeLast() }
        if index == 0, line.starts(with: [0xEF, 0xBB, 0xBF]) { line.removeFirst(3) }
        result.append((index + 1, line, terminated, piece.count))
    }
    return result
}
