import Foundation
import GlossCore
import Testing

@testable import GlossTag

/// The span classifier on small hand-written documents (invented names): feature extraction, and the
/// decisions of a model trained on a few such documents.
@Suite struct SpanClassifierTests {
    /// Label codes of the span model for labels LOC, ORG, PER.
    static let codes: [String: UInt8] = ["O": 0, "LOC": 1, "ORG": 2, "PER": 3]

    /// A document of space-separated tokens, one sentence per line, with the token model's label of each
    /// token given by a parallel string of letters (`.` outside, `L`, `O`, `P`); its evidence and tokens.
    static func document(_ lines: [(text: String, labels: String)]) -> (evidence: MentionEvidence, tokens: [Token], text: String) {
        let text = lines.map(\.text).joined(separator: "\n")
        var tokens: [Token] = []
        var sentenceOf: [Int] = []
        var labels: [UInt8] = []
        var offset = 0
        for (s, line) in lines.enumerated() {
            let words = line.text.split(separator: " ")
            let letters = Array(line.labels)
            precondition(words.count == letters.count, "one label letter per word")
            for (w, word) in words.enumerated() {
                let start = line.text.utf8.distance(from: line.text.utf8.startIndex, to: word.utf8.startIndex) + offset
                tokens.append(Token(start: start, end: start + word.utf8.count))
                sentenceOf.append(s)
                labels.append(["L": 1, "O": 2, "P": 3][letters[w]] ?? 0)
            }
            offset += line.text.utf8.count + 1
        }
        var evidence = MentionEvidence(count: tokens.count)
        let bytes = Array(text.utf8)
        bytes.withUnsafeBufferPointer { buffer in
            for (k, token) in tokens.enumerated() {
                var traits = TokenTraits(bytes: buffer, start: token.start, end: token.end, lexicon: .builtin)
                // As if the entity model's vocabulary had seen these words in lower case often.
                let lower = String(decoding: buffer[token.start..<token.end], as: UTF8.self).lowercased()
                traits.commonness = ["houseboat", "in", "the", "said", "met", "lives", "near"].contains(lower) ? 4 : 0
                var word = MentionEvidence.Word(traits)
                word.pos = traits.flags & TokenTraits.Flag.upperInitial != 0 ? UPOS.PROPN.rawValue : UPOS.NOUN.rawValue
                word.label = labels[k]
                word.margin = labels[k] == 0 ? 0 : 4
                word.opensSentence = k == 0 || sentenceOf[k - 1] != sentenceOf[k]
                word.closesSentence = k == tokens.count - 1 || sentenceOf[k + 1] != sentenceOf[k]
                evidence.words[k] = word
                evidence.norms[k] = traits.norm
            }
        }
        return (evidence, tokens, text)
    }

    /// Features of the mention `first...last` of `doc` with `label`, other mentions given as token ranges.
    static func features(
        _ doc: (evidence: MentionEvidence, tokens: [Token], text: String), _ first: Int, _ last: Int, _ label: String,
        others: [(Int, Int, String)] = [], indexed: Bool = false
    ) -> [UInt64] {
        let mentions = [(first, last, label)] + others
        let list = mentions.map { (first: $0.0, last: $0.1, label: codes[$0.2] ?? 0) }
        let out = UnsafeMutablePointer<UInt64>.allocate(capacity: SpanFeatures.maximumFeatures)
        defer { out.deallocate() }
        let occurrences = !indexed ? nil : doc.evidence.norms.withUnsafeBufferPointer { norms in
            WordOccurrences(words: list.flatMap { [norms[$0.first], norms[$0.last]] }, in: norms)
        }
        let n = list.withUnsafeBufferPointer {
            SpanFeatures.extract(doc.evidence, first: first, last: last, label: codes[label] ?? 0, mentions: $0, occurrences: occurrences, into: out)
        }
        return Array(UnsafeBufferPointer(start: out, count: n))
    }

    @Test func theOccurrenceIndexGivesTheFeaturesOfTheScan() {
        let doc = Self.document([
            ("Quillby met Tarn Hollis in Quillby .", "P.PP.L."), ("Hollis left QUILLBY for Tarn .", "P.L.L."),
            ("quillby rain .", "..."),
        ])
        for (first, last, label) in [(0, 0, "PER"), (2, 3, "PER"), (5, 5, "LOC"), (7, 7, "PER"), (9, 9, "LOC")] {
            let scanned = Self.features(doc, first, last, label, others: [(2, 3, "PER")])
            #expect(Self.features(doc, first, last, label, others: [(2, 3, "PER")], indexed: true) == scanned, "\(first)...\(last)")
        }
        // "Quillby" at 0 has three other occurrences (5, QUILLBY at 9, quillby at 13): the index found them.
        #expect(Self.features(doc, 0, 0, "PER", indexed: true).contains(FeatureHash.feature(244, 3, 3)))
    }

