import GlossCore

/// Splits text into tokens the way Universal Dependencies English does, over UTF-8 bytes.
///
/// Words keep their inner hyphens, apostrophes and dots (`state-run`, `O'Brien`, `v2.0`, `example.com`);
/// clitics split off (`do|n't`, `it|'s`, `Kuleba|'s`, `can|not`, `gon|na`); abbreviations keep their period
/// (`Dr.`, `U.S.`, `p.m.`); numbers stay whole with their separators (`1,900`, `3.14`, `10:30`, `3-1`) while
/// currency and percent signs are tokens of their own (`$|12`, `4.5|%`), as in UD; every punctuation mark
/// and quotation mark is a token, except runs such as `...`, `?!` and `--`; web and e-mail addresses,
/// @handles and #hashtags stay whole. Tokens cover every non-space character exactly once.
///
/// ```swift
/// let tokens = Tokenizer().scan("Kuleba's aide didn't say.")
/// // Kuleba | 's | aide | did | n't | say | .
/// ```
///
/// Whether a period after an abbreviation ends a sentence is the ``SentenceSegmenter``'s business; it
/// also splits the period off a sentence-final abbreviation (`p.m|.`), as UD does.
public struct Tokenizer: Sendable {
    let lexicon: Lexicon
    let hyphens: HyphenMode
    /// For each (first letter, last letter) pair, the lengths of fused words like `cannot` with those
    /// letters, as bits: most words skip the table lookup.
    private let fusedPairs: [UInt16]

    /// Creates a tokenizer with the abbreviations and hyphen handling of `configuration`.
    public init(configuration: SegmenterConfiguration = SegmenterConfiguration()) {
        self.init(lexicon: Lexicon(extraAbbreviations: configuration.abbreviations), hyphens: configuration.hyphens)
    }

    init(lexicon: Lexicon, hyphens: HyphenMode) {
        self.lexicon = lexicon
        self.hyphens = hyphens
        var pairs = [UInt16](repeating: 0, count: 26 * 26)
        for (word, _) in WordLists.fusedWords {
            let bytes = Array(word.utf8)
            if let first = bytes.first, let last = bytes.last, bytes.count < 16 {
                pairs[Int(first &- 0x61) * 26 + Int(last &- 0x61)] |= 1 << UInt16(bytes.count)
            }
        }
        fusedPairs = pairs
        var firsts: UInt32 = 0
        var lasts: UInt32 = 0
        for (word, _) in WordLists.fusedWords {
            let bytes = Array(word.utf8)
            if let first = bytes.first, let last = bytes.last {
                firsts |= 1 << UInt32(first &- 0x61)
                lasts |= 1 << UInt32(last &- 0x61)
            }
        }
        fusedLetters = FusedLetters(firsts: firsts, lasts: lasts)
    }

    /// The tokens of `text`, in order.
    public func scan(_ text: UnsafeBufferPointer<UInt8>) -> [ScannedToken] {
        withScannedTokens(text) { Array($0) }
    }

    /// Scans `text` into a temporary buffer and hands it to `body`; the buffer is freed afterwards.
    ///
    /// The segmenter reads tokens straight from this buffer: no array growth checks while scanning, no
    /// copy before deciding sentences.
    func withScannedTokens<R>(_ text: UnsafeBufferPointer<UInt8>, _ body: (UnsafeBufferPointer<ScannedToken>) -> R) -> R {
        var scanner = ChunkScanner(text: text, tokenizer: self)
        defer { scanner.storage.deallocate() }
        scanner.run()
        return body(UnsafeBufferPointer(start: scanner.storage, count: scanner.count))
    }

    /// The tokens of `text`, in order; offsets are UTF-8 byte offsets.
    public func scan(_ text: String) -> [ScannedToken] {
        var copy = text
        return copy.withUTF8 { scan($0) }
    }

    /// The first and last letters of the fused words, as bit sets: a register-held pre-check.
    let fusedLetters: FusedLetters

    /// Whether a word of `length` letters from `first` to `last` can be a fused word: "the" (t…e, 3)
    /// cannot, since only the 6-letter "theyre"/"theyve" run from t to e.
    @inline(__always)
    func mayBeFused(_ first: UInt8, _ last: UInt8, length: Int) -> Bool {
        let a = Int((first | 0x20) &- 0x61)
        let b = Int((last | 0x20) &- 0x61)
        return a >= 0 && a < 26 && b >= 0 && b < 26 && (fusedPairs[a * 26 + b] >> UInt16(length)) & 1 != 0
    }
}

