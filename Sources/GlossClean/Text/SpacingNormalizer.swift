/// Normalises spacing and invisible characters in one pass over UTF-8 bytes.
///
/// - Every space character (tab, no-break space, the U+2000 spaces, narrow and ideographic spaces) is a
///   space; runs of spaces become one; lines lose leading and trailing spaces.
/// - Line breaks: CR LF, CR, NEL and U+2028 are a newline, U+2029 a paragraph break; a blank line (or
///   several, spaces included) is one paragraph break; the text loses leading and trailing blank lines.
/// - Removed: zero-width space, word joiner, BOM, soft hyphen, direction marks and embeddings, control
///   characters. Zero-width joiners and non-joiners survive only between two non-ASCII characters, where
///   they mean something (emoji sequences, Indic and Persian scripts).
/// - With `asciiPunctuation`, typographic quotes, dashes, ellipses and primes become ASCII.
///
/// The output is never longer than the input, and normalising it again changes nothing. The pass also
/// notes whether the text holds any character that canonical composition (NFC) could change, so that the
/// (much slower) composition runs only then.
struct SpacingNormalizer: ~Copyable {
    private let input: UnsafeBufferPointer<UInt8>
    private let asciiPunctuation: Bool
    private(set) var text: ByteWriter
    /// Whether some character outside the ranges known to be stable under NFC was written.
    private(set) var mayNeedComposition = false

    private var pendingSpace = false
    private var pendingNewlines = 0
    /// A zero-width joiner or non-joiner waiting to see what follows it (0: none).
    private var pendingJoiner: UInt8 = 0
    private var lastWasNonASCII = false

    init(_ input: UnsafeBufferPointer<UInt8>, asciiPunctuation: Bool) {
        self.input = input
        self.asciiPunctuation = asciiPunctuation
        self.text = ByteWriter(capacity: input.count)
    }

    /// Bytes written.
    var count: Int { text.count }

    /// Hands over the text.
    consuming func takeText() -> ByteWriter { text }

    mutating func run() {
        let count = input.count
        var index = 0
        while index < count {
            let byte = input[index]
            if byte > 0x20 && byte < 0x7F {
                flush(nonASCII: false)
                index = copyRun(from: index, length: 1)
                continue
            }
            switch byte {
            case 0x20, 0x09, 0x0B, 0x0C:
                space()
                index += 1
            case 0x0A:
                newlines(1)
                index += 1
            case 0x0D:
                newlines(1)
                index += index + 1 < count && input[index + 1] == 0x0A ? 2 : 1
            case 0..<0x80:  // other control characters
                index += 1
            case 0xC2...0xF4:
                let length = plainLength(at: index)
                if length > 0 {
                    flush(nonASCII: true)
                    index = copyRun(from: index, length: length)
                } else if byte < 0xE0 {
                    index = twoByte(at: index)
                } else if byte < 0xF0 {
                    index = threeByte(at: index)
                } else {
                    index = fourByte(at: index)
                }
            default:  // not a lead byte: impossible in a String's UTF-8, skipped if it ever occurs
                index += 1
            }
        }
    }

    /// Where the run that starts at `start` ends: printable ASCII, characters copied as they are (curly
    /// quotes, dashes, accented letters, emoji: everything the slow path would not rewrite) and single
    /// spaces between them. It never ends on a space.
    ///
    /// Sixteen bytes at a time while it can (SIMD): no byte below 0x20 or above 0x7E, and no byte a space
    /// where the byte before it is one too, so that a double space stops the run.
    @inline(__always)
    private mutating func endOfPlainRun(from start: Int) -> Int {
        let count = input.count
        var index = start
        guard let base = input.baseAddress else { return index }
        let raw = UnsafeRawPointer(base)
        let space = SIMD16<UInt8>(repeating: 0x20)
        let tilde = SIMD16<UInt8>(repeating: 0x7E)
        while true {
            // `index - 1` is always inside the run: the run's first character is before `index`.
            while index + 16 <= count {
                let bytes = raw.loadUnaligned(fromByteOffset: index, as: SIMD16<UInt8>.self)
                let before = raw.loadUnaligned(fromByteOffset: index - 1, as: SIMD16<UInt8>.self)
                let special = (bytes .< space) .| (bytes .> tilde) .| ((bytes .== space) .& (before .== space))
                if any(special) { break }
                index += 16
            }
            guard index < count else { break }
            let next = base[index]
            if next > 0x20 && next < 0x7F {
                index += 1
            } else if next >= 0xC2 {
                let length = plainLength(at: index)
                if length == 0 { break }
                index += length
            } else if next == 0x20 && base[index - 1] != 0x20 && index + 1 < count {
                let after = base[index + 1]
                guard (after > 0x20 && after < 0x7F) || (after >= 0xC2 && plainLength(at: index + 1) > 0) else { break }
                index += 1
            } else {
                break
            }
        }
        // A word may have ended on a space that the next byte does not continue.
        if base[index - 1] == 0x20 { index -= 1 }
        return index
    }