    @Test func wordOccurrencesListPositionsInOrderAndNothingForOtherWords() {
        let norms: [UInt64] = [7, 3, 7, 9, 3, 7, 0]
        norms.withUnsafeBufferPointer { buffer in
            let index = WordOccurrences(words: [7, 3, 3, 0], in: buffer)
            #expect(Array(index.positions(of: 7)) == [0, 2, 5])
            #expect(Array(index.positions(of: 3)) == [1, 4])
            #expect(Array(index.positions(of: 0)) == [6])
            #expect(index.positions(of: 9).isEmpty)
            #expect(index.positions(of: 42).isEmpty)
        }
    }

    static func norm(_ word: String) -> UInt64 {
        let bytes = Array(word.utf8)
        return bytes.withUnsafeBufferPointer { TokenTraits(bytes: $0, start: 0, end: bytes.count, lexicon: nil).norm }
    }

    @Test func otherOccurrencesLendTheirContexts() {
        // "Quillby" alone in a poor context; elsewhere the document writes "in Quillby".
        let alone = Self.document([("Quillby was quiet .", "P..."), ("Rain fell .", "...")])
        let helped = Self.document([("Quillby was quiet .", "P..."), ("Rain fell in Quillby .", "...L.")])
        let leftOfOther = FeatureHash.feature(240, Self.norm("in"))
        let rightOfOther = FeatureHash.feature(241, Self.norm("."))
        let labelOfOther = FeatureHash.feature(242, 1, 3)  // the other occurrence was LOC, this mention PER
        #expect(!Self.features(alone, 0, 0, "PER").contains(leftOfOther))
        let features = Self.features(helped, 0, 0, "PER")
        #expect(features.contains(leftOfOther))
        #expect(features.contains(rightOfOther))
        #expect(features.contains(labelOfOther))
    }

    @Test func contextStopsAtTheSentence() {
        let doc = Self.document([("Rain fell .", "..."), ("Quillby was quiet .", "P...")])
        let features = Self.features(doc, 3, 3, "PER")
        // The word before the mention is the sentence boundary, not the previous sentence's period.
        #expect(features.contains(FeatureHash.feature(214, SpanFeatures.outside)))
        #expect(!features.contains(FeatureHash.feature(214, Self.norm("."))))
        #expect(features.contains(FeatureHash.feature(216, Self.norm("was"))))
    }

    @Test func sameWordsWithAnotherLabelAreSeen() {
        let doc = Self.document([("Tarn Hollis spoke .", "PP.."), ("Tarn Hollis closed .", "OO..")])
        let withOther = Self.features(doc, 0, 1, "PER", others: [(4, 5, "ORG")])
        let alone = Self.features(doc, 0, 1, "PER")
        // Bit 2 (ORG) is set in the other mentions' labels.
        #expect(withOther.contains(FeatureHash.feature(231, 1 << 2, 3)))
        #expect(alone.contains(FeatureHash.feature(231, 0, 3)))
    }

    @Test func manyOccurrencesStayWithinTheBuffer() {
        let line = (Array(repeating: "Quillby", count: 60).joined(separator: " ") + " .", String(repeating: "P", count: 60) + ".")
        let doc = Self.document([line, line])
        let features = Self.features(doc, 3, 3, "PER")
        #expect(features.count <= SpanFeatures.maximumFeatures)
        #expect(features.contains(FeatureHash.feature(244, 4, 3)))  // occurrences counted up to four
    }

    @Test(arguments: [(Float(0), UInt64(0)), (0.01, 1), (1, 5), (3, 6), (1000, 13), (.infinity, 15)])
    func marginBuckets(margin: Float, bucket: UInt64) {
        #expect(SpanFeatures.bucket(margin) == bucket)
    }