/// Which letters begin and end the fused words (`cannot`, `gonna`), as two 26-bit sets.
struct FusedLetters: Sendable {
    let firsts: UInt32
    let lasts: UInt32

    @inline(__always)
    func mayStartAndEnd(_ first: UInt8, _ last: UInt8) -> Bool {
        let a = UInt32((first | 0x20) &- 0x61)
        let b = UInt32((last | 0x20) &- 0x61)
        return a < 26 && b < 26 && (firsts >> a) & (lasts >> b) & 1 != 0
    }
}

/// One pass over the text: finds whitespace-separated chunks, then splits each chunk into tokens.
private struct ChunkScanner {
    let text: UnsafeBufferPointer<UInt8>
    let reader: ScalarReader
    let tokenizer: Tokenizer
    let lexicon: Lexicon
    let fusedLetters: FusedLetters
    /// The tokens found so far: a buffer that grows by doubling (Array.append's uniqueness check was a
    /// visible cost at ten million tokens per 50 MB).
    var storage: UnsafeMutablePointer<ScannedToken>
    var capacity: Int
    var count = 0
    /// The gap before the next token emitted.
    var pendingGap: TokenGap = .paragraph

    init(text: UnsafeBufferPointer<UInt8>, tokenizer: Tokenizer) {
        self.text = text
        self.reader = ScalarReader(bytes: text)
        self.tokenizer = tokenizer
        self.lexicon = tokenizer.lexicon
        self.fusedLetters = tokenizer.fusedLetters
        capacity = text.count / 4 + 16
        storage = UnsafeMutablePointer<ScannedToken>.allocate(capacity: capacity)
    }

    /// Only a run of over 4 GiB without a space gets here: cut it so that token lengths fit in 32 bits.
    @inline(never)
    mutating func emitLong(_ start: Int, _ end: Int, _ kind: TokenKind) {
        var piece = start
        while piece < end {
            let next = min(end, piece + Int(UInt32.max))
            if count == capacity { grow() }
            (storage + count).initialize(to: ScannedToken(start: piece, end: next, kind: kind, gap: pendingGap))
            count += 1
            pendingGap = .none
            piece = next
        }
    }

    mutating func grow() {
        let larger = UnsafeMutablePointer<ScannedToken>.allocate(capacity: capacity * 2)
        larger.moveInitialize(from: storage, count: count)
        storage.deallocate()
        storage = larger
        capacity *= 2
    }

    @inline(__always)
    mutating func emit(_ start: Int, _ end: Int, _ kind: TokenKind) {
        if end - start > Int(UInt32.max) {
            emitLong(start, end, kind)
            return
        }
        if count == capacity { grow() }
        (storage + count).initialize(to: ScannedToken(start: start, end: end, kind: kind, gap: pendingGap))
        count += 1
        pendingGap = .none
    }

    @inline(__always)
    func classAt(_ index: Int) -> CharacterClass { reader.classOrSpace(at: index) }

    @inline(__always)
    static func bit(_ kind: CharacterClass) -> UInt64 { 1 << UInt64(kind.rawValue) }

    // Computed, not stored: a stored static is a lazily initialised global, checked on every access.
    @inline(__always) static var letterBits: UInt64 { bit(.upper) | bit(.lower) }
    @inline(__always) static var addressBits: UInt64 { bit(.at) | bit(.hash) | bit(.slash) | bit(.colon) }

