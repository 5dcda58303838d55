/// How the tokenizer sees one Unicode scalar.
///
/// Classification works on UTF-8 bytes: ASCII through a 128-entry table, other scalars through a few range
/// checks on the decoded value. Everything not recognised as space, punctuation or symbol counts as a letter,
/// so text in any script forms words rather than a spray of one-character tokens.
enum CharacterClass: UInt8 {
    /// Space, tab and other horizontal or invisible separators (NBSP, thin spaces, zero-width space, BOM).
    case space
    /// One line break (LF, CR, CR LF, NEL, LINE SEPARATOR).
    case lineBreak
    /// PARAGRAPH SEPARATOR (U+2029): counts as a blank line.
    case paragraphBreak
    case upper
    case lower
    /// A letter without ASCII case (any non-ASCII letter, mark or ideograph).
    case otherLetter
    case digit
    case period
    /// `!` or `?`.
    case stop
    /// `…`
    case ellipsis
    case comma
    /// `;` or `:`
    case colon
    /// `"`: opening or closing, decided by position.
    case straightDoubleQuote
    /// `'`: apostrophe or quote, decided by position.
    case straightSingleQuote
    /// ’ (U+2019): apostrophe or closing single quote.
    case rightSingleQuote
    /// “ ‘ « ‹ „ ‚ ‛ ‟ and ¿ ¡: marks that open something.
    case openQuote
    /// ” » ›: marks that close something.
    case closeQuote
    /// ( [ {
    case openBracket
    /// ) ] }
    case closeBracket
    /// `-` (hyphen-minus).
    case hyphen
    /// ‐ ‑ (Unicode hyphens): join words like `-`.
    case unicodeHyphen
    /// – — ‒ ―
    case dash
    /// • ‣ ⁃ ◦ ▪ ● and friends.
    case bullet
    case slash
    case ampersand
    case at
    case hash
    case underscore
    /// `` ` ``: used as an apostrophe in some web text.
    case backtick
    /// Pictographs (emoji): a token each, with their modifiers.
    case emoji
    /// Joiners and modifiers that belong to the scalar before them (ZWJ, variation selectors, skin tones).
    case joiner
    /// Any other punctuation or symbol: a token of its own.
    case symbol
}

extension CharacterClass {
    /// Letters and digits: the characters words are made of.
    @inline(__always)
    var isWordCharacter: Bool {
        switch self {
        case .upper, .lower, .otherLetter, .digit, .underscore, .joiner: return true
        default: return false
        }
    }

    /// Separators between chunks.
    @inline(__always)
    var isSpace: Bool { self == .space || self == .lineBreak || self == .paragraphBreak }

    @inline(__always)
    var isLetter: Bool { self == .upper || self == .lower || self == .otherLetter }
}

/// The class of each ASCII byte, as the raw value of its ``CharacterClass``, in a string literal: a static
/// string lives in the binary's constant data, so reading it costs one load, where a global array costs a
/// lazy-initialisation check on every access (which dominated the tokenizer's profile). Generated from the
/// rules in ``asciiClass(_:)``'s documentation; `CharacterClassTests` checks it against them.
private let asciiClassTable: StaticString = "\u{00}\u{00}\u{00}\u{00}\u{00}\u{00}\u{00}\u{00}\u{00}\u{00}\u{01}\u{00}\u{00}\u{01}\u{00}\u{00}\u{00}\u{00}\u{00}\u{00}\u{00}\u{00}\u{00}\u{00}\u{00}\u{00}\u{00}\u{00}\u{00}\u{00}\u{00}\u{00}\u{00}\u{08}\u{0C}\u{1A}\u{1F}\u{1F}\u{18}\u{0D}\u{11}\u{12}\u{1F}\u{1F}\u{0A}\u{13}\u{07}\u{17}\u{06}\u{06}\u{06}\u{06}\u{06}\u{06}\u{06}\u{06}\u{06}\u{06}\u{0B}\u{0B}\u{1F}\u{1F}\u{1F}\u{08}\u{19}\u{03}\u{03}\u{03}\u{03}\u{03}\u{03}\u{03}\u{03}\u{03}\u{03}\u{03}\u{03}\u{03}\u{03}\u{03}\u{03}\u{03}\u{03}\u{03}\u{03}\u{03}\u{03}\u{03}\u{03}\u{03}\u{03}\u{11}\u{1F}\u{12}\u{1F}\u{1B}\u{1C}\u{04}\u{04}\u{04}\u{04}\u{04}\u{04}\u{04}\u{04}\u{04}\u{04}\u{04}\u{04}\u{04}\u{04}\u{04}\u{04}\u{04}\u{04}\u{04}\u{04}\u{04}\u{04}\u{04}\u{04}\u{04}\u{04}\u{11}\u{1F}\u{12}\u{1F}\u{00}"

/// The class of an ASCII byte (`byte` < 128): letters, digits, space/tab/VT/FF (space), LF/CR (line break),
/// other control characters (space: they separate tokens, never join them), and the marks named in
/// ``CharacterClass``; any other ASCII character is a symbol.
@inline(__always)
func asciiClass(_ byte: UInt8) -> CharacterClass {
    unsafeBitCast(asciiClassTable.utf8Start[Int(byte & 0x7F)], to: CharacterClass.self)
}

