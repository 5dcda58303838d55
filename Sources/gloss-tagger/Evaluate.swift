import ArgumentParser
import Foundation
import GlossCore
import GlossSegment
import GlossTag

/// `gloss-tagger eval`: scores models on gold files.
struct Evaluate: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval",
        abstract: "Score a model folder on a CoNLL-U file (UPOS accuracy) and/or an IOB2 file (entity P/R/F1).",
        discussion: "Scores use the gold tokens and sentences of the files; entity scores count exact span and label matches.")

    @Option(name: [.short, .long], help: "Model folder (pos.gtm, entities.gtm), or 'builtin'.")
    var model = "builtin"

    @Option(help: "CoNLL-U file to score part of speech on.")
    var pos: String?

    @Option(help: "IOB2 file to score entities on.")
    var ner: String?

    @Flag(name: .customLong("no-news-rules"), help: "Score the entity model without the news rules.")
    var noNewsRules = false

    @Flag(name: .customLong("no-tag-dictionary"), help: "Score every token with the part-of-speech model, even frequent unambiguous words.")
    var noTagDictionary = false

    @Flag(name: .customLong("no-propagation"), help: "Do not mark other occurrences of a found name in the same document, nor give repeated names their majority label.")
    var noPropagation = false

    @Flag(name: .customLong("no-spans"), help: "Score without the span classifier (entities-spans.gtm), even when the folder has one.")
    var noSpans = false

    @Flag(help: "Also score on raw text: rebuild each document from the '# text' lines, tokenise it with the segment stage, and count a gold word right only when a token has exactly its span and the right tag (entities: exact span and label).")
    var raw = false

    @Option(help: "Write the dev sentences whose entities differ from gold to this file (for error analysis).")
    var errors: String?

    @Option(name: .customLong("pos-errors"), help: "Write the part-of-speech confusions (gold → predicted, with the most frequent words) to this file.")
    var posErrors: String?

    @Option(name: .customLong("pos-predictions"), help: "Write every gold token with its gold and predicted tag (tab-separated, a blank line between sentences, '*' marking mistakes) to this file.")
    var posPredictions: String?

    @Option(help: "Cross-validation: score only fold K of N (K/N, 1-based) of the documents, the fold `gloss-tagger train` with the same options left out.")
    var fold: String?

    @Option(name: .customLong("fold-documents"), help: "With --fold: only documents whose id starts with this are split into folds (the others are never scored).")
    var foldDocuments = ""

    @Option(name: .customLong("refine-margin"), help: "Re-tag in the second part-of-speech pass only the tokens whose first-pass margin is below this ('inf': every token) instead of the model's own margin.")
    var refineMargin: Float?

    @Option(name: .customLong("refine-share"), help: "Re-tag in the second part-of-speech pass this share (0...1) of the tokens the first pass scores in the --pos file, least certain first (for exploring the speed/accuracy trade-off; the margin is measured on the file being scored).")
    var refineShare: Double?

    func validate() throws {
        if refineMargin != nil && refineShare != nil { throw ValidationError("give --refine-margin or --refine-share, not both") }
        if refineShare != nil && pos == nil { throw ValidationError("--refine-share needs --pos") }
        if pos == nil && ner == nil { throw ValidationError("give --pos FILE and/or --ner FILE") }
        if let fold, DocumentFolds(fold, prefix: foldDocuments) == nil { throw ValidationError("--fold must be K/N with 1 <= K <= N and N >= 2, e.g. 2/5") }
    }

    func run() throws {
        let folder: String
        if model == "builtin" {
            guard let builtin = TagStage.builtinModelFolder else { throw ValidationError("no built-in models in this build") }
            folder = builtin
        } else {
            folder = model
        }
        let posModel = try TaggerModel(contentsOf: folder + "/pos.gtm")
        let refinementPath = folder + "/pos-refine.gtm"
        let refinement = FileManager.default.fileExists(atPath: refinementPath) ? try TaggerModel(contentsOf: refinementPath) : nil
        let entityModel = ner == nil ? nil : try TaggerModel(contentsOf: folder + "/entities.gtm")
        let spansPath = folder + "/entities-spans.gtm"
        let spanModel = ner != nil && !noSpans && FileManager.default.fileExists(atPath: spansPath) ? try TaggerModel(contentsOf: spansPath) : nil
        var margin = refineMargin
        // Each file is read (and split into folds) once, however many scores use it.
        let posSentences = try pos.map { try readPartOfSpeech($0) }
        let nerSentences = try ner.map { try readEntities($0) }
        if let refineShare, let posSentences {
            let firstPass = try Tagger(partOfSpeech: posModel, entities: nil, usesTagDictionary: !noTagDictionary)
            margin = firstPass.refinementMargin(reTagging: refineShare, of: try TaggingCorpus.partOfSpeech(posSentences).document())
            print("second pass re-tags first-pass margins below \(margin ?? .infinity)")
        }
        let tagger = try Tagger(partOfSpeech: posModel, refinement: refinement, entities: entityModel, appliesNewsRules: !noNewsRules, propagatesNames: !noPropagation, usesTagDictionary: !noTagDictionary, refinementMargin: margin, spans: spanModel)
        if let pos, let posSentences {
            let corpus = try TaggingCorpus.partOfSpeech(posSentences)
            print("part of speech, \(pos):\n\(TaggerEvaluator.partOfSpeech(tagger, on: corpus))")
            if let posErrors { try writeConfusions(tagger, corpus, to: posErrors) }
            if let posPredictions { try writePredictions(tagger, corpus, to: posPredictions) }
            if raw {
                let segment = try SegmentStage(options: .init(), context: StageContext())
                let scores = try TaggerEvaluator.partOfSpeech(tagger, rawText: posSentences) { try segment.process(&$0) }
                print("part of speech on raw text through segment, \(pos):\n\(scores)")
            }
        }
        if let ner, let nerSentences {
            let labels = Array(Set((entityModel?.classNames ?? []).filter { $0 != "O" }.map { String($0.dropFirst(2)) })).sorted()
            let corpus = try TaggingCorpus.entities(nerSentences, labels: labels)
            print("entities, \(ner) (exact span and label):\n\(TaggerEvaluator.entities(tagger, on: corpus))")
            if tagger.classifiesSpans { print(tagger.spanDecisions(on: corpus)) }
            if raw {
                let segment = try SegmentStage(options: .init(), context: StageContext())
                let scores = try TaggerEvaluator.entities(tagger, rawText: nerSentences) { try segment.process(&$0) }
                print("entities on raw text through segment, \(ner) (exact span and label):\n\(scores)")
            }
            if let errors { try writeErrors(tagger, corpus, to: errors) }
        }
    }

    /// The sentences of a CoNLL-U file, only those of the held-out fold with `--fold`.
    private func readPartOfSpeech(_ path: String) throws -> [CoNLLUSentence] {
        let sentences = try CoNLLUReader.read(path: path)
        guard let folds = fold.flatMap({ DocumentFolds($0, prefix: foldDocuments) }) else { return sentences }
        return folds.select(sentences, heldOut: true)
    }

    /// The sentences of an IOB2 file, only those of the held-out fold with `--fold`.
    private func readEntities(_ path: String) throws -> [IOB2Sentence] {
        let sentences = try IOB2Reader.read(path: path)
        guard let folds = fold.flatMap({ DocumentFolds($0, prefix: foldDocuments) }) else { return sentences }
        return folds.select(sentences, heldOut: true)
    }

    /// Lists the confusions by frequency, each with its most frequent words.
    private func writeConfusions(_ tagger: Tagger, _ corpus: TaggingCorpus, to path: String) throws {
        var confusions: [String: [String: Int]] = [:]
        TaggerEvaluator.forEachTaggedToken(tagger, corpus) { token, document, k in
            let gold = corpus.classNames[Int(corpus.labels[k])]
            let predicted = token.pos?.name ?? "-"
            if gold != predicted { confusions["\(gold) → \(predicted)", default: [:]][document.string(token.span), default: 0] += 1 }
        }
        var report = ""
        for (pair, words) in confusions.sorted(by: { $0.value.values.reduce(0, +) > $1.value.values.reduce(0, +) }) {
            let top = words.sorted { $0.value > $1.value }.prefix(25).map { "\($0.key) \($0.value)" }.joined(separator: ", ")
            report += "\(words.values.reduce(0, +))\t\(pair)\t\(top)\n"
        }
        try report.write(toFile: path, atomically: true, encoding: .utf8)
    }

    /// Writes one line per gold token: form, gold tag, predicted tag, and `*` on a mistake.
    private func writePredictions(_ tagger: Tagger, _ corpus: TaggingCorpus, to path: String) throws {
        var report = ""
        let sentenceEnds = Set(corpus.sentences.map { $0.upperBound - 1 })
        TaggerEvaluator.forEachTaggedToken(tagger, corpus) { token, document, k in
            let gold = corpus.classNames[Int(corpus.labels[k])]
            let predicted = token.pos?.name ?? "-"
            report += "\(document.string(token.span))\t\(gold)\t\(predicted)\(gold == predicted ? "" : "\t*")\n"
            if sentenceEnds.contains(k) { report += "\n" }
        }
        try report.write(toFile: path, atomically: true, encoding: .utf8)
    }

    /// Lists, per sentence with a mistake, the gold and predicted mentions that do not match.
    private func writeErrors(_ tagger: Tagger, _ corpus: TaggingCorpus, to path: String) throws {
        let document = corpus.document()
        let gold = TaggerEvaluator.goldEntities(corpus)
        let predicted = TaggerEvaluator.predictedEntities(tagger, corpus)
        var report = ""
        for (s, sentence) in (document.sentences ?? []).enumerated() {
            let g = Set(gold.filter { sentence.contains($0.span) })
            let p = Set(predicted.filter { sentence.contains($0.span) })
            guard g != p else { continue }
            report += "# \(corpus.sentenceIDs[s] ?? "")\n\(document.string(sentence))\n"
            for e in g.subtracting(p).sorted(by: { $0.span < $1.span }) { report += "  missed \(e.label) \(document.string(e.span))\n" }
            for e in p.subtracting(g).sorted(by: { $0.span < $1.span }) { report += "  wrong  \(e.label) \(document.string(e.span))\n" }
        }
        try report.write(toFile: path, atomically: true, encoding: .utf8)
    }
}
