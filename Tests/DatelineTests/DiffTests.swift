import Dateline
import Foundation
import Testing

/// The diff library: the assignment solver, date relations, terms, `TimelineDiff` on edge cases,
/// and conflicts flagged in the merged story timeline.
@Suite("Timeline diff")
struct DiffTests {
    // MARK: Assignment

    /// The best total over every way to pair rows with distinct columns, by brute force.
    static func bruteForce(_ weights: [Int], rows: Int, columns: Int) -> Int {
        func best(_ row: Int, _ used: Set<Int>) -> Int {
            guard row < rows else { return 0 }
            var result = best(row + 1, used)  // the row left out
            for column in 0..<columns where !used.contains(column) && weights[row * columns + column] > 0 {
                result = max(result, weights[row * columns + column] + best(row + 1, used.union([column])))
            }
            return result
        }
        return best(0, [])
    }

    @Test func assignmentIsOptimalOnRandomMatrices() {
        var state: UInt64 = 0x5EED
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        for trial in 0..<300 {
            let rows = 1 + next(6), columns = 1 + next(6)
            // Few distinct values, many ties and many missing edges.
            let weights = (0..<(rows * columns)).map { _ in next(3) == 0 ? 0 : [5, 7, 7, 9, 12][next(5)] }
            let answer = AssignmentSolver(rows: rows, columns: columns, weights: weights).solve()
            let chosen = answer.compactMap { $0 }
            #expect(Set(chosen).count == chosen.count, "trial \(trial): a column is used twice")
            var total = 0
            for (row, column) in answer.enumerated() {
                guard let column else { continue }
                #expect(weights[row * columns + column] > 0, "trial \(trial): a pair with no edge")
                total += weights[row * columns + column]
            }
            #expect(total == Self.bruteForce(weights, rows: rows, columns: columns), "trial \(trial): \(rows)x\(columns) \(weights)")
        }
    }

    @Test func assignmentIsNotGreedy() {
        // Greedy takes the 10 and is left with 1; the assignment takes 9 + 9.
        let answer = AssignmentSolver(rows: 2, columns: 2, weights: [10, 9,
                                                                     9, 1]).solve()
        #expect(answer == [1, 0])
    }

    // MARK: Dates

    static func event(_ id: String, _ headline: String, _ value: TimexValue, source: String = "a", kind: EventKind = .point,
                      interval: CalendarInterval?? = .none) -> Event {
        let sentence = headline + " (\(value))."
        let range = (headline.utf8.count + 2)..<(headline.utf8.count + 2 + value.description.utf8.count)
        let span = interval ?? value.interval
        var when = Timex(range: range, text: value.description, type: .date, value: value, interval: span, granularity: value.granularity)
        when.isVague = kind == .vague
        return Event(id: id, kind: kind, when: when, placement: span, headline: headline, sentence: sentence, timexRange: range,
                     sentenceRange: 0..<sentence.utf8.count, sourceID: source, published: CalendarDate(year: 2025, month: 6, day: 26))
    }

    static let june = TimexValue.month(year: 2025, month: 6)
    static let june25 = TimexValue.day(CalendarDate(year: 2025, month: 6, day: 25)!)

    @Test func dateRelations() {
        let council = "The council approved the harbor budget"
        #expect(DateRelation(Self.event("a", council, Self.june), Self.event("b", council, Self.june25)) == .finerInB)
        #expect(DateRelation(Self.event("a", council, Self.june25), Self.event("b", council, Self.june)) == .finerInA)
        #expect(DateRelation(Self.event("a", council, Self.june), Self.event("b", council, Self.june)) == .equal)
        #expect(DateRelation(Self.event("a", council, .month(year: 2025, month: 4)), Self.event("b", council, .month(year: 2025, month: 5))) == .disjoint)
        // The week of June 30 runs into July.
        #expect(DateRelation(Self.event("a", council, Self.june), Self.event("b", council, .week(year: 2025, week: 27))) == .overlapping)
        let recently = Self.event("b", council, .reference(.past), kind: .vague,
                                  interval: CalendarInterval(start: CalendarInstant(CalendarDate(year: 2025, month: 6, day: 26)!).adding(minutes: -1),
                                                             end: CalendarInstant(CalendarDate(year: 2025, month: 6, day: 26)!)))
        #expect(DateRelation(Self.event("a", council, Self.june25), recently) == .finerInA)
        #expect(DateRelation.finerInA.diffClass == .refined)
        #expect(DateRelation.disjoint.diffClass == .dateConflict)
        #expect(DateRelation.overlapping.diffClass == .same)
    }

