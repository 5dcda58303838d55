import GlossCore

/// One document's text and layers, indexed for the attribution rules: each token's lexicon classes,
/// sentence and paragraph, and the entity it belongs to.
///
/// Lives only while the document's bytes and tokens are borrowed (inside ``QuoteAttributor``), so it holds
/// unsafe buffers and copies nothing but a few integers per token. A class, so that the rule types that
/// share it hold one reference rather than copies of a dozen arrays.
final class AnnotatedText {
    let bytes: UnsafeBufferPointer<UInt8>
    let tokens: UnsafeBufferPointer<Token>
    let entities: [Entity]
    let lexicon: CueLexicon
    /// Lexicon classes of each token.
    let classes: [WordClass]
    /// Lexicon id of each token (-1: not in the lexicon).
    let wordIDs: [Int32]
    /// Sentence index of each token.
    let sentenceOf: [Int32]
    /// Token range of each sentence.
    let sentenceTokens: [Range<Int>]
    /// Paragraph index of each sentence.
    let paragraphOfSentence: [Int32]
    /// Token range of each paragraph.
    let paragraphTokens: [Range<Int>]
    /// Index into `entities` of the entity covering each token, or -1.
    let entityOf: [Int32]
    /// The first token after a dateline ("RIVERTON (Gloss Wire) —"), or 0.
    private(set) var bodyStart = 0

    init(bytes: UnsafeBufferPointer<UInt8>, tokens: UnsafeBufferPointer<Token>, sentences: [Span], entities: [Entity], lexicon: CueLexicon) {
        self.bytes = bytes
        self.tokens = tokens
        self.entities = entities
        self.lexicon = lexicon
        let count = tokens.count
        var classes = [WordClass](repeating: [], count: count)
        var wordIDs = [Int32](repeating: -1, count: count)
        for index in 0..<count {
            let token = tokens[index]
            // Only words (and clitics: 's, n't, ’ll) can be in the lexicon; numbers and punctuation are skipped.
            let first = bytes[token.start]
            guard (first | 0x20) &- 0x61 < 26 || first == 0x27 || (first >= 0xC3 && first <= 0xE2) else { continue }
            let (wordClass, id) = lexicon.classify(bytes, token.start, token.end)
            classes[index] = wordClass
            wordIDs[index] = id
        }
        self.classes = classes
        self.wordIDs = wordIDs

        // Sentences to tokens by a merge walk; a token outside every sentence joins the previous one.
        var sentenceOf = [Int32](repeating: 0, count: count)
        var sentenceTokens: [Range<Int>] = []
        sentenceTokens.reserveCapacity(sentences.count + 1)
        var tokenIndex = 0
        for sentence in sentences {
            let first = tokenIndex
            while tokenIndex < count, tokens[tokenIndex].start < sentence.end {
                sentenceOf[tokenIndex] = Int32(max(0, sentenceTokens.count))
                tokenIndex += 1
            }
            if tokenIndex > first { sentenceTokens.append(first..<tokenIndex) }
        }
        if tokenIndex < count {
            if sentenceTokens.isEmpty {
                sentenceTokens.append(tokenIndex..<count)
            } else {
                let last = sentenceTokens.count - 1
                sentenceTokens[last] = sentenceTokens[last].lowerBound..<count
            }
            for index in tokenIndex..<count { sentenceOf[index] = Int32(sentenceTokens.count - 1) }
        }
        self.sentenceOf = sentenceOf
        self.sentenceTokens = sentenceTokens

        // Paragraphs: a blank line between sentences; single line breaks count when the text has no blank line.
        let blankLines = Self.hasBlankLine(bytes)
        var paragraphOfSentence = [Int32](repeating: 0, count: sentenceTokens.count)
        var paragraphTokens: [Range<Int>] = []
        var paragraph: Int32 = 0
        var paragraphStart = 0
        for index in sentenceTokens.indices {
            if index > 0 {
                let gapStart = tokens[sentenceTokens[index - 1].upperBound - 1].end
                let gapEnd = tokens[sentenceTokens[index].lowerBound].start
                var breaks = 0
                for offset in gapStart..<gapEnd where bytes[offset] == 0x0A { breaks += 1 }
                if breaks >= 2 || (breaks == 1 && !blankLines) {
                    paragraphTokens.append(paragraphStart..<sentenceTokens[index].lowerBound)
                    paragraphStart = sentenceTokens[index].lowerBound
                    paragraph += 1
                }
            }
            paragraphOfSentence[index] = paragraph
        }
        if !sentenceTokens.isEmpty { paragraphTokens.append(paragraphStart..<count) }
        self.paragraphOfSentence = paragraphOfSentence
        self.paragraphTokens = paragraphTokens

        var entityOf = [Int32](repeating: -1, count: count)
        var cursor = 0
        for (entityIndex, entity) in entities.enumerated() {
            while cursor < count, tokens[cursor].end <= entity.start { cursor += 1 }
            var index = cursor
            while index < count, tokens[index].start < entity.end {
                entityOf[index] = Int32(entityIndex)
                index += 1
            }
        }
        self.entityOf = entityOf
        self.bodyStart = datelineEnd()
    }

