import ArgumentParser
import Foundation
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

    func validate() throws {
        if pos == nil && ner == nil { throw ValidationError("give --pos FILE and/or --ner FILE") }
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
        let entityModel = ner == nil ? nil : try TaggerModel(contentsOf: folder + "/entities.gtm")
        let tagger = try Tagger(partOfSpeech: posModel, entities: entityModel, appliesNewsRules: !noNewsRules)
        if let pos {
            let corpus = try TaggingCorpus.partOfSpeech(try CoNLLUReader.read(path: pos))
            print("part of speech, \(pos):\n\(TaggerEvaluator.partOfSpeech(tagger, on: corpus))")
        }
        if let ner {
            let labels = Array(Set((entityModel?.classNames ?? []).filter { $0 != "O" }.map { String($0.dropFirst(2)) })).sorted()
            let corpus = try TaggingCorpus.entities(try IOB2Reader.read(path: ner), labels: labels)
            print("entities, \(ner) (exact span and label):\n\(TaggerEvaluator.entities(tagger, on: corpus))")
        }
    }
}
