import GlossCore

/// How much a sentence is about the people and organisations the document keeps coming back to.
///
/// A name mentioned once is scenery; one mentioned five times is the story. Each entity is keyed by its
/// last word for people ("Mara Quell" and later "Quell" are one person) and by its whole text otherwise,
/// case folded; a sentence scores ln(mentions) of the most-mentioned entity it names (the largest, not the
/// sum, so that a list of names does not outrank a sentence about the main actor), and entities mentioned
/// once add nothing. Quote speakers work the same way, counted by quotations: a sentence that
/// reports words of a much-quoted speaker (or names the speaker of a quotation) scores ln(1 + quotations).
/// Both scores are scaled so the document's top sentence has 1.
enum Salience {
    /// Entity salience per sentence, 0...1.
    static func entities(_ entities: [Entity], sentences: [Span], bytes: UnsafeBufferPointer<UInt8>) -> [Float] {
        guard !entities.isEmpty, !sentences.isEmpty else { return [Float](repeating: 0, count: sentences.count) }
        let keys = entities.map { entity in
            let start = entity.label == .person ? lastWordStart(bytes, entity.start, entity.end) : entity.start
            return TermHasher.stemmedHash(bytes, start, entity.end)
        }
        var mentions: [UInt64: Int] = [:]
        for key in keys { mentions[key, default: 0] += 1 }
        // (sentence, key) pairs in a fixed order, so that the result never depends on hashing order.
        var pairs: [(sentence: Int, key: UInt64)] = []
        pairs.reserveCapacity(entities.count)
        for (index, entity) in entities.enumerated() {
            if let sentence = sentenceIndex(containing: entity.start, in: sentences) { pairs.append((sentence, keys[index])) }
        }
        pairs.sort { $0.sentence != $1.sentence ? $0.sentence < $1.sentence : $0.key < $1.key }
        var scores = [Float](repeating: 0, count: sentences.count)
        var previous: (sentence: Int, key: UInt64)?
        for pair in pairs {
            if let previous, previous.sentence == pair.sentence, previous.key == pair.key { continue }
            previous = pair
            scores[pair.sentence] = max(scores[pair.sentence], naturalLog(Float(mentions[pair.key] ?? 1)))
        }
        return scaled(scores)
    }

    /// Speaker salience per sentence, 0...1.
    static func quotes(_ quotes: [Quote], sentences: [Span]) -> [Float] {
        var scores = [Float](repeating: 0, count: sentences.count)
        guard !quotes.isEmpty, !sentences.isEmpty else { return scores }
        let keys: [UInt64?] = quotes.map { quote in
            guard var speaker = quote.speaker, !speaker.isEmpty else { return nil }
            return speaker.withUTF8 { bytes in TermHasher.stemmedHash(bytes, lastWordStart(bytes, 0, bytes.count), bytes.count) }
        }
        var quotations: [UInt64: Int] = [:]
        for case let key? in keys { quotations[key, default: 0] += 1 }
        for (index, quote) in quotes.enumerated() {
            guard let key = keys[index], let count = quotations[key] else { continue }
            let weight = naturalLog(Float(1 + count))
            let quoteSentence = sentenceIndex(containing: quote.start, in: sentences)
            if let quoteSentence { scores[quoteSentence] += weight }
            if let speakerStart = quote.speakerSpan?.start,
                let speakerSentence = sentenceIndex(containing: speakerStart, in: sentences), speakerSentence != quoteSentence
            {
                scores[speakerSentence] += weight
            }
        }
        return scaled(scores)
    }

    /// Where the last space-separated word of `bytes[start..<end]` starts.
    static func lastWordStart(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Int {
        var index = end
        while index > start && !CharacterTable.isSpace(bytes[index - 1]) { index -= 1 }
        return index == end ? start : index
    }

    /// The sentence whose span contains byte `offset` (binary search), or nil between sentences.
    static func sentenceIndex(containing offset: Int, in sentences: [Span]) -> Int? {
        var lower = 0
        var upper = sentences.count
        while lower < upper {
            let middle = (lower + upper) / 2
            if sentences[middle].end <= offset { lower = middle + 1 } else { upper = middle }
        }
        return lower < sentences.count && sentences[lower].start <= offset ? lower : nil
    }

    private static func scaled(_ scores: [Float]) -> [Float] {
        let maximum = scores.max() ?? 0
        return maximum > 0 ? scores.map { $0 / maximum } : scores
    }
}
