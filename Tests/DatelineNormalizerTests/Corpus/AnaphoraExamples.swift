/// Times that point at the time last mentioned: "the following day", "that month", "the previous
/// year", "August of that year", "for the quarter", "the year-earlier quarter". After a quarter,
/// "a year earlier" is the same quarter a year before.
enum AnaphoraExamples {
    static let all: [Example] = [
        Example("The levee was finished on March 3, 2020. Two weeks earlier, heavy rain fell.", on: "2025-06-26", "Two weeks earlier", "2020-W08", count: 2),
        Example("The levee was finished on March 3, 2020. The following day, the road reopened.", on: "2025-06-26", "The following day", "2020-03-04", count: 2),
        Example("The levee was finished on March 3, 2020. The next morning, the road reopened.", on: "2025-06-26", "The next morning", "2020-03-04TMO", count: 2),
        Example("The city fell on April 30, 1975. Two towns were overrun that same spring.", on: "2008-02-13", policy: .narrative, "that same spring", "1975-SP", count: 2),
        Example("The city fell on April 30, 1975. That summer, refugees fled.", on: "2008-02-13", policy: .narrative, "That summer", "1975-SU", count: 2),
        Example("The city fell on April 30, 1975. On that same day, the embassy closed.", on: "2008-02-13", policy: .narrative, "that same day", "1975-04-30", count: 2),
        // A year-earlier comparison after talk of last year compares with the current period: still last year.
        Example("Profit fell last year. The year-earlier results included a gain.", on: "2025-10-30", "The year-earlier", "2024", count: 2),
        Example("The mill lost money last year, against a profit a year earlier.", on: "2025-10-30", "a year earlier", "2024", count: 2),
        Example("The levee was finished on March 3, 2020. The previous night, crews worked late.", on: "2025-06-26", "The previous night", "2020-03-02TNI", count: 2),
        Example("The levee was finished on March 3, 2020. The following evening, crowds gathered.", on: "2025-06-26", "The following evening", "2020-03-04TEV", count: 2),
        Example("The levee was finished on March 3, 2020. The previous year, engineers surveyed it.", on: "2025-06-26", "The previous year", "2019", count: 2),
        Example("The levee was finished on March 3, 2020. That month, the river rose.", on: "2025-06-26", "That month", "2020-03", count: 2),
        Example("The tower was completed in 2010. A decade later, it was sold.", on: "2025-06-26", "A decade later", "202", count: 2),
        Example("The tower was completed in 2010. Three years later, it was sold.", on: "2025-06-26", "Three years later", "2013", count: 2),
        Example("The budget passed in December. The next month, it was trimmed.", on: "2025-06-26", "The next month", "2025-01", count: 2),
        Example("The levee broke on Aug. 29, 2005. The next day, crews arrived.", on: "2024-11-15", "The next day", "2005-08-30", count: 2),
        Example("The factory opened in May 2010. The following month, it hired 200 workers.", on: "2024-11-15", "The following month", "2010-06", count: 2),
        Example("Voters approved the transit plan in 2016. The following year, construction began.", on: "2024-11-15", "The following year", "2017", count: 2),
        Example("Rebels seized the town on Jan. 3, 2024. The previous day, shelling had intensified.", on: "2024-02-29", "The previous day", "2024-01-02", count: 2),
        Example("The ship docked on May 4, 2018. That day, crowds lined the pier.", on: "2023-09-12", "That day", "2018-05-04", count: 2),
        Example("The treaty was signed in 1995. That year, trade between the two doubled.", on: "2023-09-12", "That year", "1995", count: 2),
        Example("The dam was completed in 1936. In August of that year, it began generating power.", on: "2023-09-12", "August of that year", "1936-08", count: 2),
        Example("The plant opened in 1962. In October of the same year, it flooded.", on: "2023-09-12", "October of the same year", "1962-10", count: 2),
        Example("The vote was held on Nov. 5, 2024. Later that week, the results were certified.", on: "2025-06-26", "Later that week", "2024-W45", count: 2),
        Example("The verdict came on June 2, 2022. Earlier that day, the jury asked two questions.", on: "2025-06-26", "Earlier that day", "2022-06-02", count: 2),
        Example("The plant shut on March 9, 2020. The same day, schools closed.", on: "2025-06-26", "The same day", "2020-03-09", count: 2),
        Example("The market crashed on Oct. 19, 1987. The previous week, it had slid for days.", on: "2025-06-26", "The previous week", "1987-W42", count: 3),
        Example("The accord was signed on Sept. 13, 1993. The following week, talks resumed.", on: "2025-06-26", "The following week", "1993-W38", count: 2),
        Example("The mine closed in April 1984. The following year, the town emptied.", on: "2025-06-26", "The following year", "1985", count: 2),
        Example("The storm hit on Monday. The following day, power returned.", on: "2024-01-10", "The following day", "2024-01-09", count: 2),
        Example("The airline lost $3 billion in 2020. For the year, revenue fell by half.", on: "2022-04-18", "the year", "2020", count: 2),
        // Quarters: the quarter under discussion, and comparisons with the year before
        Example("Sales rose in the third quarter of 2023. For the quarter, profit doubled.", on: "2024-03-01", "the quarter", "2023-Q3", count: 2),
        Example("The company posted a loss for the third quarter of 2019. A year earlier, it had earned $3 million.", on: "2020-10-14", "A year earlier", "2018-Q3", count: 2),
        Example("The bank earned $2 billion in the first quarter of 2023, up from $1.5 billion in the year-earlier quarter.", on: "2023-09-12", "the year-earlier quarter", "2022-Q1", count: 2),
        Example("Sales rose in the third quarter of 2021. In the 2020 quarter, they had fallen.", on: "2022-04-18", "the 2020 quarter", "2020-Q3", count: 2),
        Example("Revenue climbed in the second quarter of 2022, compared with the year-ago period.", on: "2022-12-24", "the year-ago period", "2021-Q2", count: 2),
        Example("Margins widened in the fourth quarter of 2023. A year ago, they had shrunk.", on: "2024-03-01", "A year ago", "2022-Q4", count: 2),
        // A weekday on one side of the time last mentioned: "the previous Friday", "the following Monday".
        Example("The index closed lower on Oct. 27, 1989, down from the previous Friday.", on: "1989-10-30", "the previous Friday", "1989-10-20", count: 2),
        Example("The strike began on Wednesday, March 4, 2020, and ended the following Monday.", on: "2020-03-20", "the following Monday", "2020-03-09", count: 2),
        // "that time", "that period": the time last mentioned, whole.
        Example("The dam opened in March 1998. At that time, the valley had no road.", on: "2020-01-01", "that time", "1998-03", count: 2),
        Example("Two authors from that period survive, after the 4th century BC.", on: "2020-01-01", "that period", "PAST_REF", count: 2),
    ]
}
