import ArgumentParser
import Foundation
import GlossTag

/// `gloss-tagger train`: both models from CoNLL-U and IOB2 files, epochs selected on dev files.
struct Train: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Train pos.gtm, pos-refine.gtm (from CoNLL-U) and entities.gtm (from IOB2) into a folder.",
        discussion: """
            The part-of-speech model learns column 4 (UPOS) of the CoNLL-U files; the entity model learns the
            IOB2 tags, reading part-of-speech tags predicted by jackknifing. Each model keeps the epoch that
            scores best on its dev file. Point the stage at the result with `tag: {model: FOLDER}`.
            """)

    @Option(name: .customLong("pos-train"), help: "CoNLL-U training file (repeatable).")
    var posTrain: [String]

    @Option(name: .customLong("pos-dev"), help: "CoNLL-U dev file for epoch selection.")
    var posDev: String

    @Option(name: .customLong("ner-train"), help: "IOB2 training file (repeatable); none trains no entity model.")
    var nerTrain: [String] = []

    @Option(name: .customLong("ner-dev"), help: "IOB2 dev file for epoch selection.")
    var nerDev: String?

    @Option(name: [.short, .long], help: "Folder to write pos.gtm and entities.gtm into.")
    var output: String

    @Option(name: .customLong("pos-epochs"), help: "Most epochs of the part-of-speech model.")
    var posEpochs = 16

    @Option(name: .customLong("ner-epochs"), help: "Most epochs of the entity model.")
    var nerEpochs = 12

    @Option(name: .customLong("pos-bits"), help: "Part-of-speech weight table size, as a power of two.")
    var posBits = 20

    @Option(name: .customLong("ner-bits"), help: "Entity weight table size, as a power of two.")
    var nerBits = 20

    @Option(help: "Folds of the jackknifed first-pass tags the second part-of-speech pass learns from (1: no second pass).")
    var jackknife = 5

    @Option(help: "Cross-validation: leave fold K of N (written K/N, 1-based) of the training documents out of training; `gloss-tagger eval` with the same options scores that fold.")
    var fold: String?

    @Option(name: .customLong("fold-documents"), help: "With --fold: split only the documents whose id starts with this into folds (e.g. GUM_); the others always stay in training.")
    var foldDocuments = ""

    @Option(name: .customLong("ner-runs"), help: "Entity training runs (different sentence orders) whose weights are averaged.")
    var nerRuns = 3

    @Option(name: .customLong("pos-runs"), help: "Part-of-speech training runs per pass whose weights are averaged.")
    var posRuns = 1

    @Option(name: .customLong("pos-model"), help: "Folder with trained pos.gtm (and pos-refine.gtm) to reuse: only the entity model is trained.")
    var posModel: String?

    @Option(name: .customLong("pos-first"), help: "Folder with a trained pos.gtm to keep as the first part-of-speech pass ('builtin': the shipped one): only the second pass (and the entity model) is trained.")
    var posFirst: String?

    @Option(name: .customLong("jackknife-tags"), help: "File for the jackknifed first-pass tags: read when it matches the training data and settings, else computed and written, so that retraining only the second pass skips the fold models.")
    var jackknifeTags: String?

    @Option(name: .customLong("refine-share"), help: "Share (0...1) of the first pass's scored dev tokens, least certain first, that the second pass re-tags (default: the smallest share in steps of 0.1 that scores as well on dev as re-tagging all; a smaller share tags faster).")
    var refineShare: Double?

    @Option(name: .customLong("ner-features"), help: "Entity templates: entities-v1 (the built-in model's) or entities-v2 (with document memory: slightly better on UNER EWT dev, slower).")
    var nerFeatures = "entities-v1"

    @Option(name: .customLong("refine-features"), help: "Templates of the second part-of-speech pass: pos-refine-v1, pos-refine-v2 or pos-refine-v3.")
    var refineFeatures = "pos-refine-v1"

    @Flag(help: "Train the entity model on BILOU tags instead of BIO.")
    var bilou = false

    @Option(name: .customLong("ner-skip"), help: "Leave out entity training sentences whose sent_id starts with this prefix (repeatable; e.g. GUM_conversation_).")
    var nerSkip: [String] = []

    @Option(name: .customLong("span-folds"), help: "Folds of jackknifed entity predictions the span classifier (entities-spans.gtm) learns from; 0: no span classifier.")
    var spanFolds = 0

    @Option(name: .customLong("span-epochs"), help: "Most epochs of the span classifier.")
    var spanEpochs = 10

    @Option(name: .customLong("span-bits"), help: "Span classifier weight table size, as a power of two.")
    var spanBits = 20

    @Option(name: .customLong("span-fold-runs"), help: "Entity training runs of each fold model that tags the span classifier's training data.")
    var spanFoldRuns = 1

    @Option(name: .customLong("span-fold-cache"), help: "Folder to keep the span classifier's fold models in and read them from (only for reruns with the same data, folds, seed and entity settings).")
    var spanFoldCache: String?

    @Option(help: "Seed of the sentence order.")
    var seed: UInt64 = 1

    func validate() throws {
        if posFirst != nil && posModel != nil { throw ValidationError("give --pos-first (train the second pass) or --pos-model (train only entities), not both") }
        if let fold, DocumentFolds(fold, prefix: foldDocuments) == nil { throw ValidationError("--fold must be K/N with 1 <= K <= N and N >= 2, e.g. 2/5") }
        if !nerTrain.isEmpty && nerDev == nil { throw ValidationError("--ner-train needs --ner-dev for epoch selection") }
        guard FeatureSet.allCases.contains(where: { $0.findsEntities && $0.description == nerFeatures }) else {
            throw ValidationError("--ner-features must be entities-v1 or entities-v2")
        }
        guard FeatureSet.allCases.contains(where: { $0.refinesPartOfSpeech && $0.description == refineFeatures }) else {
            throw ValidationError("--refine-features must be pos-refine-v1, pos-refine-v2 or pos-refine-v3")
        }
        if let refineShare, !(0...1).contains(refineShare) { throw ValidationError("--refine-share must be in 0...1") }
        guard spanFolds == 0 || spanFolds > 1 else { throw ValidationError("--span-folds must be 0 or at least 2") }
        guard (12...24).contains(posBits), (12...24).contains(nerBits), (12...24).contains(spanBits) else { throw ValidationError("--pos-bits, --ner-bits and --span-bits must be in 12...24") }
    }

    func run() throws {
        let started = Date()
        let folds = fold.flatMap { DocumentFolds($0, prefix: foldDocuments) }
        var partOfSpeechTrain = try posTrain.flatMap { try CoNLLUReader.read(path: $0) }
        var entityTrain = try nerTrain.flatMap { try IOB2Reader.read(path: $0) }
        if let folds {
            partOfSpeechTrain = folds.select(partOfSpeechTrain, heldOut: false)
            entityTrain = folds.select(entityTrain, heldOut: false)
            print("fold \(folds.fold + 1) of \(folds.count) left out: \(partOfSpeechTrain.count) part-of-speech and \(entityTrain.count) entity training sentences kept")
        }
        var inputs = TrainingRecipe.Inputs(
            partOfSpeechTrain: partOfSpeechTrain,
            partOfSpeechDev: try CoNLLUReader.read(path: posDev),
            entityTrain: entityTrain.filter { sentence in
                !nerSkip.contains { prefix in sentence.id?.hasPrefix(prefix) ?? false }
            },
            entityDev: try nerDev.map { try IOB2Reader.read(path: $0) } ?? [])
        inputs.partOfSpeechEpochs = posEpochs
        inputs.entityEpochs = nerEpochs
        inputs.partOfSpeechHashBits = posBits
        inputs.entityHashBits = nerBits
        inputs.refinementFolds = jackknife
        inputs.seed = seed
        inputs.bilou = bilou
        inputs.refinementFeatureSet = FeatureSet.allCases.first { $0.refinesPartOfSpeech && $0.description == refineFeatures } ?? .partOfSpeechRefined
        inputs.entityFeatureSet = FeatureSet.allCases.first { $0.findsEntities && $0.description == nerFeatures } ?? .entities
        inputs.entityRuns = nerRuns
        inputs.spanFolds = spanFolds
        inputs.spanEpochs = spanEpochs
        inputs.spanFoldRuns = spanFoldRuns
        inputs.spanFoldCache = spanFoldCache
        inputs.spanHashBits = spanBits
        inputs.partOfSpeechRuns = posRuns
        if let posFirst {
            let folder = posFirst == "builtin" ? TagStage.builtinModelFolder : posFirst
            guard let folder else { throw ValidationError("no built-in models in this build") }
            inputs.existingFirstPass = try TaggerModel(contentsOf: folder + "/pos.gtm")
        }
        inputs.jackknifeTagsPath = jackknifeTags
        inputs.refinementShare = refineShare
        if let posModel {
            let refinementPath = posModel + "/pos-refine.gtm"
            inputs.existingPartOfSpeech = (
                try TaggerModel(contentsOf: posModel + "/pos.gtm"),
                FileManager.default.fileExists(atPath: refinementPath) ? try TaggerModel(contentsOf: refinementPath) : nil)
        }
        let output = try TrainingRecipe(inputs: inputs).run { line in
            let elapsed = Int(Date().timeIntervalSince(started))
            print("[\(elapsed / 60)m\(String(format: "%02d", elapsed % 60))s] \(line)")
        }
        try FileManager.default.createDirectory(atPath: self.output, withIntermediateDirectories: true)
        if posModel == nil || posModel != self.output { try output.partOfSpeech.write(to: self.output + "/pos.gtm") }
        let refinementPath = self.output + "/pos-refine.gtm"
        if let refinement = output.refinement {
            try refinement.write(to: refinementPath)
        } else if FileManager.default.fileExists(atPath: refinementPath) {
            try FileManager.default.removeItem(atPath: refinementPath)
        }
        print("part of speech (dev):\n\(output.partOfSpeechDev)")
        if let entities = output.entities, let scores = output.entityDev {
            try entities.write(to: self.output + "/entities.gtm")
            print("entities (dev, exact span and label):\n\(scores)")
        }
        let spansPath = self.output + "/entities-spans.gtm"
        if let spans = output.spans, let scores = output.spanDev {
            try spans.write(to: spansPath)
            print("entities with the span classifier (dev, exact span and label):\n\(scores)")
        } else if output.entities != nil && FileManager.default.fileExists(atPath: spansPath) {
            try FileManager.default.removeItem(atPath: spansPath)
        }
        print("wrote \(self.output) in \(Int(Date().timeIntervalSince(started))) s")
    }
}
