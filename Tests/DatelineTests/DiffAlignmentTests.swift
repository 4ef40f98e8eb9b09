import Dateline
import Foundation
import Testing

/// Alignment precision and recall on the diff test set in `Diffs/<pair>/`: two short invented
/// articles about the same made-up story, published on different days with different relative
/// phrasing ("on Friday" in a Monday paper, "last Friday" in a Wednesday one, "June 20" a week
/// later), and in some pairs one source giving another month or year for one event. `expected.json`
/// lists the hand-made alignment: the matched pairs with their class, and the events told by one
/// side only. A telling is named by a phrase of its sentence, and by its TIMEX3 value where a
/// sentence dates two events (`{"in": "…", "value": "2025-08-09"}`).
///
/// Precision is the share of predicted pairs that are expected pairs; recall the share of expected
/// pairs that were predicted. An expected telling Dateline does not produce keeps its pair in the
/// recall denominator.
@Suite("Timeline diff: alignment on the diff test set")
struct DiffAlignmentTests {
    struct Telling: Decodable, CustomStringConvertible {
        var phrase: String
        var value: String?

        init(from decoder: Decoder) throws {
            if let phrase = try? decoder.singleValueContainer().decode(String.self) {
                self.phrase = phrase
                return
            }
            let container = try decoder.container(keyedBy: CodingKeys.self)
            phrase = try container.decode(String.self, forKey: .phrase)
            value = try container.decodeIfPresent(String.self, forKey: .value)
        }

        enum CodingKeys: String, CodingKey { case phrase = "in", value }

        var description: String { value.map { "“\(phrase)” (\($0))" } ?? "“\(phrase)”" }

        func find(in timeline: Timeline) -> Event? {
            timeline.events.first { $0.sentence.contains(phrase) && (value == nil || $0.when.value.description == value) }
        }
    }

    struct ExpectedPair: Decodable {
        var a: Telling
        var b: Telling
        var diffClass: DiffClass
        enum CodingKeys: String, CodingKey { case a, b, diffClass = "class" }
    }

    struct Expected: Decodable {
        var pairs: [ExpectedPair]
        var onlyInA: [Telling]
        var onlyInB: [Telling]
    }

    struct Pair: Hashable {
        var a: String
        var b: String
    }

    struct SetResult {
        var name: String
        var diff: TimelineDiff
        var predicted: Set<Pair>
        var gold: [Pair: DiffClass]
        var classes: [Pair: DiffClass]
        var missing: [String]
        var labels: [String: String]
        var correct: Set<Pair> { predicted.intersection(gold.keys) }
    }

    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Diffs")

    static var setNames: [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { !$0.hasPrefix(".") }.sorted()
    }

    /// The pair's two timelines: the first article (by name) is A, the second B.
    static func timelines(_ name: String) throws -> (a: Timeline, b: Timeline) {
        let base = folder.appendingPathComponent(name)
        let files = try FileManager.default.contentsOfDirectory(atPath: base.path).filter { $0.hasSuffix(".txt") }.sorted()
        #expect(files.count == 2, "\(name) holds \(files.count) articles, not 2")
        let articles = try ArticleLoader().load(paths: files.map { base.appendingPathComponent($0).path })
        return (TimelineBuilder().build([articles[0]]), TimelineBuilder().build([articles[1]]))
    }

    static func evaluate(_ name: String) throws -> SetResult {
        let (a, b) = try timelines(name)
        let expected = try JSONDecoder().decode(Expected.self, from: Data(contentsOf: folder.appendingPathComponent(name).appendingPathComponent("expected.json")))
        let diff = TimelineDiff(a, b)
        var labels: [String: String] = [:]
        for event in a.events + b.events { labels[event.id] = "\(event.when.value) “\(event.headline)”" }
        var missing: [String] = []
        var gold: [Pair: DiffClass] = [:]
        for (index, pair) in expected.pairs.enumerated() {
            let x = pair.a.find(in: a), y = pair.b.find(in: b)
            if x == nil { missing.append("A \(pair.a)") }
            if y == nil { missing.append("B \(pair.b)") }
            // A pair with a missing telling still counts against recall.
            gold[Pair(a: x?.id ?? "missing-a-\(index)", b: y?.id ?? "missing-b-\(index)")] = pair.diffClass
        }
        for telling in expected.onlyInA where telling.find(in: a) == nil { missing.append("A \(telling)") }
        for telling in expected.onlyInB where telling.find(in: b) == nil { missing.append("B \(telling)") }
        var predicted = Set<Pair>()
        var classes: [Pair: DiffClass] = [:]
        for row in diff.pairs {
            let pair = Pair(a: row.a!.id, b: row.b!.id)
            predicted.insert(pair)
            classes[pair] = row.diffClass
        }
        return SetResult(name: name, diff: diff, predicted: predicted, gold: gold, classes: classes, missing: missing, labels: labels)
    }

    @Test func thereAreAtLeastEightPairs() {
        #expect(Self.setNames.count >= 8)
    }

