/// The English grammar of temporal expressions: finds the longest expression starting at a token.
///
/// It records what the text says (a `Mention`) and leaves every inference about years,
/// tense and anchors to `Resolver`.
struct Grammar {
    let tokens: [Token]
    /// Read numeric dates day first (25/06/2025) instead of month first (06/25/2025).
    var dayFirst = false
    /// The lexicon's entries, held here so looking one up costs no access to the shared lexicon.
    private let lexemes = Lexicon.english.allLexemes

    init(tokens: [Token], dayFirst: Bool = false) {
        self.tokens = tokens
        self.dayFirst = dayFirst
    }

    /// The longest mention that starts at token `i`, and the index after it.
    func match(at i: Int) -> (mention: Mention, next: Int)? {
        // "post-1959", "pre-1990s": after or before a year or decade.
        if i + 2 < tokens.count, isPunct(i + 1, "-"), touches(i + 1), touches(i + 2), tokens[i].key == Keys.post || tokens[i].key == Keys.pre,
           let n = number(i + 2), n.digits == 4, isPlausibleYear(n.number), !isPunct(i + 3, "-") {
            // The year is an adjective here, so a plural noun after it ("pre-2008 levels") is no count.
            let isDecade = n.number % 10 == 0 && isWord(i + 3, Keys.s) && touches(i + 3)
            let next = isDecade ? i + 4 : i + 3
            var mention = Mention(range: tokens[i].start..<tokens[next - 1].end,
                                  form: isDecade ? .decade(n.number / 10) : .calendar(year: n.number, month: nil, day: nil))
            mention.modifier = tokens[i].key == Keys.post ? .after : .before
            return (mention, next)
        }
        // "more than four hours", "nearly two years ago", "around 7:15 p.m.", "at least 72 hours"
        if let (modifier, after) = modifierPrefix(at: i), after < tokens.count,
           tokens[after].kind == .number || lexeme(after)?.cardinal != nil,
           let (inner, next) = matchCore(at: after), Self.takesModifier(inner, modifier) {
            var mention = inner
            mention.range = tokens[i].start..<mention.range.upperBound
            mention.modifier = modifier
            return (mention, next)
        }
        return matchCore(at: i)
    }

    private func matchCore(at i: Int) -> (mention: Mention, next: Int)? {
        if let found = matchWithoutArticle(at: i) { return found }
        // "the summer", "the late 1970s", "the next two years", "the current quarter": TimeML spans
        // take the article of a noun phrase headed by the time.
        if role(i) == .the, let (inner, next) = matchWithoutArticle(at: i + 1), Self.takesArticle(inner),
           inner.part != nil || !containsHyphen(from: i + 1, to: next) {  // "the third-quarter loss": an adjective
            var mention = inner
            mention.range = tokens[i].start..<mention.range.upperBound
            mention.startsWithArticle = true
            return (mention, next)
        }
        return nil
    }

    private func matchWithoutArticle(at i: Int) -> (mention: Mention, next: Int)? {
        if let next = yearEnd(at: i) {
            return (Mention(range: tokens[i].start..<tokens[next - 1].end, form: .relative(unit: .year, offset: 0), part: .late), next)
        }
        if let (part, afterPart) = partPrefix(at: i) {
            if let (form, next) = core(at: afterPart) {
                return (Mention(range: tokens[i].start..<tokens[next - 1].end, form: form, part: part), next)
            }
            // "mid-morning", "mid afternoon", "early morning", "late night" (not the adjective "late-night")
            if [.early, .mid, .late].contains(part), let partOfDay = lexeme(afterPart)?.partOfDay, partOfDay != .midday,
               tokens[afterPart].key != Keys.overnight, part == .mid || afterPart == i + 1, !isPunct(afterPart + 1, "-") {
                let (day, next) = dayAfterPartOfDay(at: afterPart + 1) ?? (.anchor, afterPart + 1)
                let form = Mention.Form.timeOfDay(day: day, part: partOfDay, hour: nil, minute: nil)
                return (Mention(range: tokens[i].start..<tokens[next - 1].end, form: form, part: part), next)
            }
        }
        guard let (form, next) = core(at: i) else { return nil }
        var mention = Mention(range: tokens[i].start..<tokens[next - 1].end, form: form)
        mention.startsWithArticle = role(i) == .the
        return (mention, next)
    }

    /// "year-end", "year end", "year's end": the end of the current year.
    private func yearEnd(at i: Int) -> Int? {
        guard lexeme(i)?.unit == .year, lexeme(i)?.unitIsPlural == false else { return nil }
        if isPunct(i + 1, "-"), touches(i + 1), role(i + 2) == .end, touches(i + 2), tokens[i + 2].key != Keys.close { return i + 3 }
        if isApostrophe(i + 1), touches(i + 1), isWord(i + 2, Keys.s), touches(i + 2), role(i + 3) == .end, tokens[i + 3].key != Keys.close { return i + 4 }
        if role(i + 1) == .end, tokens[i + 1].key != Keys.close, !tokens[i + 1].isCapitalized { return i + 2 }
        return nil
    }

    /// A capitalized word that is not itself a time word: the next part of a name.
    private func isCapitalizedName(at i: Int) -> Bool {
        guard i < tokens.count, tokens[i].kind == .word, tokens[i].isCapitalized else { return false }
        let lex = lexeme(i)
        return (lex?.month ?? 0) == 0 && (lex?.weekday ?? 0) == 0 && lex?.unit == nil
    }

    /// Time words written as a title or a name: "High Noon", "USA Today", ``This Week,'' (a TV show),
    /// "60 Minutes". A word normally lower case (not a month, weekday or holiday) is capitalized in the
    /// middle of a sentence, after another capitalized word or an opening quote.
    func isTitle(from first: Int, to end: Int) -> Bool {
        guard first > 0, end <= tokens.count, tokens[first].isCapitalized || tokens[first].kind == .number else { return false }
        // Cheap test first: a capitalized word or an opening quote must come just before.
        let previous = tokens[first - 1]
        guard previous.kind == .word ? previous.isCapitalized : Keys.openingQuotes.contains(previous.key) else { return false }
        var lowerCaseWord: Int?
        for k in first..<end where tokens[k].kind == .word {
            guard tokens[k].isCapitalized else { return false }
            let lex = lexeme(k)
            if lex?.month ?? 0 == 0, lex?.weekday ?? 0 == 0, lex?.isHolidayStart != true { lowerCaseWord = k }  // the last one
        }
        guard let lowerCaseWord else { return false }
        if previous.kind == .word {
            // One word after a name ("USA Today"); the word before must not open the sentence itself,
            // nor be a time word ("Monday Noon"). Longer runs are more likely a headline in title case.
            guard end == first + 1, !previous.isKnownWord, first >= 2 else { return false }
            let beforeName = tokens[first - 2]
            return !(beforeName.kind == .punctuation && Keys.sentenceEnds.contains(beforeName.key))
        }
        // After a quote, a capital may just open a quoted sentence ("Today we won"): a title has a
        // capitalized time word after its first token ("This Week", "60 Minutes").
        return lowerCaseWord > first
    }

    /// A lower-case word that is not a function word: "the past president".
    private func isContentWord(_ i: Int) -> Bool {
        guard i < tokens.count, tokens[i].kind == .word, !tokens[i].isCapitalized else { return false }
        return !Keys.functionWords.contains(tokens[i].key)
    }

    /// A hyphen joins two of the tokens in `from..<to` ("third-quarter", "year-earlier", "two-week").
    private func containsHyphen(from: Int, to: Int) -> Bool {
        (from..<min(to, tokens.count)).contains { isPunct($0, "-") && touches($0) }
    }

    /// A quantity modifier before an amount of time, and its TIMEX3 `mod`.
    private func modifierPrefix(at i: Int) -> (TimexMod, Int)? {
        guard i + 1 < tokens.count, tokens[i].kind == .word else { return nil }
        let key = tokens[i].key
        let next = tokens[i + 1].key
        if key == Keys.more && next == Keys.than { return (.moreThan, i + 2) }
        if key == Keys.less && next == Keys.than { return (.lessThan, i + 2) }
        if key == Keys.at && next == Keys.least { return (.equalOrMore, i + 2) }
        if key == Keys.at && next == Keys.most { return (.equalOrLess, i + 2) }
        if key == Keys.up && next == Keys.to { return (.equalOrLess, i + 2) }
        if key == Keys.no && next == Keys.more, isWord(i + 2, Keys.than) { return (.equalOrLess, i + 3) }
        if key == Keys.over { return (.moreThan, i + 1) }
        if Keys.approximately.contains(key) { return (.approx, i + 1) }
        return nil
    }

    /// Amounts of time take any modifier; dates and clock times only "about"-like ones.
    static func takesModifier(_ mention: Mention, _ modifier: TimexMod) -> Bool {
        switch mention.form {
        case .duration(let amount, _): return amount != nil
        case .offset(let amount, _, _, _): return amount != nil
        case .timeOfDay(_, _, let hour, _): return hour != nil && modifier == .approx
        case .calendar: return modifier == .approx
        default: return false
        }
    }

    /// Forms whose noun phrase includes a preceding "the".
    static func takesArticle(_ mention: Mention) -> Bool {
        if mention.part != nil { return true }
        switch mention.form {
        case .season, .decade, .decadeInWords, .century, .duration, .recentPeriod, .relative, .quarter, .half: return true
        case .offset(_, _, _, let anaphoric): return anaphoric
        default: return false
        }
    }

    // MARK: - Token tests