    /// Training documents: an invented place written "in X" and later alone, which the token model
    /// called a person; an invented person with "Mr."; a capitalised common word ("Houseboat") at a
    /// sentence start that the token model took for a person.
    static func trainingExamples() -> (features: [[UInt64]], golds: [UInt8]) {
        var features: [[UInt64]] = []
        var golds: [UInt8] = []
        let places = ["Quillby", "Marrowdene", "Osterlake", "Fennick", "Brauvale", "Solmere"]
        let people = ["Tobbins", "Larkwell", "Dunmore", "Pelliver", "Hastrow", "Varnley"]
        for (k, place) in places.enumerated() {
            let doc = Self.document([("We lives near \(place) .", "...L."), ("\(place) said nothing .", "P...")])
            features.append(Self.features(doc, 5, 5, "PER", others: [(3, 3, "LOC")]))
            golds.append(1)
            features.append(Self.features(doc, 3, 3, "LOC", others: [(5, 5, "PER")]))
            golds.append(1)
            let person = people[k]
            let other = Self.document([("We met Mr. \(person) .", "...P."), ("\(person) said nothing .", "P...")])
            features.append(Self.features(other, 5, 5, "PER", others: [(3, 3, "PER")]))
            golds.append(3)
            let boat = Self.document([("Houseboat \(person) said .", "PP.."), ("The houseboat lives .", "....")])
            features.append(Self.features(boat, 0, 0, "PER", others: []))
            golds.append(0)
        }
        return (features, golds)
    }

    static func trainedModel() -> TaggerModel {
        let examples = trainingExamples()
        let perceptron = SpanPerceptron(classCount: 4, hashBits: 14, seed: 7)
        return perceptron.train(examples.features, examples.golds, epochs: 5) { weights, epoch in
            (TaggerModel(featureSet: .entitySpans, classNames: ["none", "LOC", "ORG", "PER"], hashBits: 14, weights: weights), Double(epoch))
        }
    }

    @Test func relabelsAPlaceAndDropsACommonWord() throws {
        let model = Self.trainedModel()
        let classifier = try SpanClassifier(model: model, entityLabels: ["PER", "LOC", "ORG"])
        let doc = Self.document([
            ("We lives near Grimsworth .", "...L."), ("Grimsworth said nothing .", "P..."),
            ("Houseboat Gilder said .", "PP.."), ("The houseboat lives .", "...."),
            ("We met Mr. Kettering .", "...P."), ("Kettering said nothing .", "P..."),
        ])
        var entities = [(3, "LOC"), (5, "PER"), (9, "PER"), (20, "PER"), (22, "PER")].map { index, label in
            Entity(Span(start: doc.tokens[index].start, end: doc.tokens[index].end), label: EntityLabel(rawValue: label))
        }
        doc.tokens.withUnsafeBufferPointer { tokens in
            classifier.apply(tokens: tokens, evidence: doc.evidence, entities: &entities)
        }
        let result = entities.map { "\($0.label) \(String(decoding: Array(doc.text.utf8)[$0.start..<$0.end], as: UTF8.self))" }
        #expect(result == ["LOC Grimsworth", "LOC Grimsworth", "PER Kettering", "PER Kettering"])
    }

    @Test func spanModelMustMatchTheEntityLabels() throws {
        let model = Self.trainedModel()
        #expect(throws: ModelFileError.self) { try SpanClassifier(model: model, entityLabels: ["PER", "LOC"]) }
        let wrongKind = TaggerModel(featureSet: .entities, classNames: ["none", "LOC", "ORG", "PER"], hashBits: 8, weights: [Float](repeating: 0, count: 256 * 4))
        #expect(throws: ModelFileError.self) { try SpanClassifier(model: wrongKind, entityLabels: ["PER", "LOC", "ORG"]) }
        let copy = try ModelFileFormat.decode(model.serialized(), source: "memory")
        #expect(copy.featureSet == .entitySpans)
        #expect(try SpanClassifier(model: copy, entityLabels: ["ORG", "PER", "LOC"]).labels.map(\.rawValue) == ["LOC", "ORG", "PER"])
    }

    @Test func modelFoldersWithoutASpanModelStillLoad() throws {
        let builtin = try #require(TagStage.builtinModelFolder)
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("gloss-spans-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        for name in ["pos.gtm", "pos-refine.gtm", "entities.gtm"] {
            try FileManager.default.copyItem(atPath: builtin + "/" + name, toPath: folder + "/" + name)
        }
        var options = TagStage.Options()
        options.model = folder
        let older = try TagStage(options: options, context: StageContext())
        #expect(!older.tagger.classifiesSpans)
        #expect(try TagStage(options: TagStage.Options(), context: StageContext()).tagger.classifiesSpans)
        var off = TagStage.Options()
        off.spanClassifier = false
        #expect(try !TagStage(options: off, context: StageContext()).tagger.classifiesSpans)
    }

    @Test func labelCodesFollowTheSortedLabels() {
        let classes: [(kind: UInt8, label: EntityLabel)] = [(0, ""), (1, "LOC"), (2, "LOC"), (1, "PER"), (2, "PER"), (1, "ORG"), (2, "ORG")]
        #expect(SpanClassifier.labelCodes(entityClasses: classes, labels: ["PER", "LOC", "ORG"]) == [0, 1, 1, 3, 3, 2, 2])
    }
}
