/// The English names of holidays, as token sequences. An apostrophe token matches `'`, `’` or `‘`.
enum HolidayPhrases {
    struct Phrase {
        let words: [WordKey]
        let holiday: Holiday
    }

    static let apostrophe = WordKey("'")

    /// Longest phrases first, so "New Year's Eve" wins over "New Year's".
    static let all: [Phrase] = [
        ("christmas eve", .christmasEve), ("christmas day", .christmas), ("christmas", .christmas), ("xmas", .christmas),
        ("new year ' s eve", .newYearsEve), ("new year ' s day", .newYearsDay), ("new year ' s", .newYearsDay),
        ("new years eve", .newYearsEve), ("new years day", .newYearsDay),
        ("valentine ' s day", .valentinesDay), ("valentines day", .valentinesDay),
        ("easter sunday", .easter), ("easter", .easter),
        ("memorial day", .memorialDay), ("independence day", .independenceDay), ("fourth of july", .independenceDay),
        ("labor day", .laborDay), ("election day", .electionDay), ("labour day", .laborDay), ("halloween", .halloween),
        ("good friday", .goodFriday), ("cyber monday", .cyberMonday), ("thanksgiving day", .thanksgiving), ("thanksgiving", .thanksgiving), ("black friday", .blackFriday),
    ].map { text, holiday in
        Phrase(words: text.split(separator: " ").map { WordKey(String($0)) }, holiday: holiday)
    }

    /// First words of the phrases, for the lexicon.
    static let firstWords: [String] = ["christmas", "xmas", "new", "valentine", "valentines", "easter", "memorial",
                                       "independence", "fourth", "labor", "labour", "election", "halloween", "thanksgiving", "black", "good", "cyber"]
}