    @inline(__always) func lexeme(_ i: Int) -> Lexeme? {
        guard i < tokens.count else { return nil }
        let index = tokens[i].lexemeIndex
        return index == 0 ? nil : lexemes[Int(index)]
    }
    @inline(__always) func role(_ i: Int) -> Lexeme.Word? { lexeme(i)?.word }
    @inline(__always) func isPunct(_ i: Int, _ c: Character) -> Bool {
        i < tokens.count && tokens[i].kind == .punctuation && tokens[i].key.firstByte == c.asciiValue!
    }
    @inline(__always) func isWord(_ i: Int, _ key: WordKey) -> Bool {
        i < tokens.count && tokens[i].kind == .word && tokens[i].key == key
    }
    @inline(__always) func touches(_ i: Int) -> Bool { i < tokens.count && tokens[i].touchesPrevious }
    @inline(__always) func number(_ i: Int) -> Token? {
        i < tokens.count && tokens[i].kind == .number ? tokens[i] : nil
    }
    /// An apostrophe, straight or curly (’, or ‘ as autocorrect often types it), not a double quote.
    func isApostrophe(_ i: Int) -> Bool {
        i < tokens.count && tokens[i].kind == .punctuation && Keys.apostrophes.contains(tokens[i].key)
    }

    // MARK: - Parts: "early", "mid-", "the end of", "earlier this…"

    private func partPrefix(at i: Int) -> (Mention.Part, Int)? {
        switch role(i) {
        // "late-November", "early-2025": a hyphen may join the part to the period.
        case .early: return (.early, isPunct(i + 1, "-") && touches(i + 1) ? i + 2 : i + 1)
        case .late: return (.late, isPunct(i + 1, "-") && touches(i + 1) ? i + 2 : i + 1)
        case .mid: return (.mid, isPunct(i + 1, "-") ? i + 2 : i + 1)
        case .earlier:
            // "earlier this month", "earlier this year" — but not "two weeks earlier".
            if lexeme(i + 1)?.relation == .this { return (.earlier, i + 1) }
            if role(i + 1) == .that, lexeme(i + 2)?.unit != nil { return (.earlier, i + 1) }  // "earlier that day"
            return nil
        case .later:
            if lexeme(i + 1)?.relation == .this { return (.later, i + 1) }
            if role(i + 1) == .that, lexeme(i + 2)?.unit != nil { return (.later, i + 1) }  // "later that week"
            return nil
        case .the:
            // "the beginning of", "the start of", "the end of", "the middle of"
            guard role(i + 2) == .of else { return nil }
            switch role(i + 1) {
            case .beginning, .start: return (.early, i + 3)
            case .end: return (.late, i + 3)
            case .middle: return (.mid, i + 3)
            default: return nil
            }
        default:
            // "mid-June": the tokenizer keeps "mid" apart from "-June".
            return nil
        }
    }

    // MARK: - Core expressions

    private func core(at i: Int) -> (Mention.Form, Int)? {
        guard i < tokens.count else { return nil }
        let token = tokens[i]
        switch token.kind {
        case .number: return numeric(at: i)
        case .punctuation:
            // "'90s"
            if isApostrophe(i), let n = number(i + 1), n.digits == 2, touches(i + 1), isWord(i + 2, Keys.s), touches(i + 2) {
                return (.decade(190 + n.number / 10 + (n.number < 30 ? 10 : 0)), i + 3)
            }
            return nil
        case .word: return wordLed(at: i)
        }
    }

    /// Expressions that open with a number: dates, years, decades, amounts of time, clock times.
    private func numeric(at i: Int) -> (Mention.Form, Int)? {
        let n = tokens[i]
        guard !precededByMoneyOrNumber(i) else { return nil }
        // "1e9 years", "F16", "COVID19": digits glued to a word are part of that word.
        if i > 0, touches(i), tokens[i - 1].kind == .word { return nil }
        // "490 BC", "146 B.C.", "AD" or "CE" after a year
        if let (year, next) = eraYear(at: i) { return (.calendar(year: year, month: nil, day: nil), next) }
        // "499-493 BC": the era after the second year covers the first.
        if n.digits <= 4, n.number >= 1, isDash(i + 1), touches(i + 1), number(i + 2) != nil, touches(i + 2),
           let (second, _) = eraYear(at: i + 2), second <= 0, 1 - second < n.number {
            return (.calendar(year: 1 - n.number, month: nil, day: nil), i + 1)
        }
        // 2025-06-25
        if n.digits == 4, isPunct(i + 1, "-"), touches(i + 1), let m = number(i + 2), m.digits == 2, touches(i + 2),
           isPunct(i + 3, "-"), touches(i + 3), let d = number(i + 4), d.digits == 2, touches(i + 4),
           CalendarDate(year: n.number, month: m.number, day: d.number) != nil {
            return (.calendar(year: n.number, month: m.number, day: d.number), i + 5)
        }
        // 6/25/2025 (US order)
        if n.digits <= 2, isPunct(i + 1, "/"), touches(i + 1), let d = number(i + 2), d.digits <= 2, touches(i + 2),
           isPunct(i + 3, "/"), touches(i + 3), let y = number(i + 4), y.digits == 4 || y.digits == 2, touches(i + 4),
           !isPunct(i + 5, "/") {
            let year = y.digits == 2 ? (y.number < 50 ? 2000 + y.number : 1900 + y.number) : y.number
            // Month first unless the caller asked for day first, or the first number cannot be a month (25/6/2025).
            let swap = dayFirst ? d.number <= 12 : (n.number > 12 && d.number <= 12)
            let (month, day) = swap ? (d.number, n.number) : (n.number, d.number)
            if CalendarDate(year: year, month: month, day: day) != nil {
                return (.calendar(year: year, month: month, day: day), i + 5)
            }
        }
        // 1990s
        if n.digits == 4, n.number % 10 == 0, isWord(i + 1, Keys.s), touches(i + 1) {
            // "the 1800s" is a century, "the 1990s" and "the 2000s" decades.
            return (n.number % 100 == 0 && n.number <= 1900 ? .century(n.number / 100) : .decade(n.number / 10), i + 2)
        }
        // 20th century (there is no 0th: centuries count from the first)
        if n.digits <= 2, n.number >= 1, let suffix = ordinalSuffix(i + 1), lexeme(suffix)?.unit == .century {
            // "the 4th century BC": counted back from the era.
            if let (isBC, end) = eraMark(at: suffix + 1) { return (.century(isBC ? -n.number : n.number - 1), end) }
            return (.century(n.number - 1), suffix + 1)
        }
        // "26-30 November", "6-7 January 1916": the first day of a range written day first; the
        // second ("30 November") is found on its own after it.
        if n.digits <= 2, (1...31).contains(n.number), isDash(i + 1), touches(i + 1), let m = number(i + 2), touches(i + 2),
           m.digits <= 2, m.number > n.number, m.number <= 31, let month = monthName(at: i + 3) {
            var year: Int?
            if let y = number(month.next), y.digits == 4, isPlausibleYear(y.number) { year = y.number }
            else if let (era, _) = eraYear(at: month.next) { year = era }
            if CalendarDate(year: year ?? 2000, month: month.month, day: n.number) != nil,
               CalendarDate(year: year ?? 2000, month: month.month, day: m.number) != nil {
                return (.calendar(year: year, month: month.month, day: n.number), i + 1)
            }
        }
        // 25 June [2025], 25th of June
        if n.digits <= 2, (1...31).contains(n.number) {
            var j = ordinalSuffix(i + 1) ?? (i + 1)
            if role(j) == .of { j += 1 }
            if let month = monthName(at: j) {
                var next = month.next
                var year: Int?
                if let y = number(next), y.digits == 4, isPlausibleYear(y.number) { year = y.number; next += 1 }
                else if isPunct(next, ","), let y = number(next + 1), y.digits == 4, isPlausibleYear(y.number) { year = y.number; next += 2 }
                if CalendarDate(year: year ?? 2000, month: month.month, day: n.number) != nil {
                    return (.calendar(year: year, month: month.month, day: n.number), next)
                }
            }
        }
        // Clock times: 3 p.m., 10:30 am, 15:30
        if let time = clockTime(at: i) { return time }
        // Amounts of time: "three years ago", "5 days later", "two weeks", "2 and a half hours", "2.5 hours"
        if n.digits <= 3, let found = andAHalf(whole: n.number, at: i + 1) { return found }
        if n.digits <= 3, isPunct(i + 1, "."), touches(i + 1), let f = number(i + 2), touches(i + 2), f.digits == 1, f.number == 5,
           let unit = lexeme(i + 3)?.unit, unit != .weekend {
            return halfAmount(whole: n.number, unit: unit, after: i + 4)
        }
        // "5 1/2 hours", "2½ years"
        if n.digits <= 3, let f = number(i + 1), f.number == 1, isPunct(i + 2, "/"), touches(i + 2), let d = number(i + 3), d.number == 2,
           touches(i + 3), let unit = lexeme(i + 4)?.unit, unit != .weekend {
            return halfAmount(whole: n.number, unit: unit, after: i + 5)
        }
        if n.digits <= 3, i + 1 < tokens.count, tokens[i + 1].key == Keys.oneHalf, touches(i + 1), let unit = lexeme(i + 2)?.unit, unit != .weekend {
            return halfAmount(whole: n.number, unit: unit, after: i + 3)
        }
        if n.digits <= 3, let result = amountExpression(amount: n.number, at: i + 1) { return result }
        // A year on its own.
        if n.digits == 4, isPlausibleYear(n.number), !followedByNumberContinuation(i), !isCountOrLabel(i) {
            return (.calendar(year: n.number, month: nil, day: nil), i + 1)
        }
        return nil
    }

