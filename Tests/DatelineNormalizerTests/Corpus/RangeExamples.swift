/// Ranges written as one: "2019-2021" and "June 3-5" give two expressions; the second has
/// `endsRange` and takes its month and year from the first.
enum RangeExamples {
    static let all: [Example] = [
        Example("The program ran from 2019-2021.", on: "2024-02-29", "2019", "2019", count: 2),
        Example("The program ran from 2019-2021.", on: "2024-02-29", "2021", "2021", endsRange: true, count: 2),
        Example("The war of 1914\u{2013}1918 emptied the village.", on: "2023-09-12", "1918", "1918", endsRange: true, count: 2),
        Example("The 1939-1945 archive opened to scholars.", on: "2021-07-05", "1939", "1939", count: 2),
        Example("Tuition rose in the 2024\u{2013}25 school year.", on: "2025-06-26", "25", "2025", endsRange: true, count: 2),
        Example("The 1990-91 recession hit the town hard.", on: "2022-04-18", "91", "1991", endsRange: true, count: 2),
        Example("The fair ran June 3-5 at the county grounds.", on: "2025-06-26", "June 3", "2025-06-03", count: 2),
        Example("The fair ran June 3-5 at the county grounds.", on: "2025-06-26", "5", "2025-06-05", endsRange: true, count: 2),
        Example("The clinic was closed Dec. 28-31 for repairs.", on: "2024-01-02", "31", "2023-12-31", endsRange: true, count: 2),
        Example("The clinic was closed Dec. 28-31 for repairs.", on: "2024-01-02", "Dec. 28", "2023-12-28", count: 2),
        Example("Hearings will run Jan. 8-12 in the annex.", on: "2023-12-31", "12", "2024-01-12", endsRange: true, count: 2),
        Example("Voting is open March 1\u{2013}15.", on: "2024-02-29", "15", "2024-03-15", endsRange: true, count: 2),
        Example("The 2019-2020 season was cut short.", on: "2022-12-24", "2020", "2020", endsRange: true, count: 2),
        Example("Prices doubled between 2015 and 2018.", on: "2024-11-15", "2018", "2018", count: 2),
        Example("The exhibit runs from May to July.", on: "2025-03-10", "July", "2025-07", count: 2),
        Example("The pier was rebuilt from 2010 to 2012.", on: "2024-02-29", "2010", "2010", count: 2),
        Example("The senator served from 1999 until 2011.", on: "2023-06-14", "2011", "2011", count: 2),
        // A second day after "and" or "or" is a date of its own; a noun after it makes it a count.
        Example("The summit meets on April 24 and 25.", on: "1999-02-10", "25", "1999-04-25", count: 2),
        Example("Voting runs June 3 or 4, 2024, by district.", on: "2024-05-01", "4, 2024", "2024-06-04", count: 2),
        // Day-first ranges: the first day alone, then the second day with the month (and year).
        Example("The rear guard held the pass (26-30 November).", on: "1950-12-01", "26", "1950-11-26", count: 2),
        Example("The rear guard held the pass (26-30 November).", on: "1950-12-01", "30 November", "1950-11-30", endsRange: true, count: 2),
        Example("The siege lasted from 6-7 January 1916.", on: "1950-12-01", "7 January 1916", "1916-01-07", endsRange: true, count: 2),
    ]
}
