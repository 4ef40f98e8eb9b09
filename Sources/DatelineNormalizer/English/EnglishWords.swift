// English words the grammar and resolver compare against. Everything language-specific that is a
// word list lives in this folder; the engine (tokenizer, matcher, resolver) works on the roles
// these lists give words.

/// Word keys the grammar compares against.
enum Keys {
    static let s = WordKey("s"), st = WordKey("st"), nd = WordKey("nd"), rd = WordKey("rd"), th = WordKey("th")
    static let a = WordKey("a"), p = WordKey("p"), m = WordKey("m"), q = WordKey("q"), fy = WordKey("fy")
    static let forWord = WordKey("for"), over = WordKey("over"), h = WordKey("h")
    static let inWord = WordKey("in"), to = WordKey("to"), and = WordKey("and"), or = WordKey("or"), fall = WordKey("fall")
    static let old = WordKey("old"), one = WordKey("one"), on = WordKey("on")
    static let functionWords = WordSet(["and", "or", "but", "is", "was", "were", "are", "has", "have", "had", "to", "of", "in",
                                        "on", "at", "for", "with", "as", "when", "that", "which", "few", "several", "two",
                                        "three", "been", "will", "would", "year", "years", "decade", "decades"])
    static let modals = WordSet(["will", "would", "could", "may", "might", "shall", "should", "can"])
    static let more = WordKey("more"), less = WordKey("less"), than = WordKey("than"), least = WordKey("least"),
               most = WordKey("most"), up = WordKey("up"), no = WordKey("no"), at = WordKey("at")
    static let approximately = WordSet(["around", "nearly", "almost", "roughly", "approximately", "circa"])
    static let period = WordKey("period"), ended = WordKey("ended"), ending = WordKey("ending"), asWord = WordKey("as")
    static let streetSuffixes = WordSet(["street", "st", "avenue", "ave", "road", "rd", "boulevard", "blvd", "lane", "ln",
                                         "drive", "dr", "way", "place", "pl", "court", "ct", "highway", "parkway", "square", "plaza"])
    static let dayNamePrefixes = WordSet(["black", "cyber", "good", "super", "easter", "ash", "palm", "holy", "bloody", "giving"])
    static let hyphen = WordKey("-"), enDash = WordKey("\u{2013}")
    static let couple = WordKey("couple"), half = WordKey("half"), from = WordKey("from")
    /// Era marks after a year, letters only: "BC", "B.C.", "BCE"; "AD", "A.D.", "CE".
    static let beforeChrist = WordSet(["bc", "bce"]), annoDomini = WordSet(["ad", "ce"])
    static let largeNumbers = WordSet(["hundred", "thousand", "million", "billion", "trillion", "dozen"])
    /// "the near future", "the distant past", "the short term"
    static let futureAdjectives = WordSet(["near", "distant", "immediate"]), pastAdjectives = WordSet(["recent", "distant"])
    static let termAdjectives = WordSet(["near", "short", "long"]), term = WordKey("term"), ahead = WordKey("ahead")
    /// "two more weeks", "an additional year", "a further six months": an amount added to one already spent.
    static let additional = WordSet(["more", "additional", "extra", "further"])
    static let later = WordKey("later"), date = WordKey("date"), oneHalf = WordKey("\u{00BD}"), latter = WordKey("latter")
    static let an = WordKey("an"), thousand = WordKey("thousand"), hundred = WordKey("hundred"), overnight = WordKey("overnight"), close = WordKey("close")
    /// Words before a year said in words ("in nineteen ninety-six", "since two thousand").
    static let yearLeads = WordSet(["in", "since", "until", "till", "by", "of", "year", "before", "after", "from", "through", "during"])
    static let apostrophes = WordSet(["'", "\u{2019}", "\u{2018}"])
    /// Quote marks a title may follow: `"`, "``", "'", "‘", "“".
    static let openingQuotes = WordSet(["\"", "`", "'", "\u{2018}", "\u{201C}"])
    static let sentenceEnds = WordSet([".", "!", "?", ":", ";"])
    /// Signs that make the number after them an amount or a notice, not a year: "€2019", "©2019".
    static let moneySigns = WordSet(["\u{00A3}", "\u{20AC}", "\u{00A5}", "\u{00A9}"])
    static let cues = WordSet(["in", "on", "since", "until", "till", "by", "during", "from", "to", "through",
                                         "before", "after", "of", "early", "late", "mid", "this", "last", "next", "that",
                                         "and", "or", "between", "throughout", "around", "the", "each", "every", "past",
                                         "until", "into", "starting", "following", "previous"])
    static let post = WordKey("post"), pre = WordKey("pre")
    /// "that time", "that period": nouns for a stretch of time with no unit.
    static let timeNouns = WordSet(["time", "period"])
    /// "eight trading days", "three business days"
    static let kindsOfDay = WordSet(["trading", "business", "working", "school", "calendar"])
    /// "the full year", "the whole week", "the entire quarter"
    static let wholeness = WordSet(["full", "whole", "entire"])
    /// Every word after "the" that opens a vague reference or a whole period.
    static let articleAdjectives = WordSet(["near", "distant", "immediate", "recent", "short", "long", "full", "whole", "entire"])
    /// Words before a bare month that make it one, unless the month is "May" (also a name).
    static let weakCues = WordSet(["for", "a", "an"])
    /// Words that name a numbered thing: "Room 2019", "Flight 2024".
    static let numberLabels = WordSet(["room", "flight", "page", "chapter", "route", "suite", "gate", "highway",
                                                 "interstate", "apartment", "platform", "exit", "pier", "locker", "bus",
                                                 "train", "item", "section", "volume", "episode", "number", "form", "version", "model", "no",
                                                 "case", "rule", "article", "exhibit", "patent", "bill", "resolution", "unit",
                                                 "lot", "row", "seat", "box", "windows", "office", "district", "precinct"])
    /// Money after a number: "2024 dollars" is an amount (or constant dollars), never an event's year.
    static let moneyNouns = WordSet(["dollars", "euros", "pounds", "yen", "yuan", "francs", "rupees", "pesos",
                                               "percent", "cents"])
    /// Things counted by a number: "2000 shares", "2019 feet".
    static let countNouns = WordSet(["points", "shares", "votes", "people", "residents", "workers", "employees",
                                               "jobs", "troops", "students", "members", "seats", "units", "copies", "cars",
                                               "homes", "cases", "deaths", "feet", "meters", "metres", "miles", "kilometers",
                                               "kilometres", "acres", "hectares", "tons", "tonnes", "barrels", "yards",
                                               "words", "pages", "calories", "runs"])
}