    /// Expressions that open with a word.
    private func wordLed(at i: Int) -> (Mention.Form, Int)? {
        // "half an hour", "half a day"
        if isWord(i, Keys.half), i + 1 < tokens.count, tokens[i + 1].key == Keys.a || tokens[i + 1].key == Keys.an,
           let unit = lexeme(i + 2)?.unit, !lexeme(i + 2)!.unitIsPlural, unit != .weekend {
            return halfAmount(whole: 0, unit: unit, after: i + 3)
        }
        guard let lex = lexeme(i) else { return fiscalYear(at: i) ?? periodCode(at: i) }
        if lex.isHolidayStart, let found = holiday(at: i) { return found }
        if lex.unit == .year, let found = yearAgoAdjective(at: i) { return found }
        // Amounts in words: "three years ago", "a decade later", "a couple of weeks", "several years ago"
        // "will one day be": some day in the future.
        if tokens[i].key == Keys.one, lexeme(i + 1)?.unit == .day, !lexeme(i + 1)!.unitIsPlural, i > 0, Keys.modals.contains(tokens[i - 1].key) {
            return (.reference(.future), i + 2)
        }
        if lex.cardinal != nil, let (year, next) = spelledYear(at: i) { return (.calendar(year: year, month: nil, day: nil), next) }
        if var amount = lex.cardinal {
            var j = i + 1
            // "twenty four", "twenty-four"
            if amount >= 20, amount <= 90, amount % 10 == 0 {
                let k = isPunct(j, "-") && touches(j) ? j + 1 : j
                if let units = lexeme(k)?.cardinal, units < 10, tokens[k].key != Keys.a { amount += units; j = k + 1 }
            }
            // "a hundred years", "two hundred years"
            if amount < 10, j < tokens.count, tokens[j].key == Keys.hundred, lexeme(j + 1)?.unit != nil { amount *= 100; j += 1 }
            if amount == 2, tokens[i].key == Keys.couple { if role(j) == .of { j += 1 } }
            if tokens[i].key == Keys.a, lexeme(j)?.cardinal == 2, tokens[j].key == Keys.couple {  // "a couple of"
                j += 1
                if role(j) == .of { j += 1 }
                if let r = amountExpression(amount: 2, at: j) { return r }
            }
            if tokens[i].key == Keys.a, isWord(j, Keys.later), isWord(j + 1, Keys.date) { return (.reference(.future), j + 2) }  // "at a later date"
            if tokens[i].key == Keys.a, lexeme(j)?.vagueAmount == true { // "a few"
                if let r = amountExpression(amount: nil, at: j + 1) { return r }
            }
            if let found = andAHalf(whole: amount, at: j) { return found }  // "two and a half hours"
            // "a half hour", "a half-hour"
            if amount == 1, tokens[i].key == Keys.a, isWord(j, Keys.half) {
                let u = isPunct(j + 1, "-") && touches(j + 1) ? j + 2 : j + 1
                if let unit = lexeme(u)?.unit, !lexeme(u)!.unitIsPlural, unit != .weekend { return halfAmount(whole: 0, unit: unit, after: u + 1) }
            }
            if role(j) == .times, let found = frequency(times: amount, at: j + 1) { return found }  // "three times a week"
            if let r = amountExpression(amount: amount, at: j) { return r }
        }
        if lex.vagueAmount, let r = amountExpression(amount: nil, at: i + 1) { return r }
        // "Years ago", "decades earlier": a vague distance.
        if let unit = lex.unit, lex.unitIsPlural, unit >= .day, role(i + 1) == .ago {
            return (.offset(amount: nil, unit: unit, direction: -1, anaphoric: false), i + 2)
        }
        // "for years", "over decades": a length with no number.
        if let unit = lex.unit, lex.unitIsPlural, unit >= .day, i > 0, isWord(i - 1, Keys.forWord) || isWord(i - 1, Keys.over) {
            return (.duration(amount: nil, unit: unit), i + 1)
        }
        if let month = monthName(at: i) { return monthLed(month: month.month, at: i, next: month.next) }
        // "the nineties", "the early eighties" (not "in her twenties", an age)
        if let tens = lex.decadeWord, i > 0, role(i - 1) == .the || (i > 1 && role(i - 2) == .the && [.early, .mid, .late].contains(role(i - 1))) {
            return (.decadeInWords(tens), i + 1)
        }
        if lex.weekday > 0 { return weekdayLed(weekday: lex.weekday, relation: .nearest, at: i, next: i + 1) }
        if let season = lex.season {
            // "the Summer Olympics", "Summer Street": a capitalized season before a capitalized word is a name.
            if tokens[i].isCapitalized, isCapitalizedName(at: i + 1) { return nil }
            if let y = number(i + 1), y.digits == 4, isPlausibleYear(y.number) { return (.season(season, .nearest, year: y.number), i + 2) }
            if role(i + 1) == .of, let y = number(i + 2), y.digits == 4 { return (.season(season, .nearest, year: y.number), i + 3) }
            if hasCue(before: i), !isSeasonNoun(at: i) { return (.season(season, .nearest, year: nil), i + 1) }
            return nil
        }
        if let relation = lex.relation { return relationLed(relation, at: i) }
        if let ordinal = lex.ordinal { return ordinalLed(ordinal, year: nil, at: i) }
        switch lex.word {
        case .today: return dayWithPart(offset: 0, at: i + 1)
        case .yesterday: return dayWithPart(offset: -1, at: i + 1)
        case .tomorrow: return dayWithPart(offset: 1, at: i + 1)
        case .tonight: return (.timeOfDay(day: .relative(0), part: .night, hour: nil, minute: nil), i + 1)
        case .now, .currently: return (.reference(.present), i + 1)
        case .recently, .lately: return (.reference(.past), i + 1)
        case .recent:
            // "recent months", "recent years", "recent weeks", "recent days"
            if let unit = lexeme(i + 1)?.unit, lexeme(i + 1)?.unitIsPlural == true, unit >= .day { return (.recentPeriod(unit: unit), i + 2) }
            return nil
        case .noon, .midnight:
            let hour = lex.word == .noon ? 12 : 0
            // "noon Thursday", "midnight Friday"
            if let weekday = lexeme(i + 1)?.weekday, weekday > 0, tokens[i + 1].isCapitalized {
                return (.timeOfDay(day: .weekday(weekday, .nearest), part: nil, hour: hour, minute: 0), i + 2)
            }
            return (.timeOfDay(day: .anchor, part: nil, hour: hour, minute: 0), i + 1)
        case .at:
            // "at present", "at the moment"
            if role(i + 1) == .present { return (.reference(.present), i + 2) }
            if role(i + 1) == .the, role(i + 2) == .moment { return (.reference(.present), i + 3) }
            return nil
        case .the: return theLed(at: i)
        case .fiscal: return fiscalYear(at: i)
        case .past:
            // "past decade" without "the" is rare; handled in theLed.
            return nil
        case .that:
            // "that day", "that same year", "that summer"
            let k = role(i + 1) == .same ? i + 2 : i + 1
            if let unit = lexeme(k)?.unit, !lexeme(k)!.unitIsPlural, unit >= .day, !isPunct(k + 1, "-") {
                return (.anaphoric(unit: unit, offset: 0), k + 1)
            }
            if let season = lexeme(k)?.season, !isPunct(k + 1, "-") { return (.seasonOfMentionedYear(season), k + 1) }
            // "at that time", "during that period": the time last mentioned.
            if k == i + 1, k < tokens.count, Keys.timeNouns.contains(tokens[k].key), !isPunct(k + 1, "-") { return (.lastMentioned, k + 1) }
            return nil
        case .coming:
            // "in coming months", "over coming years"
            if let unit = lexeme(i + 1)?.unit, unit >= .day, lexeme(i + 1)!.unitIsPlural, i > 0, role(i - 1) == .preposition,
               !isPunct(i + 2, "-") {
                return (.duration(amount: nil, unit: unit), i + 2)
            }
            return nil
        case .soon:
            if i > 0, isWord(i - 1, Keys.asWord), isWord(i + 1, Keys.asWord) { return nil }  // "as soon as"
            return (.reference(.future), i + 1)
        case .formerly: return (.reference(.past), i + 1)
        case .these:
            if lexeme(i + 1)?.unit == .day, lexeme(i + 1)?.unitIsPlural == true { return (.reference(.present), i + 2) }  // "these days"
            return nil
        case .every, .each: return recurrence(afterEvery: i + 1)
        case .times: return nil
        case .once, .twice, .thrice: return frequency(times: lex.word == .once ? 1 : lex.word == .twice ? 2 : 3, at: i + 1)
        case .daily, .nightly, .weekly, .monthly, .quarterly, .annually, .yearly, .hourly:
            // "The Asia Business Daily", "The Weekly Standard": a capital after a word makes it a name.
            if tokens[i].isCapitalized && (i > 0 && tokens[i - 1].kind == .word || isCapitalizedName(at: i + 1)) { return nil }
            // "the party daily Granma": a newspaper.
            if lex.word == .daily || lex.word == .weekly, isCapitalizedName(at: i + 1) { return nil }
            // "quarterly dividend" is an adjective; "paid quarterly." an adverb of frequency.
            if lex.word == .quarterly, i + 1 < tokens.count, tokens[i + 1].kind == .word { return nil }
            let units: [Lexeme.Word: TimeUnit] = [.daily: .day, .nightly: .day, .weekly: .week, .monthly: .month,
                                                  .quarterly: .quarter, .annually: .year, .yearly: .year, .hourly: .hour]
            return (.recurrence(unit: units[lex.word!]!, weekday: nil, times: nil, each: false, every: 1), i + 1)
        default:
            return nil
        }
    }

