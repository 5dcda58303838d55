import GlossCore
import GlossTesting
import Testing

@Suite struct ExpectationTests {
    let view = DocumentView(newsDocument())

    func check(_ key: String, _ value: ConfigNode) throws -> ExpectationResult {
        try Expectation(key: key, value: value).evaluate(on: view) { layer in layer == .entities ? "tag" : nil }
    }

    static let holding: [(String, ConfigNode)] = [
        ("sentences", .plain("3")),
        ("sentence 1", .plain("Mara Quell spoke in Norvale.")),
        ("sentence -1 contains", .plain("Nobody")),
        ("sentences at least", .plain("2")),
        ("sentences at most", .plain("3")),
        ("tokens at least", .plain("15")),
        ("token 1", .plain("Mara")),
        ("token 2 text", .plain("Quell")),
        ("entities", .plain("2")),
        ("entities", ConfigNode(.sequence([.plain("Mara Quell"), .plain("Norvale")]))),
        ("entities contain", .plain("Norvale")),
        ("entities contain", ConfigNode(.mapping([.init(key: "text", value: .plain("Mara Quell")), .init(key: "label", value: .plain("PER"))]))),
        ("entities contains", ConfigNode(.sequence([.plain("Norvale"), .plain("Mara Quell")]))),
        ("entities excludes", ConfigNode(.mapping([.init(key: "label", value: .plain("ORG"))]))),
        ("entity 2 label", .plain("LOC")),
        ("entity -1", .plain("Norvale")),
        ("quotes", .plain("1")),
        ("quote 1", .plain("We stay out,")),
        ("quote 1 speaker", .plain("Mara Quell")),
        ("quote 1 speaker_role", .plain("null")),
        ("quote 1 kind", .plain("direct")),
        ("quote 1 start", .plain("30")),
        ("summary contains", .plain("Nobody else")),
        ("summary excludes", .plain("stay out")),
        ("summary sentences", ConfigNode(.sequence([.plain("0"), .plain("2")]))),
        ("summary", .plain("Mara Quell spoke in Norvale. Nobody else spoke.")),
        ("text contains", ConfigNode(.sequence([.plain("“We"), .plain("Nobody")]))),
        ("id", .plain("news-1")),
        ("meta.source", .plain("wire")),
        ("meta.pages", .plain("3")),
        ("meta.pages at least", .plain("2.5")),
        ("meta.title", .plain("~")),
        ("ext.keywords", ConfigNode(.sequence([.plain("spoke"), .plain("norvale")]))),
        ("ext.keywords contain", .plain("norvale")),
        ("ext.keywords excludes", .plain("the")),
        ("ext.keywords 1", .plain("spoke")),
        ("ext.keywords", .plain("2")),
        ("ext.stats.words", .plain("13")),
        ("ext.stats words", .plain("13")),
    ]

    @Test(arguments: holding)
    func holds(_ key: String, _ value: ConfigNode) throws {
        let result = try check(key, value)
        #expect(result.passed, "\(result)")
    }

