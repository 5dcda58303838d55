import Foundation
import GlossCore
import Testing

@testable import GlossTag

@Suite struct ModelTests {
    static func sampleModel() -> TaggerModel {
        var weights = [Float](repeating: 0, count: (1 << 10) * 3)
        var random = SplitMix64(seed: 7)
        for k in stride(from: 0, to: weights.count, by: 5) { weights[k] = Float(Int(random.next() % 2001) - 1000) / 100 }
        return TaggerModel(
            featureSet: .entities, classNames: ["O", "B-PER", "I-PER"], hashBits: 10, weights: weights,
            tagDictionary: [42: 1, 7: 0], metadata: "test model")
    }

    @Test func fileRoundTripKeepsEverything() throws {
        let model = Self.sampleModel()
        let bytes = model.serialized()
        let read = try ModelFileFormat.decode(bytes, source: "memory")
        #expect(read.featureSet == .entities)
        #expect(read.classNames == ["O", "B-PER", "I-PER"])
        #expect(read.hashBits == 10)
        #expect(read.metadata == "test model")
        #expect(read.table == model.table)
        #expect(read.tagDictionary.value(42) == 1)
        #expect(read.tagDictionary.value(7) == 0)
        #expect(read.tagDictionary.value(8) == nil)
        // All-zero rows are left out of the file.
        #expect(bytes.count < model.table.count)
    }

    /// In memory the rows are padded (``TaggerModel/rowStride``); written back, each shipped model must
    /// be its file again, byte for byte.
    @Test func shippedModelsWriteBackByteForByte() throws {
        let folder = try #require(TagStage.builtinModelFolder)
        for name in ["pos.gtm", "pos-refine.gtm", "entities.gtm", "entities-spans.gtm"] {
            let path = folder + "/" + name
            let file = try #require(FileManager.default.contents(atPath: path))
            let model = try TaggerModel(contentsOf: path)
            #expect(model.rowStride >= model.fileRowStride && model.rowStride & (model.rowStride - 1) == 0)
            #expect(model.serialized() == [UInt8](file), "\(name)")
        }
    }