    /// After "every" or "each": "every Monday", "each year", "every week", "every two weeks".
    private func recurrence(afterEvery j: Int) -> (Mention.Form, Int)? {
        if let n = number(j).map(\.number) ?? lexeme(j)?.cardinal, n > 1, let unit = lexeme(j + 1)?.unit, lexeme(j + 1)!.unitIsPlural {
            return (.recurrence(unit: unit, weekday: nil, times: nil, each: true, every: n), j + 2)
        }
        guard let lex = lexeme(j) else { return nil }
        if lex.weekday > 0, tokens[j].isCapitalized { return (.recurrence(unit: .week, weekday: lex.weekday, times: nil, each: true, every: 1), j + 1) }
        if tokens[j].isCapitalized, let month = monthName(at: j) {
            if let d = number(month.next), d.digits <= 2, CalendarDate(year: 2000, month: month.month, day: d.number) != nil {
                return (.yearlyRecurrence(month: month.month, day: d.number), month.next + 1)
            }
            if number(month.next) == nil { return (.yearlyRecurrence(month: month.month, day: nil), month.next) }
        }
        if let unit = lex.unit, !lex.unitIsPlural, unit != .weekend { return (.recurrence(unit: unit, weekday: nil, times: nil, each: true, every: 1), j + 1) }
        return nil
    }

    /// "a" at `i` reads "per" after an amount: "$2 million a year", "700 seats a week", "24 hours a day"
    /// (but not "for a year", "within a week", "about a year").
    private func isRate(before i: Int) -> Bool {
        guard i > 0, i < tokens.count, tokens[i].key == Keys.a, !tokens[i].isCapitalized else { return false }
        let previous = tokens[i - 1]
        if previous.kind == .number { return true }
        guard previous.kind == .word, !previous.isCapitalized else { return false }
        if Keys.largeNumbers.contains(previous.key) { return true }
        // A plural noun counted just before: "four flights a week", "three meals a day".
        return previous.key.endsWithS && !Keys.functionWords.contains(previous.key) && !Lexicon.prepositions.contains(previous.key)
            && i > 1 && (tokens[i - 2].kind == .number || lexeme(i - 2)?.cardinal != nil)
    }

    /// A year with its era after it: "490 BC", "146 B.C.", "480 BCE" (years before year 1 count back
    /// from 0: 1 BC is year 0), "70 AD", "AD" or "CE" after any year from 1 to 9999.
    func eraYear(at i: Int) -> (year: Int, next: Int)? {
        guard let n = number(i), n.digits <= 4, n.number >= 1, !followedByNumberContinuation(i),
              let (isBC, next) = eraMark(at: i + 1) else { return nil }
        return (isBC ? 1 - n.number : n.number, next)
    }

    /// An era mark at `i`: "BC", "B.C.", "BCE", "B.C.E." (true), or "AD", "A.D.", "CE" (false), in
    /// capitals, each letter maybe followed by a period.
    private func eraMark(at i: Int) -> (isBC: Bool, next: Int)? {
        var k = i
        var letters = WordKey()
        while k < tokens.count, tokens[k].kind == .word, tokens[k].isCapitalized, letters.count + tokens[k].key.count <= 3 {
            for b in 0..<Int(tokens[k].key.count) { letters.append(tokens[k].key.byte(b)) }
            k += 1
            if tokens[k - 1].key.count == 1, isPunct(k, "."), touches(k) { k += 1 }  // "B.C." but not the period after "BC."
        }
        if Keys.beforeChrist.contains(letters) { return (true, k) }
        if Keys.annoDomini.contains(letters) { return (false, k) }
        return nil
    }

    /// "and a half UNITS" after a whole number at `j`: "two and a half hours".
    private func andAHalf(whole: Int, at j: Int) -> (Mention.Form, Int)? {
        guard isWord(j, Keys.and), j + 1 < tokens.count, tokens[j + 1].key == Keys.a, isWord(j + 2, Keys.half),
              let unit = lexeme(j + 3)?.unit, unit != .weekend else { return nil }
        return halfAmount(whole: whole, unit: unit, after: j + 4)
    }

    /// A length with a half, or, with "ago", "earlier" or "later" after it, an offset by that much
    /// counted in the next smaller unit that holds it exactly ("two and a half years ago" is 30 months back).
    private func halfAmount(whole: Int, unit: TimeUnit, after j: Int) -> (Mention.Form, Int)? {
        let exact: (amount: Int, unit: TimeUnit)? = switch unit {
        case .year: (12 * whole + 6, .month)
        case .day: (24 * whole + 12, .hour)
        case .hour: (60 * whole + 30, .minute)
        case .decade: (10 * whole + 5, .year)
        case .century: (100 * whole + 50, .year)
        default: nil
        }
        switch role(j) {
        case .ago, .earlier, .later:
            guard let exact else { return (.halfDuration(whole: whole, unit: unit), j) }  // "a minute and a half later"
            let direction = role(j) == .later ? 1 : -1
            return (.offset(amount: exact.amount, unit: exact.unit, direction: direction, anaphoric: role(j) != .ago), j + 1)
        default:
            return (.halfDuration(whole: whole, unit: unit), j)
        }
    }

    /// "twice a month", "once a year", "three times a week" (the count is given).
    private func frequency(times: Int, at j: Int) -> (Mention.Form, Int)? {
        var k = j
        if tokens.indices.contains(k), tokens[k].key == Keys.a || role(k) == .per || role(k) == .every || role(k) == .each { k += 1 } else { return nil }
        guard let unit = lexeme(k)?.unit, !lexeme(k)!.unitIsPlural else { return nil }
        return (.recurrence(unit: unit, weekday: nil, times: times, each: false, every: 1), k + 1)
    }

    /// A holiday name, with an optional year: "Christmas", "New Year's Eve", "Thanksgiving 2024".
    private func holiday(at i: Int) -> (Mention.Form, Int)? {
        for phrase in HolidayPhrases.all {
            var j = i
            var matched = true
            for word in phrase.words {
                if word == HolidayPhrases.apostrophe {
                    if isApostrophe(j) { j += 1 } else { matched = false; break }
                } else if j < tokens.count, tokens[j].kind == .word, tokens[j].key == word {
                    j += 1
                } else {
                    matched = false
                    break
                }
            }
            guard matched else { continue }
            // Names need capitals ("black friday" in lower case is not the holiday), and a capitalized
            // word after one makes it part of a name: "Black Friday Sale Ltd".
            guard tokens[i].isCapitalized else { return nil }
            if j < tokens.count, tokens[j].kind == .word, tokens[j].isCapitalized, lexeme(j)?.month ?? 0 == 0 { return nil }
            if let y = number(j), y.digits == 4, isPlausibleYear(y.number) { return (.holiday(phrase.holiday, year: y.number, .nearest), j + 1) }
            return (.holiday(phrase.holiday, year: nil, .nearest), j)
        }
        return nil
    }

