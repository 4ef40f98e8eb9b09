// Diff speed: two 500-event timelines of one long story, built in code, aligned with
// `TimelineDiff` (term vectors, the candidate pairs, and the assignment problem). B retells A:
// most events reworded on the same date, every tenth left out, every tenth a month off (a date
// conflict), every tenth given only its month (refined), and fifty events of its own. The bar:
// under 100 ms in a release build. Prints the median of several runs.
import Dateline
import Foundation

enum DiffBenchmark {
    static func run() {
        let (a, b) = timelines(events: 500)
        var diff = TimelineDiff(a, b)
        let clock = ContinuousClock()
        var times: [Double] = []
        for _ in 0..<15 {
            let elapsed = clock.measure { diff = TimelineDiff(a, b) }
            times.append(Double(elapsed.components.seconds) * 1000 + Double(elapsed.components.attoseconds) / 1e15)
        }
        times.sort()
        print(String(format: "diff %d x %d events: %.1f ms (median of %d, fastest %.1f ms; %@)",
                     a.events.count, b.events.count, times[times.count / 2], times.count, times[0], diff.summary.description))
    }

    /// A and B: the same story told twice, 500 events each.
    static func timelines(events count: Int) -> (Timeline, Timeline) {
        let syllables = ["var", "len", "dor", "mik", "sa", "tol", "bren", "ka", "vel", "ost", "ri", "mun", "hal", "pe", "quin", "zor"]
        func name(_ n: Int) -> String {
            let word = syllables[n % 16] + syllables[(n / 16) % 16] + syllables[(n / 256) % 16]
            return word.prefix(1).uppercased() + word.dropFirst()
        }
        let subjects = ["The council", "The harbor board", "The ferry company", "The transit agency", "The museum trust",
                        "City engineers", "The water authority", "Local growers", "The school district", "The mayor's office"]
        let actions = ["approved a plan for", "opened talks with", "reported a loss at", "hired workers for", "filed a complaint against",
                       "delayed the vote on", "raised money for", "closed the office of", "signed a contract with", "inspected the site of"]
        let rewordings = ["officials said", "according to a statement", "records show", "a spokeswoman said"]
        let start = CalendarDate(year: 2016, month: 1, day: 4)!
        let publishedA = CalendarDate(year: 2025, month: 6, day: 23)!, publishedB = CalendarDate(year: 2025, month: 6, day: 25)!

        func event(_ id: String, source: String, value: TimexValue, dateText: String, headline: String, tail: String,
                   published: CalendarDate) -> Event {
            let prefix = headline + " "
            let sentence = prefix + dateText + tail + "."
            let range = prefix.utf8.count..<(prefix.utf8.count + dateText.utf8.count)
            let timex = Timex(range: range, text: dateText, type: .date, value: value, interval: value.interval,
                              granularity: value.granularity, preposition: "on", anchor: .none, tense: .past)
            return Event(id: id, kind: .point, when: timex, placement: value.interval, headline: headline, sentence: sentence,
                         timexRange: range, sentenceRange: 0..<sentence.utf8.count, sourceID: source, published: published)
        }

        var eventsA: [Event] = [], eventsB: [Event] = []
        for i in 0..<count {
            let day = start.adding(days: i * 6)
            let subject = subjects[i % subjects.count], action = actions[(i / 3) % actions.count]
            let place = name(i), amount = "$\(i % 97 + 2).\(i % 9) million"
            let headlineA = "\(subject) \(action) the \(place) project, worth \(amount)"
            eventsA.append(event("a-\(i)", source: "a", value: .day(day), dateText: "on \(DateLabel.day(day))", headline: headlineA,
                                 tail: "", published: publishedA))
            let headlineB = "\(subject) \(action) the \(amount) \(place) project"
            let tail = ", " + rewordings[i % rewordings.count]
            switch i % 10 {
            case 0:
                continue  // only in A
            case 1:
                let moved = day.adding(months: 1)
                eventsB.append(event("b-\(i)", source: "b", value: .day(moved), dateText: "on \(DateLabel.day(moved))", headline: headlineB,
                                     tail: tail, published: publishedB))
            case 2:
                let month = TimexValue.month(year: day.year, month: day.month)
                eventsB.append(event("b-\(i)", source: "b", value: month, dateText: "in \(DateLabel.label(for: month))", headline: headlineB,
                                     tail: tail, published: publishedB))
            default:
                eventsB.append(event("b-\(i)", source: "b", value: .day(day), dateText: "on \(DateLabel.day(day))", headline: headlineB,
                                     tail: tail, published: publishedB))
            }
        }
        for k in 0..<(count - eventsB.count) {
            let day = start.adding(days: k * 61 + 2)
            let headline = "\(subjects[(k + 3) % subjects.count]) \(actions[(k + 5) % actions.count]) the \(name(count + k)) depot"
            eventsB.append(event("b-new-\(k)", source: "b", value: .day(day), dateText: "on \(DateLabel.day(day))", headline: headline,
                                 tail: "", published: publishedB))
        }
        let a = Timeline(title: "Harbor story, as told on Monday", sources: [TimelineSource(id: "a", title: "Monday", published: publishedA)], events: eventsA)
        let b = Timeline(title: "Harbor story, as told on Wednesday", sources: [TimelineSource(id: "b", title: "Wednesday", published: publishedB)], events: eventsB)
        return (a, b)
    }
}
