import Foundation
import GlossCore
import Testing

@testable import GlossTag

/// The second part-of-speech pass: its third template version, retraining it alone on a kept first pass
/// with cached jackknifed tags, and choosing how many tokens it re-tags.
@Suite struct RefinementTrainingTests {
    /// A window over `forms` with first-pass tags `pos` and decided tags `tags` (UPOS raw values).
    static func withWindow<R>(_ forms: [String], pos: [UPOS], tags: [UInt8], _ body: (SentenceWindow) -> R) -> R {
        let text = forms.joined(separator: " ")
        let scratch = TaggingScratch(capacity: forms.count, classes: UPOS.allCases.count)
        defer { scratch.release() }
        var window = scratch.window(count: forms.count)
        let bytes = Array(text.utf8)
        var start = 0
        return bytes.withUnsafeBufferPointer { buffer in
            for (i, form) in forms.enumerated() {
                window.traits[i + 2] = TokenTraits(bytes: buffer, start: start, end: start + form.utf8.count, lexicon: nil)
                window.pos[i + 2] = pos[i].rawValue
                window.tags[i + 2] = tags[i]
                start += form.utf8.count + 1
            }
            window.classifyCase()
            return body(window)
        }
    }

    @Test(arguments: [
        // "for" before a clause: the verb is two tokens ahead.
        (["for", "he", "said", "so"], [UPOS.ADP, .PRON, .VERB, .ADV], 0, 2),
        // "for" before a noun phrase and a comma: no verb in its clause.
        (["for", "the", "team", ",", "we", "won"], [UPOS.ADP, .DET, .NOUN, .PUNCT, .PRON, .VERB], 0, 0),
        // An auxiliary right before its verb.
        (["have", "seen"], [UPOS.AUX, .VERB], 0, 1),
        // Further than four tokens ahead is one bucket.
        (["as", "the", "very", "old", "big", "dog", "ran"], [UPOS.SCONJ, .DET, .ADV, .ADJ, .ADJ, .NOUN, .VERB], 0, 5),
        // Nothing after the last token.
        (["stop", "now"], [UPOS.VERB, .ADV], 1, 0),
    ])
    func verbAheadStopsAtTheClauseBoundary(forms: [String], pos: [UPOS], token: Int, expected: Int) {
        let found = Self.withWindow(forms, pos: pos, tags: forms.map { _ in 0 }) { window in
            FeatureSet.verbAhead(window.pos, after: token + 2, count: window.count)
        }
        #expect(found == expected)
    }

    /// Every token-level feature set (the span classifier's templates are per mention, ``SpanFeatures``).
    @Test(arguments: FeatureSet.allCases.filter { $0 != .entitySpans })
    func templatesSplitIntoStaticAndHistory(set: FeatureSet) {
        let forms = ["I", "waited", "for", "she", "was", "late"]
        let pos: [UPOS] = [.PRON, .VERB, .ADP, .PRON, .AUX, .ADJ]
        func features(tags: [UInt8], _ extract: (SentenceWindow, Int, UnsafeMutablePointer<UInt64>) -> Int) -> [UInt64] {
            Self.withWindow(forms, pos: pos, tags: tags) { window in
                let out = UnsafeMutablePointer<UInt64>.allocate(capacity: FeatureSet.maximumFeatures)
                defer { out.deallocate() }
                let n = extract(window, 2, out)
                return Array(UnsafeBufferPointer(start: out, count: n))
            }
        }
        let some = pos.map(\.rawValue)
        let other = some.map { $0 == UPOS.VERB.rawValue ? UPOS.NOUN.rawValue : $0 }
        // The static part never reads the decided tags (decoding works it out before deciding anything);
        // the history part does.
        #expect(features(tags: some) { set.extractStatic($0, at: $1, into: $2) } == features(tags: other) { set.extractStatic($0, at: $1, into: $2) })
        #expect(features(tags: some) { set.extractHistory($0, at: $1, into: $2) } != features(tags: other) { set.extractHistory($0, at: $1, into: $2) })
        // The whole set is both parts, without repeats, and fits the feature buffers.
        let whole = features(tags: some) { set.extract($0, at: $1, into: $2) }
        let parts = features(tags: some) { set.extractStatic($0, at: $1, into: $2) } + features(tags: some) { set.extractHistory($0, at: $1, into: $2) }
        #expect(whole == parts)
        #expect(Set(whole).count == whole.count)
        #expect(whole.count <= FeatureSet.maximumFeatures)
    }