    /// Expressions after "the": "the 1990s", "the following day", "the past decade", "the third quarter", "the future".
    private func theLed(at i: Int) -> (Mention.Form, Int)? {
        let j = i + 1
        if let n = number(j), n.digits == 4, n.number % 10 == 0, isWord(j + 1, Keys.s), touches(j + 1) {
            return (n.number % 100 == 0 && n.number <= 1900 ? .century(n.number / 100) : .decade(n.number / 10), j + 2)
        }
        if isApostrophe(j), let result = core(at: j) { return result }
        if let n = number(j), n.digits <= 2, let result = numeric(at: j) {
            if case .century = result.0 { return result }
            if case .calendar(_, _?, _?) = result.0, ordinalSuffix(j + 1) != nil { return result }  // "the 25th of June"
        }
        // "the 1988 quarter", "the 1989 period", "the 1988 third quarter": the period under discussion, in that year.
        if let y = number(j), y.digits == 4, isPlausibleYear(y.number) {
            if let ordinal = lexeme(j + 1)?.ordinal, let found = ordinalLed(ordinal, year: y.number, at: j + 1) { return found }
            if isPeriodNoun(j + 1) { return (.comparablePeriod(year: y.number), j + 2) }
        }
        // One lookup decides whether the word after "the" opens any of the adjective forms below.
        if j < tokens.count, Keys.articleAdjectives.contains(tokens[j].key) {
            if let reference = vagueReference(afterArticleAt: j) { return reference }
            // "the full year", "the whole week": the current one, all of it.
            if j + 1 < tokens.count, Keys.wholeness.contains(tokens[j].key), let unit = lexeme(j + 1)?.unit, !lexeme(j + 1)!.unitIsPlural,
               [.day, .week, .month, .quarter, .year].contains(unit), !isPunct(j + 2, "-") {
                return (.relative(unit: unit, offset: 0), j + 2)
            }
        }
        // "the last half of 1989", "the latter half of 2008", "the last quarter of the year": the final one.
        if j + 2 < tokens.count, role(j + 2) == .of, tokens[j].key == Keys.latter || lexeme(j)?.relation == .last {
            if isWord(j + 1, Keys.half) { return ordinalLed(2, year: nil, at: j) }
            if lexeme(j + 1)?.unit == .quarter, lexeme(j + 1)?.unitIsPlural == false { return ordinalLed(4, year: nil, at: j) }
        }
        guard let lex = lexeme(j) else { return nil }
        // "the fiscal first quarter", "the fiscal year"
        if lex.word == .fiscal {
            if let ordinal = lexeme(j + 1)?.ordinal { return ordinalLed(ordinal, year: nil, at: j + 1) }
            if lexeme(j + 1)?.unit == .year, !lexeme(j + 1)!.unitIsPlural { return (.anaphoric(unit: .year, offset: 0), j + 2) }
        }
        // "the year-earlier period", "the year-ago quarter"
        if let (form, end) = yearAgoAdjective(at: j) { return (form, end) }
        // "the latest quarter", "the latest period", "the current quarter"
        if lex.word == .latest || lex.word == .current {
            if lex.word == .current, lexeme(j + 1)?.unit == .quarter { return (.relative(unit: .quarter, offset: 0), j + 2) }
            if lexeme(j + 1)?.unit == .quarter || isPeriodNoun(j + 1) { return (.anaphoric(unit: .quarter, offset: 0), j + 2) }
            if let unit = lexeme(j + 1)?.unit, !lexeme(j + 1)!.unitIsPlural, lex.word == .current { return (.relative(unit: unit, offset: 0), j + 2) }
            if lex.word == .latest, let ordinal = lexeme(j + 1)?.ordinal, let found = ordinalLed(ordinal, year: nil, at: j + 1) { return found }
        }
        // "the nine months", "the first nine months", "the next two years", "the last few weeks"
        if let found = articleDuration(at: j) { return found }
        switch lex.word {
        case .following, .previous, .same:
            let offset = lex.word == .following ? 1 : lex.word == .previous ? -1 : 0
            if let unit = lexeme(j + 1)?.unit, !lexeme(j + 1)!.unitIsPlural { return (.anaphoric(unit: unit, offset: offset), j + 2) }
            // "the previous Friday", "the following Monday": the nearest one on that side of the time last mentioned.
            if offset != 0, let weekday = lexeme(j + 1)?.weekday, weekday > 0, tokens[j + 1].isCapitalized, lexeme(j + 2)?.partOfDay == nil {
                return (.anaphoricWeekday(weekday, direction: offset), j + 2)
            }
            // "the following morning", "the previous night": a part of the day next to the one last mentioned.
            if let part = lexeme(j + 1)?.partOfDay, tokens[j + 1].key != Keys.overnight {
                return (.timeOfDay(day: .fromAnchor(offset), part: part, hour: nil, minute: nil), j + 2)
            }
            return nil
        case .past:
            // "the past decade", "the past three years", "the past few months"
            if let unit = lexeme(j + 1)?.unit, !lexeme(j + 1)!.unitIsPlural { return (.duration(amount: 1, unit: unit), j + 2) }
            if let n = number(j + 1), let unit = lexeme(j + 2)?.unit { return (.duration(amount: n.number, unit: unit), j + 3) }
            if let amount = lexeme(j + 1)?.cardinal, let unit = lexeme(j + 2)?.unit { return (.duration(amount: amount, unit: unit), j + 3) }
            if lexeme(j + 1)?.vagueAmount == true, let unit = lexeme(j + 2)?.unit { return (.duration(amount: nil, unit: unit), j + 3) }
            // "the past" on its own, not "the past president".
            if lexeme(j + 1)?.unit == nil, lexeme(j + 1)?.cardinal == nil, !isContentWord(j + 1) { return (.reference(.past), j + 1) }
            return nil
        case .future:
            return (.reference(.future), j + 1)
        case .coming:
            if let unit = lexeme(j + 1)?.unit, !lexeme(j + 1)!.unitIsPlural { return (.relative(unit: unit, offset: 1), j + 2) }
            // "the coming weeks": a stretch of time ahead of unsaid length.
            if let unit = lexeme(j + 1)?.unit, unit >= .day, !isPunct(j + 2, "-") { return (.duration(amount: nil, unit: unit), j + 2) }
            // "the coming Sunday": the next one.
            if let weekday = lexeme(j + 1)?.weekday, weekday > 0 { return weekdayLed(weekday: weekday, relation: .next, at: j + 1, next: j + 2) }
            return nil
        default:
            break
        }
        if lex.relation == .next, let unit = lexeme(j + 1)?.unit, !lexeme(j + 1)!.unitIsPlural {
            return (.anaphoric(unit: unit, offset: 1), j + 2)  // "the next day"
        }
        if lex.relation == .next, let part = lexeme(j + 1)?.partOfDay, tokens[j + 1].key != Keys.overnight {
            return (.timeOfDay(day: .fromAnchor(1), part: part, hour: nil, minute: nil), j + 2)  // "the next morning"
        }
        if lex.relation == .last, let n = lexeme(j + 1)?.cardinal, let unit = lexeme(j + 2)?.unit, lexeme(j + 2)!.unitIsPlural {
            return (.duration(amount: n, unit: unit), j + 3)  // "the last three years"
        }
        if let ordinal = lex.ordinal { return ordinalLed(ordinal, year: nil, at: j) }
        // "the weeks ahead", "the years ahead"
        if let unit = lex.unit, lex.unitIsPlural, unit >= .day, isWord(j + 1, Keys.ahead) { return (.duration(amount: nil, unit: unit), j + 2) }
        // "the year 2019", "the year two thousand"
        if lex.unit == .year, !lex.unitIsPlural, let y = number(j + 1), y.digits == 4, isPlausibleYear(y.number) {
            return (.calendar(year: y.number, month: nil, day: nil), j + 2)
        }
        if lex.unit == .year, !lex.unitIsPlural, let (year, next) = spelledYear(at: j + 1) {
            return (.calendar(year: year, month: nil, day: nil), next)
        }
        if let unit = lex.unit, !lex.unitIsPlural, unit >= .week, i > 0, role(i - 1) == .of {
            // "the end of the month": the current one.
            return (.relative(unit: unit, offset: 0), j + 1)
        }
        // "for the quarter", "over the weekend", "for the year": the one under discussion.
        // "the year ended March 31" is a length of a year; "the quarter ended Sept. 30" names the quarter.
        if let unit = lex.unit, !lex.unitIsPlural, [.week, .weekend, .month, .quarter, .year].contains(unit),
           !isPunct(j + 1, "-"), !isApostrophe(j + 1), role(j + 1) != .of {
            if isWord(j + 1, Keys.ended) || isWord(j + 1, Keys.ending) {
                guard unit == .quarter else { return (.duration(amount: 1, unit: unit), j + 1) }
                if let q = quarterEnding(at: j + 2) { return (.quarter(q, year: nil, .nearest), j + 1) }
            }
            return (.anaphoric(unit: unit, offset: 0), j + 1)
        }
        if let season = lex.season, role(j + 1) == .of, let y = number(j + 2), y.digits == 4 {
            return (.season(season, .nearest, year: y.number), j + 3)
        }
        if let season = lex.season, role(j + 1) == .of, let (year, next) = spelledYear(at: j + 2) ?? eraYear(at: j + 2) {
            return (.season(season, .nearest, year: year), next)
        }
        return nil
    }

    /// "the near future", "the distant past", "the short term": a vague time after "the".
    private func vagueReference(afterArticleAt j: Int) -> (Mention.Form, Int)? {
        guard j + 1 < tokens.count, tokens[j].kind == .word, !isPunct(j + 2, "-") else { return nil }
        let key = tokens[j].key
        if Keys.futureAdjectives.contains(key), role(j + 1) == .future { return (.reference(.future), j + 2) }
        if Keys.pastAdjectives.contains(key), role(j + 1) == .past, !isContentWord(j + 2) { return (.reference(.past), j + 2) }
        if Keys.termAdjectives.contains(key), isWord(j + 1, Keys.term) { return (.reference(.future), j + 2) }
        return nil
    }

    /// The calendar quarter whose last day is nearest a month and day ("the quarter ended July 31" is
    /// a fiscal quarter closest to the second).
    private func quarterEnding(at i: Int) -> Int? {
        guard let month = monthName(at: i), let day = number(month.next), day.digits <= 2, day.number <= 31 else { return nil }
        let monthsIntoYear = Double(month.month - 1) + Double(day.number) / 31
        return min(4, max(1, Int((monthsIntoYear / 3).rounded())))
    }

    /// A year said in words, as broadcast transcripts write it: "nineteen ninety-six", "eighteen
    /// twelve", "two thousand", "two thousand and one". "Two thousand" alone is a year only after a
    /// word that leads to one ("in two thousand"), else it is a count.
    func spelledYear(at i: Int) -> (year: Int, next: Int)? {
        guard let first = lexeme(i)?.cardinal, tokens[i].key != Keys.a else { return nil }
        /// "ninety-six", "ninety six", "twelve": a number from 1 to 99 at k.
        func belowHundred(at k: Int) -> (value: Int, next: Int)? {
            guard let tens = lexeme(k)?.cardinal, tens < 100, tokens[k].key != Keys.a, tokens[k].key != Keys.couple else { return nil }
            guard tens >= 20, tens % 10 == 0 else { return (tens, k + 1) }
            let u = isPunct(k + 1, "-") && touches(k + 1) ? k + 2 : k + 1
            if let units = lexeme(u)?.cardinal, units < 10, tokens[u].key != Keys.a { return (tens + units, u + 1) }
            return (tens, k + 1)
        }
        if first == 2, isWord(i + 1, Keys.thousand) {
            guard i > 0, Keys.yearLeads.contains(tokens[i - 1].key) || lexeme(i - 1)?.month ?? 0 > 0 else { return nil }
            var next = i + 2
            var year = 2000
            let k = isWord(next, Keys.and) ? next + 1 : next
            if let rest = belowHundred(at: k) { year += rest.value; next = rest.next }
            return (year, next)
        }
        // "nineteen ninety-six": a century from fifteen to nineteen (not clock times such as "twelve fifteen"), then two digits said as a number from ten.
        guard (15...19).contains(first), let rest = belowHundred(at: i + 1), rest.value >= 10 else { return nil }
        return (first * 100 + rest.value, rest.next)
    }

    /// "period" (and "quarter") as the head of "the 1988 period", "the year-earlier period".
    private func isPeriodNoun(_ i: Int) -> Bool { isWord(i, Keys.period) || lexeme(i)?.unit == .quarter && lexeme(i)?.unitIsPlural == false }

    /// "year-earlier", "year-ago", with "period" or "quarter" after it: the comparable period a year before.
    private func yearAgoAdjective(at j: Int) -> (Mention.Form, Int)? {
        guard lexeme(j)?.unit == .year, !lexeme(j)!.unitIsPlural, isPunct(j + 1, "-"), touches(j + 1) else { return nil }
        guard role(j + 2) == .earlier || role(j + 2) == .ago, touches(j + 2) else { return nil }
        var end = j + 3
        if let ordinal = lexeme(end)?.ordinal, ordinal <= 4, lexeme(end + 1)?.unit == .quarter { end += 2 }
        else if isPeriodNoun(end) { end += 1 }
        return (.offset(amount: 1, unit: .year, direction: -1, anaphoric: true), end)
    }

