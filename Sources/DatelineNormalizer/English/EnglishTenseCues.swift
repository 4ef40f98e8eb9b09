/// English words that tell a clause's tense.
enum TenseCues {
    static let would = WordKey("would")
    static let have = WordKey("have")
    static let passiveAuxiliaries = WordSet(["be", "been", "being", "is", "are", "stay", "stays", "remain", "remains", "get",
                                             "gets", "become", "becomes", "seem", "seems"])
    static let reporting = WordSet(["said", "says", "told", "reported", "announced", "added", "noted", "wrote", "stated"])
    static let to = WordKey("to")
    static let ll = WordKey("ll")
    static let next = WordKey("next"), by = WordKey("by"), set = WordKey("set"), forWord = WordKey("for")
    static let future = WordSet(["will", "shall", "scheduled", "slated", "upcoming", "expected", "intends",
                                 "forthcoming", "due", "tomorrow", "next", "soon", "planned", "plans", "planning"])
    /// Words that point ahead when "to" follows: "plans to", "planning to", "is set to".
    static let futureBeforeTo = WordSet(["going", "set", "poised", "plan", "plans", "planning", "planned", "aims", "hopes",
                                         "intend", "intends", "expects", "expected", "scheduled", "slated", "due"])
    static let past = WordSet(["was", "were", "had", "did", "said", "told", "won", "lost", "began", "came", "went",
                                         "made", "took", "gave", "got", "saw", "knew", "spoke", "met", "left", "fell", "rose",
                                         "sold", "bought", "paid", "held", "led", "ran", "wrote", "became", "brought",
                                         "built", "chose", "drew", "drove", "ate", "fought", "found", "flew", "forgot",
                                         "grew", "heard", "hit", "kept", "laid", "lent", "meant", "put", "quit", "read",
                                         "rode", "rang", "said", "sent", "set", "shot", "shut", "sang", "sat", "slept",
                                         "spent", "stood", "stole", "struck", "swore", "taught", "thought", "threw",
                                         "understood", "woke", "wore", "yesterday", "ago", "earlier", "previously", "spoke", "broke",
                                         "told", "began", "rose", "won", "fled", "froze", "hid", "bid", "sought", "sank", "swam",
                                         "tore", "wept", "withdrew", "overtook", "undertook", "forgave", "foresaw", "dealt", "felt",
                                         "lost", "struck", "arose", "bore", "beat", "bent", "bled", "caught", "clung", "dug", "fed"])
    /// "-ed" words that are not past verbs.
    static let notPast = WordSet(["need", "indeed", "speed", "proceed", "exceed", "succeed", "breed", "seed",
                                            "feed", "embed", "bed", "red", "shed", "hundred", "bred", "united", "limited",
                                            "expected", "scheduled", "planned", "proposed", "related", "based", "called",
                                            "so-called", "detailed", "advanced", "interested", "concerned"])
}

