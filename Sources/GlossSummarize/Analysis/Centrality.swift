/// How central each sentence is to its document: LexRank over the sentence-similarity graph.
///
/// A sentence that many others resemble states what the document is about. The graph's edges are cosine
/// similarities of tf-idf vectors (continuous LexRank: no threshold, so weak links still count a little);
/// the score is the stationary distribution of a random walk on it with a 0.15 chance of a jump, found by
/// power iteration. Long documents (more than ``graphLimit`` sentences) use similarity to the document's
/// centroid instead, which is linear in the text's size, where the graph is quadratic in its sentences.
enum Centrality {
    /// The most sentences for which the full graph is built.
    static let graphLimit = 400
    /// The walk's chance to follow an edge rather than jump anywhere.
    static let damping: Float = 0.85

    /// Scores in 0...1 (the most central sentence has 1), one per sentence; all 1 for fewer than 3 sentences,
    /// where centrality says nothing.
    static func scores(_ vectors: SentenceVectors) -> [Float] {
        let count = vectors.count
        guard count >= 3 else { return [Float](repeating: 1, count: count) }
        let raw = count <= graphLimit ? lexRank(vectors) : centroidSimilarity(vectors)
        var maximum: Float = 0
        for value in raw where value > maximum { maximum = value }
        guard maximum > 0 else { return [Float](repeating: 0, count: count) }
        return raw.map { $0 / maximum }
    }

    /// The similarity matrix through an inverted index (only sentences sharing a term meet), then the walk.
    static func lexRank(_ vectors: SentenceVectors) -> [Float] {
        let count = vectors.count
        var matrix = [Float](repeating: 0, count: count * count)
        // Postings: for each term, the sentences containing it with their weights, by counting sort.
        var postingStart = [Int](repeating: 0, count: vectors.termCount + 1)
        for term in vectors.terms { postingStart[Int(term) + 1] += 1 }
        for term in 0..<vectors.termCount { postingStart[term + 1] += postingStart[term] }
        var fill = postingStart
        var postingSentence = [Int32](repeating: 0, count: vectors.terms.count)
        var postingWeight = [Float](repeating: 0, count: vectors.terms.count)
        for sentence in 0..<count {
            for entry in vectors.starts[sentence]..<vectors.starts[sentence + 1] {
                let term = Int(vectors.terms[entry])
                postingSentence[fill[term]] = Int32(sentence)
                postingWeight[fill[term]] = vectors.weights[entry]
                fill[term] += 1
            }
        }
        matrix.withUnsafeMutableBufferPointer { matrix in
            for term in 0..<vectors.termCount {
                let lower = postingStart[term]
                let upper = postingStart[term + 1]
                guard upper - lower >= 2 else { continue }
                for a in lower..<upper {
                    let rowBase = Int(postingSentence[a]) * count
                    let weight = postingWeight[a]
                    for b in lower..<upper where b != a {
                        matrix[rowBase + Int(postingSentence[b])] += weight * postingWeight[b]
                    }
                }
            }
        }
        // Row-normalise into transition probabilities; a sentence linked to nothing jumps uniformly.
        var rowSums = [Float](repeating: 0, count: count)
        for row in 0..<count {
            var sum: Float = 0
            for column in 0..<count { sum += matrix[row * count + column] }
            rowSums[row] = sum
        }
        let uniform = 1 / Float(count)
        var rank = [Float](repeating: uniform, count: count)
        var next = [Float](repeating: 0, count: count)
        for _ in 0..<50 {
            var dangling: Float = 0
            for row in 0..<count where rowSums[row] == 0 { dangling += rank[row] }
            let base = (1 - damping) * uniform + damping * dangling * uniform
            for column in 0..<count { next[column] = base }
            for row in 0..<count where rowSums[row] > 0 {
                let share = damping * rank[row] / rowSums[row]
                let rowBase = row * count
                for column in 0..<count { next[column] += share * matrix[rowBase + column] }
            }
            var change: Float = 0
            for index in 0..<count { change += abs(next[index] - rank[index]) }
            swap(&rank, &next)
            if change < 1e-6 { break }
        }
        return rank
    }

    /// Each sentence's dot product with the sum of all sentence vectors.
    static func centroidSimilarity(_ vectors: SentenceVectors) -> [Float] {
        var centroid = [Float](repeating: 0, count: vectors.termCount)
        for entry in 0..<vectors.terms.count { centroid[Int(vectors.terms[entry])] += vectors.weights[entry] }
        return (0..<vectors.count).map { sentence in
            var sum: Float = 0
            for entry in vectors.starts[sentence]..<vectors.starts[sentence + 1] {
                sum += vectors.weights[entry] * centroid[Int(vectors.terms[entry])]
            }
            return sum
        }
    }
}
