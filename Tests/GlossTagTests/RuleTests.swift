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

    /// The ``DocumentWords`` the tagger would record, with the words of `rare` standing for words the
    /// entity model's training data (nearly) never writes in lower case.
    static func words(_ document: Document, _ tokens: [Token], rare: Set<String>) -> DocumentWords {
        var words = DocumentWords(count: tokens.count)
        document.withUTF8 { bytes in
            for (k, token) in tokens.enumerated() {
                let traits = TokenTraits(bytes: bytes, start: token.start, end: token.end, lexicon: nil)
                words.hashes[k] = traits.norm
                words.markable[k] = traits.flags & TokenTraits.Flag.upperInitial != 0
                    || rare.contains(document.string(Span(start: token.start, end: token.end)))
            }
        }
        return words
    }

    @Test func propagationMarksLaterMentionsOfTheSameName() {
        let (document, tokens) = Self.tokens("Visitors love Miramar in May. Miramar ? Yes, MIRAMAR, miramar and Miramar Bay.")
        var entities = [Entity(Span(start: 14, end: 21), label: .location)]
        let words = Self.words(document, tokens, rare: ["miramar"])
        document.withUTF8 { bytes in
            tokens.withUnsafeBufferPointer { DocumentConsistency.propagate(bytes: bytes, tokens: $0, words: words, entities: &entities) }
        }
        // Any case, and never inside or across another token sequence's words.
        #expect(entities.map { document.string($0.span) } == ["Miramar", "Miramar", "MIRAMAR", "miramar", "Miramar"])
        #expect(entities.allSatisfy { $0.label == .location })
    }

    @Test func aMentionThatStartsAFoundNameGrowsToIt() {
        // The headline's "Kell" alone (title case confuses the model) and a "Kell" followed by other
        // words grow to the name the article found; a mention that is the name already stays.
        let text = "Late Frost Threatens Kell Valley Growers\nFrost hit the Kell Valley on Monday. Kell Valley farms wait."
        let (document, tokens) = Self.tokens(text)
        let kell = text.utf8.count - "Kell Valley Growers\nFrost hit the Kell Valley on Monday. Kell Valley farms wait.".utf8.count
        let body = text.utf8.count - "Kell Valley on Monday. Kell Valley farms wait.".utf8.count
        var entities = [
            Entity(Span(start: kell, end: kell + 4), label: .person),
            Entity(Span(start: body, end: body + 11), label: .location),
        ]
        let words = Self.words(document, tokens, rare: [])
        document.withUTF8 { bytes in
            tokens.withUnsafeBufferPointer { DocumentConsistency.propagate(bytes: bytes, tokens: $0, words: words, entities: &entities) }
        }
        #expect(entities.map { document.string($0.span) } == ["Kell Valley", "Kell Valley", "Kell Valley"])
        #expect(entities.allSatisfy { $0.label == .location })
    }

    @Test func propagationLeavesCommonLowerCaseWordsAlone() {
        let (document, tokens) = Self.tokens("Hop Street is near. We hop on and hop street buses.")
        var entities = [Entity(Span(start: 0, end: 10), label: .location)]
        let words = Self.words(document, tokens, rare: [])
        document.withUTF8 { bytes in
            tokens.withUnsafeBufferPointer { DocumentConsistency.propagate(bytes: bytes, tokens: $0, words: words, entities: &entities) }
        }
        #expect(entities.map { document.string($0.span) } == ["Hop Street"])
    }

    @Test(arguments: [
        ("we moved to florida from malaysia", ["florida", "malaysia"]),
        ("flights from auckland to Wellington", ["auckland"]),
        // Places that are common words or names in lower case, and capitalised words (the model's).
        ("a turkey for us and chad", []),
        ("Paris in spring", []),
    ])
    func lowerCasePlacesBecomeLocations(text: String, expected: [String]) {
        let document = Document(id: "r", text: text)
        let tokens = spaceSeparatedTokens(text)
        let classes: [(kind: UInt8, label: EntityLabel)] = [(0, ""), (1, .location), (2, .location), (1, .person), (2, .person)]
        let scratch = TaggingScratch(capacity: tokens.count, classes: classes.count)
        defer { scratch.release() }
        let window = scratch.window(count: tokens.count)
        document.withUTF8 { bytes in
            for (i, token) in tokens.enumerated() {
                window.traits[i + 2] = TokenTraits(bytes: bytes, start: token.start, end: token.end, lexicon: .builtin)
                window.tags[i + 2] = 0
            }
        }
        LowercasePlaces.mark(window, classes: classes, outside: 0)
        let marked = tokens.indices.filter { window.tags[$0 + 2] == 1 }.map { document.string(Span(start: tokens[$0].start, end: tokens[$0].end)) }
        #expect(marked == expected)
    }

    @Test(arguments: [
        // A strict majority relabels every occurrence, whatever its case.
        ([EntityLabel.person, .location, .location], [EntityLabel.location, .location, .location]),
        ([EntityLabel.organization, .organization, .person], [EntityLabel.organization, .organization, .organization]),
        // A tie keeps each occurrence's own label.
        ([EntityLabel.person, .location, .organization], [EntityLabel.person, .location, .organization]),
    ])
    func votingGivesRepeatedNamesTheMajorityLabel(labels: [EntityLabel], expected: [EntityLabel]) {
        let text = "Miramar is sunny. I love MIRAMAR today. Miramar has Lund."
        let (document, tokens) = Self.tokens(text)
        let starts = [0, 25, 40]
        var entities = zip(starts, labels).map { Entity(Span(start: $0, end: $0 + 7), label: $1) }
        entities.append(Entity(Span(start: 52, end: 56), label: .person))
        let words = Self.words(document, tokens, rare: [])
        tokens.withUnsafeBufferPointer { DocumentConsistency.vote(tokens: $0, words: words, entities: &entities) }
        #expect(entities.map { document.string($0.span) } == ["Miramar", "MIRAMAR", "Miramar", "Lund"])
        #expect(entities.map(\.label) == expected + [.person])
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
