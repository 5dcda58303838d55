import GlossCore

/// Documents for unit tests of stages.
public enum TestDocument {
    /// A document with `text` and no layers.
    public static func plain(_ text: String, id: String = "test", meta: [String: JSONValue] = [:]) -> Document {
        Document(id: id, text: text, meta: meta)
    }

    /// A document with rough `sentences` and `tokens`, for testing a stage that needs them without
    /// running `segment`.
    ///
    /// Tokens are runs of letters and digits (non-ASCII characters count as letters, so "Zoë" and "naïve"
    /// stay whole, except curly quotes, dashes and other general punctuation), with inner apostrophes and
    /// hyphens kept (`don't`, `cross-border`); every other visible character is a token of its own. A sentence ends after `.`, `!` or `?` followed by a space or the
    /// end. This is a stand-in, not a tokenizer: it knows no abbreviation and splits "U.S." in three.
    ///
    /// ```swift
    /// let document = TestDocument.tokenized("The depot closed. Workers left.")
    /// // tokens: The depot closed . Workers left .   sentences: 2
    /// ```
    public static func tokenized(_ text: String, id: String = "test", meta: [String: JSONValue] = [:]) -> Document {
        var document = Document(id: id, text: text, meta: meta)
        var tokens: [Token] = []
        var sentences: [Span] = []
        document.withUTF8 { bytes in
            var index = 0
            var sentenceStart: Int?
            while index < bytes.count {
                let (kind, width) = classify(bytes, at: index)
                if kind == .space {
                    index += width
                    continue
                }
                let start = index
                index += width
                if kind == .word {
                    while index < bytes.count {
                        let (next, nextWidth) = classify(bytes, at: index)
                        if next == .word {
                            index += nextWidth
                        } else if bytes[index] == 0x27 || bytes[index] == 0x2D, index + 1 < bytes.count,
                                  classify(bytes, at: index + 1).0 == .word {
                            index += 1  // an inner apostrophe or hyphen: don't, cross-border
                        } else {
                            break
                        }
                    }
                }
                tokens.append(Token(start: start, end: index))
                if sentenceStart == nil { sentenceStart = start }
                let byte = bytes[start]
                let ends = byte == 0x2E || byte == 0x21 || byte == 0x3F
                if ends, index == bytes.count || classify(bytes, at: index).0 == .space, let first = sentenceStart {
                    sentences.append(Span(start: first, end: index))
                    sentenceStart = nil
                }
            }
            if let first = sentenceStart, let last = tokens.last { sentences.append(Span(start: first, end: last.end)) }
        }
        document.tokens = tokens
        document.sentences = sentences
        return document
    }

    private enum ByteClass { case word, space, punctuation }

    /// What the character at `index` is, and how many bytes it takes. ASCII letters and digits and most
    /// non-ASCII characters are word characters; the General Punctuation block (curly quotes, dashes,
    /// the ellipsis) and « » are punctuation; no-break and other Unicode spaces are spaces.
    private static func classify(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (ByteClass, Int) {
        let byte = bytes[index]
        if byte < 0x80 {
            if byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) { return (.space, 1) }
            let folded = byte | 0x20
            if (byte >= 0x30 && byte <= 0x39) || (folded >= 0x61 && folded <= 0x7A) { return (.word, 1) }
            return (.punctuation, 1)
        }
        var width = 1
        while index + width < bytes.count, bytes[index + width] & 0xC0 == 0x80, width < 4 { width += 1 }
        if byte == 0xC2, width == 2 {
            let second = bytes[index + 1]
            if second == 0xA0 { return (.space, 2) }
            if second == 0xAB || second == 0xBB { return (.punctuation, 2) }
        }
        if byte == 0xE2, width == 3, bytes[index + 1] == 0x80 || bytes[index + 1] == 0x81 {
            let second = bytes[index + 1]
            let third = bytes[index + 2]
            if second == 0x80 && (third <= 0x8A || third == 0xAF) { return (.space, 3) }  // U+2000-200A, U+202F
            return (.punctuation, 3)
        }
        return (.word, width)
    }
}
