/// A token that may be a quotation mark, and which way it may face.
struct QuotationMark: Hashable {
    /// Marks that pair with each other.
    enum Family: UInt8 {
        /// “ ” „ and the straight "
        case double
        /// ‘ ’ ‚ and the straight '
        case single
        /// « »
        case guillemet
        /// ‹ ›
        case singleGuillemet
    }

    /// Which way the mark faces, as far as the mark and its spacing tell.
    enum Direction: UInt8 {
        case opening
        case closing
        /// A straight mark between two words or two spaces: the pairing decides.
        case either
        /// ’ or ' right after a word: closes an open single quotation, or else is an apostrophe (players’).
        case closingOrApostrophe
    }

    var family: Family
    var direction: Direction
    /// A straight mark (" or '), whose direction came from spacing.
    var straight: Bool

    /// The mark token `index` is, or nil when it is none (or is an apostrophe).
    static func at(_ index: Int, in text: AnnotatedText) -> QuotationMark? {
        let token = text.tokens[index]
        let length = token.end - token.start
        let first = text.bytes[token.start]
        let kind: (Family, Direction?, Bool)
        switch length {
        case 1 where first == 0x22: kind = (.double, nil, true)
        case 1 where first == 0x27: kind = (.single, nil, true)
        case 2 where first == 0xC2:
            switch text.bytes[token.start + 1] {
            case 0xAB: kind = (.guillemet, .opening, false)
            case 0xBB: kind = (.guillemet, .closing, false)
            default: return nil
            }
        case 3 where first == 0xE2 && text.bytes[token.start + 1] == 0x80:
            switch text.bytes[token.start + 2] {
            case 0x9C, 0x9E: kind = (.double, .opening, false)  // “ „
            case 0x9D: kind = (.double, .closing, false)  // ”
            case 0x98, 0x9A: kind = (.single, .opening, false)  // ‘ ‚
            case 0x99: kind = (.single, nil, true)  // ’: spacing decides, like a straight mark
            case 0xB9: kind = (.singleGuillemet, .opening, false)
            case 0xBA: kind = (.singleGuillemet, .closing, false)
            default: return nil
            }
        default: return nil
        }
        let before = text.touchesPrevious(index) && !opensSpace(index - 1, text)
        let after = text.touchesNext(index) && !closesSpace(index + 1, text)
        if let fixed = kind.1 {
            // ” used as an opening mark (space before, word after) is a common typing slip.
            if fixed == .closing, kind.0 == .double, !before, after { return QuotationMark(family: .double, direction: .either, straight: false) }
            // ‘90s: an elision, not a quotation.
            if fixed == .opening, kind.0 == .single, after, text.isDigits(index + 1) { return nil }
            return QuotationMark(family: kind.0, direction: fixed, straight: kind.2)
        }
        let direction: Direction
        switch (before, after) {
        case (false, true):
            if kind.0 == .single, text.isDigits(index + 1) { return nil }  // '90s
            direction = .opening
        case (true, false): direction = kind.0 == .single ? .closingOrApostrophe : .closing
        case (true, true): return kind.0 == .single ? nil : QuotationMark(family: kind.0, direction: .either, straight: true)  // rock'n'roll
        case (false, false): direction = .either
        }
        return QuotationMark(family: kind.0, direction: direction, straight: kind.2)
    }

    /// Punctuation that counts as a space before an opening mark: ( [ { and dashes.
    private static func opensSpace(_ index: Int, _ text: AnnotatedText) -> Bool {
        text.isByte(index, 0x28) || text.isByte(index, 0x5B) || text.isByte(index, 0x7B) || text.isDash(index)
            || text.isByte(index, 0x2F)
    }

    /// Punctuation that counts as a space after a closing mark: , . ; : ! ? ) ] } … and dashes.
    private static func closesSpace(_ index: Int, _ text: AnnotatedText) -> Bool {
        !text.isWord(index) && !isMarkStart(index, text)
    }

    /// Whether token `index` starts with a quotation mark byte (so "“ ‘" is a word boundary, not a space).
    private static func isMarkStart(_ index: Int, _ text: AnnotatedText) -> Bool {
        let token = text.tokens[index]
        let first = text.bytes[token.start]
        if first == 0x22 || first == 0x27 { return true }
        if first == 0xC2, token.end - token.start >= 2 { return text.bytes[token.start + 1] == 0xAB }
        if first == 0xE2, token.end - token.start >= 3, text.bytes[token.start + 1] == 0x80 {
            let third = text.bytes[token.start + 2]
            return third >= 0x98 && third <= 0x9E
        }
        return false
    }
}
