/// Every sentence of a document as a unit-length tf-idf vector over its terms, stored flat.
///
/// Sentence `i` owns `terms[starts[i]..<starts[i + 1]]` (ascending term numbers) and the same range of
/// `weights`. Flat arrays keep a document's vectors in three allocations, and ascending terms let two vectors
/// be compared by a merge.
struct SentenceVectors {
    /// Where each sentence's entries start; one more element than sentences.
    var starts: [Int]
    /// Term numbers, ascending within each sentence.
    var terms: [Int32]
    /// Weights; each sentence's weights have unit Euclidean length (or are all absent).
    var weights: [Float]
    /// How many distinct terms the document has.
    var termCount: Int

    /// Number of sentences.
    var count: Int { starts.count - 1 }

    /// Cosine similarity of sentences `a` and `b` (0 when either has no term).
    func similarity(_ a: Int, _ b: Int) -> Float {
        var i = starts[a]
        var j = starts[b]
        let iEnd = starts[a + 1]
        let jEnd = starts[b + 1]
        var sum: Float = 0
        terms.withUnsafeBufferPointer { terms in
            weights.withUnsafeBufferPointer { weights in
                while i < iEnd && j < jEnd {
                    let x = terms[i]
                    let y = terms[j]
                    if x == y {
                        sum += weights[i] * weights[j]
                        i += 1
                        j += 1
                    } else if x < y {
                        i += 1
                    } else {
                        j += 1
                    }
                }
            }
        }
        return sum
    }

    /// Builds the vectors from per-sentence term numbers (`sentenceTerms[ranges[i]]`, any order, repeats
    /// counted): weight = (1 + ln tf) · ln((n + 1) / df), then each vector scaled to unit length.
    init(sentenceTerms: inout [Int32], ranges: [Range<Int>], termCount: Int) {
        self.termCount = termCount
        let sentenceCount = ranges.count
        var starts = [Int](repeating: 0, count: sentenceCount + 1)
        var terms: [Int32] = []
        var counts: [Int32] = []
        terms.reserveCapacity(sentenceTerms.count)
        counts.reserveCapacity(sentenceTerms.count)
        var documentFrequency = [Int32](repeating: 0, count: termCount)
        for (sentence, range) in ranges.enumerated() {
            sentenceTerms[range].sort()
            var index = range.lowerBound
            while index < range.upperBound {
                let term = sentenceTerms[index]
                var next = index + 1
                while next < range.upperBound && sentenceTerms[next] == term { next += 1 }
                terms.append(term)
                counts.append(Int32(next - index))
                documentFrequency[Int(term)] += 1
                index = next
            }
            starts[sentence + 1] = terms.count
        }
        let documents = Float(sentenceCount + 1)
        let inverse = documentFrequency.map { $0 == 0 ? 0 : naturalLog(documents / Float($0)) }
        var weights = [Float](repeating: 0, count: terms.count)
        for sentence in 0..<sentenceCount {
            var norm: Float = 0
            for entry in starts[sentence]..<starts[sentence + 1] {
                let weight = (1 + naturalLog(Float(counts[entry]))) * inverse[Int(terms[entry])]
                weights[entry] = weight
                norm += weight * weight
            }
            if norm > 0 {
                let scale = 1 / norm.squareRoot()
                for entry in starts[sentence]..<starts[sentence + 1] { weights[entry] *= scale }
            }
        }
        self.starts = starts
        self.terms = terms
        self.weights = weights
    }
}
