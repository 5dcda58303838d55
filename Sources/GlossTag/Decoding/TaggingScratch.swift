/// Buffers one tagging call reuses from sentence to sentence: padded traits, tags and part-of-speech
/// arrays for the longest sentence, feature hashes and class scores. Released by its owner.
struct TaggingScratch {
    let traits: UnsafeMutableBufferPointer<TokenTraits>
    let pos: UnsafeMutableBufferPointer<UInt8>
    let tags: UnsafeMutableBufferPointer<UInt8>
    let memory: UnsafeMutableBufferPointer<UInt8>
    let hashes: UnsafeMutablePointer<UInt64>
    let scores: UnsafeMutablePointer<Int32>
    let floatScores: UnsafeMutablePointer<Float>
    /// Per feature of the current token: its row's byte offset and scale.
    let offsets: UnsafeMutablePointer<Int>
    let rowScales: UnsafeMutablePointer<Float>
    /// Per token (padded like the window): how far the decided class's score was ahead of the next
    /// allowed class (infinity for dictionary words), and the first pass's class.
    let margins: UnsafeMutablePointer<Float>
    let firstPass: UnsafeMutablePointer<UInt8>

    /// Allocates buffers for sentences of up to `capacity` tokens and models of up to `classes` classes.
    init(capacity: Int, classes: Int) {
        traits = .allocate(capacity: capacity + 4)
        pos = .allocate(capacity: capacity + 4)
        tags = .allocate(capacity: capacity + 4)
        memory = .allocate(capacity: capacity + 4)
        hashes = .allocate(capacity: FeatureSet.maximumFeatures)
        scores = .allocate(capacity: max(classes, 1))
        floatScores = .allocate(capacity: max(classes, 1))
        offsets = .allocate(capacity: FeatureSet.maximumFeatures)
        rowScales = .allocate(capacity: FeatureSet.maximumFeatures)
        margins = .allocate(capacity: capacity + 4)
        firstPass = .allocate(capacity: capacity + 4)
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
        scores.deallocate()
        floatScores.deallocate()
        offsets.deallocate()
        rowScales.deallocate()
        margins.deallocate()
        firstPass.deallocate()
    }
}
