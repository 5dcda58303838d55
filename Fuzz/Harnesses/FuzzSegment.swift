import GlossCore
import GlossSegment

/// libFuzzer target: the `segment` stage on arbitrary text.
///
/// The first byte picks the options (tokens or not, line-break mode, hyphens, a small or the default
/// sentence limit). The output must be well formed: sentences and tokens in order, not overlapping,
/// non-empty, inside the text, starting and ending on character boundaries, every token inside a
/// sentence, no sentence longer than the limit.
private let variants: [(stage: SegmentStage, limit: Int, tokens: Bool)] = (0..<24).compactMap { variant in
    var options = SegmentStage.Options()
    options.tokens = variant % 2 == 0
    options.lineBreaks = [LineBreakMode.auto, .paragraph, .line][(variant / 2) % 3]
    options.hyphens = (variant / 6) % 2 == 0 ? .keep : .split
    options.maxSentenceTokens = variant / 12 == 0 ? 250 : 8
    options.abbreviations = variant / 12 == 0 ? [] : ["approx", "Supt."]
    guard let stage = try? SegmentStage(options: options, context: StageContext()) else { return nil }
    return (stage, options.maxSentenceTokens, options.tokens)
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzSegment(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    guard size > 0 else { return 0 }
    let variant = variants[Int(data[0]) % variants.count]
    let (text, _) = UTF8Repair.decode(UnsafeBufferPointer(start: data + 1, count: size - 1))
    var document = Document(id: "fuzz", text: text)
    try? variant.stage.process(&document)
    let sentences = document.sentences ?? []
    let tokens = document.tokens ?? []
    document.withUTF8 { bytes in
        func boundary(_ offset: Int) -> Bool { offset == bytes.count || bytes[offset] & 0xC0 != 0x80 }
        var previous = 0
        for sentence in sentences {
            precondition(sentence.start >= previous && sentence.start < sentence.end && sentence.end <= bytes.count,
                         "sentence \(sentence) out of order or outside \(bytes.count) bytes")
            precondition(boundary(sentence.start) && boundary(sentence.end), "sentence \(sentence) splits a character")
            previous = sentence.end
        }
        previous = 0
        var sentenceIndex = 0
        var tokensInSentence = 0
        for token in tokens {
            precondition(token.start >= previous && token.start < token.end && token.end <= bytes.count,
                         "token \(token) out of order or outside \(bytes.count) bytes")
            precondition(boundary(token.start) && boundary(token.end), "token \(token) splits a character")
            previous = token.end
            while sentenceIndex < sentences.count && sentences[sentenceIndex].end <= token.start {
                sentenceIndex += 1
                tokensInSentence = 0
            }
            precondition(sentenceIndex < sentences.count && sentences[sentenceIndex].start <= token.start
                         && token.end <= sentences[sentenceIndex].end, "token \(token) is in no sentence")
            tokensInSentence += 1
            precondition(tokensInSentence <= variant.limit, "a sentence has more than \(variant.limit) tokens")
        }
        if variant.tokens { precondition(sentences.isEmpty == tokens.isEmpty, "sentences without tokens or the reverse") }
    }
    return 0
}