    mutating func run() {
        let count = text.count
        var index = 0
        var breaks = 0
        var spaced = false
        var atStart = true
        while index < count {
            let byte = text[index]
            var kind: CharacterClass
            var length = 1
            if (byte | 0x20) &- 0x61 < 26 {
                kind = byte & 0x20 == 0 ? .upper : .lower
            } else if byte < 0x80 {
                kind = asciiClass(byte)
            } else {
                (kind, length) = reader.classify(at: index)
            }
            switch kind {
            case .space:
                spaced = true
                index += length
                continue
            case .lineBreak:
                if byte == 0x0D && index + 1 < count && text[index + 1] == 0x0A { index += 1 }
                breaks += 1
                index += length
                continue
            case .paragraphBreak:
                breaks += 2
                index += length
                continue
            default:
                break
            }
            var end = index + length
            var mask = Self.bit(kind)
            var others = 0  // characters that are not ASCII letters, after the first
            while end < count {
                if end + 8 <= count, let base = text.baseAddress {
                    // Eight bytes at a time while they are ASCII letters (most of the text).
                    let skip = Self.leadingLetters(UInt64(littleEndian: UnsafeRawPointer(base + end).loadUnaligned(as: UInt64.self)))
                    if skip > 0 {
                        mask |= Self.letterBits
                        end += skip
                        if skip == 8 { continue }
                    }
                }
                let next = text[end]
                if (next | 0x20) &- 0x61 < 26 {
                    // The common case first: an ASCII letter.
                    mask |= Self.letterBits
                    end += 1
                } else if next <= 0x20 || next == 0x7F {
                    break  // space, tab, line break or a control character
                } else if next < 0x80 {
                    mask |= Self.bit(asciiClass(next))
                    others += 1
                    end += 1
                } else {
                    let (nextKind, nextLength) = reader.classify(at: end)
                    if nextKind.isSpace { break }
                    mask |= Self.bit(nextKind)
                    others += 1
                    end += nextLength
                }
            }
            pendingGap = atStart || breaks >= 2 ? .paragraph : breaks == 1 ? .line : spaced ? .space : .none
            atStart = false
            breaks = 0
            spaced = false
            if mask & ~Self.letterBits == 0 {
                emitWord(index, end)
            } else if others == 1 && end - index >= 2 && kind.isLetter && text[end - 1] < 0x80
                && (text[end - 1] | 0x20) &- 0x61 >= 26
                && mask & ~(Self.letterBits | Self.bit(.comma) | Self.bit(.colon) | Self.bit(.stop) | Self.bit(.period)) == 0
            {
                // Letters and one closing mark, the next most common chunk: `said,` `Tuesday.` `why?`
                let mark = text[end - 1]
                let markKind: TokenKind
                switch asciiClass(mark) {
                case .comma: markKind = .comma
                case .colon: markKind = .colon
                case .stop: markKind = .stop
                default:
                    if isAbbreviation(index, end - 1, hasDot: false, hasDigit: false) {
                        emit(index, end, .abbreviation)
                        index = end
                        continue
                    }
                    markKind = .period
                }
                emitWord(index, end - 1)
                emit(end - 1, end, markKind)
            } else if mask == Self.bit(.digit) {
                emit(index, end, .number)
            } else {
                splitChunk(index, end, mask: mask)
            }
            index = end
        }
    }

    /// How many of the eight bytes in `word` (little-endian: the first byte is the lowest), counted from
    /// the first, are ASCII letters. SWAR: fold to lower case, then test every byte for `a`...`z` at once.
    @inline(__always)
    static func leadingLetters(_ word: UInt64) -> Int {
        let high: UInt64 = 0x8080_8080_8080_8080
        guard word & high == 0 else {
            // A non-ASCII byte somewhere: count letters up to the first one.
            let firstHigh = (word & high).trailingZeroBitCount >> 3
            let letters = Self.letterMask(word & ~high)
            let nonLetters = ~letters & high
            return min(firstHigh, nonLetters.trailingZeroBitCount >> 3)
        }
        let nonLetters = ~Self.letterMask(word) & high
        return nonLetters == 0 ? 8 : nonLetters.trailingZeroBitCount >> 3
    }

    /// 0x80 in each byte of an ASCII-only `word` that is a letter.
    @inline(__always)
    static func letterMask(_ word: UInt64) -> UInt64 {
        let folded = word | 0x2020_2020_2020_2020
        let atLeastA = (folded &+ 0x1F1F_1F1F_1F1F_1F1F) & 0x8080_8080_8080_8080  // byte >= 0x61
        let pastZ = (folded &+ 0x0505_0505_0505_0505) & 0x8080_8080_8080_8080  // byte >= 0x7B
        return atLeastA & ~pastZ
    }

    /// A chunk of letters only: one word, unless it is a fused form like `cannot`.
    @inline(__always)
    mutating func emitWord(_ start: Int, _ end: Int) {
        let length = end - start
        if length >= 2 && length <= 8 && fusedLetters.mayStartAndEnd(text[start], text[end - 1])
            && tokenizer.mayBeFused(text[start], text[end - 1], length: length) && emitFused(start, end)
        {
            return
        }
        emit(start, end, .word)
    }

    /// `cannot` → `can` `not`: the rare case, kept out of line so that `emitWord` stays small.
    @inline(never)
    mutating func emitFused(_ start: Int, _ end: Int) -> Bool {
        guard let parts = lexicon.fusedWords.lookup(text, start, end),
            !(end - start <= 3 && asciiClass(min(text[start + 1], 0x7F)) == .upper)
        else { return false }
        var offset = start
        for (position, part) in parts.enumerated() {
            emit(offset, offset + part, position == 0 ? .word : .clitic)
            offset += part
        }
        return true
    }

    // MARK: - Chunks with punctuation