    /// The length of the character at `index` (a lead byte) if it is copied as it is, else 0. Notes a
    /// character that NFC might change.
    @inline(__always)
    private mutating func plainLength(at index: Int) -> Int {
        let lead = input[index]
        switch lead {
        case 0xC2:
            guard index + 1 < input.count else { return 0 }
            let second = input[index + 1]
            if second < 0xA0 || second == 0xA0 || second == 0xAD { return 0 }
            if asciiPunctuation && (second == 0xAB || second == 0xBB) { return 0 }
            return 2
        case 0xC3...0xDF:
            guard index + 1 < input.count else { return 0 }
            if lead >= 0xCC && !mayNeedComposition { mayNeedComposition = true }  // U+0300 and up
            return 2
        case 0xE0...0xEF:
            guard index + 2 < input.count else { return 0 }
            let second = input[index + 1]
            let third = input[index + 2]
            switch (lead, second) {
            case (0xE2, 0x80):
                if third < 0x90 || (third >= 0xA8 && third <= 0xAF) { return 0 }
                if asciiPunctuation && (third < 0xA0 || third == 0xA6 || third == 0xB2 || third == 0xB3 || third == 0xB9 || third == 0xBA) {
                    return 0
                }
                return 3  // general punctuation: stable under NFC
            case (0xE2, 0x81):
                if third >= 0x9F && third <= 0xAF && third != 0xA5 { return 0 }
                return 3
            case (0xE2, 0x88) where third == 0x92 && asciiPunctuation: return 0
            case (0xE1, 0x9A) where third == 0x80: return 0
            case (0xE1, 0xA0) where third == 0x8E: return 0
            case (0xE3, 0x80) where third == 0x80: return 0
            case (0xEF, 0xBB) where third == 0xBF: return 0
            default:
                if !mayNeedComposition {
                    let scalar = UInt32(lead & 0x0F) << 12 | UInt32(second & 0x3F) << 6 | UInt32(third & 0x3F)
                    if !Self.isCompositionStable(scalar) { mayNeedComposition = true }
                }
                return 3
            }
        case 0xF0...0xF4:
            guard index + 3 < input.count else { return 0 }
            if !mayNeedComposition {
                let scalar = UInt32(lead & 0x07) << 18 | UInt32(input[index + 1] & 0x3F) << 12
                    | UInt32(input[index + 2] & 0x3F) << 6 | UInt32(input[index + 3] & 0x3F)
                if !Self.isCompositionStable(scalar) { mayNeedComposition = true }
            }
            return 4
        default:
            return 0
        }
    }

    /// Copies the run whose first character (`length` bytes) is at `start`; returns where it ends.
    @inline(__always)
    private mutating func copyRun(from start: Int, length: Int) -> Int {
        let end = endOfPlainRun(from: start + length)
        text.append(input, start..<end)
        lastWasNonASCII = input[end - 1] >= 0x80
        return end
    }

    // MARK: Pending separators

    private mutating func space() {
        pendingSpace = true
        pendingJoiner = 0
    }

    private mutating func newlines(_ count: Int) {
        pendingNewlines += count
        pendingSpace = false
        pendingJoiner = 0
    }

    /// Writes what is pending before a visible character.
    @inline(__always)
    private mutating func flush(nonASCII: Bool) {
        if pendingNewlines > 0 {
            if !text.isEmpty {
                if pendingNewlines == 1 { text.append(0x0A) } else { text.append(0x0A, 0x0A) }
            }
            pendingNewlines = 0
            pendingSpace = false
            lastWasNonASCII = false
        } else if pendingSpace {
            if let last = text.last, last != 0x0A { text.append(0x20) }
            pendingSpace = false
            lastWasNonASCII = false
        }
        if pendingJoiner != 0 {
            if nonASCII && lastWasNonASCII { text.append(0xE2, 0x80); text.append(pendingJoiner) }
            pendingJoiner = 0
        }
    }

    private mutating func ascii(_ byte: UInt8) {
        flush(nonASCII: false)
        text.append(byte)
        lastWasNonASCII = false
    }

    private mutating func ascii(_ first: UInt8, _ second: UInt8) {
        flush(nonASCII: false)
        text.append(first, second)
        lastWasNonASCII = false
    }

    /// Copies the `length`-byte character at `index` as it is.
    private mutating func copy(at index: Int, length: Int, scalar: UInt32) -> Int {
        flush(nonASCII: true)
        let end = min(index + length, input.count)
        text.append(input, index..<end)
        lastWasNonASCII = true
        if !mayNeedComposition && !Self.isCompositionStable(scalar) { mayNeedComposition = true }
        return end
    }

