// Evaluation and speed measurement for the `summarize` stage. Not part of the pipeline; run it to reproduce
// the figures in Sources/GlossSummarize/README.md:
//
//   swift run -c release gloss-summarize-eval rouge [--sentences 3] [--max-chars 0] [--folds 5]
//   swift run -c release gloss-summarize-eval fit                      (the defaults: fitted on all documents)
//   swift run -c release gloss-summarize-eval dump FILE.jsonl          (summaries + references for rouge-score)
//   swift run -c release gloss-summarize-eval bench [--megabytes 20] [--runs 3]   (generated news, one thread)
//
// --conllu and --iob2 name the GUM files (default ../shared/data/ner/gum-train.{conllu,iob2}).
import Foundation
import GlossBenchmarkSupport
import GlossCore
import GlossSegment
import GlossSummarize
import GlossSummarizeEvaluation

let (words, options): ([String], [String: String]) = {
    var words: [String] = []
    var options: [String: String] = [:]
    let raw = Array(CommandLine.arguments.dropFirst())
    var index = 0
    while index < raw.count {
        if raw[index].hasPrefix("--"), index + 1 < raw.count {
            options[String(raw[index].dropFirst(2))] = raw[index + 1]
            index += 2
        } else {
            words.append(raw[index])
            index += 1
        }
    }
    return (words, options)
}()

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data((message + "\n").utf8))
    exit(64)
}

func readFile(_ path: String) -> String {
    guard let data = FileManager.default.contents(atPath: path) else { fail("cannot read \(path)") }
    return String(decoding: data, as: UTF8.self)
}

func integer(_ key: String, _ fallback: Int) -> Int { options[key].flatMap(Int.init) ?? fallback }

let conlluPath = options["conllu"] ?? "../shared/data/ner/gum-train.conllu"
let iob2Path = options["iob2"] ?? "../shared/data/ner/gum-train.iob2"
let count = integer("sentences", 3)
let maxCharacters = integer("max-chars", 0)

/// GUM documents through the real `segment` stage; with `entities`, gold PER/ORG/LOC mentions added.
func loadCases(entities: Bool) -> [EvaluationCase] {
    var corpus = GUMCorpus(conllu: readFile(conlluPath))
    if entities { corpus.addEntities(iob2: readFile(iob2Path)) }
    guard let segmenter = try? SegmentStage(options: .init(), context: StageContext()) else { fail("segment stage did not start") }
    return corpus.documents.compactMap { item in
        guard let reference = item.humanReference else { return nil }
        var document = Document(id: item.id, text: item.text)
        try? segmenter.process(&document)
        if entities { document.entities = item.entities }
        return EvaluationCase(document: document, genre: item.genre, reference: reference.text)
    }
}

func pad(_ text: String, _ width: Int) -> String { text.count >= width ? text : text + String(repeating: " ", count: width - text.count) }

func rougeReport() {
    let folds = integer("folds", 5)
    let leadModel = ScoringModel.learned
    for entities in [false, true] {
        let cases = loadCases(entities: entities)
        let fitter = ModelFitter(cases: cases, count: count, maxCharacters: maxCharacters)
        let all = Array(cases.indices)
        let sentences = cases.reduce(0) { $0 + ($1.document.sentences?.count ?? 0) }
        print("GUM train: \(cases.count) documents with a human reference (summary1), \(sentences) sentences from the segment stage; "
            + "\(count) sentences per summary\(maxCharacters > 0 ? ", at most \(maxCharacters) characters" : ""); "
            + (entities ? "gold PER/ORG/LOC entities given" : "no entities"))
        var grid = ModelFitter.Grid.standard
        if !entities { grid.entity = [0] }
        let validated = fitter.crossValidate(folds: folds, grid: grid)
        let rows: [(String, MeanRouge)] = [
            ("Lead-\(count) (first sentences)", fitter.evaluate(all, method: .lead, model: leadModel, skipHeadings: false)),
            ("Lead-\(count), headings skipped (method lead)", fitter.evaluate(all, method: .lead, model: leadModel)),
            ("LexRank + MMR (method centrality)", fitter.evaluate(all, method: .centrality, model: leadModel)),
            ("Gloss auto, shipped defaults (in-sample)", fitter.evaluate(all, method: .auto, model: .learned)),
            ("Gloss auto, \(folds)-fold cross-validated", validated.score),
        ]
        for (name, score) in rows { print("  " + pad(name, 48) + score.description) }
        print("  per genre, Lead-\(count) vs cross-validated Gloss (R1/R2/RL F1):")
        var genres: [String] = []
        for item in cases where !genres.contains(item.genre) { genres.append(item.genre) }
        for genre in genres {
            let indices = all.filter { cases[$0].genre == genre }
            let lead = fitter.evaluate(indices, method: .lead, model: leadModel, skipHeadings: false)
            var gloss = MeanRouge()
            for index in indices { gloss.add(validated.perCase[index], words: 0) }
            print("    " + pad(genre, 13) + pad("lead " + lead.description.prefix(29), 36) + "gloss " + gloss.description.prefix(29))
        }
        for (number, model) in validated.models.enumerated() {
            print("  fold \(number + 1) model: centrality \(model.centralityWeight), entities \(model.entityWeight), redundancy \(model.redundancy), full-length words \(model.fullLengthWords), long-sentence words \(model.longSentenceWords), prior \(model.positionPrior)")
        }
        print("")
    }
}

