/// Walks scanned tokens once and decides where sentences end. See ``SentenceSegmenter`` for the rules.
struct BoundaryFinder {
    let text: UnsafeBufferPointer<UInt8>
    let tokens: UnsafeBufferPointer<ScannedToken>
    let lexicon: Lexicon
    let lineBreaks: LineBreakMode
    let reader: ScalarReader

    /// Sentences found so far, as token ranges.
    var ranges: [Range<Int>] = []
    /// First token of the current sentence.
    var sentenceStart = 0
    /// The list marker the current sentence opened with (`1.`, `a)`), to spot the next item inline.
    var listMarker: Int?
    /// Line breaks passed inside the current sentence (a wrapped sentence keeps wrapping).
    var linesInSentence = 0
    /// The paragraph last examined for hard wrapping ends before this token; whether it is wrapped.
    var paragraphEnd = 0
    var paragraphWrapped = false
    /// Answers about capitalised words, cached per document: which ones also appear in lower case.
    var evidence = CaseEvidence()

    init(text: UnsafeBufferPointer<UInt8>, tokens: UnsafeBufferPointer<ScannedToken>, lexicon: Lexicon, lineBreaks: LineBreakMode) {
        self.text = text
        self.tokens = tokens
        self.lexicon = lexicon
        self.lineBreaks = lineBreaks
        self.reader = ScalarReader(bytes: text)
        ranges.reserveCapacity(tokens.count / 16 + 1)
    }

    mutating func close(before index: Int) {
        if index > sentenceStart { ranges.append(sentenceStart..<index) }
        sentenceStart = index
        listMarker = nil
        linesInSentence = 0
    }

    /// Kinds of tokens at which something may be decided: stops, abbreviations, bullets.
    /// (Computed, not stored: a stored static is a lazily initialised global, checked on every access.)
    @inline(__always) static var decisionKinds: UInt32 {
        1 << UInt32(TokenKind.period.rawValue) | 1 << UInt32(TokenKind.stop.rawValue) | 1 << UInt32(TokenKind.ellipsis.rawValue)
            | 1 << UInt32(TokenKind.abbreviation.rawValue) | 1 << UInt32(TokenKind.bullet.rawValue)
            | 1 << UInt32(TokenKind.emoticon.rawValue)
    }

    mutating func run() {
        let count = tokens.count
        var index = 0
        var markerChecked = false
        while index < count {
            if index > sentenceStart && listMarker == nil {
                // Most tokens are words and commas inside a sentence, with nothing to decide: skip them fast.
                while index < count {
                    let token = tokens[index]
                    if token.gap > .space || Self.decisionKinds & (1 << UInt32(token.kind.rawValue)) != 0 { break }
                    index += 1
                }
                if index == count { break }
            }
            if index > sentenceStart && startsSentence(index) {
                close(before: index)
                markerChecked = false
            }
            if index == sentenceStart && !markerChecked {
                markerChecked = true
                if let (value, after) = listMarker(at: index, allowBullet: true, lineStart: tokens[index].gap >= .line) {
                    listMarker = value
                    index = after
                    continue
                }
            }
            if index > sentenceStart && tokens[index].gap == .line { linesInSentence += 1 }
            switch tokens[index].kind {
            case .period, .stop, .ellipsis, .abbreviation:
                let (last, resume) = sentenceEnd(at: index)
                if let last {
                    close(before: last + 1)
                    markerChecked = false
                    index = last + 1
                } else {
                    index = resume
                }
            case .emoticon:
                // "isn't it :) Now I have...": a smiley between sentences ends the first one.
                if index + 1 < count, tokens[index + 1].gap != .none, capitalization(index + 1) == .upper,
                    tokens[index + 1].kind == .word
                {
                    close(before: index + 1)
                    markerChecked = false
                }
                index += 1
            default:
                index += 1
            }
        }
        close(before: count)
    }

    // MARK: - Breaks before a token

    /// Whether token `index` starts a new sentence by what comes before it: a blank line, a bullet, a line
    /// break that ends a headline, the next item of an inline list.
    mutating func startsSentence(_ index: Int) -> Bool {
        let token = tokens[index]
        switch token.gap {
        case .paragraph:
            return true
        case .none:
            return false
        case .line:
            if lineBreakEndsSentence(index) { return true }
        case .space:
            break
        }
        if token.kind == .bullet { return true }
        if let marker = listMarker, let (value, _) = listMarker(at: index, allowBullet: false), value == marker + 1 {
            return true
        }
        return false
    }

