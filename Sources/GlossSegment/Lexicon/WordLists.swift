/// The built-in word lists of the segmenter. Written for English news; extend abbreviations through the
/// stage's `abbreviations` option.
enum WordLists {
    /// Abbreviations by kind, written as they usually appear (without the final period). Entries in
    /// `anyCase` also match their lower-case form; the others match as written, so that `Ill.`
    /// (Illinois) is an abbreviation and `ill.` is a word ending a sentence.
    static let abbreviations: [(kind: AbbreviationKind, anyCase: Bool, words: [String])] = [
        (.title, false, [
            "Mr", "Mrs", "Ms", "Mx", "Messrs", "Mmes", "Dr", "Drs", "Prof", "Profs", "Gov", "Govs", "Sen", "Sens",
            "Rep", "Reps", "Gen", "Gens", "Lt", "Col", "Maj", "Capt", "Cmdr", "Cdr", "Comdr", "Adm", "Sgt", "Cpl", "Pvt",
            "Pfc", "Spc", "Rev", "Revd", "Hon", "Pres", "Supt", "Insp", "Det", "Fr", "Msgr", "Mt", "Ft", "Atty", "Amb",
            "Brig", "Lieut", "Mme", "Mlle", "Rt", "Asst", "Assoc", "Sec", "Sgts", "Vs", "Viz", "Cf", "MR", "MRS", "DR",
            "mr", "mrs", "ms", "dr", "prof", "vs", "v", "cf", "viz", "e.g", "i.e", "E.g", "I.e",
        ]),
        (.beforeNumber, true, [
            "No", "Nos", "Nr", "Art", "Arts", "Vol", "Vols", "Fig", "Figs", "Ch", "Chap", "Para", "Pt", "Pts", "Op",
            "Rte", "Hwy", "Apt", "Ste", "Bldg", "Rm", "Ext", "Tel", "Ph", "Nº", "N°",
        ]),
        (.beforeNumber, false, ["p", "pp", "no", "nos", "sec", "secs"]),
        (.month, false, [
            "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
            "JAN", "FEB", "MAR", "APR", "JUN", "JUL", "AUG", "SEP", "SEPT", "OCT", "NOV", "DEC",
        ]),
        (.time, false, ["a.m", "p.m", "A.M", "P.M"]),
        (.place, false, ["U.S", "U.K", "U.N", "E.U", "U.A.E", "U.S.A", "U.S.S.R", "D.C", "N.Y", "L.A", "N.Z"]),
        (.general, true, [
            "Inc", "Corp", "Co", "Cos", "Ltd", "Plc", "Bros", "Mfg", "Assn", "Dept", "Univ", "Inst", "Intl", "Natl",
            "Govt", "Jr", "Sr", "Esq", "St", "Ave", "Blvd", "Rd", "Ln", "Sq", "Pkwy", "Ct", "Hts", "Pl",
            "approx", "appt", "est", "misc", "min", "max", "yr", "yrs", "hr", "hrs", "mins", "wk", "wks", "mo", "mos",
            "ft", "oz", "lb", "lbs", "sq", "gal", "qt", "pt", "cu", "incl", "excl", "ibid", "resp", "ca", "cit", "div",
            "ed", "eds", "trans", "al", "esp", "avg", "ref", "eq", "tsp", "tbsp", "pkg", "qty", "vol", "nb",
        ]),
        (.general, false, [
            // US states in AP style; written capitalised only, so "ill." and "mass." stay words.
            "Ala", "Ariz", "Ark", "Calif", "Colo", "Conn", "Del", "Fla", "Ga", "Ill", "Ind", "Kan", "Kans", "Ky", "La",
            "Md", "Mass", "Mich", "Minn", "Miss", "Mo", "Mont", "Neb", "Nebr", "Nev", "Okla", "Ore", "Oreg", "Pa",
            "Penn", "Tenn", "Tex", "Va", "Vt", "Wash", "Wis", "Wisc", "Wyo",
        ]),
        (.closing, true, ["etc"]),
    ]

    /// Capitalised words that very often start a sentence and rarely follow an abbreviation inside one.
    /// Matched without regard to case. Names that are also words (Will, May, Mark, Bill) are left out.
    static let sentenceStarters: [String] = [
        "the", "a", "an", "he", "she", "it", "they", "we", "i", "you", "this", "that", "these", "those", "there",
        "here", "his", "her", "its", "their", "our", "my", "your", "but", "and", "or", "so", "yet", "nor", "in", "on",
        "at", "for", "with", "after", "before", "when", "while", "if", "as", "although", "though", "because", "since",
        "until", "unless", "once", "many", "most", "some", "all", "both", "each", "every", "no", "not", "only",
        "also", "however", "meanwhile", "still", "then", "now", "today", "yesterday", "tomorrow", "what", "who",
        "whom", "whose", "why", "how", "where", "which", "yes", "well", "oh", "instead", "indeed", "thus", "hence",
        "therefore", "moreover", "furthermore", "besides", "otherwise", "nevertheless", "nonetheless", "later",
        "earlier", "soon", "again", "even", "just", "perhaps", "maybe", "never", "always", "sometimes", "one",
        "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "such", "other", "another",
        "several", "few", "more", "less", "last", "next", "first", "second", "third", "finally", "overall",
        "despite", "during", "among", "about", "from", "into", "by", "under", "over", "through", "against",
        "without", "within", "between", "do", "does", "did", "is", "are", "was", "were", "has", "have", "had",
        "can", "could", "would", "should", "might", "must", "shall", "let", "please", "thanks", "according",
        "officials", "police", "authorities", "analysts", "experts", "critics", "residents", "people",
    ]

