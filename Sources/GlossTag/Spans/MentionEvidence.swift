/// What the span classifier (``SpanClassifier``) needs to know of every token of a document, recorded by
/// the tagger sentence by sentence: the token's traits (with the entity model's commonness bucket), its
/// predicted part of speech, the label the token-level entity model gave it and how sure it was, and where
/// the sentences begin and end. Empty (and never filled) when no span classifier runs.
struct MentionEvidence {
    /// The parts of a token's ``TokenTraits`` the span features read: half the bytes of the whole traits,
    /// which every token of every document is copied into.
    struct Word {
        var norm: UInt64
        var word: UInt64
        var shortShape: UInt64
        var prefix3: UInt64
        var suffix3: UInt64
        var lexicon: UInt32
        var flags: UInt32
        var commonness: UInt8

        init(_ traits: TokenTraits) {
            norm = traits.norm
            word = traits.word
            shortShape = traits.shortShape
            prefix3 = traits.prefix3
            suffix3 = traits.suffix3
            lexicon = traits.lexicon
            flags = traits.flags
            commonness = traits.commonness
        }
    }

    /// What the span features read of each token's traits.
    var words: [Word] = []
    /// ``TokenTraits/norm`` of each token again, packed, for the scans over the whole document that look
    /// for other occurrences of a word.
    var norms: [UInt64] = []
    /// UPOS raw value of each token.
    var pos: [UInt8] = []
    /// The token model's label of each token: 0 outside, else 1 + the label's index in the span
    /// model's labels (``SpanClassifier/labelCodes``).
    var labels: [UInt8] = []
    /// The token model's margin (best score minus the next best) for each token it tagged inside a name;
    /// 0 for tokens outside.
    var margins: [Float] = []
    /// The sentence's ``SentenceWindow/CaseMode`` of each token.
    var caseModes: [UInt8] = []
    /// Whether each token opens its sentence.
    var opensSentence: [Bool] = []
    /// Whether each token closes its sentence.
    var closesSentence: [Bool] = []

    /// Room for a document of `count` tokens.
    init(count: Int) {
        norms = [UInt64](repeating: 0, count: count)
        pos = [UInt8](repeating: 0, count: count)
        labels = [UInt8](repeating: 0, count: count)
        margins = [Float](repeating: 0, count: count)
        caseModes = [UInt8](repeating: 0, count: count)
        opensSentence = [Bool](repeating: false, count: count)
        closesSentence = [Bool](repeating: false, count: count)
        words = [Word](repeating: Word(TokenTraits.beforeSentence), count: count)
    }

    /// Number of tokens.
    var count: Int { pos.count }

    /// Records the sentence in `window` (tagged by the entity model, whose per-class label codes are
    /// `codes`), whose first token is document token `first`; `margins` holds the decoding margins at
    /// window positions.
    mutating func record(_ window: SentenceWindow, from first: Int, codes: [UInt8], margins windowMargins: UnsafeMutablePointer<Float>) {
        guard first + window.count <= count else { return }
        for i in 0..<window.count {
            let k = first + i
            words[k] = Word(window.traits[i + 2])
            norms[k] = window.traits[i + 2].norm
            pos[k] = window.pos[i + 2]
            let tag = Int(window.tags[i + 2])
            let code = tag < codes.count ? codes[tag] : 0
            labels[k] = code
            margins[k] = code == 0 ? 0 : min(windowMargins[i + 2], 1e6)
            caseModes[k] = UInt8(truncatingIfNeeded: window.caseMode)
            opensSentence[k] = i == 0
            closesSentence[k] = i == window.count - 1
        }
    }
}
