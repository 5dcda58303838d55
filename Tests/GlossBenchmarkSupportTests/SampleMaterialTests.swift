import GlossBenchmarkSupport
import Testing

private let ferryArticle = """
    Ferry crews vote to strike

    PORT ADELINE (Gloss Wire) — Crews voted on Thursday to strike from April 2, the union said.

    “Nobody wants this,” said Marguerite Osei, the union’s branch secretary. “But a roster is not a gamble.”

    Chief executive Rowan Beckett said the company would ask for mediation. Beckett said talks would go on.

    Teodor Vance, who runs a grocery on Kittle Island, said he had ordered 40 crates of milk in 2024.

    The operator's chair, Samuel Okonjo-Reyes, said the offer stood.
    """

@Test func samplesAreTakenApartIntoHeadlineLeadAndParagraphs() {
    let material = SampleMaterial(articles: [ferryArticle])
    #expect(material.headlines == ["Ferry crews vote to strike"])
    #expect(material.leads.count == 1)
    #expect(material.paragraphs.count == 4)
    #expect(material.people.map(\.fullName) == ["Marguerite Osei", "Rowan Beckett", "Teodor Vance", "Samuel Okonjo-Reyes"])
}

@Test func peopleAndFiguresBecomeVariableParts() {
    let material = SampleMaterial(articles: [ferryArticle])
    // "Chief executive Rowan Beckett said ... Beckett said ...": the full name, then the surname alone.
    let beckett = material.paragraphs[1].pieces
    #expect(beckett.contains(.person(1)))
    #expect(beckett.contains(.surname(1)))
    // "40 crates ... in 2024": a two-digit number and a year; "Kittle Island" is a place, not a person.
    let vance = material.paragraphs[2].pieces
    #expect(vance.contains(.number(digits: 2)))
    #expect(vance.contains(.year))
    #expect(vance.first == .person(2))
}

@Test(arguments: [
    ("One. Two.", ["One.", "Two."]),
    ("“We saved what we could. I don’t know yet,” he said. Then he left.", ["“We saved what we could. I don’t know yet,” he said.", "Then he left."]),
    ("“If the boats stop, the milk stops,” he said. “I have two freezers.” She agreed.", ["“If the boats stop, the milk stops,” he said.", "“I have two freezers.”", "She agreed."]),
    ("\"It is late.\" He went home.", ["\"It is late.\"", "He went home."]),
    ("Prices rose 4.5 percent. Wages did not.", ["Prices rose 4.5 percent.", "Wages did not."]),
])
func sentencesKeepQuotationsWhole(paragraph: String, expected: [String]) {
    let material = SampleMaterial(articles: ["Headline\n\n" + paragraph])
    let texts = material.sentences.map { template in
        template.pieces.map { piece -> String in
            switch piece {
            case .literal(let bytes): String(decoding: bytes, as: UTF8.self)
            case .number(let digits): String(repeating: "9", count: digits)
            default: "?"
            }
        }.joined()
    }
    let shaped = expected.map { $0.replacingDigits() }
    #expect(texts == shaped)
}

@Test func placeholdersParse() {
    let template = TextTemplate(placeholders: "“Yes,” said {person}, {role} {org}. {surname} left at {n} p.m. in {year}; {unknown}", choices: ["role": ["the head of"]])
    #expect(template.pieces == [
        .literal(Array("“Yes,” said ".utf8)), .newPerson, .literal(Array(", ".utf8)), .choice([Array("the head of".utf8)]),
        .literal([0x20]), .organisation, .literal(Array(". ".utf8)), .newSurname, .literal(Array(" left at ".utf8)),
        .number(digits: 1), .literal(Array(" p.m. in ".utf8)), .year, .literal(Array("; {unknown}".utf8)),
    ])
}

extension String {
    /// Every digit as 9, as the test renders numbers.
    fileprivate func replacingDigits() -> String {
        String(decoding: utf8.map { $0 >= 0x30 && $0 <= 0x39 ? 0x39 : $0 }, as: UTF8.self)
    }
}