    /// After "the": "[first|next|last|past|latest] N units", "[next|last|past] few units", "the next couple of years".
    private func articleDuration(at j: Int) -> (Mention.Form, Int)? {
        var k = j
        if let lex = lexeme(k), lex.ordinal == 1 || lex.relation == .next || lex.relation == .last || lex.word == .past || lex.word == .latest {
            k += 1
        }
        var amount: Int?
        var known = false
        if let n = number(k), n.digits <= 3 { amount = n.number; known = true; k += 1 }
        else if tokens.indices.contains(k), tokens[k].key == Keys.couple, role(k + 1) == .of { amount = 2; known = true; k += 2 }
        else if let c = lexeme(k)?.cardinal, c > 1 { amount = c; known = true; k += 1 }
        else if lexeme(k)?.vagueAmount == true { known = true; k += 1 }
        guard known, let unit = lexeme(k)?.unit, lexeme(k)!.unitIsPlural else { return nil }
        return (.duration(amount: amount, unit: unit), k + 1)
    }

    /// "last month", "this week", "next Tuesday", "last March", "last summer", "this morning", "last night".
    private func relationLed(_ relation: Mention.Relation, at i: Int) -> (Mention.Form, Int)? {
        let j = i + 1
        guard let lex = lexeme(j) else { return nil }
        let offset = relation == .last ? -1 : relation == .next ? 1 : 0
        // "next fiscal year", "last fiscal quarter"
        if lex.word == .fiscal, let after = lexeme(j + 1), after.unit == .year || after.unit == .quarter, !after.unitIsPlural {
            return (.relative(unit: after.unit!, offset: offset), j + 2)
        }
        // "this coming Sunday": the next one.
        if relation == .this, lex.word == .coming, let weekday = lexeme(j + 1)?.weekday, weekday > 0 {
            return weekdayLed(weekday: weekday, relation: .next, at: j + 1, next: j + 2)
        }
        if lex.isHolidayStart, let (form, end) = holiday(at: j), case .holiday(let h, nil, _) = form {
            return (.holiday(h, year: nil, relation), end)  // "last Christmas"
        }
        if let unit = lex.unit, !lex.unitIsPlural {
            // "this year's third quarter", "next year's first half"
            if unit == .year, isApostrophe(j + 1), isWord(j + 2, Keys.s), let ordinal = lexeme(j + 3)?.ordinal {
                if lexeme(j + 4)?.unit == .quarter, ordinal <= 4 { return (.quarter(ordinal, year: nil, relation), j + 5) }
                if isWord(j + 4, Keys.half), ordinal <= 2 { return (.half(ordinal, year: nil, relation), j + 5) }
            }
            return (.relative(unit: unit, offset: offset), j + 1)
        }
        if relation != .this, let found = articleDuration(at: j) { return found }  // "next two years", "last few months"
        if lex.weekday > 0 { return weekdayLed(weekday: lex.weekday, relation: relation, at: j, next: j + 1) }
        if let month = monthName(at: j), lex.month > 0 {
            // "last Oct. 23": a date; its year follows the tense like any other.
            if number(month.next) != nil, let (form, end) = monthLed(month: month.month, at: j, next: month.next), case .calendar = form {
                return (form, end)
            }
            // "this march", "last may": in lower case, a noun or a verb.
            guard tokens[j].isCapitalized else { return nil }
            return (.namedMonth(month.month, relation), month.next)
        }
        if let season = lex.season { return (.season(season, relation, year: nil), j + 1) }
        if let part = lex.partOfDay {
            if relation == .last, part == .night || part == .evening { return (.timeOfDay(day: .relative(-1), part: part, hour: nil, minute: nil), j + 1) }
            if relation == .this { return (.timeOfDay(day: .relative(0), part: part, hour: nil, minute: nil), j + 1) }
        }
        if relation == .last || relation == .next, let n = lex.cardinal, let unit = lexeme(j + 1)?.unit, lexeme(j + 1)!.unitIsPlural {
            return (.duration(amount: n, unit: unit), j + 2)  // "last three years"
        }
        return nil
    }

    /// "the third quarter [of 2024]", "the first half of 2025", "second quarter".
    private func ordinalLed(_ ordinal: Int, year: Int?, at i: Int) -> (Mention.Form, Int)? {
        var j = i + 1
        if isPunct(j, "-"), touches(j) { j += 1 }  // "third-quarter"
        guard let unit = lexeme(j)?.unit ?? (isWord(j, Keys.half) ? .half : nil) else { return nil }
        var next = j + 1
        var year = year
        var relation = Mention.Relation.nearest
        if role(next) == .of {
            if let y = number(next + 1), y.digits == 4 { year = y.number; next += 2 }
            else if let r = lexeme(next + 1)?.relation, lexeme(next + 2)?.unit == .year {
                relation = r
                next += 3
            } else if role(next + 1) == .the, lexeme(next + 2)?.unit == .year { next += 3 }
            else if let (form, end) = fiscalYear(at: next + 1), case .calendar(let y?, _, _) = form { year = y; next = end }
            else if next + 1 < tokens.count, tokens[next + 1].kind == .word { return nil }  // "the second half of the game"
        } else if let y = number(next), y.digits == 4 { year = y.number; next += 1 }
        switch unit {
        case .quarter where ordinal <= 4: return (.quarter(ordinal, year: year, relation), next)
        case .half where ordinal <= 2: return (.half(ordinal, year: year, relation), next)
        default: return nil
        }
    }

    /// A month name at `i` (a full name, or an abbreviation with a period or a day after it).
    func monthName(at i: Int) -> (month: Int, next: Int)? {
        guard let lex = lexeme(i), lex.month > 0 else { return nil }
        if lex.monthIsShort {
            if isPunct(i + 1, "."), touches(i + 1) { return (lex.month, i + 2) }
            if let d = number(i + 1), d.digits <= 2 { return (lex.month, i + 1) }
            return nil
        }
        return (lex.month, i + 1)
    }

    /// After a month name: "June 25[, 2025]", "June 2025", "June of 2025", or a bare month with a cue.
    private func monthLed(month: Int, at i: Int, next: Int) -> (Mention.Form, Int)? {
        let capitalized = tokens[i].isCapitalized
        if let d = number(next), d.digits <= 2, (1...31).contains(d.number), !touches(next) || lexeme(i)?.monthIsShort == true {
            var j = ordinalSuffix(next + 1) ?? (next + 1)
            // "June 3-5" is a range (its end is found after); "June 3-555" or "3:30" are not dates.
            let dayRangeEnd = isDash(j) && touches(j) && (number(j + 1).map { $0.digits <= 2 && $0.number > d.number && $0.number <= 31 } ?? false)
            let clock = isPunct(j, ":") && touches(j + 1) && number(j + 1) != nil  // "June 3:30" is not a date
            guard !clock, !(isPunct(j, "-") && number(j + 1) != nil) || dayRangeEnd, !isPunct(j, "%") else { return nil }
            var year: Int?
            if isPunct(j, ","), let y = number(j + 1), y.digits == 4, isPlausibleYear(y.number) { year = y.number; j += 2 }
            else if let y = number(j), y.digits == 4, isPlausibleYear(y.number) { year = y.number; j += 1 }
            guard capitalized || year != nil else { return nil }
            if CalendarDate(year: year ?? 2000, month: month, day: d.number) != nil {
                return (.calendar(year: year, month: month, day: d.number), j)
            }
            return nil
        }
        if let y = number(next), y.digits == 4, isPlausibleYear(y.number), capitalized || lexeme(i)?.monthIsShort == false {
            return (.calendar(year: y.number, month: month, day: nil), next + 1)
        }
        if capitalized, let (year, end) = eraYear(at: role(next) == .of ? next + 1 : next) {  // "September 480 BC"
            return (.calendar(year: year, month: month, day: nil), end)
        }
        if role(next) == .of, let y = number(next + 1), y.digits == 4, isPlausibleYear(y.number) {
            return (.calendar(year: y.number, month: month, day: nil), next + 2)
        }
        // "January nineteen ninety-seven", "March of two thousand"
        if capitalized, let (year, end) = spelledYear(at: role(next) == .of ? next + 1 : next) {
            return (.calendar(year: year, month: month, day: nil), end)
        }
        // "February this year", "March last year", "June next year"
        if let relation = lexeme(next)?.relation, lexeme(next + 1)?.unit == .year, !lexeme(next + 1)!.unitIsPlural, capitalized {
            return (.namedMonthOfRelativeYear(month, relation == .last ? -1 : relation == .next ? 1 : 0), next + 2)
        }
        // "August of that year", "October of the same year": the year last mentioned.
        if role(next) == .of, role(next + 1) == .that || (role(next + 1) == .the && role(next + 2) == .same) {
            let yearToken = role(next + 1) == .that ? next + 2 : next + 3
            if lexeme(yearToken)?.unit == .year, !lexeme(yearToken)!.unitIsPlural { return (.monthOfMentionedYear(month), yearToken + 1) }
        }
        // A bare month needs a capital and a cue before it ("in April", "since May", "early June").
        guard capitalized, hasCue(before: i) else { return nil }
        return (.namedMonth(month, .nearest), next)
    }

