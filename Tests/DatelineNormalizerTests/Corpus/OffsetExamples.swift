/// An amount of time before or after an anchor: "three years ago", "two weeks from now",
/// "in two years" (from the publication date); "four years later", "a day earlier" (from the
/// time last mentioned). The value keeps the unit's granularity.
enum OffsetExamples {
    static let all: [Example] = [
        // From the publication date
        Example("The studio closed three years ago.", on: "2025-06-26", "three years ago", "2022"),
        Example("The studio closed 18 months ago.", on: "2025-06-26", "18 months ago", "2023-12"),
        Example("The race is two weeks from now.", on: "2025-06-26", "two weeks from now", "2025-W28"),
        Example("The factory closed two years ago.", on: "2024-02-29", "two years ago", "2022"),
        Example("The mayor took office six months ago.", on: "2024-08-10", "six months ago", "2024-02"),
        Example("The bridge was inspected three weeks ago.", on: "2024-01-02", "three weeks ago", "2023-W50"),
        Example("The suspect was released 10 days ago.", on: "2024-03-01", "10 days ago", "2024-02-20"),
        Example("A week ago, the river crested.", on: "2025-01-03", "A week ago", "2024-W52"),
        Example("Five years ago, the firm had a dozen employees.", on: "2020-10-14", "Five years ago", "2015"),
        Example("Tuition was half as high a decade ago.", on: "2025-06-26", "a decade ago", "201"),
        Example("The zoning rule changed 30 years ago.", on: "2021-07-05", "30 years ago", "1991"),
        Example("The merger closes 90 days from now.", on: "2025-06-26", "90 days from now", "2025-09-24"),
        Example("A year from now, the line will run on batteries.", on: "2024-02-29", "A year from now", "2025"),
        Example("Two years hence, the bonds mature.", on: "2025-06-26", "Two years hence", "2027"),
        Example("The drought began nearly two years ago.", on: "2025-06-26", "nearly two years ago", "2023", mod: .approx),
        Example("The plant was sold a month ago.", on: "2024-03-31", "a month ago", "2024-02"),
        Example("The levee was raised four days ago.", on: "2024-03-02", "four days ago", "2024-02-27"),
        Example("The ferry sank two days ago.", on: "2025-01-01", "two days ago", "2024-12-30"),
        Example("The mine reopened eight months ago.", on: "2026-02-09", "eight months ago", "2025-06"),
        // From the time last mentioned
        Example("The plant opened in 1998. Four years later, it doubled its output.", on: "2024-02-29", "Four years later", "2002", count: 2),
        Example("The liner sailed on May 1, 1912. Two weeks later, it returned to port.", on: "2024-02-29", "Two weeks later", "1912-W20", count: 2),
        Example("The accord was signed in March 2015. Six months later, it collapsed.", on: "2025-06-26", "Six months later", "2015-09", count: 2),
        Example("The strike began on Oct. 3, 2022. Five days later, talks resumed.", on: "2023-03-27", "Five days later", "2022-10-08", count: 2),
        Example("Prices peaked in 2008. Two years earlier, they had doubled.", on: "2024-11-15", "Two years earlier", "2006", count: 2),
        Example("The club folded in June 2019. A month earlier, its owner resigned.", on: "2024-11-15", "A month earlier", "2019-05", count: 2),
        Example("The storm made landfall on Aug. 29, 2005. Three days earlier, officials urged residents to leave.", on: "2024-11-15", "Three days earlier", "2005-08-26", count: 2),
        Example("The bill passed on Jan. 10, 2024. A day earlier, protesters rallied outside.", on: "2024-03-01", "A day earlier", "2024-01-09", count: 2),
        Example("The fund launched on Sept. 4, 2023. A week later, it froze withdrawals.", on: "2024-03-01", "A week later", "2023-W37", count: 2),
        Example("The pact was signed on Jan. 15, 2020. Two months later, it collapsed.", on: "2022-04-18", "Two months later", "2020-03", count: 2),
        Example("The bridge opened in May 2007. A year later, it was closed for repairs.", on: "2022-04-18", "A year later", "2008", count: 2),
        Example("Exports hit a record in 2022. A year earlier, they had slumped.", on: "2024-01-02", "A year earlier", "2021", count: 2),
        Example("The theater burned in March 1994. 18 months later, it reopened.", on: "2024-01-02", "18 months later", "1995-09", count: 2),
        Example("He was elected in 2018 and re-elected four years later.", on: "2023-06-14", "four years later", "2022", count: 2),
        Example("Twenty years ago, the mill closed.", on: "2024-11-15", "Twenty years ago", "2004"),
    ]
}