    mutating func splitChunk(_ start: Int, _ end: Int, mask: UInt64) {
        if mask & Self.addressBits != 0 || (mask & Self.bit(.period) != 0 && hasInnerPeriod(start, end)) {
            if let core = addressCore(start, end) {
                splitPieces(start, core.lowerBound)
                emit(core.lowerBound, core.upperBound, .address)
                splitPieces(core.upperBound, end)
                return
            }
        }
        splitPieces(start, end)
    }

    func hasInnerPeriod(_ start: Int, _ end: Int) -> Bool {
        var index = start
        while index + 1 < end {
            if text[index] == UInt8(ascii: ".") && asciiClass(min(text[index + 1], 0x7F)).isLetter { return true }
            index += 1
        }
        return false
    }

    mutating func splitPieces(_ start: Int, _ end: Int) {
        var position = start
        while position < end {
            let (kind, length) = reader.classify(at: position)
            switch kind {
            case .upper, .lower, .otherLetter, .digit, .underscore:
                position = scanWord(from: position, tokenStart: position, chunkStart: start, end: end)
            case .period, .stop, .ellipsis:
                var stop = position
                var hasStop = false
                var marks = 0
                var hasEllipsis = false
                while stop < end {
                    let (next, nextLength) = reader.classify(at: stop)
                    guard next == .period || next == .stop || next == .ellipsis else { break }
                    hasStop = hasStop || next == .stop
                    hasEllipsis = hasEllipsis || next == .ellipsis
                    marks += 1
                    stop += nextLength
                }
                let tokenKind: TokenKind = hasStop ? .stop : (marks == 1 && !hasEllipsis ? .period : .ellipsis)
                emit(position, stop, tokenKind)
                position = stop
            case .comma:
                emit(position, position + 1, .comma)
                position += 1
            case .colon:
                if let emoticonEnd = emoticon(at: position, end: end) {
                    emit(position, emoticonEnd, .emoticon)
                    position = emoticonEnd
                } else {
                    emit(position, position + 1, .colon)
                    position += 1
                }
            case .straightDoubleQuote:
                emit(position, position + 1, quoteKind(position, length, start, end))
                position += 1
            case .straightSingleQuote, .rightSingleQuote, .backtick:
                position = apostrophe(at: position, length: length, kind: kind, chunkStart: start, end: end)
            case .openQuote:
                emit(position, position + length, .openQuote)
                position += length
            case .closeQuote:
                emit(position, position + length, .closeQuote)
                position += length
            case .openBracket:
                emit(position, position + 1, .openBracket)
                position += 1
            case .closeBracket:
                emit(position, position + 1, .closeBracket)
                position += 1
            case .hyphen:
                if position + 1 < end, asciiClass(min(text[position + 1], 0x7F)) == .digit,
                    position == start || classAt(position - 1) == .openBracket
                {
                    // A minus sign in front of a number: `-5`.
                    position = scanWord(from: position + 1, tokenStart: position, chunkStart: start, end: end)
                } else {
                    position = emitRun(of: .hyphen, from: position, end: end, as: .dash)
                }
            case .unicodeHyphen, .dash:
                position = emitRun(of: kind, from: position, end: end, as: .dash)
            case .bullet:
                emit(position, position + length, .bullet)
                position += length
            case .emoji:
                position = emitEmoji(from: position, end: end)
            case .slash, .ampersand, .at, .hash:
                position = emitRun(of: kind, from: position, end: end, as: .symbol)
            case .symbol, .joiner, .space, .lineBreak, .paragraphBreak:
                if length == 1 {
                    position = emitRun(of: kind, from: position, end: end, as: .symbol, sameByte: true)
                } else {
                    emit(position, position + length, .symbol)
                    position += length
                }
            }
        }
    }

    /// Emits a run of characters of one class (`--`, `>>`, `==`) as one token.
    mutating func emitRun(of kind: CharacterClass, from start: Int, end: Int, as tokenKind: TokenKind, sameByte: Bool = false) -> Int {
        var stop = start
        let first = text[start]
        while stop < end {
            let (next, nextLength) = reader.classify(at: stop)
            guard next == kind, !sameByte || text[stop] == first else { break }
            stop += nextLength
        }
        emit(start, stop, tokenKind)
        return stop
    }

    /// An emoji with its modifiers and ZWJ sequences.
    mutating func emitEmoji(from start: Int, end: Int) -> Int {
        var stop = start + reader.classify(at: start).1
        while stop < end {
            let (next, nextLength) = reader.classify(at: stop)
            if next == .joiner {
                let isZWJ = reader.decode(at: stop).value == 0x200D
                stop += nextLength
                if isZWJ && stop < end && reader.classify(at: stop).0 == .emoji { stop += reader.classify(at: stop).1 }
            } else {
                break
            }
        }
        emit(start, stop, .symbol)
        return stop
    }

