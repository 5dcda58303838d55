// Evaluation and speed measurement for the `segment` stage. Not part of the pipeline; run it to reproduce
// the figures in Sources/GlossSegment/README.md:
//
//   swift run -c release gloss-segment-eval ud ../shared/data/ud-ewt/en_ewt-ud-dev.conllu
//   swift run -c release gloss-segment-eval ud FILE --dump docs.jsonl   (rebuilt text + gold for tools/segment-peers.py)
//   swift run -c release gloss-segment-eval cases FILE.jsonl             ({"text":..., "sentences":[...]} per line)
//   swift run -c release gloss-segment-eval bench [--megabytes 50] [--runs 3] [--only PREFIX]   (generated news, one thread)
//   echo "Some text." | swift run gloss-segment-eval show
import Foundation
import GlossBenchmarkSupport
import GlossCore
import GlossSegment
import GlossSegmentEvaluation

struct Arguments {
    var words: [String]
    var options: [String: String] = [:]

    init(_ raw: [String]) {
        var words: [String] = []
        var index = 0
        while index < raw.count {
            let item = raw[index]
            if item.hasPrefix("--") {
                if index + 1 < raw.count && !raw[index + 1].hasPrefix("--") {
                    options[String(item.dropFirst(2))] = raw[index + 1]
                    index += 2
                } else {
                    options[String(item.dropFirst(2))] = "true"
                    index += 1
                }
            } else {
                words.append(item)
                index += 1
            }
        }
        self.words = words
    }

    var configuration: SegmenterConfiguration {
        var configuration = SegmenterConfiguration()
        if let hyphens = options["hyphens"].flatMap(HyphenMode.init(rawValue:)) { configuration.hyphens = hyphens }
        if let lines = options["line-breaks"].flatMap(LineBreakMode.init(rawValue:)) { configuration.lineBreaks = lines }
        return configuration
    }
}

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data((message + "\n").utf8))
    exit(64)
}

func readFile(_ path: String) -> String {
    guard let data = FileManager.default.contents(atPath: path) else { fail("cannot read \(path)") }
    return String(decoding: data, as: UTF8.self)
}

func jsonString(_ text: String) -> String {
    let data = (try? JSONSerialization.data(withJSONObject: [text], options: [.withoutEscapingSlashes])) ?? Data("[\"\"]".utf8)
    return String(decoding: data.dropFirst().dropLast(), as: UTF8.self)
}

func snippet(_ text: String, around offset: Int) -> String {
    let bytes = Array(text.utf8)
    let start = max(0, offset - 50)
    let end = min(bytes.count, offset + 40)
    var line = String(decoding: bytes[start..<offset], as: UTF8.self) + "‖" + String(decoding: bytes[offset..<end], as: UTF8.self)
    line = line.replacingOccurrences(of: "\n", with: "⏎")
    return line
}

