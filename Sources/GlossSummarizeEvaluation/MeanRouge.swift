/// Mean ROUGE F1 over documents.
public struct MeanRouge: Sendable, CustomStringConvertible {
    /// Sums of F1.
    public var rouge1 = 0.0, rouge2 = 0.0, rougeL = 0.0
    /// Summed summary length in ROUGE tokens.
    public var words = 0
    /// Documents added.
    public var count = 0

    /// No documents yet.
    public init() {}

    /// Adds one document's scores and its summary's length in words.
    public mutating func add(_ scores: Rouge.Scores, words: Int) {
        rouge1 += scores.rouge1.f1
        rouge2 += scores.rouge2.f1
        rougeL += scores.rougeL.f1
        self.words += words
        count += 1
    }

    /// The mean of the three mean F1s: what the fitting maximises.
    public var objective: Double { count == 0 ? 0 : (rouge1 + rouge2 + rougeL) / Double(3 * count) }

    /// Mean F1 × 100 of each measure, the mean summary length in words and the document count.
    public var description: String {
        let n = Double(max(count, 1))
        func percent(_ value: Double) -> String {
            let scaled = (value / n * 1000).rounded() / 10
            return String(scaled)
        }
        return "R1 \(percent(rouge1))  R2 \(percent(rouge2))  RL \(percent(rougeL))  words \(words / max(count, 1))  docs \(count)"
    }
}
