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
    /// Number of tokens.
    var count: Int

    /// The value history and part-of-speech sentinels carry.
    static let boundaryTag: UInt8 = 0xFF

    init(
        traits: UnsafeMutableBufferPointer<TokenTraits>, pos: UnsafeMutableBufferPointer<UInt8>,
        tags: UnsafeMutableBufferPointer<UInt8>, count: Int
    ) {
        self.traits = traits
        self.pos = pos
        self.tags = tags
        self.count = count
    }
}
