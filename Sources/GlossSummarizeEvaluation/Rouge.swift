/// ROUGE (Lin, 2004) as the `rouge-score` reference implementation computes it by default: text lower-cased,
/// every run of characters other than ASCII letters and digits a separator, no stemming, no stop words;
/// ROUGE-N from clipped n-gram overlap, ROUGE-L from the longest common subsequence of the whole token
/// sequences (not the summary-level "Lsum"), each as precision, recall and F1.
public enum Rouge {
    /// Precision, recall and F1 of one comparison.
    public struct Score: Sendable, Hashable {
        /// Matches over the candidate's units.
        public var precision: Double
        /// Matches over the reference's units.
        public var recall: Double
        /// Harmonic mean of precision and recall (0 when both are 0).
        public var f1: Double

        /// A score from matches and the two totals; an empty side gives 0.
        public init(matches: Int, candidateTotal: Int, referenceTotal: Int) {
            precision = candidateTotal == 0 ? 0 : Double(matches) / Double(candidateTotal)
            recall = referenceTotal == 0 ? 0 : Double(matches) / Double(referenceTotal)
            f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall)
        }
    }

    /// ROUGE-1, ROUGE-2 and ROUGE-L of a candidate against a reference.
    public struct Scores: Sendable, Hashable {
        /// Unigram overlap.
        public var rouge1: Score
        /// Bigram overlap.
        public var rouge2: Score
        /// Longest common subsequence.
        public var rougeL: Score
    }

    /// The tokens ROUGE compares: lower-cased ASCII letter-and-digit runs.
    ///
    /// Python's `str.lower()` also maps a few non-ASCII letters to ASCII ones (the Kelvin sign to `k`); here
    /// every non-ASCII character is a separator, a difference no GUM summary exercises.
    public static func tokens(_ text: String) -> [String] {
        var tokens: [String] = []
        var current: [UInt8] = []
        for byte in text.utf8 {
            let lower = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
            if (lower >= 0x61 && lower <= 0x7A) || (lower >= 0x30 && lower <= 0x39) {
                current.append(lower)
            } else if !current.isEmpty {
                tokens.append(String(decoding: current, as: UTF8.self))
                current.removeAll(keepingCapacity: true)
            }
        }
        if !current.isEmpty { tokens.append(String(decoding: current, as: UTF8.self)) }
        return tokens
    }

    /// All three scores of `candidate` against `reference`.
    public static func score(candidate: String, reference: String) -> Scores {
        score(candidate: tokens(candidate), reference: tokens(reference))
    }

    /// All three scores over already tokenised texts.
    public static func score(candidate: [String], reference: [String]) -> Scores {
        Scores(rouge1: ngram(1, candidate, reference), rouge2: ngram(2, candidate, reference), rougeL: lcs(candidate, reference))
    }

    /// ROUGE-N: n-gram counts on both sides, matches clipped to the smaller count.
    public static func ngram(_ n: Int, _ candidate: [String], _ reference: [String]) -> Score {
        func counts(_ tokens: [String]) -> [[String]: Int] {
            var counts: [[String]: Int] = [:]
            if tokens.count >= n {
                for start in 0...(tokens.count - n) { counts[Array(tokens[start..<start + n]), default: 0] += 1 }
            }
            return counts
        }
        let candidateCounts = counts(candidate)
        let referenceCounts = counts(reference)
        var matches = 0
        for (gram, count) in candidateCounts { matches += min(count, referenceCounts[gram] ?? 0) }
        return Score(
            matches: matches, candidateTotal: max(0, candidate.count - n + 1), referenceTotal: max(0, reference.count - n + 1))
    }

    /// ROUGE-L: the longest common subsequence over the candidate's and the reference's lengths.
    public static func lcs(_ candidate: [String], _ reference: [String]) -> Score {
        guard !candidate.isEmpty, !reference.isEmpty else {
            return Score(matches: 0, candidateTotal: candidate.count, referenceTotal: reference.count)
        }
        var previous = [Int](repeating: 0, count: reference.count + 1)
        var current = previous
        for token in candidate {
            for (index, other) in reference.enumerated() {
                current[index + 1] = token == other ? previous[index] + 1 : max(previous[index + 1], current[index])
            }
            swap(&previous, &current)
        }
        return Score(matches: previous[reference.count], candidateTotal: candidate.count, referenceTotal: reference.count)
    }
}
