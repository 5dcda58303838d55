import GlossCore

/// Finds the quotations of a document and who said them, from its tokens, part-of-speech tags and entities.
///
/// Rules over tokens, no parser: quotation marks are paired by position (``QuotationPairer``), names
/// gathered from the entity layer and proper nouns (``NameChunker``), attributions read from the words around
/// each quotation (``MarkedQuoteRules``), reported speech found by its verbs (``ReportedSpeechRules``), and
/// every speaker resolved to the fullest name the document gives (``SpeakerResolver``).
///
/// ```swift
/// let attributor = QuoteAttributor(lexicon: try CueLexicon.builtin())
/// let quotes = attributor.quotes(in: taggedDocument)
/// ```
public struct QuoteAttributor: Sendable {
    /// The cue lexicon.
    public let lexicon: CueLexicon
    /// Report indirect speech (X said that CLAUSE) as quotes of kind `indirect`.
    public var findsIndirectSpeech: Bool
    /// Resolve he, she, they and it to names; when false they stay without a speaker.
    public var resolvesPronouns: Bool

    /// Creates an attributor.
    public init(lexicon: CueLexicon, findsIndirectSpeech: Bool = true, resolvesPronouns: Bool = true) {
        self.lexicon = lexicon
        self.findsIndirectSpeech = findsIndirectSpeech
        self.resolvesPronouns = resolvesPronouns
    }

    /// The quotations of `document`, in text order. Needs `tokens` and `sentences`; part-of-speech tags
    /// and entities make it much better but may be absent.
    public func quotes(in document: Document) -> [Quote] {
        guard let tokens = document.tokens, !tokens.isEmpty else { return [] }
        let sentences = document.sentences ?? [Span(start: tokens[0].start, end: tokens[tokens.count - 1].end)]
        let entities = document.entities ?? []
        return document.withUTF8 { bytes in
            tokens.withUnsafeBufferPointer { tokenBuffer in
                quotes(AnnotatedText(bytes: bytes, tokens: tokenBuffer, sentences: sentences, entities: entities, lexicon: lexicon))
            }
        }
    }

    private func quotes(_ text: AnnotatedText) -> [Quote] {
        let spans = QuotationPairer.pair(text)
        var depth = [Int32](repeating: 0, count: text.count)
        for span in spans {
            for position in span.outerFirst...span.outerLast { depth[position] += 1 }
        }
        let (chunks, chunkOf) = NameChunker.chunks(text, quoted: depth.map { $0 > 0 })
        let reader = PhraseReader(text: text, chunks: chunks, chunkOf: chunkOf)
        let cues = CueReader(text: text)
        let quoteRules = MarkedQuoteRules(text: text, reader: reader, cues: cues, spans: spans, depth: depth)
        var findings = quoteRules.findings()
        if findsIndirectSpeech {
            findings += ReportedSpeechRules(text: text, reader: reader, cues: cues, depth: depth, quoteRules: quoteRules).findings()
        }
        quoteRules.inheritSpeakers(&findings)
        guard !findings.isEmpty else { return [] }
        let resolver = SpeakerResolver(text: text, reader: reader, depth: depth, resolvesPronouns: resolvesPronouns)
        let speakers = resolver.resolve(findings)

        // Text order before any string is attached, so that sorting moves integers only.
        let order = findings.indices.sorted { (findings[$0].first, findings[$0].last) < (findings[$1].first, findings[$1].last) }
        var quotes: [Quote] = []
        quotes.reserveCapacity(findings.count)
        for index in order {
            let finding = findings[index]
            let speaker = speakers[index].speaker
            let role = speakers[index].role
            let span = Span(start: text.tokens[finding.first].start, end: text.tokens[finding.last].end)
            var quote = Quote(span, kind: finding.kind)
            if let mention = finding.mention, let speaker {
                quote.speaker = speaker
                quote.speakerSpan = Span(start: text.tokens[mention.first].start, end: text.tokens[mention.last].end)
                quote.speakerRole = role
            }
            if let cue = finding.cue { quote.cue = text.string(cue.lowerBound, cue.upperBound) }
            quotes.append(quote)
        }
        return quotes
    }
}