    mutating func lineBreakEndsSentence(_ index: Int) -> Bool {
        switch lineBreaks {
        case .line: return true
        case .paragraph: return false
        case .auto: break
        }
        if isLineBullet(index) || listMarker(at: index, allowBullet: false, lineStart: true) != nil { return true }
        let previous = tokens[index - 1]
        switch previous.kind {
        case .comma, .colon, .dash, .openQuote, .openBracket, .period, .stop, .ellipsis, .abbreviation, .symbol:
            return false
        case .word where lexicon.continuationWords.contains(text, previous.start, previous.end):
            return false
        default:
            break
        }
        switch capitalization(index) {
        case .upper, .digit, .symbol: break
        case .lower, .punctuation: return false
        }
        // Only a line that holds a whole sentence by itself (a headline, a byline) ends without a stop,
        // and not in a paragraph that is visibly hard-wrapped.
        return linesInSentence == 0 && tokens[sentenceStart].gap >= .line && !isWrappedParagraph(index)
    }

    /// Whether the paragraph around `index` is hard-wrapped: somewhere in it a line ends mid-sentence and
    /// the next starts in lower case ("ignores the\ntidal flats"). Then a capital at a line start says
    /// nothing ("the proposal from Mayor\nDesmond Okonkwo-Reyes"). Each paragraph is examined once.
    mutating func isWrappedParagraph(_ index: Int) -> Bool {
        if index < paragraphEnd { return paragraphWrapped }
        var start = index
        while start > 0 && tokens[start].gap != .paragraph { start -= 1 }
        var end = index + 1
        while end < tokens.count && tokens[end].gap != .paragraph { end += 1 }
        paragraphEnd = end
        paragraphWrapped = false
        for position in (start + 1)..<end where tokens[position].gap == .line && capitalization(position) == .lower {
            switch tokens[position - 1].kind {
            case .word, .clitic, .comma, .number:
                paragraphWrapped = true
                return true
            default:
                continue
            }
        }
        return false
    }

    /// `-`, `*` or `+` opening a line, followed by a space: a bullet.
    func isLineBullet(_ index: Int) -> Bool {
        let token = tokens[index]
        guard token.gap >= .line, token.end - token.start == 1, index + 1 < tokens.count, tokens[index + 1].gap == .space else {
            return token.kind == .bullet
        }
        let byte = text[token.start]
        return byte == UInt8(ascii: "-") || byte == UInt8(ascii: "*") || byte == UInt8(ascii: "+") || token.kind == .bullet
    }

    /// A list marker starting at `index` (`1.`, `2)`, `1.)`, `(a)`, `b.`, `iv.`, optionally after a bullet),
    /// followed by a space and more text: its value and the index after it.
    func listMarker(at index: Int, allowBullet: Bool, lineStart: Bool = false) -> (Int, Int)? {
        var position = index
        let count = tokens.count
        if allowBullet && (tokens[position].kind == .bullet || isLineBullet(position)) {
            position += 1
            guard position < count else { return nil }
        }
        var bracketed = false
        if tokens[position].kind == .openBracket && text[tokens[position].start] == UInt8(ascii: "(") {
            bracketed = true
            position += 1
            guard position < count, tokens[position].gap == .none else { return nil }
        }
        let marker = tokens[position]
        guard let value = markerValue(marker) else { return nil }
        position += 1
        var closed = marker.kind == .abbreviation
        while position < count && tokens[position].gap == .none {
            let kind = tokens[position].kind
            let byte = text[tokens[position].start]
            if kind == .period && !closed && !bracketed {
                closed = true
            } else if kind == .closeBracket && byte == UInt8(ascii: ")") {
                closed = true
                position += 1
                break
            } else {
                return nil
            }
            position += 1
        }
        guard closed, position < count, tokens[position].gap != .none, tokens[position].gap < .paragraph else { return nil }
        switch capitalization(position) {
        case .upper, .digit, .symbol: return (value, position)
        case .lower: return bracketed || lineStart || tokens[index].gap >= .line ? (value, position) : nil
        case .punctuation: return nil
        }
    }

