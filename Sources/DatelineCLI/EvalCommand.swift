import ArgumentParser
import Dateline
import Foundation

/// `dateline eval`: TempEval-3 Task A timex scores of a system's TimeML output, or of Dateline itself.
struct EvalCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval",
        abstract: "Score TIMEX3 annotations against gold TimeML (TempEval-3 Task A).",
        discussion: """
            GOLD_DIR holds gold TimeML files (.tml), or subfolders of them (TBAQ-cleaned has TimeBank/ \
            and AQUAINT/); each folder is scored as a set, and the sets together as the total. With \
            SYSTEM_DIR, its files (same names, same subfolders) are scored; without it, Dateline tags the \
            text of each gold file, resolving against the file's creation time, and is scored. Scores \
            follow the official TE3-evaluation.py: relaxed = the spans share a token, strict = the same \
            tokens, value F1 = relaxed F1 x value accuracy. Gold TIMEX3 inside TEXT with the creation \
            time's tid or t0 (the header time every WikiWars file repeats) are not scored.
            """
    )

    @Argument(help: ArgumentHelp("Folder of gold TimeML files, or of subfolders of them.", valueName: "gold-dir"))
    var gold: String

    @Argument(help: ArgumentHelp("Folder of system TimeML files with the gold files' names; omit to score Dateline.", valueName: "system-dir"))
    var system: String?

    @Flag(help: "Print the scores as JSON (sorted keys; fractions in 0...1).")
    var json = false

    @Flag(help: "Also list missed, spurious, wrong-extent, wrong-value and wrong-type expressions.")
    var errors = false

    @Option(help: "How Dateline resolves relative expressions when it tags: news or narrative (ignored with a system folder).")
    var policy: ResolutionPolicy = .news

    func run() throws {
        do {
            FileHandle.standardOutput.write(Data(try evaluate().utf8))
        } catch let error as CustomStringConvertible & Error {
            FileHandle.standardError.write(Data("dateline: \(error.description)\n".utf8))
            throw ExitCode(1)
        }
    }

    /// Everything to print, built before anything is written.
    private func evaluate() throws -> String {
        let corpus = try TimeMLCorpus(folder: gold)
        let scorer = TimexScorer()
        let tagger = TemporalTagger(policy: policy)
        var sets: [(name: String, scores: TimexScores)] = []
        for collection in corpus.collections {
            let answers: [TimeMLDocument]
            if let system {
                let folder = collection.path == gold ? system : (system.hasSuffix("/") ? system : system + "/") + collection.name
                answers = try TimeMLCorpus.documents(in: folder)
            } else {
                answers = collection.documents.map { $0.tagged(by: tagger) }
            }
            sets.append((collection.name, try scorer.score(gold: collection.documents, system: answers)))
        }
        let total = sets.dropFirst().reduce(sets[0].scores) { $0 + $1.scores }
        if json {
            return TimexScoreReport.json(sets: sets, total: total, includeErrors: errors)
        }
        var output = ""
        if errors {
            output += TimexScoreReport.errorLines(total.errors) + "\n"
        }
        output += TimexScoreReport.table(sets.count > 1 ? sets + [("total", total)] : sets)
        return output
    }
}

extension ResolutionPolicy: ExpressibleByArgument {}
