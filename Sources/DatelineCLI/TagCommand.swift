import ArgumentParser
import Dateline
import Foundation

/// `dateline tag`: list the temporal expressions of articles with their TIMEX3 values.
struct TagCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tag",
        abstract: "List the temporal expressions in articles, one per line, tab-separated."
    )

    @Argument(help: "Article files, folders, or - for standard input.")
    var articles: [String]

    @Option(help: ArgumentHelp("Publication date (YYYY-MM-DD); overrides the file's date.", valueName: "date"))
    var published: String?

    func run() throws {
        do {
            var date: CalendarDate?
            if let published {
                guard let parsed = CalendarDate(iso: published), published.utf8.count == 10 else {
                    throw UsageError("--published \(published): not a date; write it as YYYY-MM-DD, e.g. 2025-06-26")
                }
                date = parsed
            }
            let loaded = try ArticleLoader().load(paths: articles, published: date, requireDate: false)
            let tagger = TemporalTagger()
            var lines = ["article\ttext\ttype\tvalue\tmod\tstart\tend"]
            for article in loaded {
                for timex in tagger.tag(article.text, publicationDate: article.published?.date) {
                    lines.append([article.id, timex.text, timex.type.rawValue, timex.value.description, timex.mod?.rawValue ?? "",
                                  timex.interval?.start.description ?? "", timex.interval?.end.description ?? ""].joined(separator: "\t"))
                }
            }
            FileHandle.standardOutput.write(Data((lines.joined(separator: "\n") + "\n").utf8))
        } catch let error as CustomStringConvertible & Error {
            FileHandle.standardError.write(Data("dateline: \(error.description)\n".utf8))
            throw ExitCode(1)
        }
    }
}
