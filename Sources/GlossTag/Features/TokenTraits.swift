import CGlossKernels

/// What the feature templates know about one token, computed once per token from its UTF-8 bytes.
///
/// The bytes are read through a small normalisation so that news typography and treebank text look the
/// same to the model: curly quotes become straight ones, en/em dashes become `-`/`--`, `…` becomes
/// `...`. Hashes are FNV-1a states (``FeatureHash``), computed in C (``gloss_hash_token``) since this
/// runs for every token; nothing here allocates.
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

    /// Bits of ``flags`` (set by ``gloss_hash_token``, which defines them).
    enum Flag {
        static let upperInitial = UInt32(GLOSS_FLAG_UPPER_INITIAL)
        static let hasUpper = UInt32(GLOSS_FLAG_HAS_UPPER)
        static let hasLower = UInt32(GLOSS_FLAG_HAS_LOWER)
        static let hasDigit = UInt32(GLOSS_FLAG_HAS_DIGIT)
        static let hasHyphen = UInt32(GLOSS_FLAG_HAS_HYPHEN)
        static let hasPeriod = UInt32(GLOSS_FLAG_HAS_PERIOD)
        static let hasApostrophe = UInt32(GLOSS_FLAG_HAS_APOSTROPHE)
        static let hasAlphanumeric = UInt32(GLOSS_FLAG_HAS_ALPHANUMERIC)
        static let nonASCII = UInt32(GLOSS_FLAG_NON_ASCII)
        /// Upper-case letters and no lower-case ones ("NATO", "U.S.").
        static let allUpper = UInt32(GLOSS_FLAG_ALL_UPPER)
        /// The length class sits in bits 12...14.
        static let lengthShift = UInt32(GLOSS_FLAG_LENGTH_SHIFT)
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

    /// Computes the traits of `bytes[start..<end]` (``gloss_hash_token``, then the lexicon lookup).
    init(bytes: UnsafeBufferPointer<UInt8>, start: Int, end: Int, lexicon: Lexicon?) {
        var hashes = gloss_token_hashes()
        gloss_hash_token(bytes.baseAddress.map { $0 + start }, max(0, end - start), &hashes)
        self.init(
            word: hashes.word, norm: hashes.norm, prefix1: hashes.prefix1, prefix2: hashes.prefix2,
            prefix3: hashes.prefix3, suffix1: hashes.suffix1, suffix2: hashes.suffix2, suffix3: hashes.suffix3,
            suffix4: hashes.suffix4, shape: hashes.shape, shortShape: hashes.short_shape, flags: hashes.flags,
            lexicon: lexicon?.classes(ofLowercased: hashes.lower) ?? 0)
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

    /// The hash of `bytes` lower-cased (ASCII), as ``init(bytes:start:end:lexicon:)`` computes it for a
    /// token without typographic punctuation: what the lexicon and the news rules look words up by.
    static func lowercaseHash<Bytes: Sequence<UInt8>>(_ bytes: Bytes) -> UInt64 {
        var state = FeatureHash.empty
        for byte in bytes { state = FeatureHash.add(state, byte &- 0x41 < 26 ? byte | 0x20 : byte) }
        return state
    }
}
