import Testing

/// One tokenisation case: a text and the tokens expected, written by the project.
struct TokenCase: CustomTestStringConvertible, Sendable {
    let category: String
    let text: String
    let tokens: [String]
    var testDescription: String { "\(category): \(text.prefix(60))" }

    init(_ category: String, _ text: String, _ tokens: [String]) {
        self.category = category
        self.text = text
        self.tokens = tokens
    }
}

let tokenCases: [TokenCase] = [
    TokenCase("words", "Storm hits coast", ["Storm", "hits", "coast"]),
    TokenCase("punctuation", "Wait, what?", ["Wait", ",", "what", "?"]),
    TokenCase("numbers", "It rose 4.5% to $12, then 1,900 fans saw a 3-1 win.", ["It", "rose", "4.5", "%", "to", "$", "12", ",", "then", "1,900", "fans", "saw", "a", "3-1", "win", "."]),
    TokenCase("numbers", "€4.1 billion at 10:30 on 9/11", ["€", "4.1", "billion", "at", "10:30", "on", "9/11"]),
    TokenCase("numbers", "Temperatures fell to -5 overnight.", ["Temperatures", "fell", "to", "-5", "overnight", "."]),
    TokenCase("numbers", "the 1990s and the 5th race", ["the", "1990s", "and", "the", "5th", "race"]),
    TokenCase("contractions", "I don't think it's Kuleba's call.", ["I", "do", "n't", "think", "it", "'s", "Kuleba", "'s", "call", "."]),
    TokenCase("contractions", "We can't and won't, they'd say; you're sure we've I'm?", ["We", "ca", "n't", "and", "wo", "n't", ",", "they", "'d", "say", ";", "you", "'re", "sure", "we", "'ve", "I", "'m", "?"]),
    TokenCase("contractions", "She’ll say it isn’t so.", ["She", "’ll", "say", "it", "is", "n’t", "so", "."]),
    TokenCase("contractions", "You cannot go, we gonna stay", ["You", "can", "not", "go", ",", "we", "gon", "na", "stay"]),
    TokenCase("contractions", "dont worry, thats fine", ["do", "nt", "worry", ",", "that", "s", "fine"]),
    TokenCase("apostrophes", "O'Brien's rock'n'roll at 5 o'clock", ["O'Brien", "'s", "rock'n'roll", "at", "5", "o'clock"]),
    TokenCase("apostrophes", "the players' union", ["the", "players", "'", "union"]),
    TokenCase("apostrophes", "That is Haddad Jr.'s book.", ["That", "is", "Haddad", "Jr.", "'s", "book", "."]),
    TokenCase("hyphens", "a military-technical state-run agency", ["a", "military-technical", "state-run", "agency"]),
    TokenCase("abbreviations", "Dr. Osei met U.S. officials at 5 p.m. Tuesday.", ["Dr.", "Osei", "met", "U.S.", "officials", "at", "5", "p.m.", "Tuesday", "."]),
    TokenCase("abbreviations", "He left at 9 p.m.", ["He", "left", "at", "9", "p.m", "."]),
    TokenCase("abbreviations", "Kestrel Air Inc. said so.", ["Kestrel", "Air", "Inc.", "said", "so", "."]),
    TokenCase("abbreviations", "etc., e.g., and i.e. so", ["etc.", ",", "e.g.", ",", "and", "i.e.", "so"]),
    TokenCase("abbreviations", "No. 5 and No. Never.", ["No.", "5", "and", "No", ".", "Never", "."]),
    TokenCase("initials", "Mark D. Ellison", ["Mark", "D.", "Ellison"]),
    TokenCase("abbreviations", "Sen. Lopez, D-Calif., and Rep. Reed (R-N.Y.) agreed.", ["Sen.", "Lopez", ",", "D-Calif.", ",", "and", "Rep.", "Reed", "(", "R-N.Y.", ")", "agreed", "."]),
    TokenCase("quotes", "“Yes,” she said.", ["“", "Yes", ",", "”", "she", "said", "."]),
    TokenCase("quotes", "\"No.\" 'Maybe.'", ["\"", "No", ".", "\"", "'", "Maybe", ".", "'"]),
    TokenCase("quotes", "«Oui» ‘fine’", ["«", "Oui", "»", "‘", "fine", "’"]),
    TokenCase("brackets", "(see [note 3]).", ["(", "see", "[", "note", "3", "]", ")", "."]),
    TokenCase("dashes", "The bridge—closed—reopened; 1990–2000 -- a decade", ["The", "bridge", "—", "closed", "—", "reopened", ";", "1990", "–", "2000", "--", "a", "decade"]),
    TokenCase("ellipses", "Wait... what…?", ["Wait", "...", "what", "…?"]),
    TokenCase("stops", "Really?! Yes!!", ["Really", "?!", "Yes", "!!"]),
    TokenCase("addresses", "Mail press@kestrel.example.com or see https://example.org/a_b?x=1.", ["Mail", "press@kestrel.example.com", "or", "see", "https://example.org/a_b?x=1", "."]),
    TokenCase("addresses", "Follow @portelkin and #floodwatch (www.civicaudit.org).", ["Follow", "@portelkin", "and", "#floodwatch", "(", "www.civicaudit.org", ")", "."]),
    TokenCase("addresses", "Read example.com/news, not report.pdf.", ["Read", "example.com/news", ",", "not", "report.pdf", "."]),
    TokenCase("symbols", "AT&T and R&D cost 5 × 3 ©", ["AT&T", "and", "R&D", "cost", "5", "×", "3", "©"]),
    TokenCase("emoji", "Great 👍🏽 day 🎉!", ["Great", "👍🏽", "day", "🎉", "!"]),
    TokenCase("emoticons", "Thanks :) see you ;-)", ["Thanks", ":)", "see", "you", ";-)"]),
    TokenCase("no space", "world.Today", ["world", ".", "Today"]),
    TokenCase("slashes", "and/or b/c w/o 3/4", ["and", "/", "or", "b/c", "w/o", "3/4"]),
    TokenCase("unicode words", "Zoë Ångström visited Kraków and 東京.", ["Zoë", "Ångström", "visited", "Kraków", "and", "東京", "."]),
    TokenCase("spaces", "a\u{00A0}b\u{2009}c\u{200B}d\r\ne", ["a", "b", "c", "d", "e"]),
]
