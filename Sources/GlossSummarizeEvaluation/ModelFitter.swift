import GlossCore
import GlossSummarize

/// Learns the `auto` method's weights from reference summaries, and measures them honestly.
///
/// The position prior is the mean ROUGE-1 recall against the reference of the content sentences at each
/// position bucket, scaled to 1 at its peak; the other weights are chosen by grid search on the mean of
/// ROUGE-1, -2 and -L F1. ``crossValidate(folds:grid:)`` learns on all folds but one and scores the held-out
/// fold, so every document is scored by a model that never saw it.
public struct ModelFitter: Sendable {
    /// Candidate weights for the grid search (the position weight stays 1: scores are scaled, so only ratios
    /// matter).
    public struct Grid: Sendable {
        /// Centrality weights to try.
        public var centrality: [Double]
        /// Entity weights to try (only matters when the cases have entities).
        public var entity: [Double]
        /// Redundancy penalties to try.
        public var redundancy: [Double]
        /// Fragment lengths to try (0: off).
        public var fullLengthWords: [Int]
        /// Run-on lengths to try (0: off).
        public var longSentenceWords: [Int]

        /// A grid of every combination of these values.
        public init(
            centrality: [Double], entity: [Double], redundancy: [Double], fullLengthWords: [Int], longSentenceWords: [Int]
        ) {
            self.centrality = centrality
            self.entity = entity
            self.redundancy = redundancy
            self.fullLengthWords = fullLengthWords
            self.longSentenceWords = longSentenceWords
        }

        /// The grid the shipped defaults were fitted with.
        public static let standard = Grid(
            centrality: [0, 0.25, 0.5, 1], entity: [0, 0.25, 0.5], redundancy: [0, 0.15, 0.3, 0.5],
            fullLengthWords: [0, 5, 8], longSentenceWords: [0, 20, 30, 40])
    }

    /// The documents.
    public let cases: [EvaluationCase]
    /// Sentences per summary.
    public let count: Int
    /// Character budget per summary (0: none).
    public let maxCharacters: Int
    let analyses: [DocumentAnalysis]

    /// Analyses every case once.
    public init(cases: [EvaluationCase], count: Int, maxCharacters: Int = 0) {
        self.cases = cases
        self.count = count
        self.maxCharacters = maxCharacters
        let summarizer = Summarizer()
        analyses = cases.map { summarizer.analyse($0.document) }
    }

    /// The sentences `method` chooses for case `index`.
    public func choose(_ index: Int, method: SummaryMethod, model: ScoringModel, skipHeadings: Bool = true) -> [Int] {
        SentenceSelector.select(
            analyses[index], method: method, model: model, count: count, maxCharacters: maxCharacters,
            skipHeadings: skipHeadings)
    }

    /// Mean ROUGE of `method` over the cases `indices`.
    public func evaluate(_ indices: [Int], method: SummaryMethod, model: ScoringModel, skipHeadings: Bool = true) -> MeanRouge {
        var mean = MeanRouge()
        for index in indices {
            let chosen = choose(index, method: method, model: model, skipHeadings: skipHeadings)
            mean.add(cases[index].score(chosen), words: chosen.reduce(0) { $0 + cases[index].sentenceTokens[$1].count })
        }
        return mean
    }

    /// The position prior learnt from the cases `indices`.
    public func positionPrior(_ indices: [Int]) -> [Double] {
        let buckets = ScoringModel.positionBucketStarts.count
        var sums = [Double](repeating: 0, count: buckets)
        var counts = [Int](repeating: 0, count: buckets)
        for index in indices {
            let reference = cases[index].reference
            guard !reference.isEmpty else { continue }
            for sentence in 0..<analyses[index].count {
                let position = analyses[index].contentPosition[sentence]
                guard position >= 0 else { continue }
                let recall = Rouge.ngram(1, cases[index].sentenceTokens[sentence], reference).recall
                sums[ScoringModel.bucket(position)] += recall
                counts[ScoringModel.bucket(position)] += 1
            }
        }
        let means = zip(sums, counts).map { $1 == 0 ? 0 : $0 / Double($1) }
        let peak = means.max() ?? 0
        return means.map { peak > 0 ? (($0 / peak) * 1000).rounded() / 1000 : 0 }
    }

    /// The best model on the cases `indices` over `grid`; ties keep the earlier grid point.
    public func fit(_ indices: [Int], grid: Grid = .standard) -> (model: ScoringModel, score: MeanRouge) {
        let prior = positionPrior(indices)
        var best: (model: ScoringModel, score: MeanRouge)?
        for centrality in grid.centrality {
            for entity in grid.entity {
                for redundancy in grid.redundancy {
                    for words in grid.fullLengthWords {
                        for long in grid.longSentenceWords {
                            let model = ScoringModel(
                                positionWeight: 1, centralityWeight: centrality, entityWeight: entity,
                                quoteWeight: ScoringModel.learned.quoteWeight, redundancy: redundancy,
                                fullLengthWords: words, longSentenceWords: long, positionPrior: prior)
                            let score = evaluate(indices, method: .auto, model: model)
                            if best == nil || score.objective > (best?.score.objective ?? 0) + 1e-12 { best = (model, score) }
                        }
                    }
                }
            }
        }
        return best ?? (ScoringModel.learned, MeanRouge())
    }

    /// Folds stratified by genre: the i-th document of each genre goes to fold i mod `folds`.
    public func folds(_ folds: Int) -> [[Int]] {
        var result = [[Int]](repeating: [], count: folds)
        var seen: [String: Int] = [:]
        for (index, item) in cases.enumerated() {
            let rank = seen[item.genre, default: 0]
            seen[item.genre] = rank + 1
            result[rank % folds].append(index)
        }
        return result
    }

    /// Each case scored by the model fitted on the other folds; also returns the fitted models.
    public func crossValidate(folds count: Int, grid: Grid = .standard) -> (score: MeanRouge, perCase: [Rouge.Scores], models: [ScoringModel]) {
        let folds = folds(count)
        var perCase = [Rouge.Scores?](repeating: nil, count: cases.count)
        var models: [ScoringModel] = []
        var total = MeanRouge()
        for (number, heldOut) in folds.enumerated() {
            let training = folds.enumerated().filter { $0.offset != number }.flatMap(\.element)
            let model = fit(training, grid: grid).model
            models.append(model)
            for index in heldOut {
                let chosen = choose(index, method: .auto, model: model)
                let scores = cases[index].score(chosen)
                perCase[index] = scores
                total.add(scores, words: chosen.reduce(0) { $0 + cases[index].sentenceTokens[$1].count })
            }
        }
        return (total, perCase.compactMap { $0 }, models)
    }
}
