// Event extraction speed: the timeline of one generated ~2,000-word news article (deterministic
// text, most sentences dated: days, weekdays, months, seasons, "since", "from … to …", "scheduled
// for", "recently", attributions, appositives, relative clauses), built with `TimelineBuilder`
// from the article to the ordered events. The bar: under 20 ms in a release build.
// Prints the median and the fastest of many runs.
import Dateline
import Foundation

enum EventBenchmark {
    static let published = CalendarDate(year: 2025, month: 6, day: 26)

    static func run() {
        let text = article(words: 2_000)
        let words = text.split(whereSeparator: { $0 == " " || $0 == "\n" }).count
        guard let article = try? PlainTextArticleReader().read(text: text, path: "benchmark.txt", published: published) else {
            print("events: the generated article could not be read")
            return
        }
        let builder = TimelineBuilder()
        let events = builder.build([article]).events.count
        var times: [Double] = []
        let clock = ContinuousClock()
        for _ in 0..<10 { _ = builder.build([article]) }  // warm up
        for _ in 0..<200 {
            let elapsed = clock.measure { _ = builder.build([article]) }
            times.append(Double(elapsed.components.seconds) * 1000 + Double(elapsed.components.attoseconds) / 1e15)
        }
        times.sort()
        print(String(format: "timeline of a 2,000-word article: %.2f ms (%d words, %d events; median of 200, fastest %.2f ms)",
                     times[times.count / 2], words, events, times[0]))
    }

    /// A deterministic article of at least `words` words: dated sentences of many shapes, with an
    /// undated one now and then.
    static func article(words: Int) -> String {
        let subjects = ["The Harwick council", "Teodora Vask", "The Lindqvist Transit Authority",
                        "Residents of Calder Heights", "The Orrin Street traders' association", "Engineers at Mallory & Finch",
                        "The regional water board", "Mayor Ilse Brandt", "Two rival ferry companies", "The hospital trust"]
        let actions = ["approved a plan to widen the harbor bridge", "reported a loss of 4.2 million crowns",
                       "opened talks with the dockworkers' union", "hired 120 workers for the new depot",
                       "cut fares on the night buses by 5 percent", "filed a complaint with the competition regulator",
                       "closed two branches in the old town", "raised 2.7 million crowns from local donors"]
        let dated = [
            "On Tuesday, %S %A.",
            "%S %A last month, officials said.",
            "According to a statement, %S %A in April.",
            "%S %A on June 12, and the mayor's office responded the following day.",
            "%S, which %A in 2019, has been under review since last summer.",
            "From March to May, %S %A, according to council records.",
            "%S recently %A.",
            "%S %A in recent months, a spokeswoman said.",
            "The final vote, which is scheduled for July 14, will decide whether %S %A.",
            "This came two days after %S %A on June 22.",
            "%S will meet again next week, and a public hearing is expected in September.",
            "Three years ago, %S %A for the first time.",
            "%S, a longtime critic of the plan, %A on Friday.",
        ]
        let undated = ["No one was hurt.", "The figures could not be independently checked.",
                       "Shop owners said they were worried about the summer season."]
        var state: UInt64 = 0x2025_0626
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        var paragraphs: [String] = []
        var count = 0
        while count < words {
            var sentences: [String] = []
            for _ in 0..<3 {
                var sentence: String
                if next(6) == 0 {
                    sentence = undated[next(undated.count)]
                } else {
                    sentence = dated[next(dated.count)]
                    var subject = subjects[next(subjects.count)]
                    if sentence.hasPrefix("%S") == false, subject.hasPrefix("The ") { subject = "the " + subject.dropFirst(4) }
                    sentence = sentence.replacingOccurrences(of: "%S", with: subject)
                        .replacingOccurrences(of: "%A", with: actions[next(actions.count)])
                }
                sentences.append(sentence)
                count += sentence.split(separator: " ").count
            }
            paragraphs.append(sentences.joined(separator: " "))
        }
        return "Title: Harwick Harbor in a Busy Year\nPublished: 2025-06-26\n\n" + paragraphs.joined(separator: "\n\n") + "\n"
    }
}
