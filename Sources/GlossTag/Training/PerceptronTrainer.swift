/// Trains a greedy tagging model with the averaged perceptron.
///
/// Each epoch visits the training sentences in a fresh (seeded) order and tags them left to right with
/// the current weights, using its own previous decisions as history features, exactly as decoding does.
/// A wrong decision moves the weights of the token's features towards the gold class and away from the
/// predicted one. The model returned is the average of the weights over all steps (Daumé's trick keeps
/// that cheap); with a `select` function it is the epoch whose averaged model scored best.
///
/// ```swift
/// let trainer = PerceptronTrainer(configuration: .init(featureSet: .partOfSpeech, hashBits: 20, epochs: 10))
/// let result = trainer.train(train, select: { model in accuracy(model, dev) })
/// try result.model.write(to: "pos.gtm")
/// ```
public struct PerceptronTrainer: Sendable {
    /// How to train.
    public struct Configuration: Sendable {
        /// The templates to train.
        public var featureSet: FeatureSet
        /// The weight table has `1 << hashBits` rows.
        public var hashBits: Int
        /// Passes over the training data.
        public var epochs: Int
        /// Seed of the sentence order.
        public var seed: UInt64
        /// Word lists the entity templates read.
        public var lexicon: Lexicon
        /// Provenance written into the model's metadata.
        public var metadata: String
        /// Words seen at least this often whose most frequent class covers at least
        /// ``tagDictionaryPurity`` of their occurrences go into the model's tag dictionary and are tagged
        /// without scoring (part of speech only; 0 disables the dictionary).
        public var tagDictionaryMinimumCount = 20
        /// See ``tagDictionaryMinimumCount``.
        public var tagDictionaryPurity = 0.995

        /// Creates a configuration.
        public init(featureSet: FeatureSet, hashBits: Int = 20, epochs: Int = 10, seed: UInt64 = 1, lexicon: Lexicon = .builtin, metadata: String = "") {
            self.featureSet = featureSet
            self.hashBits = hashBits
            self.epochs = epochs
            self.seed = seed
            self.lexicon = lexicon
            self.metadata = metadata
        }
    }

    /// What training produced.
    public struct Result: Sendable {
        /// The selected model.
        public var model: TaggerModel
        /// The epoch it comes from (1-based).
        public var epoch: Int
        /// The selection score of every epoch's averaged model (empty without `select`).
        public var scores: [Double]
        /// The selected model's averaged weights before quantisation (to combine several runs).
        public var weights: [Float]
    }

    /// The configuration.
    public let configuration: Configuration

    /// Creates a trainer.
    public init(configuration: Configuration) {
        precondition((8...26).contains(configuration.hashBits), "hashBits must be in 8...26")
        self.configuration = configuration
    }

