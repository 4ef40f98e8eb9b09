/// Every rule group's examples, and the negatives.
enum Corpus {
    /// Rule groups in the order of the grammar, each with its examples.
    static let groups: [(name: String, examples: [Example])] = [
        ("absolute dates", AbsoluteDateExamples.all),
        ("deictic days", DeicticExamples.all),
        ("this/last/next + unit", RelativeUnitExamples.all),
        ("weekdays", WeekdayExamples.all),
        ("months and seasons", MonthAndSeasonExamples.all),
        ("quarters and halves", QuarterAndHalfExamples.all),
        ("offsets", OffsetExamples.all),
        ("anaphora", AnaphoraExamples.all),
        ("parts of periods", PartOfExamples.all),
        ("decades and centuries", DecadeCenturyExamples.all),
        ("holidays", HolidayExamples.all),
        ("times of day", TimeOfDayExamples.all),
        ("durations", DurationExamples.all),
        ("sets", SetExamples.all),
        ("vague references", VagueExamples.all),
        ("ranges", RangeExamples.all),
        ("narrative policy", NarrativeExamples.all),
        ("resolution", ResolutionExamples.all),
    ]

    static var allPositive: [Example] { groups.flatMap(\.examples) }

    static var allNegative: [Negative] { NegativeExamples.all }
}