    /// `:)`, `:-(`, `;)`, `:D`, `:P` at the end of a chunk.
    func emoticon(at position: Int, end: Int) -> Int? {
        var index = position + 1
        if index < end && text[index] == UInt8(ascii: "-") { index += 1 }
        guard index + 1 == end else { return nil }
        switch text[index] {
        case UInt8(ascii: ")"), UInt8(ascii: "("), UInt8(ascii: "D"), UInt8(ascii: "P"), UInt8(ascii: "p"):
            return end
        default: return nil
        }
    }

    /// Whether a straight double quote opens or closes, from where it sits in its chunk.
    func quoteKind(_ position: Int, _ length: Int, _ chunkStart: Int, _ end: Int) -> TokenKind {
        let atStart = position == chunkStart
        let atEnd = position + length == end
        if atStart && atEnd { return .quote }
        if atStart { return .openQuote }
        if atEnd { return .closeQuote }
        let before = classAt(position - 1)
        switch before {
        case .openBracket, .openQuote, .dash, .hyphen, .slash: return .openQuote
        default: break
        }
        let after = classAt(position + length)
        return after.isWordCharacter ? (before.isWordCharacter ? .closeQuote : .openQuote) : .closeQuote
    }

    /// An apostrophe or single quote that is not inside a word: a clitic (`'s` after `Jr.`), the start of
    /// `'90s`, or a quotation mark.
    mutating func apostrophe(at position: Int, length: Int, kind: CharacterClass, chunkStart: Int, end: Int) -> Int {
        let after = position + length
        if position > chunkStart, let cliticEnd = cliticEnd(after: after, end: end) {
            let before = classAt(position - 1)
            if before.isWordCharacter || before == .period {
                emit(position, cliticEnd, .clitic)
                return cliticEnd
            }
        }
        if after < end, classAt(after) == .digit, position == chunkStart || classAt(position - 1) == .openBracket || classAt(position - 1) == .openQuote {
            return scanWord(from: after, tokenStart: position, chunkStart: chunkStart, end: end)
        }
        let tokenKind: TokenKind
        switch kind {
        case .rightSingleQuote:
            tokenKind = position == chunkStart && after < end ? .openQuote : .closeQuote
        case .backtick:
            tokenKind = .symbol
        default:
            tokenKind = quoteKind(position, length, chunkStart, end)
        }
        emit(position, after, tokenKind)
        return after
    }

    /// The end of a clitic's letters (`s`, `m`, `d`, `re`, `ve`, `ll`) starting at `start`, when they end
    /// the word.
    func cliticEnd(after start: Int, end: Int) -> Int? {
        guard start < end else { return nil }
        let first = text[start] | 0x20
        var stop = start + 1
        switch first {
        case UInt8(ascii: "s"), UInt8(ascii: "m"), UInt8(ascii: "d"):
            break
        case UInt8(ascii: "r"), UInt8(ascii: "v"):
            guard stop < end, text[stop] | 0x20 == UInt8(ascii: "e") else { return nil }
            stop += 1
        case UInt8(ascii: "l"):
            guard stop < end, text[stop] | 0x20 == UInt8(ascii: "l") else { return nil }
            stop += 1
        default:
            return nil
        }
        return stop == end || !classAt(stop).isWordCharacter ? stop : nil
    }

    // MARK: - Words

