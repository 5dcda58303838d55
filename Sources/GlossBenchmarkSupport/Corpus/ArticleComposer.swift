/// One generated news article before it is dressed as a scraped page.
public struct ComposedArticle: Sendable, Hashable {
    public var headline: String
    /// The byline's author.
    public var author: String
    /// The dateline's place, as written in it ("PORT SAFFRON").
    public var datelinePlace: String
    /// The paragraphs; the first starts with the dateline.
    public var paragraphs: [String]
    /// The news site that published it.
    public var site: String
    /// Publication date.
    public var date: ArticleDate
    /// Headlines of other stories, for the related-posts furniture.
    public var related: [String]
}

/// A calendar date, for bylines and page metadata.
public struct ArticleDate: Sendable, Hashable {
    public var year: Int
    public var month: Int
    public var day: Int

    /// `2025-03-11`.
    public var iso: String {
        func two(_ value: Int) -> String { value < 10 ? "0\(value)" : String(value) }
        return "\(year)-\(two(month))-\(two(day))"
    }
}

/// Composes articles from the sample material, the phrasebook and ``NewsTextGenerator``'s sentences:
/// a headline, a dateline paragraph and 5-12 more, each a sample paragraph, a phrasebook paragraph or a
/// mix of sentences, with the people, places and figures varied and kept consistent within the article
/// (a person renamed "Carys Dunmore" is "Dunmore" later on).
struct ArticleComposer {
    let material: SampleMaterial
    private let phrasebookParagraphs: [TextTemplate]
    private let headlineShapes: [TextTemplate]

    init(material: SampleMaterial) {
        self.material = material
        let choices = [
            "role": NewsPhrasebook.roles, "month": NewsPhrasebook.months, "job": NewsPhrasebook.jobs,
            "topic": NewsPhrasebook.topics,
        ]
        phrasebookParagraphs = NewsPhrasebook.paragraphs.map { TextTemplate(placeholders: $0, choices: choices) }
        headlineShapes = NewsPhrasebook.headlineShapes.map { TextTemplate(placeholders: $0, choices: choices) }
    }

    func article(random: inout SeededRandom) -> ComposedArticle {
        var cast = Cast(mainPlace: random.pick(NewsPhrasebook.places))
        var sentences = NewsTextGenerator(seed: random.next())
        let headline = makeHeadline(cast: &cast, random: &random)
        let author = cast.newPerson(random: &random).fullName
        let place = cast.mainPlace.uppercased()
        var lead = place + " (" + random.pick(NewsPhrasebook.agencies) + ") — "
        if !material.leads.isEmpty && random.chance(60) {
            lead += cast.render(random.pick(material.leads), random: &random)
        } else {
            lead += sentences.sentence()
            if random.chance(50) { lead += " " + sentences.sentence() }
        }
        var paragraphs = [lead]
        for _ in 0..<random.number(5...12) {
            let roll = random.number(0...99)
            if roll < 40 && !material.paragraphs.isEmpty {
                paragraphs.append(cast.render(random.pick(material.paragraphs), random: &random))
            } else if roll < 65 {
                paragraphs.append(cast.render(random.pick(phrasebookParagraphs), random: &random))
            } else {
                var parts: [String] = []
                for _ in 0..<random.number(1...4) {
                    if !material.sentences.isEmpty && random.chance(50) {
                        parts.append(cast.render(random.pick(material.sentences), random: &random))
                    } else {
                        parts.append(sentences.sentence())
                    }
                }
                paragraphs.append(parts.joined(separator: " "))
            }
        }
        var related: [String] = []
        for _ in 0..<random.number(2...4) { related.append(makeHeadline(cast: &cast, random: &random)) }
        return ComposedArticle(
            headline: headline, author: author, datelinePlace: place, paragraphs: paragraphs,
            site: random.pick(NewsPhrasebook.sites),
            date: ArticleDate(year: random.number(2024...2025), month: random.number(1...12), day: random.number(1...28)),
            related: related)
    }

    private func makeHeadline(cast: inout Cast, random: inout SeededRandom) -> String {
        if !material.headlines.isEmpty && random.chance(30) { return random.pick(material.headlines) }
        let text = cast.render(random.pick(headlineShapes), random: &random)
        return text.prefix(1).uppercased() + text.dropFirst()
    }
}

/// The people and places of one article: who each sample person became, who was introduced.
struct Cast {
    struct Person {
        var fullName: String
        var surname: String
    }

    let mainPlace: String
    private var renamed: [Int: Person] = [:]
    private var introduced: [Person] = []

    init(mainPlace: String) { self.mainPlace = mainPlace }

    mutating func newPerson(random: inout SeededRandom) -> Person {
        let first = random.pick(NewsPhrasebook.firstNames)
        let last = random.pick(NewsPhrasebook.surnames)
        let middle = random.chance(15) ? " " + random.pick(["A.", "J.", "K.", "M.", "R.", "T."]) : ""
        return Person(fullName: first + middle + " " + last, surname: last)
    }

    mutating func render(_ template: TextTemplate, random: inout SeededRandom) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(256)
        var current: Person?
        for piece in template.pieces {
            switch piece {
            case .literal(let text):
                bytes.append(contentsOf: text)
            case .person(let index):
                bytes.append(contentsOf: sample(index, random: &random).fullName.utf8)
            case .surname(let index):
                bytes.append(contentsOf: sample(index, random: &random).surname.utf8)
            case .newPerson:
                // Now and then someone already in the article speaks again.
                let person = !introduced.isEmpty && random.chance(35) ? random.pick(introduced) : newPerson(random: &random)
                if !introduced.contains(where: { $0.fullName == person.fullName }) { introduced.append(person) }
                current = person
                bytes.append(contentsOf: person.fullName.utf8)
            case .newSurname:
                let person = current ?? introduced.last ?? newPerson(random: &random)
                bytes.append(contentsOf: person.surname.utf8)
            case .place:
                bytes.append(contentsOf: (random.chance(60) ? mainPlace : random.pick(NewsPhrasebook.places)).utf8)
            case .organisation:
                bytes.append(contentsOf: random.pick(NewsPhrasebook.organisations).utf8)
            case .number(let digits):
                bytes.append(UInt8(0x30 + random.number(1...9)))
                for _ in 1..<max(1, digits) { bytes.append(UInt8(0x30 + random.number(0...9))) }
            case .year:
                bytes.append(contentsOf: String(random.number(1990...2025)).utf8)
            case .choice(let options):
                bytes.append(contentsOf: random.pick(options))
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    private mutating func sample(_ index: Int, random: inout SeededRandom) -> Person {
        if let person = renamed[index] { return person }
        let person = newPerson(random: &random)
        renamed[index] = person
        introduced.append(person)
        return person
    }
}
