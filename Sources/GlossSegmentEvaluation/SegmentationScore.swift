/// Precision, recall and F1 of a predicted set against a gold set.
public struct Score: Sendable, CustomStringConvertible {
    /// Items both predicted and gold.
    public var matched: Int
    /// Items predicted.
    public var predicted: Int
    /// Items in the gold standard.
    public var gold: Int

    /// Creates a score from counts.
    public init(matched: Int = 0, predicted: Int = 0, gold: Int = 0) {
        self.matched = matched
        self.predicted = predicted
        self.gold = gold
    }

    /// Scores one set against another and adds the counts.
    public mutating func add<T: Hashable>(predicted: Set<T>, gold: Set<T>) {
        matched += predicted.intersection(gold).count
        self.predicted += predicted.count
        self.gold += gold.count
    }

    /// matched / predicted.
    public var precision: Double { predicted == 0 ? 0 : Double(matched) / Double(predicted) }
    /// matched / gold.
    public var recall: Double { gold == 0 ? 0 : Double(matched) / Double(gold) }
    /// The harmonic mean of precision and recall.
    public var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }

    /// `P 99.1 R 86.9 F1 92.6 (matched ..., predicted ..., gold ...)`, in percent.
    public var description: String {
        func percent(_ value: Double) -> String {
            let scaled = (value * 1000).rounded() / 10
            return "\(scaled)"
        }
        return "P \(percent(precision)) R \(percent(recall)) F1 \(percent(f1)) (matched \(matched), predicted \(predicted), gold \(gold))"
    }
}

/// Sentence-boundary and token scores of a segmentation of a treebank's rebuilt documents.
public struct SegmentationScores: Sendable {
    /// Sentence ends, not counting the end of each document (always right, so it would only flatter).
    public var boundaries = Score()
    /// Sentence ends inside paragraphs only: the hard ones, since a blank line always ends a sentence.
    public var boundariesInsideParagraphs = Score()
    /// Exact token spans.
    public var tokens = Score()

    /// Empty scores.
    public init() {}

    /// Adds one document's predictions (UTF-8 byte offsets).
    public mutating func add(document: UDTreebank.Document, sentenceEnds: [Int], tokens: [Range<Int>]) {
        let documentEnd = document.sentences.last?.upperBound ?? 0
        let gold = Set(document.sentences.map(\.upperBound)).subtracting([documentEnd])
        let predicted = Set(sentenceEnds).subtracting([documentEnd])
        boundaries.add(predicted: predicted, gold: gold)
        boundariesInsideParagraphs.add(
            predicted: predicted.subtracting(document.paragraphEnds), gold: gold.subtracting(document.paragraphEnds))
        self.tokens.add(predicted: Set(tokens.map { Pair($0.lowerBound, $0.upperBound) }),
                        gold: Set(document.words.map { Pair($0.lowerBound, $0.upperBound) }))
    }

    private struct Pair: Hashable {
        var start: Int
        var end: Int
        init(_ start: Int, _ end: Int) {
            self.start = start
            self.end = end
        }
    }
}