func runUD(_ arguments: Arguments) {
    guard let path = arguments.words.dropFirst().first else { fail("usage: gloss-segment-eval ud FILE.conllu [--dump FILE]") }
    let treebank = UDTreebank(conllu: readFile(path))
    let segmenter = SentenceSegmenter(configuration: arguments.configuration)
    var scores = SegmentationScores()
    var dump = ""
    var missed: [String] = []
    var extra: [String] = []
    var bytes = 0
    var missedWords: [String: Int] = [:]
    var extraTokens: [String: Int] = [:]
    for document in treebank.documents {
        let result = segmenter.segment(document.text)
        bytes += document.text.utf8.count
        let ends = result.sentences.map(\.end)
        scores.add(document: document, sentenceEnds: ends, tokens: result.tokens.map { $0.start..<$0.end })
        let gold = Set(document.sentences.map(\.upperBound))
        let predicted = Set(ends)
        for end in gold.subtracting(predicted).sorted() { missed.append(snippet(document.text, around: end)) }
        for end in predicted.subtracting(gold).sorted() { extra.append(snippet(document.text, around: end)) }
        if arguments.options["token-errors"] != nil {
            let utf8 = Array(document.text.utf8)
            let goldWords = Set(document.words.map { [$0.lowerBound, $0.upperBound] })
            let tokens = Set(result.tokens.map { [$0.start, $0.end] })
            for word in goldWords.subtracting(tokens) {
                missedWords[String(decoding: utf8[word[0]..<word[1]], as: UTF8.self), default: 0] += 1
            }
            for token in tokens.subtracting(goldWords) {
                extraTokens[String(decoding: utf8[token[0]..<token[1]], as: UTF8.self), default: 0] += 1
            }
        }
        if arguments.options["dump"] != nil {
            let sentences = document.sentences.map { "[\($0.lowerBound),\($0.upperBound)]" }.joined(separator: ",")
            let paragraphs = document.paragraphEnds.sorted().map(String.init).joined(separator: ",")
            let words = document.words.map { "[\($0.lowerBound),\($0.upperBound)]" }.joined(separator: ",")
            dump += "{\"id\":\(jsonString(document.id)),\"text\":\(jsonString(document.text)),\"sentences\":[\(sentences)],\"paragraph_ends\":[\(paragraphs)],\"words\":[\(words)]}\n"
        }
    }
    print("treebank: \(path)")
    print("documents: \(treebank.documents.count), text bytes: \(bytes), unaligned gold words: \(treebank.unalignedWords)")
    print("configuration: hyphens=\(segmenter.configuration.hyphens.rawValue) line_breaks=\(segmenter.configuration.lineBreaks.rawValue)")
    print("sentence boundaries (all but document ends): \(scores.boundaries)")
    print("sentence boundaries inside paragraphs:       \(scores.boundariesInsideParagraphs)")
    print("tokens:                                      \(scores.tokens)")
    if let count = arguments.options["errors"].flatMap(Int.init) {
        print("\nmissed boundaries (‖ marks the gold end):")
        for line in missed.prefix(count) { print("  " + line) }
        print("\nwrong boundaries (‖ marks the predicted end):")
        for line in extra.prefix(count) { print("  " + line) }
    }
    if let count = arguments.options["token-errors"].flatMap(Int.init) {
        print("\ngold words not found as tokens (most frequent):")
        for (word, times) in missedWords.sorted(by: { $0.value > $1.value }).prefix(count) { print("  \(times)\t\(word)") }
        print("\ntokens that are not gold words (most frequent):")
        for (token, times) in extraTokens.sorted(by: { $0.value > $1.value }).prefix(count) { print("  \(times)\t\(token)") }
    }
    if let dumpPath = arguments.options["dump"] {
        guard FileManager.default.createFile(atPath: dumpPath, contents: Data(dump.utf8)) else { fail("cannot write \(dumpPath)") }
        print("wrote \(dumpPath)")
    }
}

func runCases(_ arguments: Arguments) {
    guard let path = arguments.words.dropFirst().first else { fail("usage: gloss-segment-eval cases FILE.jsonl") }
    let segmenter = SentenceSegmenter(configuration: arguments.configuration)
    var passed = 0
    var total = 0
    for line in readFile(path).split(separator: "\n") {
        guard let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
            let text = object["text"] as? String, let expected = object["sentences"] as? [String]
        else { continue }
        total += 1
        let result = segmenter.segment(text, includeTokens: false)
        let utf8 = Array(text.utf8)
        let got = result.sentences.map { String(decoding: utf8[$0.start..<$0.end], as: UTF8.self) }
        if got == expected.map({ $0.trimmingCharacters(in: .whitespacesAndNewlines) }) {
            passed += 1
        } else {
            print("FAIL: \(text)")
            for sentence in got { print("   got: \(sentence)") }
        }
    }
    print("\(passed) of \(total) cases pass")
}

func runShow(_ arguments: Arguments) {
    let input = String(decoding: FileHandle.standardInput.readDataToEndOfFile(), as: UTF8.self)
    let segmenter = SentenceSegmenter(configuration: arguments.configuration)
    let result = segmenter.segment(input)
    let bytes = Array(input.utf8)
    for (index, sentence) in result.sentences.enumerated() {
        let tokens = result.sentenceTokens[index].map { String(decoding: bytes[result.tokens[$0].start..<result.tokens[$0].end], as: UTF8.self) }
        print("[\(index)] " + tokens.joined(separator: " | "))
        _ = sentence
    }
}

