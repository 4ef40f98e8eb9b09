import ArgumentParser
import Dateline

/// `--time-budget SECONDS`: how long one article may take to tag and turn into events.
struct TimeBudgetOption: ParsableArguments {
    /// The default budget per article, in seconds: far more than any real article needs (a few
    /// milliseconds), so only a pathological document is stopped.
    static let defaultSeconds = 30.0

    @Option(help: ArgumentHelp("Seconds one article may take to tag and turn into events; an article that runs over is reported and left out, and the rest go on (0: no limit).", valueName: "seconds"))
    var timeBudget: Double = TimeBudgetOption.defaultSeconds

    func validate() throws {
        guard timeBudget.isFinite, timeBudget >= 0 else {
            throw ValidationError("--time-budget \(timeBudget): not a number of seconds; pass a positive number such as 30, or 0 for no limit")
        }
    }

    /// The budget, or nil for no limit.
    var duration: Duration? {
        timeBudget == 0 ? nil : .nanoseconds(Int64(min(timeBudget, 1e9) * 1e9))
    }
}