    @Test func everyExpectedTellingIsAnEvent() throws {
        for name in Self.setNames {
            for telling in try Self.evaluate(name).missing { Issue.record("\(name): no event for \(telling)") }
        }
    }

    @Test func alignmentPrecisionAndRecall() throws {
        var predicted = 0, gold = 0, correct = 0, rightClass = 0
        for name in Self.setNames {
            let result = try Self.evaluate(name)
            predicted += result.predicted.count
            gold += result.gold.count
            correct += result.correct.count
            print(String(format: "diff %@: precision %d/%d, recall %d/%d; %@", name, result.correct.count, result.predicted.count,
                         result.correct.count, result.gold.count, result.diff.summary.description))
            func label(_ pair: Pair) -> String { "\(result.labels[pair.a] ?? pair.a) ~ \(result.labels[pair.b] ?? pair.b)" }
            for pair in result.predicted.subtracting(result.gold.keys).sorted(by: { ($0.a, $0.b) < ($1.a, $1.b) }) {
                print("diff wrong  | \(name) | \(label(pair))")
            }
            for pair in Set(result.gold.keys).subtracting(result.predicted).sorted(by: { ($0.a, $0.b) < ($1.a, $1.b) }) {
                print("diff missed | \(name) | \(label(pair))")
            }
            for pair in result.correct.sorted(by: { ($0.a, $0.b) < ($1.a, $1.b) }) {
                if result.classes[pair] == result.gold[pair] {
                    rightClass += 1
                } else {
                    print("diff class  | \(name) | \(label(pair)): \(result.classes[pair]!.rawValue), expected \(result.gold[pair]!.rawValue)")
                }
            }
        }
        let precision = predicted == 0 ? 1 : Double(correct) / Double(predicted)
        let recall = gold == 0 ? 1 : Double(correct) / Double(gold)
        let classAccuracy = correct == 0 ? 1 : Double(rightClass) / Double(correct)
        print(String(format: "diff alignment precision: %.3f (%d of %d predicted pairs), recall: %.3f (%d of %d expected pairs), class accuracy: %.3f (%d of %d)",
                     precision, correct, predicted, recall, correct, gold, classAccuracy, rightClass, correct))
        #expect(gold >= 25)
        #expect(precision >= 0.9)
        #expect(recall >= 0.9)
        #expect(classAccuracy >= 0.9)
    }

    @Test func noEventIsMatchedTwice() throws {
        for name in Self.setNames {
            let diff = try Self.evaluate(name).diff
            let a = diff.pairs.map { $0.a!.id }, b = diff.pairs.map { $0.b!.id }
            #expect(Set(a).count == a.count, "\(name): an event of A is matched twice")
            #expect(Set(b).count == b.count, "\(name): an event of B is matched twice")
            #expect(diff.rows.count == diff.a.events.count + diff.b.events.count - diff.pairs.count)
        }
    }

    /// A cross-check on text written for another purpose: the merge stories in `Stories/merge/`
    /// (three outlets per story), diffed article against article, with their hand-made groups as
    /// the expected alignment.
    @Test func mergeStoriesDiffedPairwise() throws {
        let folder = Stories.folder.appendingPathComponent("merge")
        var predicted = 0, gold = 0, correct = 0
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() where !name.hasPrefix(".") {
            let base = folder.appendingPathComponent(name)
            let files = try FileManager.default.contentsOfDirectory(atPath: base.path).filter { $0.hasSuffix(".txt") }.sorted()
            let articles = try ArticleLoader().load(paths: files.map { base.appendingPathComponent($0).path })
            let expected = try Stories.expected(base.appendingPathComponent("expected.json"), as: MergeTests.Expected.self)
            for i in articles.indices {
                for j in articles.indices where j > i {
                    let a = TimelineBuilder().build([articles[i]]), b = TimelineBuilder().build([articles[j]])
                    func find(_ telling: MergeTests.Telling, in timeline: Timeline) -> String {
                        let candidates = timeline.events.filter { $0.sentence.contains(telling.phrase) }
                        return (candidates.first { $0.when.value.description == telling.value } ?? candidates.first)?.id ?? "missing \(telling.phrase)"
                    }
                    var expectedPairs = Set<Pair>()
                    for x in expected.events where x.article == articles[i].id && x.group != nil {
                        for y in expected.events where y.article == articles[j].id && y.group == x.group {
                            expectedPairs.insert(Pair(a: find(x, in: a), b: find(y, in: b)))
                        }
                    }
                    let found = Set(TimelineDiff(a, b).pairs.map { Pair(a: $0.a!.id, b: $0.b!.id) })
                    predicted += found.count
                    gold += expectedPairs.count
                    correct += found.intersection(expectedPairs).count
                }
            }
        }
        let precision = Double(correct) / Double(max(predicted, 1)), recall = Double(correct) / Double(max(gold, 1))
        print(String(format: "diff alignment on the merge stories, article against article: precision %.3f (%d of %d), recall %.3f (%d of %d)",
                     precision, correct, predicted, recall, correct, gold))
        // 25 of 26 and 25 of 26 when written.
        #expect(precision >= 0.85)
        #expect(recall >= 0.85)
    }
}