    @Test func refinedAndConflictingPairs() {
        let a = Timeline(title: "A", sources: [TimelineSource(id: "a")], events: [
            Self.event("a1", "The council approved the harbor budget", Self.june),
            Self.event("a2", "Inspectors reported corrosion on the Harlow girders", .month(year: 2025, month: 5)),
        ])
        let b = Timeline(title: "B", sources: [TimelineSource(id: "b")], events: [
            Self.event("b1", "The council approved the harbor budget", Self.june25, source: "b"),
            Self.event("b2", "Inspectors reported corrosion on the Harlow girders", .month(year: 2025, month: 4), source: "b"),
        ])
        let diff = TimelineDiff(a, b)
        #expect(diff.rows.map(\.diffClass) == [.dateConflict, .refined])
        #expect(diff.summary.refined == 1 && diff.summary.dateConflict == 1 && diff.summary.same == 0)
        #expect(!diff.isIdentical)
        #expect(diff.rows[0].score?.relation == .disjoint)
    }

    @Test func aConflictNeedsCloseWording() {
        // The same date-words, different happenings: no match across disjoint months.
        let a = Timeline(title: "A", sources: [], events: [Self.event("a1", "The council approved the harbor budget", .month(year: 2025, month: 5))])
        let b = Timeline(title: "B", sources: [], events: [Self.event("b1", "The council rejected a new parking plan", .month(year: 2025, month: 4), source: "b")])
        // Oldest first: B's April, then A's May.
        #expect(TimelineDiff(a, b).rows.map(\.diffClass) == [.onlyInB, .onlyInA])
    }

    // MARK: Edge cases

    @Test func identicalTimelinesAreTheSame() throws {
        let (a, _) = try DiffAlignmentTests.timelines("castor-pellan")
        let diff = TimelineDiff(a, a)
        #expect(diff.isIdentical)
        #expect(diff.summary.same == a.events.count)
        #expect(diff.rows.allSatisfy { $0.a?.id == $0.b?.id })
        #expect(MarkdownDiffRenderer().render(diff) == "")
    }

    @Test func emptyTimelines() {
        let empty = Timeline(title: "Empty", sources: [], events: [])
        let one = Timeline(title: "One", sources: [], events: [Self.event("x", "The ferry resumed night crossings", Self.june25)])
        let nothing = TimelineDiff(empty, empty)
        #expect(nothing.isIdentical && nothing.rows.isEmpty)
        #expect(MarkdownDiffRenderer().render(nothing) == "")
        #expect(TimelineDiff(empty, one).rows.map(\.diffClass) == [.onlyInB])
        #expect(TimelineDiff(one, empty).rows.map(\.diffClass) == [.onlyInA])
        #expect(!TimelineDiff(empty, one).isIdentical)
    }

    @Test func eventsWithoutTermsMatchByHeadline() {
        let bare = Self.event("x", "It happened", Self.june25)
        let timeline = Timeline(title: "T", sources: [], events: [bare])
        #expect(TimelineDiff(timeline, timeline).isIdentical)
    }

    @Test func noEventIsMatchedTwice() {
        // Three tellings of one event in A, one in B: one pair, two events only in A.
        let headline = "The harbor board approved the Calder ferry contract"
        let a = Timeline(title: "A", sources: [], events: (1...3).map { Self.event("a\($0)", headline, Self.june25) })
        let b = Timeline(title: "B", sources: [], events: [Self.event("b1", headline, Self.june25, source: "b")])
        let diff = TimelineDiff(a, b)
        #expect(diff.pairs.count == 1)
        #expect(diff.summary.onlyInA == 2)
        let reverse = TimelineDiff(b, a)
        #expect(reverse.pairs.count == 1 && reverse.summary.onlyInB == 2)
    }

