import GlossCore

/// Finds sentences (and tokens) in English text, over UTF-8 bytes.
///
/// Rule-based and document-local: a period, `?`, `!` or ellipsis, with any closing quotes and brackets
/// after it, ends a sentence depending on what precedes it (an abbreviation, an initial, a number) and
/// what follows (a lower-case word, a capitalised word that usually starts sentences, a name). When a
/// capitalised word after an abbreviation is ambiguous (`Inc. Shares`), the rest of the document decides:
/// if the word also appears in lower case elsewhere, its capital here marks a sentence start. A blank line
/// always ends a sentence; single line breaks follow ``LineBreakMode``; list items (`1.`, `a)`, `•`) start
/// sentences.
///
/// ```swift
/// let segmenter = SentenceSegmenter()
/// let result = segmenter.segment("At 6 p.m. Mr. Smith left. He said “no.” Then he went home.")
/// // 3 sentences; tokens follow the Tokenizer, with a sentence-final abbreviation's period split (p.m|.)
/// ```
public struct SentenceSegmenter: Sendable {
    /// The settings this segmenter was built with.
    public let configuration: SegmenterConfiguration
    /// The tokenizer it runs first.
    public let tokenizer: Tokenizer

    /// Creates a segmenter; builds its word tables once.
    public init(configuration: SegmenterConfiguration = SegmenterConfiguration()) {
        self.configuration = configuration
        self.tokenizer = Tokenizer(configuration: configuration)
    }

    /// Sentences and tokens of `text` (UTF-8 bytes).
    /// - Parameter includeTokens: false to compute sentences only (the result's `tokens` is empty).
    public func segment(_ text: UnsafeBufferPointer<UInt8>, includeTokens: Bool = true) -> Segmentation {
        tokenizer.withScannedTokens(text) { scanned in
            Self.assemble(scanned, ranges(text, scanned), includeTokens: includeTokens)
        }
    }

    /// Sentences and tokens of `text`; offsets are UTF-8 byte offsets into `text`.
    public func segment(_ text: String, includeTokens: Bool = true) -> Segmentation {
        var copy = text
        return copy.withUTF8 { segment($0, includeTokens: includeTokens) }
    }

    /// The sentences of already scanned tokens, as ranges of token indices (no sentence is empty).
    ///
    /// `tokens` must come from ``Tokenizer``'s `scan` on the same `text` (ordered,
    /// non-empty, inside the text); other tokens are a programming error.
    public func sentenceRanges(_ text: UnsafeBufferPointer<UInt8>, _ tokens: [ScannedToken]) -> [Range<Int>] {
        tokens.withUnsafeBufferPointer { ranges(text, $0) }
    }

    func ranges(_ text: UnsafeBufferPointer<UInt8>, _ tokens: UnsafeBufferPointer<ScannedToken>) -> [Range<Int>] {
        guard !tokens.isEmpty else { return [] }
        var finder = BoundaryFinder(text: text, tokens: tokens, lexicon: tokenizer.lexicon, lineBreaks: configuration.lineBreaks)
        finder.run()
        return Self.limit(finder.ranges, tokens, maximum: max(configuration.maxSentenceTokens, 2))
    }

    /// Cuts sentences longer than `maximum` tokens at their last comma, colon, semicolon or dash in the
    /// second half of the window, or at the limit.
    ///
    /// Counts are of output tokens: a sentence-final abbreviation becomes two (see ``assemble``), so a piece
    /// that would end in one is cut a token earlier.
    static func limit(_ ranges: [Range<Int>], _ tokens: UnsafeBufferPointer<ScannedToken>, maximum: Int) -> [Range<Int>] {
        func outputCount(_ range: Range<Int>) -> Int { range.count + (splitsFinalAbbreviation(range, tokens) ? 1 : 0) }
        guard ranges.contains(where: { outputCount($0) > maximum }) else { return ranges }
        var result: [Range<Int>] = []
        result.reserveCapacity(ranges.count + 8)
        for range in ranges {
            var start = range.lowerBound
            while outputCount(start..<range.upperBound) > maximum {
                var cut = start + min(maximum, range.upperBound - start - 1)
                if outputCount(start..<cut) > maximum { cut -= 1 }
                var index = start + maximum - 1
                while index >= start + maximum / 2 {
                    switch tokens[index].kind {
                    case .comma, .colon, .dash:
                        cut = index + 1
                        index = start  // found: leave the loop
                    default:
                        break
                    }
                    index -= 1
                }
                result.append(start..<cut)
                start = cut
            }
            result.append(start..<range.upperBound)
        }
        return result
    }

    /// The index of the abbreviation that ends `range` (before closing quotes and brackets) and whose period
    /// becomes a token of its own, if there is one.
    static func finalAbbreviation(_ range: Range<Int>, _ scanned: UnsafeBufferPointer<ScannedToken>) -> Int? {
        var last = range.upperBound - 1
        while last > range.lowerBound && (scanned[last].kind == .closeQuote || scanned[last].kind == .closeBracket) {
            last -= 1
        }
        return scanned[last].kind == .abbreviation && scanned[last].end - scanned[last].start > 1 ? last : nil
    }

    static func splitsFinalAbbreviation(_ range: Range<Int>, _ scanned: UnsafeBufferPointer<ScannedToken>) -> Bool {
        finalAbbreviation(range, scanned) != nil
    }

    /// Builds the output: token spans (splitting the period off a sentence-final abbreviation, as UD does)
    /// and sentence spans.
    static func assemble(_ scanned: UnsafeBufferPointer<ScannedToken>, _ ranges: [Range<Int>], includeTokens: Bool) -> Segmentation {
        var result = Segmentation()
        result.sentences.reserveCapacity(ranges.count)
        result.sentenceTokens.reserveCapacity(ranges.count)
        // Which sentences end in an abbreviation whose period becomes a token of its own.
        var splits: [Int] = []
        for range in ranges {
            result.sentences.append(Span(start: scanned[range.lowerBound].start, end: scanned[range.upperBound - 1].end))
            guard includeTokens else { continue }
            if let last = finalAbbreviation(range, scanned) { splits.append(last) }
        }
        guard includeTokens else {
            result.sentenceTokens = Array(repeating: 0..<0, count: ranges.count)
            return result
        }
        // One tight copy loop; the output has exactly one extra token per split.
        result.tokens = [Token](unsafeUninitializedCapacity: scanned.count + splits.count) { buffer, initialized in
            var output = 0
            var nextSplit = 0
            do {
                for index in 0..<scanned.count {
                    let token = scanned[index]
                    if nextSplit < splits.count && splits[nextSplit] == index {
                        buffer.initializeElement(at: output, to: Token(start: token.start, end: token.end - 1))
                        buffer.initializeElement(at: output + 1, to: Token(start: token.end - 1, end: token.end))
                        output += 2
                        nextSplit += 1
                    } else {
                        buffer.initializeElement(at: output, to: Token(start: token.start, end: token.end))
                        output += 1
                    }
                }
            }
            initialized = output
        }
        var shift = 0
        var nextSplit = 0
        for range in ranges {
            let first = range.lowerBound + shift
            while nextSplit < splits.count && splits[nextSplit] < range.upperBound {
                shift += 1
                nextSplit += 1
            }
            result.sentenceTokens.append(first..<range.upperBound + shift)
        }
        return result
    }
}