/// Reads scalars and their classes from UTF-8 bytes.
///
/// Gloss texts are Swift strings, hence valid UTF-8, but the reader never trusts that: a truncated or
/// malformed sequence reads as a one-byte letter, so no input can make it step past the end.
struct ScalarReader {
    let bytes: UnsafeBufferPointer<UInt8>

    /// The scalar value starting at `index` and its length in bytes.
    @inline(__always)
    func decode(at index: Int) -> (value: UInt32, length: Int) {
        let lead = bytes[index]
        if lead < 0x80 { return (UInt32(lead), 1) }
        let count = bytes.count
        if lead & 0xE0 == 0xC0, index + 1 < count, bytes[index + 1] & 0xC0 == 0x80 {
            return (UInt32(lead & 0x1F) << 6 | UInt32(bytes[index + 1] & 0x3F), 2)
        }
        if lead & 0xF0 == 0xE0, index + 2 < count, bytes[index + 1] & 0xC0 == 0x80, bytes[index + 2] & 0xC0 == 0x80 {
            return (UInt32(lead & 0x0F) << 12 | UInt32(bytes[index + 1] & 0x3F) << 6 | UInt32(bytes[index + 2] & 0x3F), 3)
        }
        if lead & 0xF8 == 0xF0, index + 3 < count, bytes[index + 1] & 0xC0 == 0x80, bytes[index + 2] & 0xC0 == 0x80,
            bytes[index + 3] & 0xC0 == 0x80
        {
            return (
                UInt32(lead & 0x07) << 18 | UInt32(bytes[index + 1] & 0x3F) << 12 | UInt32(bytes[index + 2] & 0x3F) << 6
                    | UInt32(bytes[index + 3] & 0x3F), 4
            )
        }
        return (0xFFFD, 1)
    }

    /// The class of the scalar at `index` and its length in bytes. `index` must be inside the text.
    @inline(__always)
    func classify(at index: Int) -> (CharacterClass, Int) {
        let byte = bytes[index]
        if byte < 0x80 { return (asciiClass(byte), 1) }
        let (value, length) = decode(at: index)
        return (Self.classify(scalar: value), length)
    }

    /// The class of the scalar at `index`, or `.space` past the end (the edges of the text act as spaces).
    @inline(__always)
    func classOrSpace(at index: Int) -> CharacterClass {
        index < bytes.count && index >= 0 ? classify(at: index).0 : .space
    }

    /// Classifies a non-ASCII scalar.
    static func classify(scalar value: UInt32) -> CharacterClass {
        switch value {
        case 0x85, 0x2028: return .lineBreak
        case 0x2029: return .paragraphBreak
        case 0xA0, 0x1680, 0x2000...0x200B, 0x202F, 0x205F, 0x2060, 0x3000, 0xFEFF: return .space
        case 0x200C, 0x200D, 0xFE00...0xFE0F, 0x1F3FB...0x1F3FF, 0x20E3, 0xE0020...0xE007F: return .joiner
        case 0x300...0x36F, 0xAD: return .joiner  // combining marks and the soft hyphen stay inside words
        case 0x2026: return .ellipsis
        case 0x2019: return .rightSingleQuote
        case 0x201C, 0x2018, 0xAB, 0x2039, 0x201E, 0x201A, 0x201B, 0x201F, 0xA1, 0xBF: return .openQuote
        case 0x201D, 0xBB, 0x203A: return .closeQuote
        case 0x2010, 0x2011: return .unicodeHyphen
        case 0x2012...0x2015, 0x2212: return .dash
        case 0x2022, 0x2023, 0x2043, 0x25E6, 0x25AA, 0x25AB, 0x25CF, 0x25CB, 0x25A0, 0x25A1, 0x25C6, 0x25C7, 0x25BA,
            0x25B6, 0x2219, 0x27A2, 0x2794, 0x2713, 0x2714, 0x2717, 0x2718:
            return .bullet
        case 0xAA, 0xB2, 0xB3, 0xB5, 0xB9, 0xBA, 0xBC...0xBE: return .otherLetter  // ª ² ³ µ ¹ º ¼ ½ ¾
        case 0xA2...0xBF, 0xD7, 0xF7: return .symbol
        case 0x2016...0x205E, 0x20A0...0x20CF, 0x2100...0x214F, 0x2190...0x2BFF, 0x3001...0x303F,
            0xFF01...0xFF0F, 0xFF1A...0xFF20, 0xFF3B...0xFF40, 0xFF5B...0xFF65, 0xFFFC, 0xFFFD:
            return .symbol
        case 0x1F000...0x1FAFF: return .emoji
        default:
            if value >= 0xC0 && value < 0x250 {
                // Latin letters with diacritics: keep their case, which sentence decisions look at.
                return Unicode.Scalar(value)?.properties.isUppercase == true ? .upper : .lower
            }
            return .otherLetter
        }
    }
}
