/// Generates news-like English text about invented people and events, for speed measurements.
///
/// Deterministic for a seed. The text has what segmentation must cope with, in roughly news proportions:
/// headlines without a stop, datelines, titles and abbreviations (Mr., Gov., U.S., Inc., p.m., Jan.),
/// initials, money, percentages, scores, quotations with curly and straight quotes, contractions and
/// possessives, hyphenated words, dashes, parentheses, ellipses, web and e-mail addresses, lists.
public struct NewsTextGenerator {
    private var random: SeededRandom

    /// Creates a generator; the same seed gives the same text.
    public init(seed: UInt64) { random = SeededRandom(seed: seed) }

    private mutating func number(_ range: ClosedRange<Int>) -> Int { random.number(range) }

    private mutating func pick(_ items: [String]) -> String { random.pick(items) }

    private static let firstNames = [
        "Marta", "Tomasz", "Aroha", "Desmond", "Ines", "Kwame", "Lena", "Oskar", "Priya", "Rafael", "Sunniva",
        "Teodor", "Wiremu", "Yusra", "Halvard", "Noor", "Bettina", "Ciaran", "Dagny", "Emeka",
    ]
    private static let lastNames = [
        "Okonkwo-Reyes", "Vantongeren", "Halloran", "Brzezinska", "Tamihana", "Lindqvist", "Osei", "Marchetti",
        "Kowalczyk", "Haddad", "Ferreira", "Ngata", "Sorensen", "Abernathy", "Quispe", "Drummond",
    ]
    private static let titles = ["Mr.", "Ms.", "Dr.", "Gov.", "Sen.", "Rep.", "Prof.", "Gen.", "Mrs."]
    private static let organisations = [
        "Harrowgate Minerals Inc.", "the Northern Grid Authority", "Coastline Freight Corp.", "the U.N. refugee agency",
        "Beltrami & Sons Ltd.", "the Ministry of Water", "Pemberton Analytics", "the U.S. Transport Department",
        "Kestrel Air", "the Lakeshore Teachers' Union",
    ]
    private static let places = [
        "Port Elkin", "Varnholm", "Tauranga Bay", "New Cardiff", "Lake Orrin", "Mirabel", "Ostrava Falls",
        "Kingsmere", "San Telmo Heights", "Brackwater",
    ]
    private static let topics = [
        "the water-treatment contract", "a proposed rail link", "the teachers' pay offer", "rising fuel prices",
        "the flood-recovery plan", "a data breach", "the port expansion", "a long-delayed stadium", "bus fares",
        "the wildfire season",
    ]
    private static let verbs = ["said", "told reporters", "said in a statement", "wrote on social media", "added"]

    /// An invented person as news names them: "First Last", "First M. Last" or "Title Last".
    public mutating func person() -> String {
        let first = pick(Self.firstNames)
        let last = pick(Self.lastNames)
        switch number(0...5) {
        case 0: return "\(first) \(pick(["A.", "J.", "R.", "M.", "T."])) \(last)"
        case 1: return "\(pick(Self.titles)) \(last)"
        default: return "\(first) \(last)"
        }
    }

    private mutating func money() -> String {
        switch number(0...3) {
        case 0: return "$\(number(1...99)).\(number(1...9)) billion"
        case 1: return "$\(number(1...999)),\(number(100...999))"
        case 2: return "€\(number(2...90)) million"
        default: return "\(number(1...40)).\(number(0...9))%"
        }
    }

    /// One sentence of news (a quotation, a figure, a date, an address, ...), capitalised.
    public mutating func sentence() -> String {
        let text = rawSentence()
        return text.prefix(1).uppercased() + text.dropFirst()  // "the Ministry of Water said..." opens a sentence
    }

    private mutating func rawSentence() -> String {
        let who = person()
        let place = pick(Self.places)
        let organisation = pick(Self.organisations)
        let topic = pick(Self.topics)
        switch number(0...13) {
        case 0:
            return "“We didn't expect \(topic) to cost \(money()), and it's not over,” \(who) \(pick(Self.verbs))."
        case 1:
            return "\(organisation) said on \(pick(["Jan.", "Feb.", "Oct.", "Nov.", "Dec."])) \(number(1...28)) that \(topic) would be reviewed by the end of the year."
        case 2:
            return "At \(number(1...11)) \(pick(["a.m.", "p.m."])) on \(pick(["Monday", "Friday", "Sunday"])), about \(number(2...9)),\(number(100...999)) people had gathered outside the council offices in \(place)."
        case 3:
            return "\(who), who leads \(organisation), called the decision “short-sighted” and said the region's economy had grown \(money()) last year."
        case 4:
            return "The vote passed \(number(5...9))-\(number(1...4)) after a three-hour debate (the third this month) — a result few had predicted."
        case 5:
            return "Shares in \(organisation) fell \(number(1...12)).\(number(0...9))% to $\(number(3...80)).\(number(10...99)) in early trading, while the broader index was flat."
        case 6:
            return "\"It's a matter of trust,\" \(who) said. \"People can't be asked to wait forever... They've waited long enough.\""
        case 7:
            return "According to the report, published at www.\(pick(["gridwatch", "harbourdata", "civicaudit"])).org/reports, \(topic) has been delayed \(number(2...6)) times since 20\(number(10...23))."
        case 8:
            return "Questions can be sent to press@\(pick(["varnholm", "kestrelair", "pemberton"])).example.com, the office said; a hotline opens at \(number(7...9)):30 a.m. Tuesday."
        case 9:
            return "Why did it take so long? \(who) would not say, though officials in \(place) had warned about \(topic) for years!"
        case 10:
            return "The plan covers three areas: 1. roads, 2. schools and 3. the harbour, with work on each due to begin in \(pick(["March", "June", "September"]))."
        case 11:
            return "\(who) (no relation to the former mayor) wasn't available for comment, and a spokesperson for \(organisation) declined to say whether the U.S. partner, Orrin Holdings Co., was involved."
        case 12:
            return "In \(place), residents described the night as “terrifying”; one man, \(number(60...89)), said the water rose \(number(1...3)).\(number(1...9)) meters in under an hour."
        default:
            return "The agency's version 2.\(number(0...9)) forecast, released Thursday, puts growth at \(money()) — slower than the \(number(2...5)).\(number(0...9))% it projected in April."
        }
    }

    /// One article: a headline, a dateline paragraph and several more paragraphs.
    public mutating func document() -> String {
        var parts: [String] = []
        let place = pick(Self.places)
        parts.append("\(place) council delays \(pick(Self.topics)) after \(pick(["protests", "audit", "storm damage"]))")
        parts.append("By \(pick(Self.firstNames)) \(pick(Self.lastNames))")
        let paragraphs = number(6...14)
        for index in 0..<paragraphs {
            var paragraph = index == 0 ? "\(place.uppercased()) — " : ""
            let sentences = number(1...4)
            for count in 0..<sentences {
                paragraph += (count == 0 ? "" : " ") + sentence()
            }
            parts.append(paragraph)
        }
        return parts.joined(separator: "\n\n")
    }

    /// Articles until their total size reaches `totalBytes` UTF-8 bytes.
    public mutating func documents(totalBytes: Int) -> [String] {
        var result: [String] = []
        var total = 0
        while total < totalBytes {
            let text = document()
            total += text.utf8.count
            result.append(text)
        }
        return result
    }
}