    // MARK: Multi-byte characters

    private mutating func twoByte(at index: Int) -> Int {
        guard index + 1 < input.count else { return copy(at: index, length: 1, scalar: 0xFFFD) }
        let lead = input[index]
        let second = input[index + 1]
        if lead == 0xC2 {
            switch second {
            case 0xA0: space(); return index + 2  // no-break space
            case 0xAD: return index + 2  // soft hyphen
            case 0x85: newlines(1); return index + 2  // next line (NEL)
            case 0x80...0x9F: return index + 2  // C1 controls
            case 0xAB, 0xBB:  // « »
                if asciiPunctuation {
                    ascii(0x22)
                    return index + 2
                }
            default: break
            }
        }
        let scalar = UInt32(lead & 0x1F) << 6 | UInt32(second & 0x3F)
        return copy(at: index, length: 2, scalar: scalar)
    }

    private mutating func threeByte(at index: Int) -> Int {
        guard index + 2 < input.count else { return copy(at: index, length: input.count - index, scalar: 0xFFFD) }
        let lead = input[index]
        let second = input[index + 1]
        let third = input[index + 2]
        let end = index + 3
        switch (lead, second) {
        case (0xE2, 0x80):  // U+2000-U+203F
            switch third {
            case 0x80...0x8A, 0xAF: space(); return end
            case 0x8B, 0x8E, 0x8F, 0xAA...0xAE: return end  // ZWSP, LRM, RLM, embeddings
            case 0x8C, 0x8D:  // ZWNJ, ZWJ: decided by what follows
                if lastWasNonASCII && !pendingSpace && pendingNewlines == 0 { pendingJoiner = third }
                return end
            case 0xA8: newlines(1); return end  // line separator
            case 0xA9: newlines(2); return end  // paragraph separator
            default: break
            }
            if asciiPunctuation {
                switch third {
                case 0x90...0x93: ascii(0x2D); return end  // hyphens, figure and en dash
                case 0x94, 0x95: ascii(0x2D, 0x2D); return end  // em dash, horizontal bar
                case 0x98...0x9B, 0xB2, 0xB9, 0xBA: ascii(0x27); return end  // ‘ ’ ‚ ‛ ′ ‹ ›
                case 0x9C...0x9F, 0xB3: ascii(0x22); return end  // “ ” „ ‟ ″
                case 0xA6: ascii(0x2E, 0x2E); ascii(0x2E); return end  // …
                default: break
                }
            }
        case (0xE2, 0x81):  // U+2040-U+207F
            switch third {
            case 0x9F: space(); return end  // medium mathematical space
            case 0xA0...0xA4, 0xA6...0xAF: return end  // word joiner, invisible operators, isolates
            default: break
            }
        case (0xE2, 0x88) where third == 0x92 && asciiPunctuation:  // minus sign
            ascii(0x2D)
            return end
        case (0xE1, 0x9A) where third == 0x80:  // ogham space mark
            space()
            return end
        case (0xE1, 0xA0) where third == 0x8E:  // Mongolian vowel separator
            return end
        case (0xE3, 0x80) where third == 0x80:  // ideographic space
            space()
            return end
        case (0xEF, 0xBB) where third == 0xBF:  // byte order mark / zero-width no-break space
            return end
        default:
            break
        }
        let scalar = UInt32(lead & 0x0F) << 12 | UInt32(second & 0x3F) << 6 | UInt32(third & 0x3F)
        return copy(at: index, length: 3, scalar: scalar)
    }

    private mutating func fourByte(at index: Int) -> Int {
        guard index + 3 < input.count else { return copy(at: index, length: input.count - index, scalar: 0xFFFD) }
        let scalar = UInt32(input[index] & 0x07) << 18 | UInt32(input[index + 1] & 0x3F) << 12
            | UInt32(input[index + 2] & 0x3F) << 6 | UInt32(input[index + 3] & 0x3F)
        return copy(at: index, length: 4, scalar: scalar)
    }

    /// Whether `scalar` is a starter that nothing composes with and that NFC leaves alone, so a text made
    /// only of such characters is already NFC. Checked against Unicode data for these ranges: Latin up to
    /// U+02FF, general punctuation and currency U+2002-U+20CF, arrows to U+2328, the emoji planes.
    @inline(__always)
    static func isCompositionStable(_ scalar: UInt32) -> Bool {
        scalar < 0x300 || (scalar >= 0x2002 && scalar < 0x20D0) || (scalar >= 0x2190 && scalar < 0x2329)
            || (scalar >= 0x1F000 && scalar < 0x1FB00)
    }
}