    var count: Int { tokens.count }

    // MARK: - Token tests

    /// Whether token `index` is exactly the ASCII byte `byte` ("," ":" ".").
    @inline(__always)
    func isByte(_ index: Int, _ byte: UInt8) -> Bool {
        let token = tokens[index]
        return token.end - token.start == 1 && bytes[token.start] == byte
    }

    /// The part of speech of token `index` (X when untagged).
    @inline(__always)
    func pos(_ index: Int) -> UPOS { tokens[index].pos ?? .X }

    /// Whether token `index` starts with a capital letter (ASCII or Latin-1 range).
    @inline(__always)
    func isCapitalised(_ index: Int) -> Bool {
        let first = bytes[tokens[index].start]
        if first &- 0x41 < 26 { return true }
        if first == 0xC3, tokens[index].end - tokens[index].start > 1 {
            let second = bytes[tokens[index].start + 1]
            return second >= 0x80 && second <= 0x9E && second != 0x97
        }
        return false
    }

    /// Whether token `index` starts with a lower-case ASCII letter.
    @inline(__always)
    func isLowercase(_ index: Int) -> Bool { bytes[tokens[index].start] &- 0x61 < 26 }

    /// Whether token `index` is a number written with digits.
    @inline(__always)
    func isDigits(_ index: Int) -> Bool { bytes[tokens[index].start] &- 0x30 < 10 }

    /// Whether token `index` is a word (starts with a letter or digit, ASCII or not).
    @inline(__always)
    func isWord(_ index: Int) -> Bool {
        let first = bytes[tokens[index].start]
        return first &- 0x30 < 10 || (first | 0x20) &- 0x61 < 26 || (first >= 0xC3 && first < 0xE2)
    }

    /// Whether token `index` ends a sentence: . ! ? … and runs of them.
    @inline(__always)
    func isSentenceFinal(_ index: Int) -> Bool {
        let token = tokens[index]
        let first = bytes[token.start]
        if first == 0x2E || first == 0x21 || first == 0x3F { return true }
        return first == 0xE2 && token.end - token.start == 3 && bytes[token.start + 1] == 0x80 && bytes[token.start + 2] == 0xA6
    }

    /// Whether token `index` is a dash: - -- – —
    @inline(__always)
    func isDash(_ index: Int) -> Bool {
        let token = tokens[index]
        let first = bytes[token.start]
        if first == 0x2D { return token.end - token.start <= 2 }
        return first == 0xE2 && token.end - token.start == 3 && bytes[token.start + 1] == 0x80
            && (bytes[token.start + 2] == 0x93 || bytes[token.start + 2] == 0x94)
    }

    /// Whether token `index` is punctuation that separates parts of a sentence: , ; : and dashes.
    @inline(__always)
    func isClausePunctuation(_ index: Int) -> Bool {
        isByte(index, 0x2C) || isByte(index, 0x3B) || isByte(index, 0x3A) || isDash(index)
    }

    /// Whether the gap before token `index` has no space (it touches the previous token).
    @inline(__always)
    func touchesPrevious(_ index: Int) -> Bool { index > 0 && tokens[index - 1].end == tokens[index].start }

    /// Whether the gap after token `index` has no space.
    @inline(__always)
    func touchesNext(_ index: Int) -> Bool { index + 1 < count && tokens[index + 1].start == tokens[index].end }

    /// Whether two tokens have the same bytes (case-sensitive: names).
    func sameText(_ a: Int, _ b: Int) -> Bool {
        let x = tokens[a]
        let y = tokens[b]
        guard x.end - x.start == y.end - y.start else { return false }
        for offset in 0..<(x.end - x.start) where bytes[x.start + offset] != bytes[y.start + offset] { return false }
        return true
    }

    /// Whether two tokens are the same word, ignoring ASCII case ("ministry" and "Ministry").
    func sameWordIgnoringCase(_ a: Int, _ b: Int) -> Bool {
        let x = tokens[a]
        let y = tokens[b]
        guard x.end - x.start == y.end - y.start else { return false }
        for offset in 0..<(x.end - x.start)
        where ByteWordTable.fold(bytes[x.start + offset]) != ByteWordTable.fold(bytes[y.start + offset]) {
            return false
        }
        return true
    }

    /// A hash of the text from token `first` to token `last` (for grouping identical names).
    func textHash(_ first: Int, _ last: Int) -> UInt64 {
        var hash: UInt64 = 14_695_981_039_346_656_037
        for offset in tokens[first].start..<tokens[last].end {
            hash = (hash ^ UInt64(bytes[offset])) &* 1_099_511_628_211
        }
        return hash
    }