    /// Verbs that attribute a quotation: `"Why?" Smith asked` is one sentence.
    static let speechVerbs: [String] = [
        "said", "says", "asked", "asks", "shouted", "yelled", "told", "added", "replied", "wrote", "cried",
        "whispered", "screamed", "insisted", "recalled", "exclaimed", "continued", "explained", "answered",
        "demanded", "wondered", "declared", "tweeted", "posted", "noted", "warned", "joked", "urged", "pleaded",
    ]

    /// Capitalised words that belong to a time before them: `at 6 p.m. Friday`, `9 a.m. EST`.
    static let timeFollowers: [String] = [
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mon", "tue", "tues", "wed",
        "thu", "thur", "thurs", "fri", "sat", "sun", "january", "february", "march", "april", "may", "june",
        "july", "august", "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun",
        "jul", "aug", "sep", "sept", "oct", "nov", "dec", "et", "est", "edt", "ct", "cst", "cdt", "mt", "mst",
        "mdt", "pt", "pst", "pdt", "gmt", "utc", "bst", "cet", "cest", "eet", "ist", "jst", "aest", "aedt", "hkt",
        "sgt", "eastern", "central", "mountain", "pacific", "local", "greenwich",
    ]

    /// Words that open a time phrase in front of a sentence: `At 5 a.m. Mr. Smith went...`.
    static let frontedTimeWords: [String] = [
        "at", "by", "around", "about", "before", "after", "until", "till", "from", "since", "between", "and",
        "to", "or", "shortly", "just", "on", "until", "till", "approximately", "roughly", "nearly", "almost",
        "early", "late", "sometime",
    ]

    /// Lower-case words after which a line break continues the sentence (a hard-wrapped line).
    static let continuationWords: [String] = [
        "a", "an", "the", "and", "or", "but", "nor", "of", "to", "in", "on", "at", "for", "with", "by", "from", "as",
        "that", "which", "who", "whom", "whose", "than", "into", "onto", "upon", "about", "over", "under",
        "after", "before", "between", "is", "are", "was", "were", "be", "been", "being", "has", "have", "had",
        "will", "would", "shall", "should", "can", "could", "may", "might", "must", "not", "no", "said", "says",
        "its", "their", "his", "her", "our", "my", "your", "this", "these", "those", "per", "via", "if", "when",
        "while", "because", "although", "though", "whether", "where", "like", "said",
    ]

    /// Words written without an apostrophe that Universal Dependencies splits into two or three words, with
    /// the lengths of the parts (`cannot` is `can` + `not`). Matched without regard to case.
    static let fusedWords: [(String, [Int])] = [
        ("cannot", [3, 3]), ("gonna", [3, 2]), ("wanna", [3, 2]), ("gotta", [3, 2]), ("outta", [3, 2]),
        ("kinda", [4, 1]), ("sorta", [4, 1]), ("dunno", [2, 1, 2]), ("gimme", [3, 2]), ("lemme", [3, 2]),
        ("dont", [2, 2]), ("doesnt", [4, 2]), ("didnt", [3, 2]), ("isnt", [2, 2]), ("wasnt", [3, 2]),
        ("arent", [3, 2]), ("werent", [4, 2]), ("havent", [4, 2]), ("hasnt", [3, 2]), ("hadnt", [3, 2]),
        ("couldnt", [5, 2]), ("wouldnt", [5, 2]), ("shouldnt", [6, 2]), ("cant", [2, 2]), ("wont", [2, 2]),
        ("aint", [2, 2]), ("thats", [4, 1]), ("whats", [4, 1]), ("im", [1, 1]), ("ive", [1, 2]), ("youre", [3, 2]),
        ("theyre", [4, 2]), ("youve", [3, 2]), ("theyve", [4, 2]), ("youll", [3, 2]), ("itll", [2, 2]),
        ("alot", [1, 3]),
    ]

    /// Prefixes that stay attached to their word when hyphens are split (`co-workers`, `e-mail`), as in
    /// Universal Dependencies English.
    static let hyphenPrefixes: [String] = [
        "e", "co", "pre", "post", "non", "multi", "ex", "mid", "pro", "anti", "re", "semi", "sub", "inter", "intra",
        "vice", "bi", "tri", "un", "de", "counter", "neo", "micro", "macro", "mega", "ultra", "self",
    ]

    /// Top-level domains that make `name.tld` a web address.
    static let domains: [String] = [
        "com", "org", "net", "edu", "gov", "mil", "int", "io", "co", "uk", "us", "ca", "au", "de", "fr", "info",
        "biz", "tv", "ly", "app", "dev", "ai", "news", "nz", "ie", "eu", "ru", "cn", "jp", "ua", "ch", "nl", "br",
        "za", "ke", "ng",
    ]
}