    /// 1–3 digits, one lower-case letter, or a small roman numeral; letters and numerals get values in
    /// their own ranges so that `a` follows nothing but `b`.
    func markerValue(_ token: ScannedToken) -> Int? {
        var end = token.end
        if token.kind == .abbreviation { end -= 1 } else if token.kind != .number && token.kind != .word { return nil }
        let length = end - token.start
        guard length >= 1 && length <= 4 else { return nil }
        var number = 0
        var allDigits = true
        for index in token.start..<end {
            let byte = text[index]
            if byte >= 0x30 && byte <= 0x39 { number = number * 10 + Int(byte - 0x30) } else { allDigits = false }
        }
        if allDigits { return length <= 3 ? number : nil }
        let first = text[token.start]
        if length == 1 && first >= UInt8(ascii: "a") && first <= UInt8(ascii: "z") {
            return 10_000 + Int(first - UInt8(ascii: "a"))
        }
        // Small roman numerals (ii, iii, iv, vi ... x), read as a number: i=1, v=5, x=10, smaller-before-larger subtracts.
        var value = 0
        var previous = 0
        for index in stride(from: end - 1, through: token.start, by: -1) {
            let digit: Int
            switch text[index] {
            case UInt8(ascii: "i"): digit = 1
            case UInt8(ascii: "v"): digit = 5
            case UInt8(ascii: "x"): digit = 10
            default: return nil
            }
            value += digit < previous ? -digit : digit
            previous = max(previous, digit)
        }
        return value > 0 && value <= 12 ? 20_000 + value : nil
    }

    // MARK: - Terminators

    /// Where the sentence ends if the terminator at `index` ends it: the index of its last token (closing
    /// quotes and brackets included), or nil and the index to go on from.
    mutating func sentenceEnd(at index: Int) -> (last: Int?, resume: Int) {
        let count = tokens.count
        let token = tokens[index]
        var groupEnd = index + 1
        if token.kind == .period {
            while groupEnd < count && tokens[groupEnd].kind == .period && tokens[groupEnd].gap == .space { groupEnd += 1 }
        }
        // Nothing before it ("... The practice" opening a sentence), or [...], an editorial omission.
        if index == sentenceStart { return (nil, groupEnd) }
        if index + 1 < count && token.gap == .none && tokens[index + 1].gap == .none
            && text[tokens[index - 1].start] == UInt8(ascii: "[") && text[tokens[index + 1].start] == UInt8(ascii: "]")
        {
            return (nil, groupEnd)
        }
        return (terminatorEnd(at: index), groupEnd)
    }

    mutating func terminatorEnd(at index: Int) -> Int? {
        let count = tokens.count
        let token = tokens[index]
        if token.kind == .period, let spaced = spacedEllipsis(at: index) { return spaced }
        var last = index
        // `..` is a period typed twice, not an ellipsis: "San Francisco.. I want".
        var kind = token.kind == .ellipsis && Self.isDoubleDot(token, text) ? .period : token.kind
        var closedQuote = false
        while last + 1 < count && tokens[last + 1].gap == .none {
            let next = tokens[last + 1].kind
            switch next {
            case .closeQuote, .closeBracket:
                closedQuote = true
            case .quote:
                closedQuote = true
            case .stop:
                kind = .stop
            case .ellipsis where kind != .stop:
                kind = Self.isDoubleDot(tokens[last + 1], text) ? .period : .ellipsis
            case .period:
                break
            default:
                return noSpaceBoundary(index, last + 1, kind) ? last : nil
            }
            last += 1
        }
        let next = last + 1
        guard next < count else { return last }
        if tokens[next].gap == .paragraph { return last }
        return endsBefore(next, terminator: index, kind: kind, closedQuote: closedQuote) ? last : nil
    }

    /// `. . .` (spaced dots). Returns the sentence end when decided, nil to fall back to the plain rules
    /// (which then see a single period).
    mutating func spacedEllipsis(at index: Int) -> Int?? {
        var last = index
        while last + 1 < tokens.count && tokens[last + 1].kind == .period && tokens[last + 1].gap == .space { last += 1 }
        let dots = last - index + 1
        guard dots >= 3 else { return nil }
        while last + 1 < tokens.count && tokens[last + 1].gap == .none
            && (tokens[last + 1].kind == .closeQuote || tokens[last + 1].kind == .closeBracket || tokens[last + 1].kind == .period)
        {
            last += 1
        }
        let next = last + 1
        guard next < tokens.count else { return .some(last) }
        // "compounds. . . . The": the first period ends the sentence, the omission opens the next one.
        let attached = tokens[index].gap == .none && index > sentenceStart
        if attached && dots >= 4 && capitalization(next) == .upper { return .some(index) }
        if tokens[next].gap == .paragraph { return .some(last) }
        return .some(endsBefore(next, terminator: index, kind: dots >= 4 ? .stop : .ellipsis, closedQuote: false) ? last : nil)
    }