    /// Whether token `index` is the word "its" (a possessive determiner inside a noun phrase).
    func isWordIts(_ index: Int) -> Bool {
        let token = tokens[index]
        guard token.end - token.start == 3 else { return false }
        return bytes[token.start] | 0x20 == 0x69 && bytes[token.start + 1] | 0x20 == 0x74 && bytes[token.start + 2] | 0x20 == 0x73
    }

    /// Whether token `index` starts with a byte a quotation mark starts with (" ' « » and the curly ones):
    /// a cheap test before ``QuotationMark/at(_:in:)``.
    @inline(__always)
    func mightBeQuotationMark(_ index: Int) -> Bool {
        let first = bytes[tokens[index].start]
        return first == 0x22 || first == 0x27 || first == 0xC2 || first == 0xE2
    }

    /// Whether token `index` is a possessive 's / ’s / ' (a separate token after a name or noun).
    func isPossessive(_ index: Int) -> Bool {
        let token = tokens[index]
        let length = token.end - token.start
        let first = bytes[token.start]
        if first == 0x27 { return length == 1 || (length == 2 && bytes[token.start + 1] | 0x20 == 0x73) }
        if first == 0xE2, length >= 3, bytes[token.start + 1] == 0x80, bytes[token.start + 2] == 0x99 {
            return length == 3 || (length == 4 && bytes[token.start + 3] | 0x20 == 0x73)
        }
        return false
    }

    // MARK: - Text at the output edge

    /// The text from the start of token `first` to the end of token `last`.
    func string(_ first: Int, _ last: Int) -> String {
        string(Span(start: tokens[first].start, end: tokens[last].end))
    }

    /// The text of a byte span.
    func string(_ span: Span) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[span.start..<span.end]), as: UTF8.self)
    }

    // MARK: - Structure

    /// Whether token `index` opens its sentence (or the text after a dateline), where any word is capitalised.
    @inline(__always)
    func startsSentence(_ index: Int) -> Bool {
        index == sentence(of: index).lowerBound || index == bodyStart
            || (index > 0 && index - 1 == sentence(of: index).lowerBound && mightBeQuotationMark(index - 1) && QuotationMark.at(index - 1, in: self) != nil)
    }

    /// Sentence token range of token `index`.
    @inline(__always)
    func sentence(of index: Int) -> Range<Int> { sentenceTokens[Int(sentenceOf[index])] }

    /// Paragraph token range of token `index`.
    @inline(__always)
    func paragraph(of index: Int) -> Range<Int> {
        paragraphTokens[Int(paragraphOfSentence[Int(sentenceOf[index])])]
    }

    /// Paragraph index of token `index`.
    @inline(__always)
    func paragraphIndex(of index: Int) -> Int { Int(paragraphOfSentence[Int(sentenceOf[index])]) }

    /// The first token after a dateline at the start of the text: up to six capitalised words, an optional
    /// ", Region" and "(Agency)", then a dash. 0 when there is none. A headline line before the dateline
    /// (a first paragraph without final punctuation, as a scraped page keeps it) is skipped with it, so that
    /// its words are never read as a speaker's role or name.
    private func datelineEnd() -> Int {
        guard let first = sentenceTokens.first else { return 0 }
        let end = datelineEnd(in: first)
        if end > 0 || sentenceTokens.count < 2 || first.isEmpty { return end }
        let last = first.upperBound - 1
        let headline = !(isByte(last, 0x2E) || isByte(last, 0x21) || isByte(last, 0x3F))
            && paragraphIndex(of: first.lowerBound) != paragraphIndex(of: sentenceTokens[1].lowerBound)
        return headline ? datelineEnd(in: sentenceTokens[1]) : 0
    }

    /// The token after the dateline that opens `first`, or 0.
    private func datelineEnd(in first: Range<Int>) -> Int {
        var index = first.lowerBound
        let limit = min(first.upperBound, first.lowerBound + 14)
        var sawWord = false
        var sawMarker = false  // an all-capitals word or an agency in parentheses: not just "Peskov —"
        while index < limit {
            if isDash(index) { return sawWord && sawMarker ? index + 1 : 0 }
            if isByte(index, 0x28) { sawMarker = true }
            if index == first.lowerBound, isAllCapitals(index) { sawMarker = true }
            if isWord(index) {
                guard isCapitalised(index) || isDigits(index) else { return 0 }
                sawWord = true
            } else if !(isByte(index, 0x2C) || isByte(index, 0x28) || isByte(index, 0x29) || isByte(index, 0x2E)) {
                return 0
            }
            index += 1
        }
        return 0
    }

    private func isAllCapitals(_ index: Int) -> Bool {
        let token = tokens[index]
        guard token.end - token.start >= 2 else { return false }
        for offset in token.start..<token.end where bytes[offset] &- 0x61 < 26 { return false }
        return true
    }

    private static func hasBlankLine(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var sawBreak = false
        for byte in bytes {
            if byte == 0x0A {
                if sawBreak { return true }
                sawBreak = true
            } else if byte != 0x20 && byte != 0x0D && byte != 0x09 {
                sawBreak = false
            }
        }
        return false
    }
}