    static let failing: [(String, ConfigNode, expected: String, actual: String)] = [
        ("sentences", .plain("2"), "2 sentences",
         #"3 sentences: "Mara Quell spoke in Norvale.", "“We stay out,” she said.", "Nobody else spoke.""#),
        ("entities contain", ConfigNode(.mapping([.init(key: "text", value: .plain("Ivo Brandt"))])), #"an item matching {text: "Ivo Brandt"}"#,
         #"2 entities: "Mara Quell" PER, "Norvale" LOC, from stage 'tag'; nothing matches {text: "Ivo Brandt"}"#),
        ("entities excludes", .plain("Norvale"), #"no item matching "Norvale""#,
         #"2 entities: "Mara Quell" PER, "Norvale" LOC, from stage 'tag'; found "Norvale""#),
        ("entity 3 label", .plain("ORG"), #""ORG""#, #"no entity 3: there are 2 entities: "Mara Quell" PER, "Norvale" LOC, from stage 'tag'"#),
        ("entity 1 label", .plain("LOC"), #""LOC""#, #""PER" (in entity 1 of 2: "Mara Quell" PER), from stage 'tag'"#),
        ("quote 1 speaker", .plain("Ivo Brandt"), #""Ivo Brandt""#, #""Mara Quell" (in quote 1 of 1: “We stay out,” — Mara Quell)"#),
        ("quote 1 speaker_role", .plain("mayor"), #""mayor""#, #"no speaker_role in quote 1 of 1: “We stay out,” — Mara Quell"#),
        ("summary contains", .plain("walked out"), #"text containing "walked out""#,
         #""Mara Quell spoke in Norvale. Nobody else spoke." (sentences 0, 2); nothing matches "walked out""#),
        ("meta.title", .plain("Strike"), #""Strike""#, "no meta.title; meta has pages, source, from the input"),
        ("ext.keywords contain", .plain("strike"), #"an item matching "strike""#,
         #"2 items: "spoke", "norvale"; nothing matches "strike""#),
        ("ext.missing", .plain("1"), "1", "no ext.missing; ext has keywords, stats"),
        ("tokens at most", .plain("3"), "at most 3 tokens", "19 tokens: \"Mara\", \"Quell\", \"spoke\", \"in\", \"Norvale\", \".\", \"“\", \"We\", …"),
        ("meta.source", .string("3"), #""3""#, #""wire", from the input"#),
        ("meta.pages", .string("3"), #""3""#, "3, from the input"),
    ]

    @Test(arguments: failing)
    func failsShowingExpectedAndActual(_ key: String, _ value: ConfigNode, expected: String, actual: String) throws {
        let result = try check(key, value)
        #expect(!result.passed)
        #expect(result.expected == expected)
        #expect(result.actual == actual)
    }

    @Test func anAbsentLayerFailsEvenForExcludes() throws {
        let plain = DocumentView(Document(id: "a", text: "No layers."))
        let result = try Expectation(key: "quotes excludes", value: .plain("x")).evaluate(on: plain) { _ in "attribute" }
        #expect(!result.passed)
        #expect(result.actual == "no quotes: the document has no such layer, from stage 'attribute'")
    }

    static let malformed: [(String, ConfigNode, String)] = [
        ("sentense", .plain("1"), "unknown expectation 'sentense': 'sentense' is not something a document has (did you mean 'sentence'?); start with one of sentences, tokens, entities, quotes, summary, text, id, meta.NAME, ext.NAME"),
        ("entities label", .plain("PER"), "'entities label': entities is a list, so pick one first ('entity 1 label') or match a field of any of them ('entities contain: {label: ...}')"),
        ("quote 0 speaker", .plain("x"), "'quote 0 speaker': items count from 1 (and -1 is the last), so 0 picks nothing"),
        ("quote 1 2", .plain("x"), "'quote 1 2' picks an item twice; write one number: quote 2"),
        ("summary sentense", .plain("x"), "unknown word 'sentense' in 'summary sentense': expected a verb or a field of the summary (did you mean 'sentences'?); verbs: contains, excludes, at least, at most (none means equals); fields: sentences, text"),
        ("text 1", .plain("x"), "unknown word '1' in 'text 1': expected a verb; verbs: contains, excludes, at least, at most (none means equals)"),
        ("sentences.first", .plain("x"), "'sentences.first': only meta and ext take dotted names (meta.title, ext.keywords); write 'sentences 1 first' to look inside an item"),
        ("ext..x", .plain("x"), "'ext..x' has an empty name between dots"),
        ("tokens at least", .string("3"), "'tokens at least' needs a number, got '3'"),
        ("entities", ConfigNode(.mapping([.init(key: "label", value: .plain("PER"))])), "'entities' is a list: compare it with a number (how many), a list, or use 'entities contain: {label: \"PER\"}'"),
        ("quotes contain", ConfigNode(.mapping([.init(key: "speeker", value: .plain("x"))])), "unknown field 'speeker' of a quote in 'quotes contain' (did you mean 'speaker'?); fields: start, end, text, speaker, speaker_start, speaker_end, speaker_role, cue, kind"),
        ("ext.keywords contain", ConfigNode(.sequence([ConfigNode(.sequence([.plain("a")]))])), "'ext.keywords contain': a list after contains means each of its items; an item cannot be a list itself"),
    ]

    @Test(arguments: malformed)
    func malformedExpectationsAreRefused(_ key: String, _ value: ConfigNode, _ message: String) {
        #expect(throws: ExpectationSyntaxError(message)) { try Expectation(key: key, value: value) }
    }

    @Test func expectationsAboutLayersNobodyProducesAreCaught() throws {
        let available: Set<Layer> = [.text, .meta, .tokens, .sentences, "keywords"]
        #expect(try Expectation(key: "ext.keywords contain", value: .plain("x")).unavailableLayer(in: available) == nil)
        #expect(try Expectation(key: "meta.anything", value: .plain("x")).unavailableLayer(in: available) == nil)
        #expect(try Expectation(key: "quote 1 speaker", value: .plain("x")).unavailableLayer(in: available)
            == "no stage of the pipeline produces 'quotes'; it produces keywords, sentences, tokens")
        #expect(try Expectation(key: "token 1 pos", value: .plain("NOUN")).unavailableLayer(in: available)
            == "no stage of the pipeline produces 'pos'; it produces keywords, sentences, tokens")
        #expect(try Expectation(key: "ext.keyword", value: .plain("x")).unavailableLayer(in: available)
            == "no stage of the pipeline produces ext.keyword (did you mean 'keywords'?); it produces keywords, sentences, tokens")
    }
}
