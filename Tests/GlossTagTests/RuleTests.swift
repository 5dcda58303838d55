import GlossCore
import Testing

@testable import GlossTag

/// The news rules and name propagation, on hand-made token spans (no model involved).
@Suite struct RuleTests {
    static func tokens(_ text: String) -> (Document, [Token]) {
        var document = Document(id: "r", text: text)
        TestTokenizer.segment(&document)
        return (document, document.tokens ?? [])
    }

    @Test(arguments: [
        ("RIVERTON (Gloss Wire) — The council met.", ["LOC RIVERTON", "ORG Gloss Wire"]),
        ("SAN MATEO, Calif. (Gloss Wire) - Rain fell.", ["LOC SAN MATEO", "LOC Calif.", "ORG Gloss Wire"]),
        ("OSLO — Talks resumed.", ["LOC OSLO"]),
        ("NEW TALKS began today.", []),
        ("The council met in RIVERTON (Gloss Wire) today.", []),
    ])
    func datelines(text: String, expected: [String]) {
        let (document, tokens) = Self.tokens(text)
        let found = document.withUTF8 { bytes in
            tokens.withUnsafeBufferPointer { NewsEntityRules.matchDateline(bytes: bytes, tokens: $0, range: 0..<tokens.count) } ?? []
        }
        #expect(found.map { "\($0.label) \(document.string($0.span))" } == expected)
    }

    @Test(arguments: [
        ("Secretary of State Delia Marrow", 0, 4, EntityLabel.person, "Delia Marrow"),
        ("President Ana Lind", 0, 2, EntityLabel.person, "Ana Lind"),
        ("the Kremlin 's", 0, 2, EntityLabel.organization, "Kremlin"),
        ("Ukraine's", 0, 0, EntityLabel.location, "Ukraine"),
        ("Kuleba\u{2019}s", 0, 0, EntityLabel.person, "Kuleba"),
        ("President", 0, 0, EntityLabel.person, nil),
    ] as [(String, Int, Int, EntityLabel, String?)])
    func refine(text: String, first: Int, last: Int, label: EntityLabel, expected: String?) {
        // Tokenised on spaces only, so that the one-token possessive case stays one token.
        let tokens = spaceSeparatedTokens(text)
        let document = Document(id: "r", text: text)
        let entity = document.withUTF8 { bytes in
            tokens.withUnsafeBufferPointer {
                NewsEntityRules.refine(first: first, last: last, label: label, bytes: bytes, tokens: $0, lexicon: .builtin, enabled: true)
            }
        }
        #expect(entity.map { document.string($0.span) } == expected)
    }

    @Test(arguments: [
        ("Forecaster Beatriz Lund", EntityLabel.location, false, "PER Beatriz Lund"),
        ("Kremlin spokesman Dmitri Vell", EntityLabel.organization, false, "ORG Kremlin spokesman Dmitri Vell"),
        ("Mill Street Bridge", EntityLabel.organization, false, "LOC Mill Street Bridge"),
        ("the Harbour Bridge 's", EntityLabel.organization, false, "LOC Harbour Bridge"),
        ("State Farm", EntityLabel.organization, false, "ORG State Farm"),
        ("General Motors Company", EntityLabel.organization, false, "ORG General Motors Company"),
        ("Lauryn Hill", EntityLabel.person, false, "PER Lauryn Hill"),
        ("Growers", EntityLabel.person, true, nil),
        ("Growers", EntityLabel.organization, true, "ORG Growers"),
        ("Lund", EntityLabel.person, false, "PER Lund"),
    ] as [(String, EntityLabel, Bool, String?)])
    func relabel(text: String, label: EntityLabel, commonNounOpening: Bool, expected: String?) {
        let tokens = spaceSeparatedTokens(text)
        let document = Document(id: "r", text: text)
        let entity = document.withUTF8 { bytes in
            tokens.withUnsafeBufferPointer {
                NewsEntityRules.refine(
                    first: 0, last: tokens.count - 1, label: label, bytes: bytes, tokens: $0, lexicon: .builtin,
                    enabled: true, commonNounOpening: commonNounOpening)
            }
        }
        #expect(entity.map { "\($0.label) \(document.string($0.span))" } == expected)
    }

    @Test func propagationMarksLaterMentionsOfTheSameName() {
        let (document, tokens) = Self.tokens("Visitors love Miramar in May. Miramar ? Yes, miramar and Miramar Bay.")
        var entities = [Entity(Span(start: 14, end: 21), label: .location)]
        document.withUTF8 { bytes in
            let hashes = tokens.map { TokenTraits(bytes: bytes, start: $0.start, end: $0.end, lexicon: nil).word }
            tokens.withUnsafeBufferPointer { DocumentConsistency.propagate(bytes: bytes, tokens: $0, hashes: hashes, entities: &entities) }
        }
        // Capitalised occurrences only, and never inside or across another token sequence's words.
        #expect(entities.map { document.string($0.span) } == ["Miramar", "Miramar", "Miramar"])
        #expect(entities.allSatisfy { $0.label == .location })
    }
}

/// The tokens of `text` split at single spaces and nothing else.
func spaceSeparatedTokens(_ text: String) -> [Token] {
    var tokens: [Token] = []
    var start = 0
    let bytes = Array(text.utf8) + [0x20]
    for k in bytes.indices where bytes[k] == 0x20 {
        tokens.append(Token(start: start, end: k))
        start = k + 1
    }
    return tokens
}
