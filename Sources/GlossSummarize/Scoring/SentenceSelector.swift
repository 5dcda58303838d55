/// Chooses sentences from an analysed document: greedy maximal marginal relevance under a count and a
/// character budget.
///
/// Content sentences are considered first; heading-like ones only when the content runs out (or always,
/// with `skipHeadings` off). Each step takes the candidate with the best `(1 − r) · score − r · similarity`,
/// where similarity is to the closest sentence already chosen; a candidate almost identical to a chosen one
/// (cosine ≥ ``duplicateSimilarity``) is never taken, and one that would overflow the budget is passed over
/// for a shorter one. Ties go to the earlier sentence, so the choice is deterministic.
package enum SentenceSelector {
    /// Similarity at which a candidate counts as a repeat of a chosen sentence.
    package static let duplicateSimilarity: Float = 0.8

    /// The chosen sentence indices, ascending.
    /// - Parameters:
    ///   - count: the most sentences to choose.
    ///   - maxCharacters: the most Unicode scalars the summary text may have (sentences joined by one
    ///     space); 0 for no limit.
    package static func select(
        _ analysis: DocumentAnalysis, method: SummaryMethod, model: ScoringModel, count: Int, maxCharacters: Int,
        skipHeadings: Bool
    ) -> [Int] {
        guard count > 0, analysis.count > 0 else { return [] }
        let scores = self.scores(analysis, method: method, model: model)
        let comparesContent = method != .lead  // the lead baseline takes sentences as they come
        let redundancy = comparesContent ? Float(model.redundancy) : 0
        var chosen: [Int] = []
        var isChosen = [Bool](repeating: false, count: analysis.count)
        var closest = [Float](repeating: 0, count: analysis.count)
        var used = 0
        let tiers: [Bool?] = skipHeadings ? [false, true] : [nil]  // which headings each pass admits
        for tier in tiers {
            while chosen.count < count {
                var best = -1
                var bestValue = -Float.infinity
                for candidate in 0..<analysis.count where !isChosen[candidate] {
                    if let tier, analysis.isHeading[candidate] != tier { continue }
                    let length = analysis.characters[candidate]
                    guard length > 0 else { continue }
                    if maxCharacters > 0 && used + (chosen.isEmpty ? 0 : 1) + length > maxCharacters { continue }
                    if comparesContent && closest[candidate] >= duplicateSimilarity { continue }
                    let value = (1 - redundancy) * scores[candidate] - redundancy * closest[candidate]
                    if value > bestValue {
                        bestValue = value
                        best = candidate
                    }
                }
                guard best >= 0 else { break }
                isChosen[best] = true
                chosen.append(best)
                used += (chosen.count == 1 ? 0 : 1) + analysis.characters[best]
                for other in 0..<analysis.count where comparesContent && !isChosen[other] {
                    let similarity = analysis.similarity(best, other)
                    if similarity > closest[other] { closest[other] = similarity }
                }
            }
        }
        return chosen.sorted()
    }

    /// Each sentence's score, scaled so the best has 1 (lead: earlier is better).
    package static func scores(_ analysis: DocumentAnalysis, method: SummaryMethod, model: ScoringModel) -> [Float] {
        var scores = [Float](repeating: 0, count: analysis.count)
        for sentence in 0..<analysis.count {
            switch method {
            case .lead:
                scores[sentence] = 1 - Float(sentence) / Float(analysis.count)
            case .centrality:
                scores[sentence] = analysis.centrality[sentence]
            case .auto:
                let position = analysis.contentPosition[sentence]
                var score = position < 0 ? 0 : model.positionWeight * model.positionPrior[ScoringModel.bucket(position)]
                score += model.centralityWeight * Double(analysis.centrality[sentence])
                if let entities = analysis.entitySalience { score += model.entityWeight * Double(entities[sentence]) }
                if let quotes = analysis.quoteSalience { score += model.quoteWeight * Double(quotes[sentence]) }
                if model.fullLengthWords > 0 {
                    score *= min(1, Double(analysis.words[sentence]) / Double(model.fullLengthWords))
                }
                if model.longSentenceWords > 0 && analysis.words[sentence] > model.longSentenceWords {
                    score *= Double(model.longSentenceWords) / Double(analysis.words[sentence])
                }
                scores[sentence] = Float(score)
            }
        }
        let maximum = scores.max() ?? 0
        return maximum > 0 ? scores.map { $0 / maximum } : scores
    }
}