    /// Scans a word from `from` (the token itself may start earlier, at `tokenStart`: a sign or apostrophe),
    /// emits it (split into clitics or hyphen parts when due) and returns where scanning continues.
    mutating func scanWord(from: Int, tokenStart: Int, chunkStart: Int, end: Int) -> Int {
        var position = from
        var previous = CharacterClass.space
        var hasLetter = false
        var hasDigit = false
        var hasDot = false
        var hasHyphen = false
        var lastApostrophe = -1
        var apostropheLength = 0
        var segmentStart = from
        scanning: while position < end {
            let byte = text[position]
            if (byte | 0x20) &- 0x61 < 26 {
                // ASCII letters, the common case, without classifying.
                hasLetter = true
                previous = byte & 0x20 == 0 ? .upper : .lower
                position += 1
                continue
            }
            let (kind, length) = reader.classify(at: position)
            if kind.isWordCharacter {
                if kind == .digit { hasDigit = true } else if kind.isLetter { hasLetter = true }
                previous = kind
                position += length
                continue
            }
            // `N°` (numero) is a word.
            if kind == .symbol && length == 2 && text[position + 1] == 0xB0 && previous.isLetter && position - from == 1 {
                previous = .lower
                position += length
                continue
            }
            let next = position + length
            guard next < end, previous.isWordCharacter else { break }
            let following = classAt(next)
            switch kind {
            case .hyphen, .unicodeHyphen:
                guard following.isWordCharacter else { break scanning }
                hasHyphen = true
            case .period:
                guard following.isWordCharacter, !startsNewSentence(at: position, segmentStart: segmentStart, end: end) else {
                    break scanning
                }
                hasDot = true
                segmentStart = next
            case .straightSingleQuote, .rightSingleQuote, .backtick:
                guard following.isLetter, previous.isLetter else { break scanning }
                lastApostrophe = position
                apostropheLength = length
            case .slash where previous.isLetter && following.isLetter && position - segmentStart == 1
                && !classAt(next + 1).isWordCharacter:
                break  // b/c, w/o, I/O: one letter on each side
            case .comma, .colon, .slash:
                guard following == .digit, previous == .digit else { break scanning }
            case .ampersand:
                guard following == .upper, previous == .upper else { break scanning }
            default:
                break scanning
            }
            previous = following
            position = next
        }
        // An abbreviation takes its period: `Dr.`, `U.S.`, `J.`
        if position < end, text[position] == UInt8(ascii: "."), !hasDigit || hasLetter {
            let after = classAt(position + 1)
            if !after.isWordCharacter && after != .period && after != .ellipsis
                && (isAbbreviation(tokenStart, position, hasDot: hasDot, hasDigit: hasDigit)
                    || (hasHyphen && isAbbreviationAfterLastHyphen(tokenStart, position)))
            {
                emit(tokenStart, position + 1, .abbreviation)
                return position + 1
            }
        }
        let kind: TokenKind = hasLetter ? .word : .number
        if lastApostrophe >= 0 && splitClitic(tokenStart, position, apostrophe: lastApostrophe, length: apostropheLength) {
            return position
        }
        if !hasDot && !hasHyphen && !hasDigit && lastApostrophe < 0 && hasLetter {
            emitWord(tokenStart, position)
            return position
        }
        if hasHyphen && tokenizer.hyphens == .split && hasLetter {
            emitHyphenated(tokenStart, position)
            return position
        }
        emit(tokenStart, position, kind)
        return position
    }

    /// Whether a period inside a chunk ends one sentence and starts another with no space between
    /// (`world.Today`, `1,000.That`): a lower-case letter or digit before it, a capitalised word after.
    func startsNewSentence(at period: Int, segmentStart: Int, end: Int) -> Bool {
        guard period - segmentStart >= 2, period + 2 < end else { return false }
        let before = asciiClass(min(text[period - 1], 0x7F))
        guard before == .lower || before == .digit else { return false }
        guard asciiClass(min(text[period + 1], 0x7F)) == .upper,
            asciiClass(min(text[period + 2], 0x7F)) == .lower
        else { return false }
        // `Newsfeed.Com` is an address, not two sentences.
        var wordEnd = period + 1
        while wordEnd < end && asciiClass(min(text[wordEnd], 0x7F)).isLetter { wordEnd += 1 }
        return !lexicon.domains.contains(text, period + 1, wordEnd)
    }

    /// Whether `start..<periodIndex` followed by a period is an abbreviation.
    func isAbbreviation(_ start: Int, _ periodIndex: Int, hasDot: Bool, hasDigit: Bool) -> Bool {
        if let kind = lexicon.abbreviations.lookup(text, start, periodIndex) {
            // `No.`, `p.` are abbreviations only before a number; elsewhere `No.` is a word and a stop.
            return kind != .beforeNumber || digitFollows(periodIndex + 1)
        }
        if hasDigit { return false }
        let length = periodIndex - start
        if length == 1 { return asciiClass(min(text[start], 0x7F)).isLetter }
        if !hasDot {
            // One non-ASCII letter is an initial too (`É.`).
            let (kind, scalarLength) = reader.classify(at: start)
            return scalarLength == length && kind.isLetter
        }
        // Letters in groups of one or two joined by periods: U.S, e.g, Ph.D, a.m
        var groupLength = 0
        for index in start..<periodIndex {
            let byte = text[index]
            if byte == UInt8(ascii: ".") {
                if groupLength == 0 { return false }
                groupLength = 0
            } else if asciiClass(min(byte, 0x7F)).isLetter && byte < 0x80 {
                groupLength += 1
                if groupLength > 2 { return false }
            } else {
                return false
            }
        }
        return groupLength > 0
    }