    @Test func quantisationKeepsEachRowsLargestWeightExact() {
        var weights = [Float](repeating: 0, count: (1 << 8) * 2)
        weights[0] = 0.5
        weights[1] = -0.25
        weights[2] = 300
        weights[3] = 1
        let model = TaggerModel(featureSet: .partOfSpeech, classNames: ["NOUN", "VERB"], hashBits: 8, weights: weights)
        let stride = model.rowStride
        let rows = model.table.withUnsafeBytes { raw in
            (0..<2).map { row in
                let scale = Float(bitPattern: UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: row * stride, as: UInt32.self)))
                return (0..<2).map { scale * Float(raw.load(fromByteOffset: row * stride + 4 + $0, as: Int8.self)) }
            }
        }
        #expect(rows[0][0] == 0.5)
        #expect(abs(rows[0][1] + 0.25) <= 0.5 / 127 / 2)
        #expect(abs(rows[1][0] - 300) < 0.01)
        #expect(abs(rows[1][1] - 1) < 300 / 127)
    }

    @Test func damagedFilesAreRejectedWithAReason() {
        var bytes = Self.sampleModel().serialized()
        bytes[40] ^= 0xFF
        #expect(throws: ModelFileError.self) { try ModelFileFormat.decode(bytes, source: "damaged") }
        #expect(throws: ModelFileError.self) { try ModelFileFormat.decode(Array(bytes.prefix(30)), source: "short") }
        #expect(throws: ModelFileError.self) { try ModelFileFormat.decode(Array("not a model at all".utf8), source: "text") }
        #expect(throws: ModelFileError.self) { try TaggerModel(contentsOf: "/nonexistent/pos.gtm") }
    }

    @Test func taggerRejectsModelsOfTheWrongKind() {
        let entities = Self.sampleModel()
        #expect(throws: ModelFileError.self) { try Tagger(partOfSpeech: entities, entities: nil) }
    }

    @Test(arguments: [
        ("don\u{2019}t", "don't"), ("\u{201C}", "\""), ("\u{2014}", "--"), ("\u{2026}", "..."), ("Kuleba\u{2019}s", "Kuleba's"),
    ])
    func typographyReadsAsASCII(typographic: String, ascii: String) {
        #expect(traits(typographic).word == traits(ascii).word)
        #expect(traits(typographic).norm == traits(ascii).norm)
    }

    @Test func traitsDescribeCaseDigitsAndShape() {
        let nato = traits("NATO")
        #expect(nato.flags & TokenTraits.Flag.allUpper != 0)
        #expect(traits("Riverton").flags & TokenTraits.Flag.upperInitial != 0)
        #expect(traits("Riverton").flags & TokenTraits.Flag.allUpper == 0)
        #expect(traits("1998").norm == traits("2024").norm)
        #expect(traits("Hello").shortShape == traits("World").shortShape)
        #expect(traits("Hello").shape != traits("Hi").shape)
        #expect(traits("Walking").suffix3 == traits("talking").suffix3)
        #expect(traits("Oslo").norm == traits("OSLO").norm)
    }

    @Test func lexiconMatchesCaseInsensitively() {
        let lexicon = Lexicon([("spokesman", Lexicon.Class.title), ("Oslo", Lexicon.Class.place)])
        #expect(lexicon.classes(of: "Spokesman") == Lexicon.Class.title)
        #expect(lexicon.classes(of: "OSLO") == Lexicon.Class.place)
        #expect(lexicon.classes(of: "Bergen") == 0)
        #expect(Lexicon.builtin.classes(of: "President") & Lexicon.Class.title != 0)
        #expect(Lexicon.builtin.classes(of: "Ukraine") & Lexicon.Class.country != 0)
    }

    @Test(arguments: [
        (["O", "B-PER", "I-PER"], "O", "I-PER", false),
        (["O", "B-PER", "I-PER"], "B-PER", "I-PER", true),
        (["O", "B-PER", "I-PER", "L-PER", "U-PER"], "B-PER", "O", false),
        (["O", "B-PER", "I-PER", "L-PER", "U-PER"], "I-PER", "L-PER", true),
        (["O", "B-PER", "I-PER", "L-PER", "U-PER"], "L-PER", "U-PER", true),
        (["O", "B-PER", "I-PER", "L-PER", "U-PER"], "U-PER", "I-PER", false),
    ])
    func transitionRules(classes: [String], previous: String, next: String, allowed: Bool) throws {
        let rules = TransitionRules(classNames: classes)
        let p = try #require(classes.firstIndex(of: previous))
        let n = try #require(classes.firstIndex(of: next))
        #expect(rules.allowed[rules.rowOffset(after: UInt8(p)) + n] == allowed)
    }

    /// The trained models depend on these exact hashes: each is FNV-1a over the normalised bytes (or
    /// their lower-cased prefix, suffix or character classes), worked out here from the definition.
    @Test func traitsHashExactlyTheNormalisedBytes() {
        func fnv(_ text: String) -> UInt64 {
            text.utf8.reduce(FeatureHash.empty) { FeatureHash.add($0, $1) }
        }
        let kuleba = traits("Kuleba\u{2019}s")
        #expect(kuleba.word == fnv("Kuleba's"))
        #expect(kuleba.norm == fnv("kuleba's"))
        #expect([kuleba.prefix1, kuleba.prefix2, kuleba.prefix3] == [fnv("k"), fnv("ku"), fnv("kul")])
        #expect([kuleba.suffix1, kuleba.suffix2, kuleba.suffix3, kuleba.suffix4] == [fnv("s"), fnv("'s"), fnv("a's"), fnv("ba's")])
        #expect(kuleba.shape == fnv("Xxxx'x"))
        #expect(kuleba.shortShape == fnv("Xx'x"))
        let F = TokenTraits.Flag.self
        #expect(kuleba.flags == F.upperInitial | F.hasUpper | F.hasLower | F.hasApostrophe | F.hasAlphanumeric | 5 << F.lengthShift)
        let us = traits("U.S.")
        #expect(us.shape == fnv("X.X.") && us.shortShape == fnv("X.X."))
        #expect(us.flags == F.upperInitial | F.hasUpper | F.hasPeriod | F.hasAlphanumeric | F.allUpper | 4 << F.lengthShift)
        let year = traits("1998")
        #expect(year.word == fnv("1998") && year.norm == fnv("0000"))
        #expect(year.shape == fnv("ddd") && year.shortShape == fnv("d"))
        // A continuation byte takes no step of its own in the shapes.
        let cafe = traits("Caf\u{E9}")
        #expect(cafe.norm == fnv("caf\u{E9}") && cafe.shape == fnv("Xxxu") && cafe.shortShape == fnv("Xxu"))
        #expect(cafe.flags & F.nonASCII != 0)
        let ellipsis = traits("\u{2026}")
        #expect(ellipsis.word == fnv("...") && ellipsis.shape == fnv("...") && ellipsis.shortShape == fnv("."))
        #expect(ellipsis.suffix3 == fnv("...") && ellipsis.suffix4 == FeatureHash.empty)
        #expect(traits("\u{2014}").word == fnv("--"))
        let hi = traits("Hi")
        #expect(hi.prefix2 == fnv("hi") && hi.prefix3 == FeatureHash.empty && hi.suffix3 == FeatureHash.empty)
        // Other characters after 0xE2 0x80 (a non-breaking hyphen, U+2011) are read as they are.
        #expect(traits("\u{2011}").word == fnv("\u{2011}"))
    }

    func traits(_ text: String) -> TokenTraits {
        Array(text.utf8).withUnsafeBufferPointer { TokenTraits(bytes: $0, start: 0, end: $0.count, lexicon: nil) }
    }
}
