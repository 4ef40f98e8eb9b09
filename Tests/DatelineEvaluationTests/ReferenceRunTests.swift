import DatelineArticles
import DatelineEvaluation
import Foundation
import Testing

/// `../shared/corpora`, beside the project folder; the tests below run only when it is there.
private let corpora = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("shared/corpora")

private func exists(_ relative: String) -> Bool {
    FileManager.default.fileExists(atPath: corpora.appendingPathComponent(relative).path)
}

private let haveReferenceRuns = exists("te3/TBAQ-cleaned/TimeBank") && exists("reference-runs/heideltime-2.2.1/TimeBank")
    && exists("te3/TBAQ-cleaned/AQUAINT") && exists("reference-runs/heideltime-2.2.1/AQUAINT")

/// The official TE3-evaluation.py figures for HeidelTime 2.2.1 on TBAQ-cleaned (the reference-runs README).
struct Reference: Sendable, CustomTestStringConvertible {
    var name: String
    var strict: (Double, Double, Double)
    var relaxed: (Double, Double, Double)
    var valueF1: Double
    var typeF1: Double
    var system: Int
    var gold: Int

    var testDescription: String { name }
}

@Suite("HeidelTime reference runs", .enabled(if: haveReferenceRuns, "needs ../shared/corpora"))
struct ReferenceRunTests {
    @Test("the scorer reproduces the official figures", arguments: [
        Reference(name: "TimeBank", strict: (86.40, 84.31, 85.34), relaxed: (93.08, 90.83, 91.94), valueF1: 79.56, typeF1: 89.66,
                  system: 1213, gold: 1243),
        Reference(name: "AQUAINT", strict: (80.99, 81.69, 81.34), relaxed: (92.12, 92.92, 92.52), valueF1: 73.09, typeF1: 84.44,
                  system: 584, gold: 579),
    ])
    func figures(reference: Reference) throws {
        let gold = try TimeMLCorpus.documents(in: corpora.appendingPathComponent("te3/TBAQ-cleaned/\(reference.name)").path)
        let system = try TimeMLCorpus.documents(in: corpora.appendingPathComponent("reference-runs/heideltime-2.2.1/\(reference.name)").path)
        let scores = try TimexScorer().score(gold: gold, system: system)
        #expect(scores.system == reference.system)
        #expect(scores.gold == reference.gold)
        // Two decimals in percent, as the official scorer prints them: exact agreement expected.
        func percent(_ fraction: Double) -> Double { (fraction * 10_000).rounded() / 100 }
        #expect(percent(scores.strict.precision) == reference.strict.0)
        #expect(percent(scores.strict.recall) == reference.strict.1)
        #expect(percent(scores.strict.f1) == reference.strict.2)
        #expect(percent(scores.relaxed.precision) == reference.relaxed.0)
        #expect(percent(scores.relaxed.recall) == reference.relaxed.1)
        #expect(percent(scores.relaxed.f1) == reference.relaxed.2)
        #expect(percent(scores.valueF1) == reference.valueF1)
        #expect(percent(scores.typeF1) == reference.typeF1)
    }

    @Test("the TBAQ-cleaned folder reads as its two sets")
    func collections() throws {
        let corpus = try TimeMLCorpus(folder: corpora.appendingPathComponent("te3/TBAQ-cleaned").path)
        #expect(corpus.collections.map(\.name) == ["AQUAINT", "TimeBank"])
        #expect(corpus.collections.map(\.documents.count) == [73, 183])
        for document in corpus.collections.flatMap(\.documents) {
            #expect(document.creationTime != nil, "\(document.path) has no creation time")
        }
    }
}
