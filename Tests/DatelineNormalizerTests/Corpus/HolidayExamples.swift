/// Holidays with fixed rules: Christmas (Dec. 25), Thanksgiving (fourth Thursday of November),
/// Black Friday (the day after), Cyber Monday, Easter (computed) and Good Friday, Memorial Day
/// (last Monday of May), Labor Day (first Monday of September), New Year's, Valentine's Day,
/// Independence Day, Halloween. A bare holiday takes its year from the tense.
enum HolidayExamples {
    static let all: [Example] = [
        // Thanksgiving 2023: Nov. 23; 2024: Nov. 28; 2025: Nov. 27.
        Example("Shoppers lined up before dawn on Black Friday.", on: "2024-12-02", "Black Friday", "2024-11-29"),
        Example("Stores will open at 5 a.m. on Black Friday.", on: "2024-11-15", "Black Friday", "2024-11-29", count: 2),
        Example("The parade was canceled on Thanksgiving.", on: "2023-12-01", "Thanksgiving", "2023-11-23"),
        Example("Families will gather on Thanksgiving.", on: "2025-10-01", "Thanksgiving", "2025-11-27"),
        Example("Airports were jammed on Thanksgiving Day.", on: "2024-12-02", "Thanksgiving Day", "2024-11-28"),
        Example("The soup kitchen served 900 meals last Thanksgiving.", on: "2024-11-15", "last Thanksgiving", "2023-11-23"),
        Example("The team will host a rival next Thanksgiving.", on: "2025-06-26", "next Thanksgiving", "2025-11-27"),
        Example("Ticket sales for Thanksgiving 2024 opened early.", on: "2024-08-10", "Thanksgiving 2024", "2024-11-28"),
        Example("Online sales hit a record on Cyber Monday.", on: "2024-12-05", "Cyber Monday", "2024-12-02"),
        // Easter 2022: April 17; 2024: March 31; 2025: April 20.
        Example("The church held three services on Easter.", on: "2024-04-10", "Easter", "2024-03-31"),
        Example("Markets were closed on Good Friday.", on: "2024-04-10", "Good Friday", "2024-03-29"),
        Example("The cathedral will reopen by Easter.", on: "2024-02-29", "Easter", "2024-03-31"),
        Example("Pilgrims filled the city for Easter 2025.", on: "2025-06-26", "Easter 2025", "2025-04-20"),
        Example("Tourists flocked to the coast over Easter.", on: "2022-04-18", "Easter", "2022-04-17"),
        Example("The bells rang at dawn on Easter Sunday.", on: "2025-04-22", "Easter Sunday", "2025-04-20"),
        // Memorial Day and Labor Day
        Example("Public pools open on Memorial Day.", on: "2024-05-01", "Memorial Day", "2024-05-27"),
        Example("The crash happened on Memorial Day.", on: "2025-06-26", "Memorial Day", "2025-05-26"),
        Example("The beaches reopened before Memorial Day.", on: "2021-07-05", "Memorial Day", "2021-05-31"),
        Example("The strike began on Labor Day.", on: "2024-09-20", "Labor Day", "2024-09-02"),
        Example("The new schedule takes effect after Labor Day.", on: "2025-06-26", "Labor Day", "2025-09-01"),
        // Fixed dates
        Example("The shelter will serve hot meals on Christmas.", on: "2024-11-15", "Christmas", "2024-12-25"),
        Example("The fire started on Christmas Eve.", on: "2024-01-02", "Christmas Eve", "2023-12-24"),
        Example("The ferry will not run on Christmas Day.", on: "2022-12-24", "Christmas Day", "2022-12-25"),
        Example("Stores were quiet on Christmas.", on: "2022-12-26", "Christmas", "2022-12-25"),
        Example("The company laid off 40 workers last Christmas.", on: "2025-06-26", "last Christmas", "2024-12-25"),
        Example("The choir recorded an album for Christmas 2019.", on: "2021-07-05", "Christmas 2019", "2019-12-25"),
        Example("Fireworks lit the harbor on New Year's Eve.", on: "2024-01-02", "New Year's Eve", "2023-12-31"),
        Example("Crowds will gather downtown on New Year's Eve.", on: "2022-12-24", "New Year's Eve", "2022-12-31"),
        Example("The smoking ban takes effect on New Year's Day.", on: "2025-12-30", "New Year's Day", "2026-01-01"),
        Example("Gym sign-ups surged after New Year\u{2019}s Day.", on: "2024-01-10", "New Year\u{2019}s Day", "2024-01-01"),
        Example("Florists were swamped on Valentine's Day.", on: "2024-02-29", "Valentine's Day", "2024-02-14"),
        Example("Police will add patrols on Halloween.", on: "2025-10-01", "Halloween", "2025-10-31"),
        Example("The ballpark was packed on Independence Day.", on: "2021-07-05", "Independence Day", "2021-07-04"),
        Example("Fourth of July fireworks were canceled over the drought.", on: "2021-07-10", "Fourth of July", "2021-07-04"),
        // US Election Day: the Tuesday after the first Monday of November.
        Example("Polls open at dawn on Election Day.", on: "2024-10-20", "Election Day", "2024-11-05"),
        Example("Turnout on Election Day surprised both parties.", on: "2022-11-20", "Election Day", "2022-11-08"),
    ]
}