    @Test func rowsRunOldestFirst() throws {
        let (a, b) = try DiffAlignmentTests.timelines("harlow-bridge")
        let starts = TimelineDiff(a, b).rows.map { ($0.a ?? $0.b)!.placement!.start }
        #expect(starts == starts.sorted())
    }

    // MARK: Terms

    @Test func moneyNamesAndNumbers() {
        let amounts = Dictionary(EventTerms.amounts(in: "It paid $1.3 billion, then 1.3 billion dollars, for 2,000 acres and 4 boats."),
                                 uniquingKeysWith: max)
        #expect(amounts == ["money:1300000000": EventTerms.moneyWeight, "number:2000": EventTerms.numberWeight])
        #expect(EventTerms.amounts(in: "€4.5 million and £12 and ¥300").map { $0.0 } == ["money:4500000", "money:12", "money:300"])
        let names = EventTerms.names(in: "On Friday the Harlow Street Bridge and Castor Foods' deal with St. Alder Hospital closed")
        #expect(names.map { $0.0 } == ["name:harlow street bridge", "name:castor foods", "name:st alder hospital"])
    }

    // MARK: The merged story timeline

    @Test func buildFlagsConflictingDates() throws {
        let base = DiffAlignmentTests.folder.appendingPathComponent("harlow-bridge")
        let articles = try ArticleLoader().load(paths: [base.path])
        let timeline = TimelineBuilder().build(articles)
        let conflicts = timeline.events.filter(\.hasDateConflict)
        #expect(conflicts.count == 1)
        let corrosion = try #require(conflicts.first)
        #expect(corrosion.headline.contains("corrosion"))
        #expect(corrosion.sourceIDs == ["1-river-gazette", "2-metro-daily"])
        #expect(DateLabel.label(for: corrosion) == "April 2025 (2-metro-daily) / May 2025 (1-river-gazette)")
        // Only the conflicting telling is folded in: the rest stay as TimelineMerger left them.
        #expect(timeline.events.count == TimelineMerger().merge(TimelineBuilder(merger: nil).build(articles).events).count - 1)
        // The conflict survives a round trip through the saved timeline.
        for saved in [JSONTimelineRenderer().render(timeline), XMLTimelineRenderer().render(timeline)] {
            let read = try TimelineDocumentReader().read(Array(saved.utf8))
            #expect(read.events.filter(\.hasDateConflict).map { DateLabel.label(for: $0) } == [DateLabel.label(for: corrosion)])
        }
        // In HTML the label claims no single date.
        let page = try TimelineRenderer(template: CommandRunnerTemplates.timeline).render(timeline, as: .html)
        #expect(page.contains("<span class=\"event-date\">April 2025 (2-metro-daily) / May 2025 (1-river-gazette)</span>"))
    }

    @Test func conflictsNeedDifferentArticles() {
        // Two tellings in one article never fold, whatever their dates.
        let one = [Self.event("a1", "Inspectors reported corrosion on the Harlow girders", .month(year: 2025, month: 5)),
                   Self.event("a2", "Inspectors reported corrosion on the Harlow girders", .month(year: 2025, month: 4))]
        #expect(DateConflictMerger().merge(one).count == 2)
        let two = [one[0], Self.event("b1", "Inspectors reported corrosion on the Harlow girders", .month(year: 2025, month: 4), source: "b")]
        let merged = DateConflictMerger().merge(two)
        #expect(merged.count == 1 && merged[0].conflictingCitations.map(\.eventID) == ["b1"])
    }
}

/// Templates of the project, for tests that render.
enum CommandRunnerTemplates {
    static var timeline: [UInt8] {
        [UInt8]((try? Data(contentsOf: CommandRunner.projectRoot.appendingPathComponent("Templates/timeline.html"))) ?? Data())
    }
}