    /// `world.Today`, `Hello?Who`: a stop with no space before a capitalised word.
    func noSpaceBoundary(_ terminator: Int, _ next: Int, _ kind: TokenKind) -> Bool {
        guard kind == .period || kind == .stop, tokens[next].kind == .word, capitalization(next) == .upper,
            tokens[next].end - tokens[next].start >= 2
        else { return false }
        return asciiClass(min(text[tokens[next].start + 1], 0x7F)) == .lower
    }

    /// Whether a sentence ends at the terminator at `terminator` given the token after it, `next`.
    mutating func endsBefore(_ next: Int, terminator: Int, kind: TokenKind, closedQuote: Bool) -> Bool {
        var word = next
        var opened = false
        var bracketed = false
        while word < tokens.count - 1 && word - next < 3 {
            let kind = tokens[word].kind
            guard kind == .openQuote || kind == .openBracket || kind == .quote else { break }
            opened = true
            bracketed = bracketed || kind == .openBracket
            word += 1
        }
        let capital = capitalization(word)
        if capital == .punctuation || isTrailingEmoticon(word) { return false }
        if capital == .lower { return !opened && lowerCaseStartsSentence(terminator: terminator, kind: kind, closedQuote: closedQuote) }
        switch kind {
        case .stop:
            // `"Why?" Smith asked.` is one sentence, unless the quote was attributed already
            // (`He asked, "Why not?" Nobody answered.`).
            return !(closedQuote && isSpeechAttribution(word) && !hasSpeechVerb(before: terminator))
        case .ellipsis:
            // A capital "I" after an ellipsis says nothing about a sentence start.
            return !isPronounI(word)
        case .period:
            return true
        default:
            return abbreviationEnds(terminator, before: word, capital: capital, opened: opened, bracketed: bracketed)
        }
    }

    /// Informal text starts sentences in lower case ("where did you grow up? india?"). A period after an
    /// ordinary word, or `?`/`!` after a lower-case word, ends the sentence even then — unless a closing
    /// quote or bracket follows it (`"Why?" he asked`). Abbreviations (`approx. five`) and ellipses (a pause) do not.
    func lowerCaseStartsSentence(terminator: Int, kind: TokenKind, closedQuote: Bool) -> Bool {
        guard !closedQuote, terminator > sentenceStart else { return false }
        let token = tokens[terminator]
        let previous = tokens[terminator - 1]
        switch kind {
        case .period:
            guard token.gap == .none, token.end - token.start == 1 else { return false }
            switch previous.kind {
            case .word, .clitic: return previous.end - previous.start >= 2
            case .closeBracket, .closeQuote, .address: return true  // not numbers: "areas: 1. roads, 2. schools"
            default: return false
            }
        case .stop:
            // `?` never belongs to a name; `!` may (Yahoo! in the accounting department).
            for index in token.start..<token.end where text[index] == UInt8(ascii: "?") { return true }
            return (previous.kind == .word || previous.kind == .clitic) && capitalization(terminator - 1) == .lower
        default:
            return false
        }
    }

    static func isDoubleDot(_ token: ScannedToken, _ text: UnsafeBufferPointer<UInt8>) -> Bool {
        token.end - token.start == 2 && text[token.start] == UInt8(ascii: ".") && text[token.start + 1] == UInt8(ascii: ".")
    }

    /// `:)` or `;-)` closing a paragraph belongs to the sentence before it.
    func isTrailingEmoticon(_ index: Int) -> Bool {
        let token = tokens[index]
        guard token.kind == .emoticon else { return false }
        return index + 1 == tokens.count || tokens[index + 1].gap == .paragraph
    }