    /// `D-Calif.`, `R-N.Y.`: party-state labels and other hyphenated words ending in an abbreviation.
    func isAbbreviationAfterLastHyphen(_ start: Int, _ periodIndex: Int) -> Bool {
        var index = periodIndex - 1
        while index > start && text[index] != UInt8(ascii: "-") { index -= 1 }
        guard index > start, index + 1 < periodIndex else { return false }
        var dotted = false
        for position in (index + 1)..<periodIndex where text[position] == UInt8(ascii: ".") { dotted = true }
        return isAbbreviation(index + 1, periodIndex, hasDot: dotted, hasDigit: false)
    }

    /// Whether the next non-space character after `index` is a digit.
    func digitFollows(_ index: Int) -> Bool {
        var position = index
        while position < text.count {
            let byte = text[position]
            if byte == 0x20 || byte == 0x09 { position += 1; continue }
            if byte == 0xC2 && position + 1 < text.count && text[position + 1] == 0xA0 { position += 2; continue }
            return byte >= 0x30 && byte <= 0x39
        }
        return false
    }

    /// Splits `it's`, `Kuleba's`, `don't`, `we're`; returns false when the apostrophe is part of the word
    /// (`O'Brien`, `rock'n'roll`).
    mutating func splitClitic(_ start: Int, _ end: Int, apostrophe: Int, length: Int) -> Bool {
        let suffixStart = apostrophe + length
        let suffixLength = end - suffixStart
        guard suffixLength >= 1 && suffixLength <= 2 else { return false }
        let first = text[suffixStart] | 0x20
        if suffixLength == 1 && first == UInt8(ascii: "t") {
            guard apostrophe - 1 > start, text[apostrophe - 1] | 0x20 == UInt8(ascii: "n") else { return false }
            emitBase(start, apostrophe - 1)
            emit(apostrophe - 1, end, .clitic)
            return true
        }
        guard cliticEnd(after: suffixStart, end: end) == end, apostrophe > start else { return false }
        emitBase(start, apostrophe)
        emit(apostrophe, end, .clitic)
        return true
    }

    mutating func emitBase(_ start: Int, _ end: Int) {
        if tokenizer.hyphens == .split, (start..<end).contains(where: { text[$0] == UInt8(ascii: "-") }) {
            emitHyphenated(start, end)
        } else {
            emit(start, end, .word)
        }
    }

    /// Splits a hyphenated word at its hyphens (UD style), keeping prefixes (`co-`, `e-`) and digit groups.
    mutating func emitHyphenated(_ start: Int, _ end: Int) {
        var partStart = start
        var index = start
        while index < end {
            let byte = text[index]
            let hyphenLength = byte == UInt8(ascii: "-") ? 1 : (byte == 0xE2 && index + 2 < end && text[index + 1] == 0x80
                && (text[index + 2] == 0x90 || text[index + 2] == 0x91) ? 3 : 0)
            if hyphenLength > 0 && index > partStart {
                let digitsAround = asciiClass(min(text[index - 1], 0x7F)) == .digit
                    && index + hyphenLength < end && asciiClass(min(text[index + hyphenLength], 0x7F)) == .digit
                let prefix = partStart == start && lexicon.hyphenPrefixes.contains(text, partStart, index)
                if !digitsAround && !prefix {
                    emit(partStart, index, asciiClass(min(text[partStart], 0x7F)) == .digit ? .number : .word)
                    emit(index, index + hyphenLength, .dash)
                    partStart = index + hyphenLength
                }
                index += hyphenLength
                continue
            }
            index += 1
        }
        if partStart < end {
            emit(partStart, end, asciiClass(min(text[partStart], 0x7F)) == .digit ? .number : .word)
        }
    }

    // MARK: - Addresses

