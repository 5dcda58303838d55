/// What the feature templates know about one token, computed once per token from its UTF-8 bytes.
///
/// The bytes are read through a small normalisation so that news typography and treebank text look the
/// same to the model: curly quotes become straight ones, en/em dashes become `-`/`--`, `…` becomes
/// `...`. Hashes are FNV-1a states (``FeatureHash``); nothing here allocates.
struct TokenTraits: Sendable {
    /// The normalised bytes as written (case kept).
    var word: UInt64
    /// Lower-cased (ASCII), with every digit written as `0`: the main word identity.
    var norm: UInt64
    /// Lower-cased prefixes of 1, 2 and 3 bytes (the empty hash when the token is shorter).
    var prefix1: UInt64, prefix2: UInt64, prefix3: UInt64
    /// Lower-cased suffixes of 1 to 4 bytes (the empty hash when the token is shorter).
    var suffix1: UInt64, suffix2: UInt64, suffix3: UInt64, suffix4: UInt64
    /// Character classes with runs capped at three (`Xxxx`, `dd.d`).
    var shape: UInt64
    /// Character classes with runs collapsed (`Xx`, `d.d`).
    var shortShape: UInt64
    /// ``Flag`` bits plus a length class.
    var flags: UInt32
    /// Lexicon classes of the lower-cased token (``Lexicon/Class`` bits).
    var lexicon: UInt32
    /// How common the word is in lower case (entity model's vocabulary bucket; 0 = unseen).
    var commonness: UInt8 = 0

    /// Bits of ``flags``.
    enum Flag {
        static let upperInitial: UInt32 = 1 << 0
        static let hasUpper: UInt32 = 1 << 1
        static let hasLower: UInt32 = 1 << 2
        static let hasDigit: UInt32 = 1 << 3
        static let hasHyphen: UInt32 = 1 << 4
        static let hasPeriod: UInt32 = 1 << 5
        static let hasApostrophe: UInt32 = 1 << 6
        static let hasAlphanumeric: UInt32 = 1 << 7
        static let nonASCII: UInt32 = 1 << 8
        /// Upper-case letters and no lower-case ones ("NATO", "U.S.").
        static let allUpper: UInt32 = 1 << 9
        /// The length class sits in bits 12...14.
        static let lengthShift: UInt32 = 12
    }

    /// Traits of the padding positions before and after a sentence.
    static func sentinel(_ marker: UInt64) -> TokenTraits {
        TokenTraits(
            word: marker, norm: marker, prefix1: marker, prefix2: marker, prefix3: marker, suffix1: marker,
            suffix2: marker, suffix3: marker, suffix4: marker, shape: marker, shortShape: marker, flags: 1 << 15,
            lexicon: 0)
    }

    /// Marks the positions before a sentence.
    static let beforeSentence = sentinel(FeatureHash.of("<s>"))
    /// Marks the positions after a sentence.
    static let afterSentence = sentinel(FeatureHash.of("</s>"))

    /// Computes the traits of `bytes[start..<end]`.
    init(bytes: UnsafeBufferPointer<UInt8>, start: Int, end: Int, lexicon: Lexicon?) {
        var state = Builder()
        var index = start
        while index < end {
            let byte = bytes[index]
            // Typographic punctuation (U+2013, U+2014, U+2018, U+2019, U+201C, U+201D, U+2026) is read as
            // its ASCII spelling, the way the training treebanks write it.
            if byte == 0xE2, index + 2 < end, bytes[index + 1] == 0x80 {
                switch bytes[index + 2] {
                case 0x98, 0x99:
                    state.feed(0x27); index += 3; continue
                case 0x9C, 0x9D:
                    state.feed(0x22); index += 3; continue
                case 0x93:
                    state.feed(0x2D); index += 3; continue
                case 0x94:
                    state.feed(0x2D); state.feed(0x2D); index += 3; continue
                case 0xA6:
                    state.feed(0x2E); state.feed(0x2E); state.feed(0x2E); index += 3; continue
                default: break
                }
            }
            state.feed(byte)
            index += 1
        }
        self = state.finish(lexicon: lexicon)
    }

