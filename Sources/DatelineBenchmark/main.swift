// Tagging throughput: `swift run -c release DatelineBenchmark [FOLDER…]`; `DatelineBenchmark leak [N]`
// runs only the rendering memory check (see LeakBenchmark.swift).
//
// Tags the plain text of every .txt/.tml file under the given folders (default: the TempEval-3
// training set in ../shared/corpora when present), or a generated corpus of at least 10 MB
// when there is none, on one core, and prints MB/s and expressions/s. It then checks that
// memory does not grow with the number of documents, and that hostile inputs (a 1 MB line of
// digits and punctuation, 10 MB with no spaces) tag at a similar rate.
import Dateline
import DatelineXML
import Foundation

struct Corpus {
    var name: String
    var documents: [(text: String, published: CalendarDate?)]
    var bytes: Int { documents.reduce(0) { $0 + $1.text.utf8.count } }
}

func residentMemoryKB() -> Int {
    guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return 0 }
    for line in status.split(separator: "\n") where line.hasPrefix("VmRSS:") {
        return Int(line.split(separator: " ").dropFirst().first ?? "0") ?? 0
    }
    return 0
}

/// Plain text of a TimeML file: the characters inside TEXT, read through libxml2.
func timeMLText(_ bytes: [UInt8]) -> (String, CalendarDate?)? {
    guard let document = try? MarkupDocument.xml(bytes), let text = try? document.select("//TEXT").first else { return nil }
    let dct = (try? document.select("//DCT/TIMEX3").first)?.attribute("value").flatMap { CalendarDate(iso: $0.prefix(10)) }
    return (text.textContent, dct)
}

func loadFolders(_ folders: [String]) -> Corpus? {
    var documents: [(String, CalendarDate?)] = []
    for folder in folders {
        guard let walker = FileManager.default.enumerator(atPath: folder) else { continue }
        var paths: [String] = []
        while let path = walker.nextObject() as? String { paths.append(path) }
        for path in paths.sorted() {
            let full = folder + "/" + path
            guard let data = FileManager.default.contents(atPath: full) else { continue }
            if path.hasSuffix(".tml") || path.hasSuffix(".TE3input") {
                if let doc = timeMLText([UInt8](data)) { documents.append(doc) }
            } else if path.hasSuffix(".txt") {
                documents.append((String(decoding: data, as: UTF8.self), nil))
            }
        }
    }
    return documents.isEmpty ? nil : Corpus(name: folders.joined(separator: ", "), documents: documents)
}

/// A deterministic corpus of news-like sentences, at least `minimumBytes` long.
func generatedCorpus(minimumBytes: Int) -> Corpus {
    let openers = ["Last month,", "On Tuesday,", "In April,", "Earlier this year,", "Three years ago,", "On June 25,",
                   "Since last summer,", "In the 1990s,", "By the end of 2024,", "The following day,", "Recently,", "Now"]
    let subjects = ["the council", "the harbor board", "a regional carrier", "the museum trust", "local growers",
                    "the transit agency", "two rival firms", "the school district", "city engineers", "the mayor's office"]
    let verbs = ["approved a plan to widen the bridge", "reported a loss of $4.2 million", "opened talks with the union",
                 "delayed the vote until next month", "hired 120 workers for the new plant", "cut fares by 5 percent",
                 "announced it would close two branches", "filed a complaint with the regulator",
                 "said the project would be finished by the third quarter", "raised $2.7 million from donors"]
    let tails = ["officials said.", "according to a statement.", "the agency said on Friday.", "a spokesperson said.",
                 "citing rising costs.", "after weeks of debate.", "despite objections from residents.", "for years."]
    var generator = SplitMix64(seed: 20_250_626)
    var documents: [(String, CalendarDate?)] = []
    var total = 0
    let published = CalendarDate(year: 2025, month: 6, day: 26)
    while total < minimumBytes {
        var text = ""
        for _ in 0..<40 {
            text += openers[generator.next(openers.count)] + " " + subjects[generator.next(subjects.count)] + " "
            text += verbs[generator.next(verbs.count)] + ", " + tails[generator.next(tails.count)] + " "
        }
        total += text.utf8.count
        documents.append((text, published))
    }
    return Corpus(name: "generated news-like text", documents: documents)
}

struct SplitMix64 {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next(_ bound: Int) -> Int {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return Int((z ^ (z >> 31)) % UInt64(bound))
    }
}

/// Tags the corpus `rounds` times; returns (seconds, expressions per round).
func measure(_ corpus: Corpus, rounds: Int) -> (seconds: Double, expressions: Int) {
    let tagger = TemporalTagger()
    var expressions = 0
    let clock = ContinuousClock()
    let elapsed = clock.measure {
        for _ in 0..<rounds {
            expressions = 0
            for document in corpus.documents {
                expressions += tagger.tag(document.text, publicationDate: document.published).count
            }
        }
    }
    let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    return (seconds, expressions)
}

func report(_ label: String, _ corpus: Corpus, rounds: Int) {
    _ = measure(corpus, rounds: 1)  // warm up
    let (seconds, expressions) = measure(corpus, rounds: rounds)
    let megabytes = Double(corpus.bytes * rounds) / 1_000_000
    let line = String(format: "%@: %.1f MB in %.3f s = %.1f MB/s, %.0f expressions/s (%d expressions per pass)",
                      label, megabytes, seconds, megabytes / seconds, Double(expressions * rounds) / seconds, expressions)
    print(line)
}

let arguments = Array(CommandLine.arguments.dropFirst())
if arguments.first == "leak" {
    let numbers = arguments.dropFirst().compactMap { Int($0) }
    LeakBenchmark.run(pages: numbers.first ?? 10_000, events: numbers.dropFirst().first ?? 20)
    exit(0)
}
let defaultFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("shared/corpora/te3/TBAQ-cleaned").path
let corpus = loadFolders(arguments.isEmpty ? [defaultFolder] : arguments) ?? generatedCorpus(minimumBytes: 10_000_000)
print("corpus: \(corpus.name): \(corpus.documents.count) documents, \(String(format: "%.2f", Double(corpus.bytes) / 1_000_000)) MB")
let rounds = max(1, 20_000_000 / max(corpus.bytes, 1))
report("tagging, 1 core", corpus, rounds: rounds)

let before = residentMemoryKB()
_ = measure(corpus, rounds: rounds)
let after = residentMemoryKB()
print("resident memory before/after \(rounds) more passes: \(before) KB / \(after) KB")

let digits = String(repeating: "12-34/56.78:90,", count: 1_000_000 / 15)
report("hostile: 1 MB line of digits and punctuation", Corpus(name: "digits", documents: [(digits, CalendarDate(year: 2025, month: 1, day: 1))]), rounds: 5)
let noSpaces = String(repeating: "June25lastmonth2024-06-25recently", count: 10_000_000 / 33)
report("hostile: 10 MB with no spaces", Corpus(name: "nospaces", documents: [(noSpaces, CalendarDate(year: 2025, month: 1, day: 1))]), rounds: 1)

RenderBenchmark.run()
LeakBenchmark.run(pages: 10_000)
EventBenchmark.run()
DiffBenchmark.run()
