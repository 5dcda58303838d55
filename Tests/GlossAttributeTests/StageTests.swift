import Foundation
import GlossAttribute
import GlossCore
import GlossSegment
import GlossTag
import GlossTesting
import Testing

/// The stage as a pipeline step: its declaration, options, output and JSON.
@Suite struct StageTests {
    /// segment → tag, to give the stage its input.
    static let upstream = try? PipelineHarness(
        yaml: "version: 1\nstages: [segment, tag]", stages: [SegmentStage.self, TagStage.self])

    static func tagged(_ text: String) throws -> Document {
        guard let upstream else { throw HarnessError("segment → tag could not be built") }
        return try upstream.run(text: text)
    }

    static let strike = """
        NORVALE (Gloss Wire) — Bus drivers walked out on Monday. “We will not move until the depot is safe,” said Mara Quell, \
        who leads the Transit Union. The city has not answered. “Talks can start tomorrow,” Ivo Brandt said. Quell said the \
        union would meet on Friday. “We are ready,” she said.
        """

    @Test func declaresWhatItDoes() throws {
        let harness = try StageHarness(AttributeStage.self)
        #expect(harness.requires == [.sentences, .tokens, .pos, .entities])
        #expect(harness.produces == [.quotes, .meta])
        let document = try harness.run(Self.tagged(Self.strike))  // the harness fails on undeclared changes
        #expect(document.quoteTexts == [
            "Mara Quell: We will not move until the depot is safe",
            "Ivo Brandt: Talks can start tomorrow",
            "Mara Quell: the union would meet on Friday",
            "Mara Quell: We are ready",
        ])
        #expect(document.meta["speakers"] == .object(["Mara Quell": .integer(3), "Ivo Brandt": .integer(1)]))
        let direct = try #require(document.quotes?.first)
        #expect(direct.kind == .direct)
        #expect(direct.cue == "said")
        #expect(direct.speakerSpan.map(document.string) == "Mara Quell")
        #expect(document.quotes?[2].kind == .indirect)
        #expect(document.quotes?[3].speakerSpan.map(document.string) == "she")
    }

    @Test func speakerCountsCanBeOff() throws {
        var options = AttributeOptions()
        options.speakerCounts = false
        let harness = try StageHarness(AttributeStage.self, options: options)
        #expect(harness.produces == [.quotes])
        let document = try harness.run(Self.tagged(Self.strike))
        #expect(document.meta["speakers"] == nil)
        #expect(document.quotes?.count == 4)
    }

    @Test func indirectSpeechAndPronounsCanBeOff() throws {
        var options = AttributeOptions()
        options.indirect = false
        options.pronouns = false
        let document = try StageHarness(AttributeStage.self, options: options).run(Self.tagged(Self.strike))
        #expect(document.quoteTexts == [
            "Mara Quell: We will not move until the depot is safe", "Ivo Brandt: Talks can start tomorrow", "?: We are ready",
        ])
    }

    @Test func moreVerbsCuesAndSources() throws {
        let text = "“The plan is dead,” Mara Quell opined on a podcast. Forty buses were idle, per the Norvale Transit Authority."
        let plain = try StageHarness(AttributeStage.self).run(Self.tagged(text))
        #expect(plain.quoteTexts == ["?: The plan is dead"])
        var options = AttributeOptions()
        options.verbs = ["opine opines opined opining"]
        options.cues = ["on a podcast"]
        options.sources = ["per"]
        let extended = try StageHarness(AttributeStage.self, options: options).run(Self.tagged(text))
        #expect(extended.quoteTexts == ["Mara Quell: The plan is dead", "Norvale Transit Authority: Forty buses were idle"])
        #expect(extended.quotes?.first?.cue == "opined on a podcast")
        #expect(extended.quotes?.last?.cue == "per")
    }

    @Test func lexiconFile() throws {
        let folder = NSTemporaryDirectory() + "gloss-attribute-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try "# extra cues\nverb dc opine opines opined opining\n".write(toFile: folder + "/extra.txt", atomically: true, encoding: .utf8)
        var options = AttributeOptions()
        options.lexicon = "extra.txt"
        let stage = try AttributeStage(options: options, context: StageContext(baseDirectory: folder))
        var document = try Self.tagged("“The plan is dead,” Mara Quell opined.")
        try stage.process(&document)
        #expect(document.quoteTexts == ["Mara Quell: The plan is dead"])

        try "verb dc opine\nverb xz broken\n".write(toFile: folder + "/bad.txt", atomically: true, encoding: .utf8)
        options.lexicon = "bad.txt"
        #expect {
            _ = try AttributeStage(options: options, context: StageContext(baseDirectory: folder))
        } throws: { error in
            "\(error)".contains("bad.txt:2: unknown verb flag 'x'")
        }
        options.lexicon = "missing.txt"
        #expect(throws: StageError.self) { _ = try AttributeStage(options: options, context: StageContext(baseDirectory: folder)) }
    }

    @Test func optionsAreValidated() {
        var options = AttributeOptions()
        options.verbs = ["opine", " "]
        #expect(options.validate() == ["'verbs' has an empty entry"])
        #expect(AttributeOptions().validate().isEmpty)
        #expect(Set(AttributeOptions.documentation.keys) == ["verbs", "cues", "sources", "lexicon", "indirect", "pronouns", "speaker_counts"])
    }

    @Test func builtInLexicon() throws {
        let lexicon = try CueLexicon.builtin()
        #expect(lexicon.verbCount >= 80)
        #expect(lexicon.phraseCount >= 40)
        #expect(lexicon.classes(of: "said").isSuperset(of: [.attributesQuote, .reportsClause, .pastForm, .trusted]))
        #expect(lexicon.classes(of: "Told").contains(.takesListener))
        #expect(lexicon.classes(of: "adding").contains(.gerund))
        #expect(lexicon.classes(of: "called").contains(.namesWithQuote))
        #expect(lexicon.classes(of: "spokeswoman").isSuperset(of: [.person, .female]))
        #expect(lexicon.classes(of: "Marianne").isSuperset(of: [.givenName, .female]))
        #expect(lexicon.classes(of: "Ministry").contains(.organisation))
        #expect(lexicon.classes(of: "sofa").isEmpty)
    }

    @Test func malformedLexiconEntries() {
        for (line, message) in [
            ("verb dc", "a verb needs flags"), ("verb q say", "unknown verb flag 'q'"), ("person aide x", "unknown gender 'x'"),
            ("colour blue", "unknown entry 'colour'"), ("cue", "'cue' needs the words"),
        ] {
            var builder = CueLexicon.Builder()
            #expect {
                try builder.add(text: "# first line\n" + line, file: "test.txt")
            } throws: { error in
                (error as? LexiconError)?.line == 2 && "\(error)".contains(message)
            }
        }
    }

    @Test func needsTokens() throws {
        let stage = try AttributeStage(options: AttributeOptions(), context: StageContext())
        var document = Document(id: "bare", text: "“Yes,” she said.")
        #expect(throws: StageError.self) { try stage.process(&document) }
    }

    @Test func jsonOffsetsAreScalarOffsets() throws {
        let text = "Crowds cheered 🎉 — “We won — at last,” said Mara Quell."
        let document = try StageHarness(AttributeStage.self).run(Self.tagged(text))
        let json = try JSONParser.parse(String(decoding: DocumentJSON.encode(document), as: UTF8.self))
        let quote = try #require(json["quotes"]?.arrayValue?.first)
        let scalars = Array(text.unicodeScalars)
        func slice(_ start: String, _ end: String) -> String? {
            guard let from = quote[start]?.integerValue, let to = quote[end]?.integerValue else { return nil }
            return String(String.UnicodeScalarView(scalars[from..<to]))
        }
        #expect(slice("start", "end") == "We won — at last")
        #expect(slice("speaker_start", "speaker_end") == "Mara Quell")
        #expect(quote["speaker"] == "Mara Quell")
        #expect(quote["kind"] == "direct")
        #expect(quote["cue"] == "said")
    }

    @Test func roles() throws {
        let document = try StageHarness(AttributeStage.self).run(Self.tagged("""
            “There is no change,” Kremlin spokesman Dmitry Peskov told reporters. “We are waiting,” said Hedda Lorne, president \
            of the Riverton Transit Workers Union. “No,” Peskov said.
            """))
        #expect(document.quotes?.map(\.speakerRole) == ["Kremlin spokesman", "president of the Riverton Transit Workers Union", "Kremlin spokesman"])
        #expect(document.quotes?.map(\.cue) == ["told reporters", "said", "said"])
        #expect(document.quotes?.last?.speaker == "Dmitry Peskov")
    }

    /// A headline above the dateline is not body text: its words are no one's role ("threatens").
    @Test func headlineIsNoRole() throws {
        let document = try NewsPipeline.run("""
            Late frost threatens Kell Valley apple harvest

            MARLOW FALLS (Gloss Wire) — Growers in the Kell Valley lit heaters overnight as apple trees came into bloom.

            The Kell Valley Fruit Growers’ Cooperative said that half the blossom was lost.
            """)
        #expect(document.quotes?.map(\.speaker) == ["Kell Valley Fruit Growers’ Cooperative"])
        #expect(document.quotes?.map(\.speakerRole) == [nil])
    }

    @Test func declarativeExpectations() throws {
        guard let pipeline = NewsPipeline.harness else { throw HarnessError("no pipeline") }
        try pipeline.check(text: "Dmitry Peskov spoke on Monday. “There is no change,” Peskov said.", expect: """
            quotes: 1
            quote 1 speaker: Dmitry Peskov
            quote 1 kind: direct
            quote 1 cue: said
            meta.speakers: {Dmitry Peskov: 1}
            """)
    }
}
