/// Year choice, anchoring and spans that once went wrong: the tense next to a date holds it in
/// the past, "since" reads as past, a clock time takes the day named after it, a range shares
/// its year, and "over the weekend" follows the tense.
enum ResolutionExamples {
    static let all: [Example] = [
        // "set for" schedules; a participle with "by" ("untouched by") is no past-tense cue.
        Example("Leaders will meet at a summit set for Oslo in April.", on: "1999-03-12", "April", "1999-04"),
        Example("The airline will add flights by August to markets untouched by the slump.", on: "1998-02-13", "August", "1998-08"),
        Example("The vote was held on 14 February.", on: "2026-02-09", "14 February", "2025-02-14"),
        Example("The festival drew record crowds on July 4.", on: "2025-06-26", "July 4", "2024-07-04"),
        Example("The drought began in March.", on: "2024-02-29", "March", "2023-03"),
        Example("Prices have climbed since January.", on: "2024-11-15", "January", "2024-01"),
        Example("Officials ruled Wednesday that the boy must be returned by Jan. 14.", on: "2000-01-07", "Jan. 14", "2000-01-14", count: 2),
        Example("Exports fell in Q1.", on: "2025-06-26", "Q1", "2025-Q1"),
        Example("The utility raised rates in Q4.", on: "2025-01-03", "Q4", "2024-Q4"),
        Example("The lender expects more defaults in the current quarter.", on: "2024-11-15", "the current quarter", "2024-Q4"),
        Example("The company will go public in two years.", on: "2025-06-26", "two years", "2027"),
        Example("Over the weekend, crews cleared the roads.", on: "2024-11-18", "the weekend", "2024-W46-WE"),
        Example("Crews will clear the roads over the weekend.", on: "2024-11-18", "the weekend", "2024-W47-WE"),
        Example("The summit took place Sept. 9–11, 2019, in Geneva.", on: "2025-06-26", "Sept. 9", "2019-09-09", count: 2),
        Example("The summit took place Sept. 9–11, 2019, in Geneva.", on: "2025-06-26", "11, 2019", "2019-09-11", endsRange: true, count: 2),
        Example("The company expects revenue to grow next fiscal year.", on: "2024-11-15", "next fiscal year", "2025"),
        Example("The canal was dug in the 1800s.", on: "2021-07-05", "the 1800s", "18"),
        Example("The feud has simmered for decades.", on: "2025-06-26", "decades", "PXDE", type: .duration),
        Example("Years ago, the mill employed hundreds.", on: "2025-06-26", "Years ago", "PAST_REF"),
        Example("The bus runs three times a week.", on: "2024-08-10", "three times a week", "P1W", type: .set, freq: "3X"),
        Example("Dividends are paid quarterly.", on: "2024-08-10", "quarterly", "P1Q", type: .set),
        Example("The inspectors return every two weeks.", on: "2024-02-29", "every two weeks", "P2W", type: .set, quant: "EACH"),
        Example("The ratification process began in February this year.", on: "1998-12-03", "February this year", "1998-02"),
        Example("The museum will one day be a landmark.", on: "2025-06-26", "one day", "FUTURE_REF"),
        Example("The first galleries are expected to open in the spring, officials said.", on: "2024-11-08", "the spring", "2025-SP"),
        Example("Settlers landed in April 1638. In the fall, many fell ill.", on: "2024-02-29", policy: .narrative, "the fall", "1638-FA", count: 2),
        Example("The ship left port on Tuesday, April 9, 1912. On Friday, it reached the ice field.", on: "2024-02-29",
                policy: .narrative, "Friday", "1912-04-12", count: 2),
    ]
}
