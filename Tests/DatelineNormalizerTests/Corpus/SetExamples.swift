/// Recurrences (type SET): "every Monday" (XXXX-WXX-1, quant EACH), "weekly" (P1W), "each year"
/// (P1Y, quant EACH), "twice a month" (P1M, freq 2X).
enum SetExamples {
    static let all: [Example] = [
        // A month or a day of every year
        Example("The town holds a fair each July.", on: "2025-06-26", "each July", "XXXX-07", type: .set, quant: "EACH"),
        Example("Floods come every March.", on: "2025-06-26", "every March", "XXXX-03", type: .set, quant: "EACH"),
        Example("Each May 5 the club meets at the pier.", on: "2025-06-26", "Each May 5", "XXXX-05-05", type: .set, quant: "EACH"),
        Example("Rent is due every Jan. 1.", on: "2025-06-26", "every Jan. 1", "XXXX-01-01", type: .set, quant: "EACH"),
        Example("The council meets every Monday.", on: "2025-06-26", "every Monday", "XXXX-WXX-1", type: .set, quant: "EACH"),
        Example("Volunteers cook for the shelter every Sunday.", on: "2024-02-29", "every Sunday", "XXXX-WXX-7", type: .set, quant: "EACH"),
        Example("The market is held each Friday.", on: "2023-09-12", "each Friday", "XXXX-WXX-5", type: .set, quant: "EACH"),
        Example("Every Tuesday, the library offers free tutoring.", on: "2021-07-05", "Every Tuesday", "XXXX-WXX-2", type: .set, quant: "EACH"),
        Example("The pamphlet was published weekly.", on: "2022-04-18", "weekly", "P1W", type: .set),
        Example("The board holds weekly meetings on safety.", on: "2024-11-15", "weekly", "P1W", type: .set),
        Example("The committee meets twice a month.", on: "2025-06-26", "twice a month", "P1M", type: .set, freq: "2X"),
        Example("Patients take the pills daily.", on: "2023-03-27", "daily", "P1D", type: .set),
        Example("Inspectors visit the plant once a year.", on: "2024-01-02", "once a year", "P1Y", type: .set, freq: "1X"),
        Example("The ferry sails twice a year to the island.", on: "2020-10-14", "twice a year", "P1Y", type: .set, freq: "2X"),
        Example("The nurse checks on him once a week.", on: "2019-05-22", "once a week", "P1W", type: .set, freq: "1X"),
        Example("The drills happen twice per week.", on: "2025-01-03", "twice per week", "P1W", type: .set, freq: "2X"),
        Example("The festival draws crowds each year.", on: "2023-09-12", "each year", "P1Y", type: .set, quant: "EACH"),
        Example("The trucks collect recycling every week.", on: "2022-12-24", "every week", "P1W", type: .set, quant: "EACH"),
        Example("The utility bills customers every month.", on: "2024-02-29", "every month", "P1M", type: .set, quant: "EACH"),
        Example("The pharmacy restocks every day.", on: "2021-07-05", "every day", "P1D", type: .set, quant: "EACH"),
        Example("The tide gauge reports every hour.", on: "2025-06-26", "every hour", "PT1H", type: .set, quant: "EACH"),
        Example("Thousands visit the shrine every year.", on: "2020-10-14", "every year", "P1Y", type: .set, quant: "EACH"),
        Example("Tenants pay rent monthly.", on: "2024-11-15", "monthly", "P1M", type: .set),
        Example("The prize is awarded annually.", on: "2023-03-27", "annually", "P1Y", type: .set),
        Example("The index is revised yearly.", on: "2019-05-22", "yearly", "P1Y", type: .set),
        Example("The sensors log readings hourly.", on: "2022-04-18", "hourly", "PT1H", type: .set),
        Example("The clinic is open each month for walk-ins.", on: "2025-06-26", "each month", "P1M", type: .set, quant: "EACH"),
    ]
}