    /// Trains on `corpus`.
    ///
    /// - Parameters:
    ///   - corpus: gold data; feature sets that read part of speech need ``TaggingCorpus/partOfSpeech``.
    ///   - select: scores an epoch's averaged model (higher is better); the best epoch's model is returned.
    ///   - progress: called with one line per epoch.
    public func train(
        _ corpus: TaggingCorpus, select: ((TaggerModel) -> Double)? = nil, progress: (String) -> Void = { _ in }
    ) -> Result {
        let classCount = corpus.classNames.count
        let rows = 1 << configuration.hashBits
        let featureSet = configuration.featureSet
        precondition(!featureSet.readsPartOfSpeech || corpus.partOfSpeech.count == corpus.tokens.count,
                     "\(featureSet) training needs predicted part-of-speech tags on the corpus")
        var weights = [Float](repeating: 0, count: rows * classCount)
        var updates = [Double](repeating: 0, count: rows * classCount)
        var step: Double = 1
        var random = SplitMix64(seed: configuration.seed)
        let rules = TransitionRules(classNames: corpus.classNames)
        let lexicon = featureSet.findsEntities ? configuration.lexicon : nil
        var longest = 0
        for range in corpus.sentences { longest = max(longest, range.count) }
        let scratch = TaggingScratch(capacity: longest, classes: classCount)
        defer { scratch.release() }
        let rowIndices = UnsafeMutablePointer<Int>.allocate(capacity: FeatureSet.maximumFeatures)
        defer { rowIndices.deallocate() }
        let tagDictionary = featureSet.tagsPartOfSpeech ? buildTagDictionary(corpus) : [:]

        if !tagDictionary.isEmpty { progress("tag dictionary: \(tagDictionary.count) words") }
        let vocabulary = featureSet.findsEntities ? buildVocabulary(corpus) : [:]
        let vocabularyTable = WordTable(vocabulary.mapValues { UInt32($0) })
        // Templates that read the document memory need each document's sentences in order, so the
        // shuffled units are then documents; otherwise single sentences.
        let usesMemory = featureSet.readsDocumentMemory
        let units: [Range<Int>] = usesMemory ? corpus.documentRanges : corpus.sentences.indices.map { $0..<($0 + 1) }
        var order = Array(units.indices)
        var memory = DocumentMemory()
        let memoryCodes = DocumentMemory.codes(classNames: corpus.classNames)
        var best: (model: TaggerModel, epoch: Int, score: Double, weights: [Float])? = nil
        var scores: [Double] = []
        var last: (model: TaggerModel, weights: [Float])? = nil
        let shift = UInt64(64 - configuration.hashBits)

        for epoch in 1...max(1, configuration.epochs) {
            for k in stride(from: order.count - 1, to: 0, by: -1) {
                order.swapAt(k, Int(random.next() % UInt64(k + 1)))
            }
            var errors = 0
            corpus.bytes.withUnsafeBufferPointer { bytes in
                weights.withUnsafeMutableBufferPointer { w in
                    updates.withUnsafeMutableBufferPointer { u in
                        rules.allowed.withUnsafeBufferPointer { allowed in
                            for unit in order {
                                memory.clear()
                                for s in units[unit] {
                                    let range = corpus.sentences[s]
                                    guard !range.isEmpty else { continue }
                                    var window = scratch.window(count: range.count)
                                    for i in 0..<range.count {
                                        let span = corpus.tokens[range.lowerBound + i]
                                        window.traits[i + 2] = TokenTraits(bytes: bytes, start: span.start, end: span.end, lexicon: lexicon)
                                        if featureSet.readsPartOfSpeech { window.pos[i + 2] = corpus.partOfSpeech[range.lowerBound + i] }
                                    }
                                    window.classifyCase()
                                    if vocabularyTable.count > 0 {
                                        for i in 0..<range.count {
                                            window.traits[i + 2].commonness = UInt8(truncatingIfNeeded: vocabularyTable.value(window.traits[i + 2].norm) ?? 0)
                                        }
                                    }
                                    if usesMemory { memory.fill(window) }
                                    for i in 0..<range.count {
                                        let featureCount = featureSet.extract(window, at: i, into: scratch.hashes)
                                        let scores = scratch.floatScores
                                        for c in 0..<classCount { scores[c] = 0 }
                                        for f in 0..<featureCount {
                                            let row = Int(truncatingIfNeeded: scratch.hashes[f] >> shift) * classCount
                                            rowIndices[f] = row
                                            for c in 0..<classCount { scores[c] += w[row + c] }
                                        }
                                        var guess = -1
                                        var guessScore = -Float.infinity
                                        let offset = rules.rowOffset(after: window.tags[i + 1])
                                        for c in 0..<classCount where scores[c] > guessScore && (!rules.constrains || allowed[offset + c]) {
                                            guess = c
                                            guessScore = scores[c]
                                        }
                                        if guess < 0 { guess = 0 }
                                        let gold = Int(corpus.labels[range.lowerBound + i])
                                        if guess != gold {
                                            errors += 1
                                            for f in 0..<featureCount {
                                                let row = rowIndices[f]
                                                w[row + gold] += 1
                                                u[row + gold] += step
                                                w[row + guess] -= 1
                                                u[row + guess] -= step
                                            }
                                        }
                                        window.tags[i + 2] = UInt8(guess)
                                        step += 1
                                    }
                                    if usesMemory { memory.record(window, codes: memoryCodes) }
                                }
                            }
                        }
                    }
                }
            }
            let averaged = Self.average(weights, updates, step: step)
            let model = TaggerModel(
                featureSet: featureSet, classNames: corpus.classNames, hashBits: configuration.hashBits,
                weights: averaged, tagDictionary: tagDictionary, vocabulary: vocabulary, metadata: configuration.metadata + (configuration.metadata.isEmpty ? "" : "; ") + "epoch \(epoch)")
            let trainingAccuracy = 1 - Double(errors) / Double(max(1, corpus.tokens.count))
            if let select {
                let score = select(model)
                scores.append(score)
                progress("epoch \(epoch): training accuracy \(percent(trainingAccuracy)), dev \(percent(score))")
                if score > (best?.score ?? -Double.infinity) { best = (model, epoch, score, averaged) }
            } else {
                progress("epoch \(epoch): training accuracy \(percent(trainingAccuracy))")
                last = (model, averaged)
            }
        }
        if let best { return Result(model: best.model, epoch: best.epoch, scores: scores, weights: best.weights) }
        // `last` is always set when there is no `select`.
        let empty = [Float](repeating: 0, count: rows * classCount)
        return Result(
            model: last?.model ?? TaggerModel(featureSet: featureSet, classNames: corpus.classNames, hashBits: configuration.hashBits, weights: empty),
            epoch: configuration.epochs, scores: scores, weights: last?.weights ?? empty)
    }