    /// After a weekday: "Tuesday", "Tuesday morning", "Tuesday, June 24, 2025".
    private func weekdayLed(weekday: Int, relation: Mention.Relation, at i: Int, next: Int) -> (Mention.Form, Int)? {
        // "The Monday Night Football crew": a name.
        if tokens[i].isCapitalized, let part = lexeme(next), part.partOfDay != nil, tokens[next].isCapitalized, isCapitalizedName(at: next + 1) {
            return nil
        }
        // "Black Friday Sale Ltd", "Cyber Monday Deals": part of a name, not a day.
        if i > 0, tokens[i - 1].kind == .word, tokens[i - 1].isCapitalized, Keys.dayNamePrefixes.contains(tokens[i - 1].key) { return nil }
        guard tokens[i].isCapitalized || relation != .nearest else { return nil }
        var j = next
        if isPunct(j, ",") { j += 1 }
        if let month = monthName(at: j), let d = number(month.next), d.digits <= 2 {
            if let (form, end) = monthLed(month: month.month, at: j, next: month.next), case .calendar = form { return (form, end) }
            _ = d
        }
        if let part = lexeme(next)?.partOfDay {
            return (.timeOfDay(day: .weekday(weekday, relation), part: part, hour: nil, minute: nil), next + 1)
        }
        return (.weekday(weekday, relation), next)
    }

    /// "today", "yesterday morning", "tomorrow night".
    private func dayWithPart(offset: Int, at j: Int) -> (Mention.Form, Int)? {
        if let part = lexeme(j)?.partOfDay {
            return (.timeOfDay(day: .relative(offset), part: part, hour: nil, minute: nil), j + 1)
        }
        return (.relative(unit: .day, offset: offset), j)
    }

    /// After an amount: "years ago", "weeks earlier", "days later", "months" (a duration).
    private func amountExpression(amount: Int?, at j: Int) -> (Mention.Form, Int)? {
        var j = j
        if isPunct(j, "-"), touches(j) { j += 1 }  // "three-year"
        else {
            if j < tokens.count, Keys.additional.contains(tokens[j].key), lexeme(j + 1)?.unit != nil || lexeme(j + 2)?.unit == .day { j += 1 }  // "two more weeks"
            if j < tokens.count, Keys.kindsOfDay.contains(tokens[j].key), lexeme(j + 1)?.unit == .day { j += 1 }  // "eight trading days"
        }
        guard let lex = lexeme(j), let unit = lex.unit else { return nil }
        if amount == 1, lex.unitIsPlural { return nil }
        if isPunct(j + 1, "-"), isWord(j + 2, Keys.old) { return nil }  // "the 22-year-old": an age
        if unit == .year, isWord(j + 1, Keys.old) { return nil }  // "52 years old": an age
        if amount == 1, !lex.unitIsPlural, ![.ago, .earlier, .later].contains(role(j + 1)), isRate(before: j - 1) {
            return nil  // "$2 million a year", "24 hours a day": a rate (but "$2 million a year ago" is a time)
        }
        if unit == .year, yearAgoAdjective(at: j) != nil { return nil }  // "a year-earlier quarter": matched from "year"
        if unit == .quarter, amount == 1 || touches(j), role(j + 1) == .of { return nil }  // "a quarter of", "three-quarters of": fractions
        // "a year and a half", "an hour and a half"
        if let amount, !lex.unitIsPlural, unit != .weekend, isWord(j + 1, Keys.and), isWord(j + 3, Keys.half),
           j + 2 < tokens.count, tokens[j + 2].key == Keys.a {
            return halfAmount(whole: amount, unit: unit, after: j + 4)
        }
        switch role(j + 1) {
        case .ago: return (.offset(amount: amount, unit: unit, direction: -1, anaphoric: false), j + 2)
        case .earlier: return (.offset(amount: amount, unit: unit, direction: -1, anaphoric: true), j + 2)
        case .later: return (.offset(amount: amount, unit: unit, direction: 1, anaphoric: true), j + 2)
        case .hence: return (.offset(amount: amount, unit: unit, direction: 1, anaphoric: false), j + 2)
        case .before, .after:
            // "two days before the vote" relates to an event, not a time: keep it a duration.
            return (.duration(amount: amount, unit: unit), j + 1)
        default:
            if isWord(j + 1, Keys.from), role(j + 2) == .now { return (.offset(amount: amount, unit: unit, direction: 1, anaphoric: false), j + 3) }
            return (.duration(amount: amount, unit: unit), j + 1)
        }
    }

    /// "3 p.m.", "10:30 a.m.", "15:30" after "at", "noon".
    private func clockTime(at i: Int) -> (Mention.Form, Int)? {
        let n = tokens[i]
        guard n.digits <= 2 else { return nil }
        var j = i + 1
        var minute = 0
        var hasMinutes = false
        if isPunct(j, ":"), touches(j), let m = number(j + 1), m.digits == 2, touches(j + 1), m.number < 60 {
            minute = m.number
            hasMinutes = true
            j += 2
        }
        if let (isPM, end) = meridiem(at: j) {
            guard (1...12).contains(n.number) else { return nil }
            let hour = n.number % 12 + (isPM ? 12 : 0)
            if let (day, after) = dayAfterClock(at: end) { return (.timeOfDay(day: day, part: nil, hour: hour, minute: minute), after) }
            return (.timeOfDay(day: .anchor, part: nil, hour: hour, minute: minute), end)
        }
        // "4 in the morning", "10 at night", "3:30 in the afternoon"
        if (1...12).contains(n.number), let (part, end) = partOfDayAfterClock(at: j) {
            let hour: Int
            switch part {
            case .morning: hour = n.number % 12
            case .midday, .afternoon, .evening: hour = n.number % 12 + 12
            case .night: hour = n.number >= 6 ? n.number % 12 + 12 : n.number % 12
            }
            return (.timeOfDay(day: .anchor, part: nil, hour: hour, minute: minute), end)
        }
        if hasMinutes, n.number < 24, i > 0, role(i - 1) == .at {
            return (.timeOfDay(day: .anchor, part: nil, hour: n.number, minute: minute), j)
        }
        return nil
    }

    /// The day named right after a part of the day: "mid-afternoon yesterday", "early morning Tuesday".
    private func dayAfterPartOfDay(at j: Int) -> (Mention.Day, Int)? {
        switch role(j) {
        case .yesterday: return (.relative(-1), j + 1)
        case .today: return (.relative(0), j + 1)
        case .tomorrow: return (.relative(1), j + 1)
        default:
            if let weekday = lexeme(j)?.weekday, weekday > 0, tokens[j].isCapitalized { return (.weekday(weekday, .nearest), j + 1) }
            return nil
        }
    }

    /// "in the morning", "in the afternoon", "in the evening", "at night" after an hour.
    private func partOfDayAfterClock(at j: Int) -> (PartOfDay, Int)? {
        // A noun after the part of the day makes it an adjective: "4 in the morning session".
        func endsHere(_ k: Int) -> Bool { !isPunct(k, "-") && !(isContentWord(k) && lexeme(k) == nil) }
        if isWord(j, Keys.inWord), role(j + 1) == .the, let part = lexeme(j + 2)?.partOfDay, part != .night,
           tokens[j + 2].key != Keys.overnight, endsHere(j + 3) {
            return (part, j + 3)
        }
        if isWord(j, Keys.at), lexeme(j + 1)?.partOfDay == .night, tokens[j + 1].key != Keys.overnight, endsHere(j + 2) { return (.night, j + 2) }
        return nil
    }

    /// The day a clock time names after it: "11:20 p.m. on Friday", "2:47 p.m. on April 8, 2024", "3 p.m. Tuesday".
    private func dayAfterClock(at j: Int) -> (Mention.Day, Int)? {
        var k = j
        if isWord(k, Keys.on) { k += 1 }
        guard k < tokens.count, tokens[k].kind == .word, tokens[k].isCapitalized, let lex = lexeme(k) else { return nil }
        if lex.weekday > 0 { return (.weekday(lex.weekday, .nearest), k + 1) }
        if let month = monthName(at: k), let (form, end) = monthLed(month: month.month, at: k, next: month.next),
           case .calendar(let year, let m?, let d?) = form {
            return (.calendar(year: year, month: m, day: d), end)
        }
        return nil
    }

    /// "a.m.", "p.m.", "am", "pm" (and "p.m" at a sentence end).
    private func meridiem(at j: Int) -> (isPM: Bool, next: Int)? {
        if let word = role(j), word == .am || word == .pm { return (word == .pm, j + 1) }
        guard j < tokens.count, tokens[j].kind == .word else { return nil }
        let isPM: Bool
        if tokens[j].key == Keys.p { isPM = true } else if tokens[j].key == Keys.a { isPM = false } else { return nil }
        guard isPunct(j + 1, "."), isWord(j + 2, Keys.m) else { return nil }
        return (isPM, isPunct(j + 3, ".") ? j + 4 : j + 3)
    }

    /// "fiscal 2024", "fiscal year 2024", "FY2024", "FY 2024".
    private func fiscalYear(at i: Int) -> (Mention.Form, Int)? {
        var j = i + 1
        if role(i) == .fiscal {
            if lexeme(j)?.unit == .year { j += 1 }
        } else if !(i < tokens.count && tokens[i].key == Keys.fy) {
            return nil
        }
        guard let y = number(j), y.digits == 4, isPlausibleYear(y.number) else { return nil }
        return (.calendar(year: y.number, month: nil, day: nil), j + 1)
    }

    /// "Q3", "Q3 2024", "H1 2025" (a capital H, so "h1" and "H1N1" stay out).
    private func periodCode(at i: Int) -> (Mention.Form, Int)? {
        guard i < tokens.count, let n = number(i + 1), touches(i + 1), n.digits == 1,
              !(touches(i + 2) && tokens[i + 2].kind != .punctuation) else { return nil }
        let isQuarter = tokens[i].key == Keys.q
        guard isQuarter || (tokens[i].key == Keys.h && tokens[i].isCapitalized), (1...(isQuarter ? 4 : 2)).contains(n.number) else { return nil }
        var year: Int?
        var next = i + 2
        if let y = number(next), y.digits == 4, isPlausibleYear(y.number) { year = y.number; next += 1 }
        return (isQuarter ? .quarter(n.number, year: year, .nearest) : .half(n.number, year: year, .nearest), next)
    }