    init(
        word: UInt64, norm: UInt64, prefix1: UInt64, prefix2: UInt64, prefix3: UInt64, suffix1: UInt64,
        suffix2: UInt64, suffix3: UInt64, suffix4: UInt64, shape: UInt64, shortShape: UInt64, flags: UInt32,
        lexicon: UInt32
    ) {
        self.word = word
        self.norm = norm
        self.prefix1 = prefix1
        self.prefix2 = prefix2
        self.prefix3 = prefix3
        self.suffix1 = suffix1
        self.suffix2 = suffix2
        self.suffix3 = suffix3
        self.suffix4 = suffix4
        self.shape = shape
        self.shortShape = shortShape
        self.flags = flags
        self.lexicon = lexicon
    }

    /// The running state while a token's normalised bytes are fed in.
    struct Builder {
        var word = FeatureHash.empty
        var lower = FeatureHash.empty
        var norm = FeatureHash.empty
        var prefix1 = FeatureHash.empty
        var prefix2 = FeatureHash.empty
        var prefix3 = FeatureHash.empty
        /// The last four lower-cased bytes, newest in the low byte.
        var tail: UInt32 = 0
        var count = 0
        var shape = FeatureHash.empty
        var shortShape = FeatureHash.empty
        var lastClass: UInt8 = 0
        var run = 0
        var flags: UInt32 = 0

        init() {}

        @inline(__always)
        mutating func feed(_ byte: UInt8) {
            let isUpper = byte &- 0x41 < 26
            let isLower = byte &- 0x61 < 26
            let isDigit = byte &- 0x30 < 10
            let lowered = isUpper ? byte | 0x20 : byte
            word = FeatureHash.add(word, byte)
            lower = FeatureHash.add(lower, lowered)
            norm = FeatureHash.add(norm, isDigit ? 0x30 : lowered)
            count += 1
            switch count {
            case 1:
                prefix1 = lower
                if isUpper { flags |= Flag.upperInitial }
            case 2: prefix2 = lower
            case 3: prefix3 = lower
            default: break
            }
            tail = tail << 8 | UInt32(lowered)
            let characterClass: UInt8
            if isUpper {
                characterClass = 0x58  // X
                flags |= Flag.hasUpper | Flag.hasAlphanumeric
            } else if isLower {
                characterClass = 0x78  // x
                flags |= Flag.hasLower | Flag.hasAlphanumeric
            } else if isDigit {
                characterClass = 0x64  // d
                flags |= Flag.hasDigit | Flag.hasAlphanumeric
            } else if byte >= 0x80 {
                flags |= Flag.nonASCII | Flag.hasAlphanumeric
                // Continuation bytes belong to the character their lead byte already classified.
                if byte < 0xC0 { return }
                characterClass = 0x75  // u
            } else {
                characterClass = byte
                if byte == 0x2D { flags |= Flag.hasHyphen }
                if byte == 0x2E { flags |= Flag.hasPeriod }
                if byte == 0x27 { flags |= Flag.hasApostrophe }
            }
            if characterClass == lastClass {
                run += 1
            } else {
                run = 1
                lastClass = characterClass
                shortShape = FeatureHash.add(shortShape, characterClass)
            }
            if run <= 3 { shape = FeatureHash.add(shape, characterClass) }
        }

        func finish(lexicon: Lexicon?) -> TokenTraits {
            var suffixes = (FeatureHash.empty, FeatureHash.empty, FeatureHash.empty, FeatureHash.empty)
            let available = min(count, 4)
            if available > 0 {
                for length in 1...available {
                    var state = FeatureHash.empty
                    var shift = (length - 1) * 8
                    while shift >= 0 {
                        state = FeatureHash.add(state, UInt8(truncatingIfNeeded: tail >> UInt32(shift)))
                        shift -= 8
                    }
                    switch length {
                    case 1: suffixes.0 = state
                    case 2: suffixes.1 = state
                    case 3: suffixes.2 = state
                    default: suffixes.3 = state
                    }
                }
            }
            var flags = self.flags
            if flags & Flag.hasUpper != 0 && flags & Flag.hasLower == 0 { flags |= Flag.allUpper }
            let lengthClass: UInt32 = count <= 3 ? UInt32(count) : count <= 6 ? 4 : count <= 10 ? 5 : 6
            flags |= lengthClass << Flag.lengthShift
            return TokenTraits(
                word: word, norm: norm, prefix1: prefix1, prefix2: prefix2, prefix3: prefix3,
                suffix1: suffixes.0, suffix2: suffixes.1, suffix3: suffixes.2, suffix4: suffixes.3,
                shape: shape, shortShape: shortShape, flags: flags,
                lexicon: lexicon?.classes(ofLowercased: lower) ?? 0)
        }
    }
}