    /// The averaged weights after `step` steps: each weight minus its step-weighted updates over `step`
    /// (Daumé's trick: `updates` sums each change times the step it was made at).
    static func average(_ weights: [Float], _ updates: [Double], step: Double) -> [Float] {
        var averaged = [Float](repeating: 0, count: weights.count)
        for k in 0..<weights.count { averaged[k] = Float(Double(weights[k]) - updates[k] / step) }
        return averaged
    }

    /// Frequent words with (nearly) one class, keyed by their ``TokenTraits/word`` hash.
    private func buildTagDictionary(_ corpus: TaggingCorpus) -> [UInt64: UInt8] {
        let minimum = configuration.tagDictionaryMinimumCount
        guard minimum > 0 else { return [:] }
        let classCount = corpus.classNames.count
        var counts: [UInt64: [Int]] = [:]
        corpus.bytes.withUnsafeBufferPointer { bytes in
            for span in corpus.tokens.indices {
                let token = corpus.tokens[span]
                let word = TokenTraits(bytes: bytes, start: token.start, end: token.end, lexicon: nil).word
                counts[word, default: [Int](repeating: 0, count: classCount)][Int(corpus.labels[span])] += 1
            }
        }
        var dictionary: [UInt64: UInt8] = [:]
        for (word, byClass) in counts {
            let total = byClass.reduce(0, +)
            guard total >= minimum, let top = byClass.indices.max(by: { byClass[$0] < byClass[$1] }) else { continue }
            if Double(byClass[top]) >= configuration.tagDictionaryPurity * Double(total) { dictionary[word] = UInt8(top) }
        }
        return dictionary
    }

    /// How often each word (by ``TokenTraits/norm``) is written in lower case in the corpus, as a bucket:
    /// 1 once or twice, 2 up to 9 times, 3 up to 99, 4 more.
    private func buildVocabulary(_ corpus: TaggingCorpus) -> [UInt64: UInt8] {
        var counts: [UInt64: Int] = [:]
        corpus.bytes.withUnsafeBufferPointer { bytes in
            for token in corpus.tokens {
                let traits = TokenTraits(bytes: bytes, start: token.start, end: token.end, lexicon: nil)
                if traits.flags & TokenTraits.Flag.hasLower != 0 && traits.flags & TokenTraits.Flag.hasUpper == 0 {
                    counts[traits.norm, default: 0] += 1
                }
            }
        }
        return counts.mapValues { $0 <= 2 ? 1 : $0 < 10 ? 2 : $0 < 100 ? 3 : 4 }
    }

    private func percent(_ value: Double) -> String {
        let scaled = (value * 10000).rounded() / 100
        return "\(scaled)%"
    }
}

/// A small seedable generator (SplitMix64) so that training is reproducible.
struct SplitMix64: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9e37_79b9_7f4a_7c15
        var z = state
        z = (z ^ (z >> 30)) &* 0xbf58_476d_1ce4_e5b9
        z = (z ^ (z >> 27)) &* 0x94d0_49bb_1331_11eb
        return z ^ (z >> 31)
    }
}