    // MARK: - Ranges

    /// The second end of a range written with a dash: "2019-2021", "2024–25", "June 3-5".
    /// `i` is the token after the first end.
    func rangeEnd(after first: Mention, at i: Int) -> (Mention, next: Int)? {
        if let second = coordinatedDay(after: first, at: i) { return second }
        guard i + 1 < tokens.count, isDash(i), let n = number(i + 1), first.part == nil else { return nil }
        let range = tokens[i + 1].start..<tokens[i + 1].end
        switch first.form {
        case .calendar(let year?, nil, nil) where year <= 0:
            // "499-493 BC": the second end carries the era.
            guard let (end, next) = eraYear(at: i + 1), end > year else { return nil }
            var mention = Mention(range: range.lowerBound..<tokens[next - 1].end, form: .calendar(year: end, month: nil, day: nil))
            mention.endsRange = true
            return (mention, next)
        case .calendar(let year?, nil, nil):
            // "2019-2021", or "2024-25" (the same century), always later than the first year.
            var second: Int?
            if n.digits == 4, isPlausibleYear(n.number) { second = n.number }
            if n.digits == 2 { second = year / 100 * 100 + n.number }
            guard let end = second, end > year, end - year < 100, !touches(i + 2) || !isDash(i + 2) else { return nil }
            var mention = Mention(range: range, form: .calendar(year: end, month: nil, day: nil))
            mention.endsRange = true
            return (mention, i + 2)
        case .calendar(let year, let month?, let day?):
            guard n.digits <= 2, n.number > day, CalendarDate(year: year ?? 2000, month: month, day: n.number) != nil else { return nil }
            // "Sept. 9-11, 2019": the year after the range belongs to both ends.
            var endYear = year
            var next = i + 2
            var upper = range.upperBound
            // "26-30 November [1950]": day first, the month (and year) close the range.
            if let after = monthName(at: next), after.month == month {
                next = after.next
                upper = tokens[next - 1].end
                if let y = number(next), y.digits == 4, isPlausibleYear(y.number) { next += 1; upper = tokens[next - 1].end }
                else if let (era, end) = eraYear(at: next) { _ = era; next = end; upper = tokens[next - 1].end }
            }
            if year == nil, isPunct(next, ","), let y = number(next + 1), y.digits == 4, isPlausibleYear(y.number) {
                endYear = y.number
                upper = tokens[next + 1].end
                next += 2
            }
            var mention = Mention(range: range.lowerBound..<upper, form: .calendar(year: endYear, month: month, day: n.number))
            mention.endsRange = true
            return (mention, next)
        default:
            return nil
        }
    }

    /// A second day of the same month after "and" or "or": "April 24 and 25", "June 3 or 4, 2024".
    /// It is a date of its own, not the end of a range; a noun after the number makes it a count
    /// ("on June 3 and 4 people died").
    private func coordinatedDay(after first: Mention, at i: Int) -> (Mention, next: Int)? {
        guard isWord(i, Keys.and) || isWord(i, Keys.or), first.part == nil, case .calendar(let year, let month?, let day?) = first.form,
              let n = number(i + 1), n.digits <= 2, n.number > day, CalendarDate(year: year ?? 2000, month: month, day: n.number) != nil
        else { return nil }
        var next = i + 2
        var endYear = year
        if next < tokens.count {
            let after = tokens[next]
            if after.kind == .word {
                guard after.lexeme?.word == .preposition || Keys.functionWords.contains(after.key), lexeme(next)?.unit == nil else { return nil }
            } else if after.kind == .punctuation {
                guard [".", ",", ";", ")"].contains(where: { isPunct(next, $0) }) else { return nil }
                if year == nil, isPunct(next, ","), let y = number(next + 1), y.digits == 4, isPlausibleYear(y.number) {
                    endYear = y.number
                    next += 2
                }
            } else {
                return nil
            }
        }
        return (Mention(range: tokens[i + 1].start..<tokens[next - 1].end, form: .calendar(year: endYear, month: month, day: n.number)), next)
    }

    /// A hyphen or an en dash.
    func isDash(_ i: Int) -> Bool {
        guard i < tokens.count, tokens[i].kind == .punctuation else { return false }
        return tokens[i].key == Keys.hyphen || tokens[i].key == Keys.enDash
    }

    // MARK: - Guards

    /// The index after an ordinal suffix ("st", "nd", "rd", "th") touching the number before it.
    func ordinalSuffix(_ i: Int) -> Int? {
        guard i < tokens.count, touches(i), tokens[i].kind == .word else { return nil }
        let key = tokens[i].key
        return key == Keys.st || key == Keys.nd || key == Keys.rd || key == Keys.th ? i + 1 : nil
    }

    func isPlausibleYear(_ n: Int) -> Bool { n >= 1000 && n <= 2199 }

    /// "$2025", "#1990", "1,2025": a number that is part of money or a larger number.
    private func precededByMoneyOrNumber(_ i: Int) -> Bool {
        guard i > 0, touches(i) else { return false }
        let previous = tokens[i - 1]
        if previous.kind == .number { return true }
        if previous.kind == .punctuation {
            let b = previous.key.firstByte
            if b == 36 || b == 35 || Keys.moneySigns.contains(previous.key) { return true }  // $ # € £ ¥ ©
            if (b == 44 || b == 46), i > 1, tokens[i - 2].kind == .number, previous.touchesPrevious { return true }  // 1,200 / 3.5
            if b == 45 || b == 47, i > 1, tokens[i - 2].kind == .number, previous.touchesPrevious { return true } // 555-1212, 12/2025
        }
        return false
    }

    /// "2025.5", "2025,000", "2025%", "2025-26" continue a number, so 2025 is not a year there.
    private func followedByNumberContinuation(_ i: Int) -> Bool {
        let j = i + 1
        if isPunct(j, "%") { return true }  // "2025 %"
        guard j < tokens.count, tokens[j].touchesPrevious else { return false }
        if tokens[j].kind == .number { return true }
        guard tokens[j].kind == .punctuation else { return isWord(j, Keys.s) == false && tokens[j].kind == .word }
        let b = tokens[j].key.firstByte
        if b == 37 { return true }  // %
        if (b == 44 || b == 46 || b == 58 || b == 47 || b == 45), let next = number(j + 1), touches(j + 1) {
            // "2024-25" is a season span, leave it; "2024-02-30" is a broken date; other joins are numbers.
            if b == 45, next.digits == 2, !(isPunct(j + 2, "-") && touches(j + 2)) { return false }
            // "2019-2021": a span of years, its end found after.
            if b == 45, next.digits == 4, next.number > tokens[i].number, next.number - tokens[i].number < 100,
               !(isPunct(j + 2, "-") && touches(j + 2)) { return false }
            return true
        }
        return false
    }

    /// "Room 2019", "2024 dollars", "holds 2000 shares": a number that labels or counts, not a year.
    /// Money always counts; other nouns count unless a cue such as "in" or "the" comes first ("in 2019 people…").
    private func isCountOrLabel(_ i: Int) -> Bool {
        // "020 2019 4455": a phone number written in groups.
        if i > 0, tokens[i - 1].kind == .number, !touches(i), tokens[i - 1].digits >= 3 { return true }
        if i + 1 < tokens.count, tokens[i + 1].kind == .number, !touches(i + 1), tokens[i + 1].digits >= 3 { return true }
        if i > 0, tokens[i - 1].kind == .word, Keys.numberLabels.contains(tokens[i - 1].key) { return true }
        guard i + 1 < tokens.count, tokens[i + 1].kind == .word else { return false }
        let next = tokens[i + 1].key
        if Keys.moneyNouns.contains(next) { return true }
        // "2000 teachers", "1200 passengers": a count of a plural noun (unless a cue such as "in" reads it as a year).
        if !tokens[i + 1].isCapitalized, tokens[i + 1].key.count >= 4, tokens[i + 1].key.endsWithS,
           !tokens[i + 1].isKnownWord, !hasCue(before: i) { return true }
        if isStreetAddress(after: i) { return true }
        return Keys.countNouns.contains(next) && !hasCue(before: i)
    }

    /// "1600 Pennsylvania Avenue", "2100 Main St.": a house number before a street name.
    private func isStreetAddress(after i: Int) -> Bool {
        var j = i + 1
        while j < tokens.count, j <= i + 3, tokens[j].kind == .word, tokens[j].isCapitalized {
            if Keys.streetSuffixes.contains(tokens[j].key) { return true }
            j += 1
        }
        return false
    }

    /// A season word used as a noun or verb: "the fall of the regime", "the fall in prices",
    /// "expected to fall", "rise and fall". After "to", "and" or "or" a season needs another before it ("summer to fall").
    private func isSeasonNoun(at i: Int) -> Bool {
        if role(i + 1) == .of { return true }
        if tokens[i].key == Keys.fall, isWord(i + 1, Keys.inWord) { return true }
        if i > 1, isWord(i - 1, Keys.to) || isWord(i - 1, Keys.and) || isWord(i - 1, Keys.or) {
            guard let before = lexeme(i - 2) else { return true }
            return before.season == nil && before.month == 0
        }
        return false
    }

    /// A word before `i` that makes a bare month or season a time: "in", "since", "by", "early"…
    func hasCue(before i: Int) -> Bool {
        guard i > 0 else { return false }
        if isPunct(i - 1, "-"), i > 1, [.early, .mid, .late].contains(role(i - 2)) { return true }  // "mid-June", "late-November"
        guard tokens[i - 1].kind == .word else { return false }
        let key = tokens[i - 1].key
        if Keys.cues.contains(key) { return true }
        // "the figures for January", "a June agreement"; but "for May" and "a May" are as often the name.
        if Keys.weakCues.contains(key) { return lexeme(i)?.month != 5 }
        return false
    }
}
