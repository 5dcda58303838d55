import GlossCore

/// Exact-match entity scores: a predicted mention counts only when its span and label both match a gold
/// mention. Per label and over all labels (micro-averaged).
public struct EntityScores: Sendable, Hashable, CustomStringConvertible {
    /// Counts for one label.
    public struct Counts: Sendable, Hashable {
        /// Predicted mentions that match a gold one.
        public var truePositives = 0
        /// Predicted mentions that match none.
        public var falsePositives = 0
        /// Gold mentions nothing matched.
        public var falseNegatives = 0

        /// Creates empty counts.
        public init() {}

        /// Correct / predicted.
        public var precision: Double { ratio(truePositives, truePositives + falsePositives) }
        /// Correct / gold.
        public var recall: Double { ratio(truePositives, truePositives + falseNegatives) }
        /// Harmonic mean of precision and recall.
        public var f1: Double { precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0 }

        private func ratio(_ a: Int, _ b: Int) -> Double { b > 0 ? Double(a) / Double(b) : 0 }

        mutating func add(_ other: Counts) {
            truePositives += other.truePositives
            falsePositives += other.falsePositives
            falseNegatives += other.falseNegatives
        }
    }

    /// Counts per label.
    public var byLabel: [String: Counts] = [:]

    /// Creates empty scores.
    public init() {}

    /// All labels together.
    public var overall: Counts {
        var total = Counts()
        for counts in byLabel.values { total.add(counts) }
        return total
    }

    /// Adds the comparison of one text's predicted and gold mentions.
    public mutating func add(predicted: [Entity], gold: [Entity]) {
        let goldSet = Set(gold)
        let predictedSet = Set(predicted)
        for entity in predictedSet {
            if goldSet.contains(entity) {
                byLabel[entity.label.rawValue, default: Counts()].truePositives += 1
            } else {
                byLabel[entity.label.rawValue, default: Counts()].falsePositives += 1
            }
        }
        for entity in goldSet where !predictedSet.contains(entity) {
            byLabel[entity.label.rawValue, default: Counts()].falseNegatives += 1
        }
    }

    /// A table: one line per label and one for all, with P, R, F1 and the counts.
    public var description: String {
        func line(_ name: String, _ c: Counts) -> String {
            func pct(_ x: Double) -> String {
                let v = (x * 1000).rounded() / 10
                return String(repeating: " ", count: max(0, 6 - "\(v)".count)) + "\(v)"
            }
            return name.padding(6) + " P " + pct(c.precision) + "  R " + pct(c.recall) + "  F1 " + pct(c.f1)
                + "  (gold \(c.truePositives + c.falseNegatives), predicted \(c.truePositives + c.falsePositives), correct \(c.truePositives))"
        }
        var lines = byLabel.keys.sorted().map { line($0, byLabel[$0] ?? Counts()) }
        lines.append(line("all", overall))
        return lines.joined(separator: "\n")
    }
}

extension String {
    /// The string padded with spaces to `width` characters.
    func padding(_ width: Int) -> String { count >= width ? self : self + String(repeating: " ", count: width - count) }
}
