/// One sentence as the feature templates see it: token traits, predicted part-of-speech tags and the
/// tags decided so far, each padded with two sentinel positions on either side so that templates can look
/// two tokens away without bounds checks.
///
/// The buffers belong to a ``TaggingScratch`` and are reused from sentence to sentence.
struct SentenceWindow {
    /// Token traits; token `i` is at `i + 2`.
    var traits: UnsafeMutableBufferPointer<TokenTraits>
    /// Part-of-speech class indices (the POS model's classes); token `i` is at `i + 2`.
    var pos: UnsafeMutableBufferPointer<UInt8>
    /// The tags this pass decided so far (history features); token `i` is at `i + 2`.
    var tags: UnsafeMutableBufferPointer<UInt8>
    /// ``DocumentMemory`` codes of the tokens (what was decided for the same word earlier in the
    /// document); token `i` is at `i + 2`, sentinels hold 0.
    var memory: UnsafeMutableBufferPointer<UInt8>
    /// Number of tokens.
    var count: Int
    /// How the sentence uses capitals (``CaseMode``), set by ``classifyCase()`` once the traits are in.
    var caseMode: UInt64 = 0

    /// Sentence-level capitalisation: web text comes all in lower case or in capitals, headlines in
    /// title case, and a capital letter means something different in each.
    enum CaseMode {
        static let ordinary: UInt64 = 0
        static let lower: UInt64 = 1
        static let upper: UInt64 = 2
        static let title: UInt64 = 3
    }

    /// Sets ``caseMode`` from the token traits.
    mutating func classifyCase() {
        var words = 0
        var capitalised = 0
        var capitals = 0
        for i in 0..<count {
            let flags = traits[i + 2].flags
            guard flags & (TokenTraits.Flag.hasUpper | TokenTraits.Flag.hasLower) != 0 else { continue }
            words += 1
            if flags & TokenTraits.Flag.allUpper != 0 {
                capitals += 1
            } else if flags & TokenTraits.Flag.upperInitial != 0 {
                capitalised += 1
            }
        }
        if words < 3 {
            caseMode = CaseMode.ordinary
        } else if capitals * 10 >= words * 6 {
            caseMode = CaseMode.upper
        } else if capitalised + capitals <= 1 {
            caseMode = CaseMode.lower
        } else if (capitalised + capitals) * 10 >= words * 7 {
            caseMode = CaseMode.title
        } else {
            caseMode = CaseMode.ordinary
        }
    }

    /// The value history and part-of-speech sentinels carry.
    static let boundaryTag: UInt8 = 0xFF

    init(
        traits: UnsafeMutableBufferPointer<TokenTraits>, pos: UnsafeMutableBufferPointer<UInt8>,
        tags: UnsafeMutableBufferPointer<UInt8>, memory: UnsafeMutableBufferPointer<UInt8>, count: Int
    ) {
        self.traits = traits
        self.pos = pos
        self.tags = tags
        self.memory = memory
        self.count = count
    }
}