    /// The web address, e-mail, @handle or #hashtag inside a chunk, without the punctuation around it.
    func addressCore(_ start: Int, _ end: Int) -> Range<Int>? {
        var coreStart = start
        while coreStart < end {
            switch classAt(coreStart) {
            case .openBracket, .openQuote, .straightDoubleQuote, .straightSingleQuote:
                coreStart += reader.classify(at: coreStart).1
                continue
            default:
                break
            }
            if text[coreStart] == UInt8(ascii: "<") { coreStart += 1; continue }
            break
        }
        var coreEnd = end
        while coreEnd > coreStart {
            var last = coreEnd - 1
            while last > coreStart && text[last] & 0xC0 == 0x80 { last -= 1 }
            let kind = classAt(last)
            switch kind {
            case .period, .comma, .colon, .stop, .closeQuote, .straightDoubleQuote, .straightSingleQuote,
                .rightSingleQuote, .ellipsis:
                coreEnd = last
                continue
            case .closeBracket:
                let opening: UInt8 = text[last] == UInt8(ascii: ")") ? UInt8(ascii: "(") : UInt8(ascii: "[")
                if count(opening, coreStart, last) > 0 && text[last] != UInt8(ascii: "}") { break }
                coreEnd = last
                continue
            default:
                if text[last] == UInt8(ascii: ">") { coreEnd = last; continue }
            }
            break
        }
        guard coreEnd - coreStart >= 2 else { return nil }
        return isAddress(coreStart, coreEnd) ? coreStart..<coreEnd : nil
    }

    func count(_ byte: UInt8, _ start: Int, _ end: Int) -> Int {
        var total = 0
        for index in start..<end where text[index] == byte { total += 1 }
        return total
    }

    func isAddress(_ start: Int, _ end: Int) -> Bool {
        let first = text[start]
        if first == UInt8(ascii: "@") || first == UInt8(ascii: "#") {
            // @handle, #hashtag: word characters only, a letter first for hashtags.
            guard end - start >= 2 else { return false }
            if first == UInt8(ascii: "#") && !classAt(start + 1).isLetter { return false }
            for index in (start + 1)..<end where !classAt(index).isWordCharacter && text[index] & 0xC0 != 0x80 {
                return false
            }
            return true
        }
        var at = -1
        var index = start
        while index + 2 < end {
            if text[index] == UInt8(ascii: ":") && text[index + 1] == UInt8(ascii: "/") && text[index + 2] == UInt8(ascii: "/") {
                return index - start >= 2 && classAt(start).isLetter && index + 3 < end
            }
            index += 1
        }
        if end - start > 4 && text[start] | 0x20 == UInt8(ascii: "w") && text[start + 1] | 0x20 == UInt8(ascii: "w")
            && text[start + 2] | 0x20 == UInt8(ascii: "w") && text[start + 3] == UInt8(ascii: ".")
        {
            return true
        }
        for index in start..<end where text[index] == UInt8(ascii: "@") {
            at = index
            break
        }
        if at > start {
            for index in start..<at {
                let kind = classAt(index)
                guard kind.isWordCharacter || kind == .period || kind == .hyphen
                    || text[index] == UInt8(ascii: "+") || text[index] == UInt8(ascii: "%") else { return false }
            }
            return isHost(at + 1, end, requireKnownDomain: false) == end
        }
        guard at < 0 else { return false }
        // A bare domain with an optional path: example.com, news.example.co.uk/world
        guard let hostEnd = isHost(start, end, requireKnownDomain: true) else { return false }
        if hostEnd == end { return true }
        guard text[hostEnd] == UInt8(ascii: "/") || text[hostEnd] == UInt8(ascii: ":") else { return false }
        for index in hostEnd..<end where text[index] >= 0x80 || asciiClass(min(text[index], 0x7F)) == .closeQuote { return false }
        return true
    }

    /// The end of a host name (`name.name.tld`) starting at `start`, or nil; with `requireKnownDomain`, the
    /// last label must be a known top-level domain in lower case.
    func isHost(_ start: Int, _ end: Int, requireKnownDomain: Bool) -> Int? {
        var index = start
        var labels = 0
        var labelStart = start
        var lastLabel = start..<start
        var firstLabelLength = 0
        while index <= end {
            let byte: UInt8 = index < end ? text[index] : UInt8(ascii: "/")
            let kind = byte < 0x80 ? asciiClass(byte) : .otherLetter
            if kind.isWordCharacter || kind == .hyphen {
                index += 1
                continue
            }
            if byte == UInt8(ascii: ".") || byte == UInt8(ascii: "/") || byte == UInt8(ascii: ":") {
                guard index > labelStart else { return nil }
                labels += 1
                if labels == 1 { firstLabelLength = index - labelStart }
                lastLabel = labelStart..<index
                labelStart = index + 1
                if byte != UInt8(ascii: ".") { break }
                index += 1
                continue
            }
            return nil
        }
        guard labels >= 2, firstLabelLength >= 2 else { return nil }
        if requireKnownDomain {
            for index in lastLabel where asciiClass(min(text[index], 0x7F)) != .lower { return nil }
            guard lexicon.domains.contains(text, lastLabel.lowerBound, lastLabel.upperBound) else { return nil }
        }
        return min(lastLabel.upperBound, end)
    }
}
