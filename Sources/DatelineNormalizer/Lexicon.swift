/// What the lexicon knows about one word. A word can play several roles ("may", "second", "fall").
struct Lexeme: Sendable {
    var month: Int = 0               // 1…12
    var monthIsShort = false         // "jan", "sept": needs a period or a day number
    var weekday: Int = 0             // 1 = Monday … 7 = Sunday
    var season: Season?
    var unit: TimeUnit?
    var unitIsPlural = false
    var cardinal: Int?               // "two" = 2; "a" = 1
    var vagueAmount = false          // "several", "few", "many": an amount of X
    var ordinal: Int?                // "third" = 3
    var partOfDay: PartOfDay?
    var relation: Mention.Relation?  // last, this, next…
    var word: Word?                  // the role of a function word
    var isHolidayStart = false       // may begin a holiday name ("New Year's Day")
    var decadeWord: Int?             // "nineties" = 9: a decade named in words, century implied

    /// Function words that shape a temporal expression.
    enum Word: Sendable, Hashable {
        case today, yesterday, tomorrow, tonight, now, currently, recently, lately, recent
        case ago, earlier, later, before, after, hence
        case early, mid, late, beginning, start, end, middle
        case the, of, and, at, present, moment, future, past, following, previous, same, that, coming
        case noon, midnight, am, pm, fiscal, quarterWord, halfWord, century, decade
        case preposition
        case soon, formerly, these, days, current, latest
        case every, each, per, once, twice, thrice, times
        case daily, weekly, monthly, quarterly, annually, yearly, nightly, hourly
        case holidayStart
        case quantityModifier
    }
}

/// The English words the tagger knows, looked up by `WordKey`.
struct Lexicon: Sendable {
    private var indexes = WordTable<UInt16>(capacity: 512)
    /// Index 0 is unused: it means "not in the lexicon".
    private var lexemes: [Lexeme] = [Lexeme()]

    subscript(key: WordKey) -> Lexeme? { indexes[key].map { lexemes[Int($0)] } }

    /// The lexeme's index for `key`, or 0 when the word is unknown.
    @inline(__always) func index(of key: WordKey) -> UInt16 { indexes[key] ?? 0 }

    @inline(__always) func lexeme(at index: UInt16) -> Lexeme { lexemes[Int(index)] }

    /// Every lexeme by index (index 0 unused), for a matcher that looks many up.
    var allLexemes: [Lexeme] { lexemes }

    /// The shared English lexicon.
    static let english = Lexicon.makeEnglish()

    mutating func add(_ words: [String], _ change: (inout Lexeme) -> Void) {
        for word in words {
            let key = WordKey(word)
            if let index = indexes[key] {
                change(&lexemes[Int(index)])
            } else {
                var entry = Lexeme()
                change(&entry)
                indexes[key] = UInt16(lexemes.count)
                lexemes.append(entry)
            }
        }
    }

    /// Prepositions recorded on a mention, to tell states and spans from points.
    static let prepositions = WordSet(["in", "on", "since", "until", "till", "by", "during", "from", "to", "through",
                                                 "throughout", "for", "within", "around", "about", "between", "at", "before",
                                                 "after", "as", "of", "over", "starting", "circa"])
}