func fitReport() {
    let cases = loadCases(entities: true)
    let fitter = ModelFitter(cases: cases, count: count, maxCharacters: maxCharacters)
    let (model, score) = fitter.fit(Array(cases.indices))
    print("fitted on all \(cases.count) documents (gold entities): \(score)")
    print("positionPrior: \(model.positionPrior)")
    print("centralityWeight: \(model.centralityWeight), entityWeight: \(model.entityWeight), redundancy: \(model.redundancy), fullLengthWords: \(model.fullLengthWords), longSentenceWords: \(model.longSentenceWords)")
}

func jsonString(_ text: String) -> String {
    let data = (try? JSONSerialization.data(withJSONObject: [text], options: [.withoutEscapingSlashes])) ?? Data("[\"\"]".utf8)
    return String(decoding: data.dropFirst().dropLast(), as: UTF8.self)
}

func dump(_ path: String) {
    let cases = loadCases(entities: false)
    let fitter = ModelFitter(cases: cases, count: count, maxCharacters: maxCharacters)
    let summarizer = Summarizer()
    var lines: [String] = []
    for (index, item) in cases.enumerated() {
        for (system, chosen) in [
            ("lead", fitter.choose(index, method: .lead, model: .learned, skipHeadings: false)),
            ("gloss", fitter.choose(index, method: .auto, model: .learned)),
        ] {
            let summary = summarizer.summary(of: item.document, sentences: chosen).text
            let mine = item.score(chosen)
            lines.append("{\"id\": \(jsonString(item.document.id)), \"system\": \"\(system)\", \"candidate\": \(jsonString(summary)), "
                + "\"reference\": \(jsonString(item.referenceText)), \"r1\": \(mine.rouge1.f1), \"r2\": \(mine.rouge2.f1), \"rl\": \(mine.rougeL.f1)}")
        }
    }
    _ = FileManager.default.createFile(atPath: path, contents: Data((lines.joined(separator: "\n") + "\n").utf8))
    print("wrote \(lines.count) summaries to \(path)")
}

func bench() {
    let megabytes = integer("megabytes", 20)
    let runs = integer("runs", 3)
    var generator = NewsTextGenerator(seed: 7)
    let texts = generator.documents(totalBytes: megabytes * 1_000_000)
    guard let segmenter = try? SegmentStage(options: .init(), context: StageContext()),
        let stage = try? SummarizeStage(options: .init(), context: StageContext())
    else { fail("stages did not start") }
    var documents: [Document] = texts.enumerated().map { Document(id: "doc\($0.offset)", text: $0.element) }
    for index in documents.indices { try? segmenter.process(&documents[index]) }
    let bytes = documents.reduce(0) { $0 + $1.byteCount }
    let sentences = documents.reduce(0) { $0 + ($1.sentences?.count ?? 0) }
    print("\(documents.count) generated articles, \(bytes) bytes, \(sentences) sentences (\(sentences / documents.count) per article); sentences and tokens precomputed")
    var speeds: [Double] = []
    for run in 1...runs {
        var copy = documents
        let start = DispatchTime.now().uptimeNanoseconds
        for index in copy.indices { try? stage.process(&copy[index]) }
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        let speed = Double(bytes) / 1e6 / seconds
        speeds.append(speed)
        let chosen = copy.reduce(0) { $0 + ($1.summary?.sentences.count ?? 0) }
        print("run \(run): \(String(format: "%.3f", seconds)) s, \(String(format: "%.1f", speed)) MB/s (\(chosen) sentences chosen)")
    }
    print("median \(String(format: "%.1f", speeds.sorted()[speeds.count / 2])) MB/s, one thread")
}

switch words.first {
case "rouge": rougeReport()
case "fit": fitReport()
case "dump": dump(words.count > 1 ? words[1] : "summaries.jsonl")
case "bench": bench()
default: fail("usage: gloss-summarize-eval rouge|fit|dump FILE|bench [--sentences N] [--max-chars N] [--folds N] [--megabytes N] [--runs N]")
}
