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
