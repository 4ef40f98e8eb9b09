/// The English lexicon: month, weekday, season, unit and number words, and the roles of function words.
extension Lexicon {
    static func makeEnglish() -> Lexicon {
        var lexicon = Lexicon()
        let months = [["january", "jan"], ["february", "feb"], ["march", "mar"], ["april", "apr"], ["may"],
                      ["june", "jun"], ["july", "jul"], ["august", "aug"], ["september", "sep", "sept"],
                      ["october", "oct"], ["november", "nov"], ["december", "dec"]]
        for (index, names) in months.enumerated() {
            lexicon.add([names[0]]) { $0.month = index + 1 }
            lexicon.add(Array(names.dropFirst())) { $0.month = index + 1; $0.monthIsShort = true }
        }
        let weekdays = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
        for (index, name) in weekdays.enumerated() {
            lexicon.add([name]) { $0.weekday = index + 1 }
        }
        lexicon.add(["spring"]) { $0.season = .spring }
        lexicon.add(["summer"]) { $0.season = .summer }
        lexicon.add(["fall", "autumn"]) { $0.season = .fall }
        lexicon.add(["winter"]) { $0.season = .winter }
        let units: [(TimeUnit, String, String)] = [
            (.minute, "minute", "minutes"), (.hour, "hour", "hours"), (.day, "day", "days"), (.week, "week", "weeks"),
            (.weekend, "weekend", "weekends"), (.month, "month", "months"), (.quarter, "quarter", "quarters"),
            (.year, "year", "years"), (.decade, "decade", "decades"), (.century, "century", "centuries"),
        ]
        for (unit, singular, plural) in units {
            lexicon.add([singular]) { $0.unit = unit }
            lexicon.add([plural]) { $0.unit = unit; $0.unitIsPlural = true }
        }
        let cardinals = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
                         "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty"]
        for (index, word) in cardinals.enumerated() { lexicon.add([word]) { $0.cardinal = index + 1 } }
        for (value, word) in [(30, "thirty"), (40, "forty"), (50, "fifty"), (60, "sixty"), (70, "seventy"), (80, "eighty"), (90, "ninety"), (100, "hundred")] {
            lexicon.add([word]) { $0.cardinal = value }
        }
        lexicon.add(["a", "an"]) { $0.cardinal = 1 }
        lexicon.add(["couple"]) { $0.cardinal = 2 }
        lexicon.add(["half"]) { _ in }  // opens "half an hour"
        lexicon.add(["several", "few", "many", "some", "numerous"]) { $0.vagueAmount = true }
        let ordinals = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
                        "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
                        "eighteenth", "nineteenth", "twentieth", "twenty-first"]
        for (index, word) in ordinals.enumerated() { lexicon.add([word]) { $0.ordinal = index + 1 } }
        lexicon.add(["morning"]) { $0.partOfDay = .morning }
        lexicon.add(["afternoon"]) { $0.partOfDay = .afternoon }
        lexicon.add(["evening"]) { $0.partOfDay = .evening }
        lexicon.add(["night", "overnight"]) { $0.partOfDay = .night }
        lexicon.add(["last"]) { $0.relation = .last }
        lexicon.add(["this", "current"]) { $0.relation = .this }
        lexicon.add(["next", "upcoming"]) { $0.relation = .next }
        let words: [(Lexeme.Word, [String])] = [
            (.today, ["today"]), (.yesterday, ["yesterday"]), (.tomorrow, ["tomorrow"]), (.tonight, ["tonight"]),
            (.now, ["now"]), (.currently, ["currently", "presently", "nowadays"]), (.recently, ["recently"]), (.lately, ["lately"]),
            (.recent, ["recent"]), (.ago, ["ago"]), (.earlier, ["earlier"]), (.later, ["later"]), (.before, ["before"]),
            (.after, ["after"]), (.hence, ["hence"]), (.early, ["early"]), (.mid, ["mid"]), (.late, ["late"]),
            (.beginning, ["beginning"]), (.start, ["start"]), (.end, ["end", "close"]), (.middle, ["middle"]),
            (.the, ["the"]), (.of, ["of"]), (.and, ["and"]), (.at, ["at"]), (.present, ["present"]), (.moment, ["moment"]),
            (.future, ["future"]), (.past, ["past"]), (.following, ["following"]), (.previous, ["previous", "preceding", "prior"]),
            (.same, ["same"]), (.that, ["that"]), (.coming, ["coming"]), (.noon, ["noon", "midday"]), (.midnight, ["midnight"]),
            (.am, ["am"]), (.pm, ["pm"]), (.fiscal, ["fiscal"]),
        ]
        for (role, list) in words { lexicon.add(list) { $0.word = role } }
        let moreWords: [(Lexeme.Word, [String])] = [
            (.soon, ["soon"]), (.formerly, ["formerly"]), (.latest, ["latest"]), (.these, ["these"]), (.current, ["current"]),
            (.every, ["every"]), (.each, ["each"]), (.per, ["per"]), (.once, ["once"]), (.twice, ["twice"]),
            (.thrice, ["thrice"]), (.times, ["times"]), (.daily, ["daily"]), (.weekly, ["weekly"]), (.monthly, ["monthly"]),
            (.annually, ["annually"]), (.yearly, ["yearly"]), (.nightly, ["nightly"]),
            (.hourly, ["hourly"]),
        ]
        for (role, list) in moreWords { lexicon.add(list) { if $0.word == nil { $0.word = role } } }
        lexicon.add(HolidayPhrases.firstWords) { $0.isHolidayStart = true }
        for (tens, word) in [(2, "twenties"), (3, "thirties"), (4, "forties"), (5, "fifties"), (6, "sixties"), (7, "seventies"),
                             (8, "eighties"), (9, "nineties")] {
            lexicon.add([word]) { $0.decadeWord = tens }
        }
        // Prefixes of "post-1959", "pre-1990": known, so the tagger tries a match there.
        lexicon.add(["post", "pre"]) { _ in }
        // First words of "more than", "nearly", "up to"…: known, so the tagger tries a match there.
        lexicon.add(["more", "less", "up", "no", "nearly", "almost", "roughly", "approximately"]) {
            if $0.word == nil { $0.word = .quantityModifier }
        }
        lexicon.add(["in", "on", "since", "until", "till", "by", "during", "from", "to", "through", "throughout", "for",
                     "within", "around", "about", "between", "as", "into", "over", "starting", "beginning", "ending", "circa"]) {
            if $0.word == nil { $0.word = .preposition }
        }
        return lexicon
    }
}
