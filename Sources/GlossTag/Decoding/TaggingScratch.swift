/// Buffers one tagging call reuses from sentence to sentence: padded traits, tags and part-of-speech
/// arrays for the longest sentence, feature hashes and class scores. Released by its owner.
struct TaggingScratch {
    let traits: UnsafeMutableBufferPointer<TokenTraits>
    let pos: UnsafeMutableBufferPointer<UInt8>
    let tags: UnsafeMutableBufferPointer<UInt8>
    let memory: UnsafeMutableBufferPointer<UInt8>
    let hashes: UnsafeMutablePointer<UInt64>
    let floatScores: UnsafeMutablePointer<Float>
    /// Per token (padded like the window): how far the decided class's score was ahead of the next
    /// allowed class (infinity for dictionary words), and the first pass's class.
    let margins: UnsafeMutablePointer<Float>
    let firstPass: UnsafeMutablePointer<UInt8>
    /// Per token of the sentence: the scratch slot of its features, or ``Plan/settled`` /
    /// ``Plan/outsideUnlessInName``.
    let plan: UnsafeMutablePointer<Int32>
    /// Per slot (one per scored token, in sentence order, plus a spare): the row offsets of its features
    /// (``FeatureSet/maximumFeatures`` places) and how many of them are static features.
    let rowOffsets: UnsafeMutablePointer<Int>
    let staticCounts: UnsafeMutablePointer<Int32>

    /// What decoding does with a token other than scoring it.
    enum Plan {
        /// The token's tag is already decided (tag dictionary, or a confident first-pass decision).
        static let settled: Int32 = -1
        /// The token is outside any name unless the token before it is inside one (then it is scored).
        static let outsideUnlessInName: Int32 = -2
    }

    /// Allocates buffers for sentences of up to `capacity` tokens and models of up to `classes` classes.
    init(capacity: Int, classes: Int) {
        traits = .allocate(capacity: capacity + 4)
        pos = .allocate(capacity: capacity + 4)
        tags = .allocate(capacity: capacity + 4)
        memory = .allocate(capacity: capacity + 4)
        hashes = .allocate(capacity: FeatureSet.maximumFeatures)
        floatScores = .allocate(capacity: max(classes, 1))
        margins = .allocate(capacity: capacity + 4)
        firstPass = .allocate(capacity: capacity + 4)
        plan = .allocate(capacity: capacity + 1)
        rowOffsets = .allocate(capacity: (capacity + 1) * FeatureSet.maximumFeatures)
        staticCounts = .allocate(capacity: capacity + 1)
    }

    /// A window over the first `count` slots, with sentinels around them and no decisions yet.
    func window(count: Int) -> SentenceWindow {
        traits[0] = .beforeSentence
        traits[1] = .beforeSentence
        traits[count + 2] = .afterSentence
        traits[count + 3] = .afterSentence
        for i in 0..<(count + 4) {
            pos[i] = SentenceWindow.boundaryTag
            tags[i] = SentenceWindow.boundaryTag
            memory[i] = DocumentMemory.unseen
            margins[i] = 0
        }
        return SentenceWindow(traits: traits, pos: pos, tags: tags, memory: memory, count: count)
    }

    /// Frees the buffers.
    func release() {
        traits.deallocate()
        pos.deallocate()
        tags.deallocate()
        memory.deallocate()
        hashes.deallocate()
        floatScores.deallocate()
        margins.deallocate()
        firstPass.deallocate()
        plan.deallocate()
        rowOffsets.deallocate()
        staticCounts.deallocate()
    }
}
