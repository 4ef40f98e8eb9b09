/// Days named from the publication date: "today", "yesterday", "tomorrow".
enum DeicticExamples {
    static let all: [Example] = [
        Example("The inspector arrives today.", on: "2025-06-26", "today", "2025-06-26"),
        Example("The inspector arrived yesterday.", on: "2025-06-26", "yesterday", "2025-06-25"),
        Example("The inspector will arrive tomorrow.", on: "2025-06-26", "tomorrow", "2025-06-27"),
        Example("Markets were closed yesterday for the holiday.", on: "2024-01-02", "yesterday", "2024-01-01"),
        Example("The results will be announced tomorrow.", on: "2023-12-31", "tomorrow", "2024-01-01"),
        Example("The mayor is expected to sign the bill today.", on: "2024-02-29", "today", "2024-02-29"),
        Example("The heat wave broke yesterday.", on: "2024-03-01", "yesterday", "2024-02-29"),
        Example("Yesterday, the council approved the budget.", on: "2025-01-03", "Yesterday", "2025-01-02"),
        Example("Today's ruling surprised investors.", on: "2025-06-26", "Today", "2025-06-26"),
        Example("The reservoir is full today, officials said.", on: "2022-04-18", "today", "2022-04-18"),
        Example("Shares of the carmaker fell sharply yesterday.", on: "2022-04-18", "yesterday", "2022-04-17"),
        Example("The court will hear arguments tomorrow.", on: "2025-12-30", "tomorrow", "2025-12-31"),
        Example("The ferry resumes service tomorrow.", on: "2024-02-28", "tomorrow", "2024-02-29"),
        Example("Officials reported the outage yesterday.", on: "2021-03-01", "yesterday", "2021-02-28"),
        Example("Yesterday's storm toppled dozens of trees.", on: "2020-03-01", "Yesterday", "2020-02-29"),
        Example("The fishing season opens today.", on: "2019-05-22", "today", "2019-05-22"),
        Example("Trading on the exchange resumes tomorrow.", on: "2020-12-31", "tomorrow", "2021-01-01"),
        Example("The walkout began yesterday at the port.", on: "2023-01-01", "yesterday", "2022-12-31"),
        Example("As of today, the clinic accepts walk-in patients.", on: "2024-11-15", "today", "2024-11-15"),
        Example("The senator will announce her plans tomorrow.", on: "2024-11-15", "tomorrow", "2024-11-16"),
        Example("Tomorrow, crews will repaint the bridge.", on: "2023-09-12", "Tomorrow", "2023-09-13"),
        Example("The jury resumed deliberations today.", on: "2020-10-14", "today", "2020-10-14"),
        Example("The union and the airline met again yesterday.", on: "2024-08-10", "yesterday", "2024-08-09"),
        Example("Tomorrow's launch has been delayed by wind.", on: "2026-02-09", "Tomorrow", "2026-02-10"),
        Example("The library is closed today for inventory.", on: "2021-07-05", "today", "2021-07-05"),
        // A capital that opens a quoted sentence is not a title.
        Example("\"Today we start again,\" the mayor said.", on: "2024-05-09", "Today", "2024-05-09"),
        Example("The coach said: \"Tomorrow is another game.\"", on: "2024-05-09", "Tomorrow", "2024-05-10"),
    ]
}