    mutating func abbreviationEnds(_ index: Int, before word: Int, capital: Capitalization, opened: Bool, bracketed: Bool) -> Bool {
        let token = tokens[index]
        let kind = abbreviationKind(token)
        if capital == .digit && kind != nil { return false }
        guard let kind else {
            // An initial (J. R. R. Tolkien): only a word that starts sentences ends one.
            if capital == .digit { return false }
            return !bracketed && isStarter(word)
        }
        if bracketed { return false }
        switch kind {
        case .title:
            return false
        case .beforeNumber:
            return true  // not before a number: an ordinary word ("No. It was not.")
        case .time, .place, .general, .month, .closing:
            break
        }
        if opened { return true }
        if let title = abbreviationKind(tokens[word]), tokens[word].kind == .abbreviation, title == .title {
            if kind == .place { return false }  // U.S. Sen. Jane Doe
            return !(kind == .time && isFrontedTime(index))
        }
        if kind == .time && isFrontedTime(index) { return false }
        if isStarter(word) { return true }
        if kind == .time && lexicon.timeFollowers.contains(text, tokens[word].start, trimmedEnd(tokens[word])) { return false }
        switch evidence.lookup(word, tokens: tokens, text: text) {
        case .lowerCase: return true
        case .capitalized: return false
        case .none: return kind == .time || kind == .closing
        }
    }

    /// The kind of an abbreviation token (nil for an initial or an unlisted dotted form like `N.Y.C.`,
    /// which are treated as initials... except dotted forms, which count as general).
    func abbreviationKind(_ token: ScannedToken) -> AbbreviationKind? {
        guard token.kind == .abbreviation else { return nil }
        let end = token.end - 1
        if let kind = lexicon.abbreviations.lookup(text, token.start, end) { return kind }
        let (_, length) = reader.classify(at: token.start)
        return length == end - token.start ? nil : .general
    }

    /// `At 5 a.m.`: the sentence so far is only a time phrase, so the capitalised word after it starts the
    /// main clause, not a new sentence.
    func isFrontedTime(_ index: Int) -> Bool {
        var sawNumber = false
        for position in sentenceStart..<index {
            let token = tokens[position]
            switch token.kind {
            case .number: sawNumber = true
            case .colon, .comma, .dash: break
            case .word: if !lexicon.frontedTimeWords.contains(text, token.start, token.end) { return false }
            default: return false
            }
        }
        return sawNumber
    }

    /// `"Why?" Smith asked`: up to four capitalised words and then a speech verb.
    func isSpeechAttribution(_ word: Int) -> Bool {
        var position = word
        while position < tokens.count && position - word < 5 {
            let token = tokens[position]
            guard token.kind == .word || token.kind == .abbreviation else { return false }
            if lexicon.speechVerbs.contains(text, token.start, token.end) { return position > word }
            guard capitalization(position) == .upper else { return false }
            position += 1
        }
        return false
    }

    func hasSpeechVerb(before index: Int) -> Bool {
        for position in sentenceStart..<index where tokens[position].kind == .word {
            if lexicon.speechVerbs.contains(text, tokens[position].start, tokens[position].end) { return true }
        }
        return false
    }

    func isPronounI(_ index: Int) -> Bool {
        let token = tokens[index]
        return token.end - token.start == 1 && text[token.start] == UInt8(ascii: "I")
    }

    func isStarter(_ index: Int) -> Bool {
        let token = tokens[index]
        guard token.kind == .word else { return false }
        return lexicon.sentenceStarters.contains(text, token.start, token.end)
    }

    /// A token's end without a final period.
    func trimmedEnd(_ token: ScannedToken) -> Int {
        token.kind == .abbreviation ? token.end - 1 : token.end
    }

    /// How the token at `index` begins.
    func capitalization(_ index: Int) -> Capitalization {
        guard index < tokens.count else { return .punctuation }
        let token = tokens[index]
        switch token.kind {
        case .word, .abbreviation, .number, .clitic, .address:
            let (kind, _) = reader.classify(at: token.start)
            switch kind {
            case .upper, .otherLetter: return .upper
            case .lower: return .lower
            case .digit: return .digit
            default: return .symbol
            }
        case .symbol, .bullet, .emoticon:
            return .symbol
        case .openQuote, .openBracket, .quote:
            return .symbol
        case .period, .stop, .ellipsis, .comma, .colon, .closeQuote, .closeBracket, .dash:
            return .punctuation
        }
    }
}

/// How a token begins, for deciding whether it can open a sentence.
enum Capitalization {
    case upper, lower, digit, symbol, punctuation
}