func runBench(_ arguments: Arguments) {
    let megabytes = arguments.options["megabytes"].flatMap(Int.init) ?? 50
    let runs = max(1, arguments.options["runs"].flatMap(Int.init) ?? 3)
    let documents: [String]
    if let path = arguments.options["file"] {
        documents = readFile(path).components(separatedBy: "\n\n\n")
    } else {
        var generator = NewsTextGenerator(seed: 2026)
        documents = generator.documents(totalBytes: megabytes * 1_000_000)
    }
    let totalBytes = documents.reduce(0) { $0 + $1.utf8.count }
    let segmenter = SentenceSegmenter(configuration: arguments.configuration)
    let stage: SegmentStage
    do {
        stage = try SegmentStage(options: SegmentStage.Options(), context: StageContext())
    } catch {
        fail("\(error)")
    }
    print("text: \(documents.count) documents, \(totalBytes) bytes")
    // Wall-clock rate, and the rate per CPU-second of this thread: on a shared machine the second is the
    // fair "per core" figure (time spent waiting for the core is not counted).
    func threadCPUSeconds() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }
    func measure(_ label: String, _ body: () -> Int) {
        if let only = arguments.options["only"], !label.hasPrefix(only) { return }
        var wallRates: [Double] = []
        var cpuRates: [Double] = []
        var checksum = 0
        for _ in 0..<runs {
            let start = DispatchTime.now().uptimeNanoseconds
            let cpuStart = threadCPUSeconds()
            checksum = body()
            let cpu = threadCPUSeconds() - cpuStart
            let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
            wallRates.append(Double(totalBytes) / 1e6 / seconds)
            cpuRates.append(Double(totalBytes) / 1e6 / cpu)
        }
        let wall = wallRates.sorted()
        let cpu = cpuRates.sorted()
        let shown = cpuRates.map { String(format: "%.1f", $0) }.joined(separator: ", ")
        let middle = runs / 2
        print("\(label): median \(String(format: "%.1f", cpu[middle])) MB per CPU-second, best \(String(format: "%.1f", cpu[runs - 1])) (runs: \(shown)); wall clock median \(String(format: "%.1f", wall[middle])) MB/s; checksum \(checksum)")
    }
    // Calibration: the simplest byte loop (toolbox.md measured ~2,800 MB/s for this kind of loop on an idle
    // machine); a low figure here means the machine is busy, not that the segmenter is slow.
    measure("baseline (count spaces, one byte at a time)") {
        var spaces = 0
        for document in documents {
            var text = document
            text.withUTF8 { bytes in
                for byte in bytes where byte == 0x20 { spaces += 1 }
            }
        }
        return spaces
    }
    measure("tokens only (Tokenizer.scan)") {
        var count = 0
        for document in documents { count += segmenter.tokenizer.scan(document).count }
        return count
    }
    measure("sentences + tokens (SentenceSegmenter.segment)") {
        var count = 0
        for document in documents {
            let result = segmenter.segment(document)
            count += result.tokens.count + result.sentences.count
        }
        return count
    }
    measure("segment stage on Documents (sentences + tokens)") {
        var count = 0
        for (index, text) in documents.enumerated() {
            var document = GlossCore.Document(id: String(index), text: text)
            try? stage.process(&document)
            count += (document.tokens?.count ?? 0) + (document.sentences?.count ?? 0)
        }
        return count
    }
    if let path = arguments.options["write"] {
        guard FileManager.default.createFile(atPath: path, contents: Data(documents.joined(separator: "\n\n\n").utf8)) else { fail("cannot write \(path)") }
    }
}

let arguments = Arguments(Array(CommandLine.arguments.dropFirst()))
switch arguments.words.first {
case "ud": runUD(arguments)
case "cases": runCases(arguments)
case "show": runShow(arguments)
case "bench": runBench(arguments)
default: fail("usage: gloss-segment-eval ud|cases|show|bench ... (see the comment at the top of main.swift)")
}
