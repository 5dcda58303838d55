/// What the span classifier (``SpanClassifier``) needs to know of every token of a document, recorded by
/// the tagger sentence by sentence: the token's traits (with the entity model's commonness bucket), its
/// predicted part of speech, the label the token-level entity model gave it and how sure it was, and where
/// the sentences begin and end. Empty (and never filled) when no span classifier runs.
struct MentionEvidence {
    /// What the span features read of one token: the parts of its ``TokenTraits`` they use (half the
    /// bytes of the whole traits) and what the tagger decided there, in one record, so that recording a
    /// token is one write.
    struct Word {
        var norm: UInt64
        var word: UInt64
        var shortShape: UInt64
        var prefix3: UInt64
        var suffix3: UInt64
        var lexicon: UInt32
        var flags: UInt32
        var commonness: UInt8
        /// UPOS raw value.
        var pos: UInt8 = 0
        /// The token model's label: 0 outside, else 1 + the label's index in the span model's labels
        /// (``SpanClassifier/labelCodes``).
        var label: UInt8 = 0
        /// The sentence's ``SentenceWindow/CaseMode``.
        var caseMode: UInt8 = 0
        /// Whether the token opens its sentence.
        var opensSentence = false
        /// Whether the token closes its sentence.
        var closesSentence = false
        /// The token model's margin (best score minus the next best) when it tagged the token inside a
        /// name; 0 outside.
        var margin: Float = 0

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

    /// One record per token of the document.
    var words: [Word] = []
    /// ``TokenTraits/norm`` of each token again, packed, for the scans over the whole document that look
    /// for other occurrences of a word.
    var norms: [UInt64] = []

    /// Room for a document of `count` tokens.
    init(count: Int) {
        norms = [UInt64](repeating: 0, count: count)
        words = [Word](repeating: Word(TokenTraits.beforeSentence), count: count)
    }

    /// Number of tokens.
    var count: Int { words.count }

    /// Records the sentence in `window` (tagged by the entity model, whose per-class label codes are
    /// `codes`), whose first token is document token `first`; `margins` holds the decoding margins at
    /// window positions.
    mutating func record(_ window: SentenceWindow, from first: Int, codes: [UInt8], margins windowMargins: UnsafeMutablePointer<Float>) {
        guard first + window.count <= count else { return }
        let caseMode = UInt8(truncatingIfNeeded: window.caseMode)
        let last = window.count - 1
        words.withUnsafeMutableBufferPointer { words in
            norms.withUnsafeMutableBufferPointer { norms in
                for i in 0...last {
                    var word = Word(window.traits[i + 2])
                    word.pos = window.pos[i + 2]
                    let tag = Int(window.tags[i + 2])
                    word.label = tag < codes.count ? codes[tag] : 0
                    word.margin = word.label == 0 ? 0 : min(windowMargins[i + 2], 1e6)
                    word.caseMode = caseMode
                    word.opensSentence = i == 0
                    word.closesSentence = i == last
                    words[first + i] = word
                    norms[first + i] = word.norm
                }
            }
        }
    }
}