    @Test func theClauseTemplatesAreTheThirdSecondPass() {
        #expect(FeatureSet.partOfSpeechRefinedClause.description == "pos-refine-v3")
        #expect(FeatureSet.partOfSpeechRefinedClause.refinesPartOfSpeech)
    }

    @Test func jackknifeTagsFileKeepsTagsForTheirKeyOnly() throws {
        let corpus = try TaggingCorpus.partOfSpeech(TrainingTests.partOfSpeechSentences())
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("gloss-jackknife-\(UUID().uuidString).bin").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        let key = JackknifeTagsFile.key(corpus: corpus, folds: 5, epochs: 10, hashBits: 12, seed: 1)
        let tags = corpus.labels.map { $0 ^ 1 }
        try JackknifeTagsFile.write(tags, key: key, to: path)
        #expect(JackknifeTagsFile.read(path: path, key: key, count: tags.count) == tags)
        #expect(JackknifeTagsFile.read(path: path, key: key, count: tags.count + 1) == nil)
        let otherSeed = JackknifeTagsFile.key(corpus: corpus, folds: 5, epochs: 10, hashBits: 12, seed: 2)
        #expect(otherSeed != key)
        #expect(JackknifeTagsFile.read(path: path, key: otherSeed, count: tags.count) == nil)
        var relabelled = corpus
        relabelled.labels[0] ^= 1
        #expect(JackknifeTagsFile.key(corpus: relabelled, folds: 5, epochs: 10, hashBits: 12, seed: 1) != key)
    }

    @Test func secondPassRetrainsOnAKeptFirstPassFromCachedTags() throws {
        let sentences = TrainingTests.partOfSpeechSentences()
        var inputs = TrainingRecipe.Inputs(partOfSpeechTrain: sentences, partOfSpeechDev: sentences, entityTrain: [], entityDev: [])
        inputs.partOfSpeechEpochs = 3
        inputs.jackknifeEpochs = 2
        inputs.partOfSpeechHashBits = 12
        inputs.refinementFolds = 3
        inputs.refinementFeatureSet = .partOfSpeechRefinedClause
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("gloss-jackknife-\(UUID().uuidString).bin").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        inputs.jackknifeTagsPath = path

        var lines: [String] = []
        let full = try TrainingRecipe(inputs: inputs).run { lines.append($0) }
        #expect(lines.contains { $0.hasPrefix("jackknife: first-pass tags written") })
        #expect(full.partOfSpeechDev.accuracy == 1)

        // Again on the first run's first pass: no first-pass training, no fold models, a fixed share.
        inputs.existingFirstPass = full.partOfSpeech
        inputs.refinementShare = 0.5
        lines = []
        let again = try TrainingRecipe(inputs: inputs).run { lines.append($0) }
        #expect(lines.contains { $0.hasPrefix("jackknife: first-pass tags read") })
        #expect(!lines.contains { $0.hasPrefix("part of speech: epoch") || $0.hasPrefix("jackknife fold") })
        #expect(again.partOfSpeech.serialized() == full.partOfSpeech.serialized())
        #expect(again.partOfSpeechDev.accuracy == 1)
    }

    @Test func shareOfReTaggedTokensSetsTheMargin() throws {
        let sentences = TrainingTests.partOfSpeechSentences()
        let corpus = try TaggingCorpus.partOfSpeech(sentences)
        let model = PerceptronTrainer(configuration: .init(featureSet: .partOfSpeech, hashBits: 12, epochs: 1)).train(corpus).model
        let tagger = try Tagger(partOfSpeech: model, entities: nil, usesTagDictionary: false)
        let document = corpus.document()
        let margins = tagger.firstPassMargins(document).sorted()
        #expect(tagger.refinementMargin(reTagging: 1, of: document) == .infinity)
        #expect(tagger.refinementMargin(reTagging: 0, of: document) == margins[0])
        let half = tagger.refinementMargin(reTagging: 0.5, of: document)
        #expect(half == margins[margins.count / 2])
    }
}
