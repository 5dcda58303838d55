import GlossCore

/// A small tokenizer for tests, close enough to UD English tokenisation for the fixtures: words,
/// numbers, single punctuation marks, and clitics split off (`'s`, `n't`, `’s`). Sentences end after
/// `.`, `?` or `!` followed by a space and an upper-case letter or a quote, and at blank lines.
enum TestTokenizer {
    static func segment(_ document: inout Document) {
        var tokens: [Token] = []
        var sentences: [Span] = []
        document.withUTF8 { bytes in
            var i = 0
            var sentenceStart: Int? = nil
            func isWordByte(_ b: UInt8) -> Bool {
                (b >= 0x30 && b <= 0x39) || (b | 0x20 >= 0x61 && b | 0x20 <= 0x7A) || (b >= 0x80 && b != 0xE2)
            }
            func closeSentence(at end: Int) {
                if let start = sentenceStart { sentences.append(Span(start: start, end: end)) }
                sentenceStart = nil
            }
            while i < bytes.count {
                let b = bytes[i]
                if b == 0x20 || b == 0x0A {
                    if b == 0x0A, i + 1 < bytes.count, bytes[i + 1] == 0x0A { closeSentence(at: tokens.last?.end ?? i) }
                    i += 1
                    continue
                }
                var j = i + 1
                if isWordByte(b) {
                    while j < bytes.count {
                        let c = bytes[j]
                        if isWordByte(c) || ((c == 0x2E || c == 0x2D) && j + 1 < bytes.count && isWordByte(bytes[j + 1]) && !(c == 0x2E && bytes[j + 1] &- 0x41 < 26 && j - i > 3)) {
                            j += 1
                        } else {
                            break
                        }
                    }
                    // Abbreviations with a final period: "Mr.", "U.S.", "Ore."
                    if j < bytes.count, bytes[j] == 0x2E, j - i <= 3 || bytes[i..<j].contains(0x2E), bytes[i] &- 0x41 < 26 { j += 1 }
                    // "n't"
                    if j - i > 3, bytes[j - 1] | 0x20 == 0x6E, j < bytes.count, bytes[j] == 0x27, j + 1 < bytes.count, bytes[j + 1] | 0x20 == 0x74 {
                        tokens.append(Token(start: i, end: j - 1))
                        tokens.append(Token(start: j - 1, end: j + 2))
                        if sentenceStart == nil { sentenceStart = i }
                        i = j + 2
                        continue
                    }
                } else if b == 0x27, j < bytes.count, bytes[j] | 0x20 == 0x73, j + 1 >= bytes.count || !isWordByte(bytes[j + 1]) {
                    j += 1  // 's
                } else if b == 0xE2, i + 2 < bytes.count {
                    j = i + 3
                    if bytes[i + 1] == 0x80, bytes[i + 2] == 0x99, j < bytes.count, bytes[j] | 0x20 == 0x73,
                        j + 1 >= bytes.count || !isWordByte(bytes[j + 1])
                    {
                        j += 1  // ’s
                    }
                }
                if sentenceStart == nil { sentenceStart = i }
                tokens.append(Token(start: i, end: j))
                let endsSentence = (b == 0x2E || b == 0x3F || b == 0x21) && j - i == 1
                i = j
                if endsSentence {
                    var k = j
                    while k < bytes.count && bytes[k] == 0x20 { k += 1 }
                    if k >= bytes.count || bytes[k] &- 0x41 < 26 || bytes[k] == 0xE2 || bytes[k] == 0x22 || bytes[k] == 0x0A {
                        closeSentence(at: j)
                    }
                }
            }
            closeSentence(at: tokens.last?.end ?? 0)
        }
        document.tokens = tokens
        document.sentences = sentences
    }
}
