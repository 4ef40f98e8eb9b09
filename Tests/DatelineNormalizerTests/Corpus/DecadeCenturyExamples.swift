/// Decades ("the 1990s" is 199, "the '80s" 198) and centuries ("the 20th century" is 19), with parts.
enum DecadeCenturyExamples {
    static let all: [Example] = [
        Example("Vinyl sales boomed in the 1990s.", on: "2025-06-26", "the 1990s", "199"),
        Example("Arcades were everywhere in the '80s.", on: "2025-06-26", "the '80s", "198"),
        Example("Arcades were everywhere in the \u{2019}80s.", on: "2025-06-26", "the \u{2019}80s", "198"),
        Example("Rail lines spread across the 20th century.", on: "2025-06-26", "the 20th century", "19"),
        Example("The 1970s brought two oil shocks.", on: "2024-02-29", "The 1970s", "197"),
        Example("Streaming reshaped music in the 2010s.", on: "2023-09-12", "the 2010s", "201"),
        Example("The diner has not changed since the '90s.", on: "2022-04-18", "the '90s", "199"),
        Example("Folk revival clubs thrived in the \u{2019}60s.", on: "2020-10-14", "the \u{2019}60s", "196"),
        Example("The neighborhood declined in the late 1980s.", on: "2024-11-15", "the late 1980s", "198", mod: .end),
        Example("Broadband spread in the early 2000s.", on: "2024-11-15", "the early 2000s", "200", mod: .start),
        Example("The stadium went up in the mid-1960s.", on: "2019-05-22", "the mid-1960s", "196", mod: .mid),
        Example("Textile mills lined the river in the 19th century.", on: "2023-03-27", "the 19th century", "18"),
        Example("The region must adapt to the heat of the 21st century.", on: "2025-06-26", "the 21st century", "20"),
        Example("Immigrants arrived in the early 20th century.", on: "2022-12-24", "the early 20th century", "19", mod: .start),
        Example("The manor dates from the late 18th century.", on: "2022-12-24", "the late 18th century", "17", mod: .end),
        Example("The cathedral was begun in the 12th century.", on: "2021-07-05", "the 12th century", "11"),
        Example("Sea levels could rise a meter this century.", on: "2025-06-26", "this century", "20"),
        Example("The reservoir was built last century.", on: "2025-06-26", "last century", "19"),
        Example("Rents have doubled since the 2020s began.", on: "2025-06-26", "the 2020s", "202"),
        Example("The label reissued 1960s soul records.", on: "2024-08-10", "1960s", "196"),
        Example("Disco faded in the late '70s.", on: "2023-09-12", "the late '70s", "197", mod: .end),
        Example("The town grew fast during the 1950s.", on: "2021-07-05", "the 1950s", "195"),
        Example("The factory has operated since the 1950s.", on: "2023-06-14", "the 1950s", "195"),
        // Decades in words take the century of the latest one begun by the publication date.
        Example("The town boomed in the nineties.", on: "1998-10-30", "the nineties", "199"),
        Example("The band peaked in the early eighties.", on: "2024-03-01", "the early eighties", "198", mod: .start),
        Example("Rents have soared in the twenties so far.", on: "2025-06-26", "the twenties", "202"),
        Example("Jazz clubs thrived in the twenties.", on: "1995-06-26", "the twenties", "192"),
        // "post-" and "pre-" before a year or decade: AFTER and BEFORE.
        Example("The post-1959 exodus split families.", on: "2000-01-07", "post-1959", "1959", mod: .after),
        Example("Prices returned to pre-2008 levels.", on: "2015-05-01", "pre-2008", "2008", mod: .before),
        // Centuries BC count back from the era: the 4th century BC (400-301 BC) is BC03.
        Example("The treaty was debated in the 4th century BC.", on: "2020-01-01", "the 4th century BC", "BC03"),
        Example("Bronze coins spread in the 3rd century B.C.", on: "2020-01-01", "the 3rd century B.C.", "BC02"),
        Example("The wall dates from the 2nd century AD.", on: "2020-01-01", "the 2nd century AD", "01"),
    ]
}
