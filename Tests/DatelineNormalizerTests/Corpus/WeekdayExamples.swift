/// Weekdays: a bare weekday takes its side of the publication date from the tense; "last",
/// "next" and "this" pick the week.
enum WeekdayExamples {
    static let all: [Example] = [
        Example("Voters go to the polls this coming Sunday.", on: "1998-03-05", "this coming Sunday", "1998-03-08"),
        Example("The vote is set for the coming Sunday.", on: "1998-03-05", "the coming Sunday", "1998-03-08"),
        // A weekday deadline lies ahead unless a near past verb says otherwise.
        Example("The agency has given the family until 9 a.m. Tuesday to reply.", on: "2000-04-03", "9 a.m. Tuesday", "2000-04-04T09:00", type: .time),
        Example("The shop stays open until Friday.", on: "2000-04-03", "Friday", "2000-04-07"),
        Example("The crew worked until Friday, when the rain came.", on: "2000-04-03", "Friday", "2000-03-31"),
        // "next to" is a place, not a cue for the future.
        Example("Two people were hurt in the blast next to the station on Friday.", on: "1998-08-08", "Friday", "1998-08-07"),
        Example("The union plans a march on Saturday.", on: "2000-01-05", "Saturday", "2000-01-08"),
        // 2025-06-26 is a Thursday.
        Example("The committee met last Tuesday.", on: "2025-06-26", "last Tuesday", "2025-06-24"),
        Example("The committee will meet next Thursday.", on: "2025-06-26", "next Thursday", "2025-07-03"),
        Example("The committee met on Monday.", on: "2025-06-26", "Monday", "2025-06-23"),
        Example("The committee will meet on Monday.", on: "2025-06-26", "Monday", "2025-06-30"),
        Example("The mayor resigned Friday.", on: "2025-06-26", "Friday", "2025-06-20"),
        Example("The mayor will resign Friday.", on: "2025-06-26", "Friday", "2025-06-27"),
        Example("The mayor resigned Friday.", on: "2025-06-30", "Friday", "2025-06-27"),
        Example("The committee met on Tuesday, June 24, 2025.", on: "2025-06-26", "Tuesday, June 24, 2025", "2025-06-24"),
        Example("The committee met Thursday behind closed doors.", on: "2025-06-26", "Thursday", "2025-06-26"),
        // 2024-02-29 is a Thursday in a leap year.
        Example("The school board met on Tuesday.", on: "2024-02-29", "Tuesday", "2024-02-27"),
        Example("The school board will meet on Monday.", on: "2024-02-29", "Monday", "2024-03-04"),
        // 2023-12-31 is a Sunday; 2024-01-02 a Tuesday; the weeks cross the new year.
        Example("The shop closed for good on Friday.", on: "2023-12-31", "Friday", "2023-12-29"),
        Example("Parliament will reconvene on Wednesday.", on: "2023-12-31", "Wednesday", "2024-01-03"),
        Example("The ice storm hit on Saturday.", on: "2024-01-02", "Saturday", "2023-12-30"),
        Example("Voting will start Thursday in three states.", on: "2024-01-02", "Thursday", "2024-01-04"),
        Example("The warehouse was raided last Friday.", on: "2024-01-02", "last Friday", "2023-12-29"),
        Example("Talks resume next Monday.", on: "2024-01-02", "next Monday", "2024-01-08"),
        Example("The recount ends next Tuesday.", on: "2024-01-02", "next Tuesday", "2024-01-09"),
        Example("The recount began last Tuesday.", on: "2024-01-02", "last Tuesday", "2023-12-26"),
        Example("The fire started Monday in a vacant lot.", on: "2025-01-03", "Monday", "2024-12-30"),
        Example("The company disclosed the breach on Thursday.", on: "2025-01-03", "Thursday", "2025-01-02"),
        Example("The shelter will reopen Monday.", on: "2025-12-30", "Monday", "2026-01-05"),
        // 2024-11-15 is a Friday; 2020-10-14 a Wednesday.
        Example("The strike ends this Friday, the union said.", on: "2024-11-15", "this Friday", "2024-11-15"),
        Example("The vote is this Saturday.", on: "2020-10-14", "this Saturday", "2020-10-17"),
        Example("The dam was inspected last Thursday.", on: "2020-10-14", "last Thursday", "2020-10-08"),
        Example("The clinic will open next Monday.", on: "2020-10-14", "next Monday", "2020-10-19"),
        Example("Protesters gathered last Saturday.", on: "2020-10-14", "last Saturday", "2020-10-10"),
        // Other weeks.
        Example("The court ruled on Monday, Jan. 8.", on: "2024-01-10", "Monday, Jan. 8", "2024-01-08"),
        Example("The cathedral held a vigil on Sunday.", on: "2019-05-22", "Sunday", "2019-05-19"),
        Example("Police arrested a suspect Wednesday.", on: "2024-08-10", "Wednesday", "2024-08-07"),
        Example("The trial resumes next Wednesday.", on: "2024-08-10", "next Wednesday", "2024-08-14"),
        Example("The pact was signed last Sunday.", on: "2022-04-18", "last Sunday", "2022-04-17"),
        Example("The final will be played on Sunday.", on: "2022-04-18", "Sunday", "2022-04-24"),
        Example("The rally was held Saturday in the rain.", on: "2021-07-05", "Saturday", "2021-07-03"),
        Example("The jury is expected to deliberate Tuesday.", on: "2021-07-05", "Tuesday", "2021-07-06"),
        Example("Officials announced on Friday that the port will reopen.", on: "2021-07-05", "Friday", "2021-07-02"),
        Example("The company said Tuesday it would cut 300 jobs.", on: "2023-09-12", "Tuesday", "2023-09-12"),
        Example("Negotiators will resume talks Friday.", on: "2023-09-12", "Friday", "2023-09-15"),
        Example("Negotiators met Friday without a deal.", on: "2023-09-12", "Friday", "2023-09-08"),
        Example("The governor vetoed the bill on Wednesday.", on: "2026-02-09", "Wednesday", "2026-02-04"),
        Example("Officials said Thursday the bridge would reopen by Dec. 1.", on: "2024-11-15", "Thursday", "2024-11-14", count: 2),
        Example("The vote is set for next Tuesday.", on: "2023-06-14", "next Tuesday", "2023-06-20"),
        Example("The port has been closed since Monday.", on: "2024-11-15", "Monday", "2024-11-11"),
        Example("The plan was announced last Monday.", on: "2024-11-15", "last Monday", "2024-11-11"),
    ]
}
