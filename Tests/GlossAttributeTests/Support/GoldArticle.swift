import Foundation
import GlossCore

/// A hand-written answer key for one article: every quotation and report, with its kind and speaker.
struct GoldArticle: Decodable {
    struct GoldQuote: Decodable {
        var text: String
        var kind: String
        /// The fullest name; nil for a quotation nobody said (a title, a scare quote).
        var speaker: String?
        var role: String?
    }

    var article: String
    var quotes: [GoldQuote]

    /// Every gold file in `Fixtures/gold` (or `Fixtures/heldout-gold`), sorted by name.
    static func all(in folder: String) throws -> [(gold: GoldArticle, text: String)] {
        let root = try NewsPipeline.fixtures
        let goldFolder = root.appendingPathComponent(folder)
        let names = try FileManager.default.contentsOfDirectory(atPath: goldFolder.path).filter { $0.hasSuffix(".json") }.sorted()
        return try names.map { name in
            let gold = try JSONDecoder().decode(GoldArticle.self, from: Data(contentsOf: goldFolder.appendingPathComponent(name)))
            let text = try String(contentsOf: root.appendingPathComponent("articles").appendingPathComponent(gold.article), encoding: .utf8)
            return (gold, text)
        }
    }
}

/// Scores of predicted quotes against gold ones, summed over articles.
struct AttributionScores: CustomStringConvertible {
    /// Quotations in marks (direct and partial).
    var goldMarked = 0, predictedMarked = 0, matchedMarked = 0, exactMarked = 0
    /// Of the matched marked quotations with a gold speaker: right person, right full name, right kind.
    var markedWithSpeaker = 0, markedSpeakerRight = 0, markedFullNameRight = 0
    /// Kind (direct/partial) agreement on matched marked quotations with a gold speaker.
    var markedKindRight = 0
    /// Gold quotations nobody said (titles, scare quotes), matched, and how many got no speaker.
    var goldSpeakerless = 0, speakerlessMatched = 0, speakerlessKeptEmpty = 0
    /// Predicted marked quotations with a speaker, and how many of them are a gold quotation with that speaker.
    var predictedMarkedWithSpeaker = 0, predictedMarkedSpeakerRight = 0
    /// Reported speech.
    var goldIndirect = 0, predictedIndirect = 0, matchedIndirect = 0, indirectSpeakerRight = 0, indirectFullNameRight = 0
    /// Roles given in gold, and how many the stage gave the same way.
    var goldRoles = 0, rolesRight = 0
    /// Lines describing each miss, for reading.
    var misses: [String] = []

    static func + (a: AttributionScores, b: AttributionScores) -> AttributionScores {
        var sum = a
        sum.goldMarked += b.goldMarked; sum.predictedMarked += b.predictedMarked; sum.matchedMarked += b.matchedMarked
        sum.exactMarked += b.exactMarked; sum.markedWithSpeaker += b.markedWithSpeaker
        sum.markedSpeakerRight += b.markedSpeakerRight; sum.markedFullNameRight += b.markedFullNameRight
        sum.markedKindRight += b.markedKindRight
        sum.goldSpeakerless += b.goldSpeakerless; sum.speakerlessMatched += b.speakerlessMatched
        sum.speakerlessKeptEmpty += b.speakerlessKeptEmpty
        sum.predictedMarkedWithSpeaker += b.predictedMarkedWithSpeaker; sum.predictedMarkedSpeakerRight += b.predictedMarkedSpeakerRight
        sum.goldIndirect += b.goldIndirect; sum.predictedIndirect += b.predictedIndirect; sum.matchedIndirect += b.matchedIndirect
        sum.indirectSpeakerRight += b.indirectSpeakerRight; sum.indirectFullNameRight += b.indirectFullNameRight
        sum.goldRoles += b.goldRoles; sum.rolesRight += b.rolesRight
        sum.misses += b.misses
        return sum
    }

    static func ratio(_ a: Int, _ b: Int) -> Double { b == 0 ? 1 : Double(a) / Double(b) }

    var markedRecall: Double { Self.ratio(matchedMarked, goldMarked) }
    var markedPrecision: Double { Self.ratio(matchedMarked, predictedMarked) }
    var speakerAccuracy: Double { Self.ratio(markedSpeakerRight, markedWithSpeaker) }
    var fullNameAccuracy: Double { Self.ratio(markedFullNameRight, markedWithSpeaker) }
    var speakerPrecision: Double { Self.ratio(predictedMarkedSpeakerRight, predictedMarkedWithSpeaker) }
    var indirectRecall: Double { Self.ratio(matchedIndirect, goldIndirect) }
    var indirectPrecision: Double { Self.ratio(matchedIndirect, predictedIndirect) }
    var indirectSpeakerAccuracy: Double { Self.ratio(indirectSpeakerRight, matchedIndirect) }

    var description: String {
        func percent(_ value: Double) -> String { String(format: "%.1f%%", value * 100) }
        return """
            quotations in marks: gold \(goldMarked), found \(predictedMarked), matched \(matchedMarked) (exact span \(exactMarked))
              recall \(percent(markedRecall)), precision \(percent(markedPrecision))
              speaker accuracy \(percent(speakerAccuracy)) (\(markedSpeakerRight)/\(markedWithSpeaker)), full-name accuracy \(percent(fullNameAccuracy)) (\(markedFullNameRight)/\(markedWithSpeaker))
              speaker precision \(percent(speakerPrecision)) (\(predictedMarkedSpeakerRight)/\(predictedMarkedWithSpeaker) quotes given a speaker are right)
              kind (direct/partial) right \(markedKindRight)/\(markedWithSpeaker)
              no speaker where nobody spoke: \(speakerlessKeptEmpty)/\(goldSpeakerless) (\(speakerlessMatched) found)
            indirect speech: gold \(goldIndirect), found \(predictedIndirect), matched \(matchedIndirect)
              recall \(percent(indirectRecall)), precision \(percent(indirectPrecision)), speaker accuracy \(percent(indirectSpeakerAccuracy)) (full name \(indirectFullNameRight)/\(matchedIndirect))
            roles: \(rolesRight)/\(goldRoles)
            """
    }

    /// Scores one article's predicted quotes against its gold.
    static func score(_ gold: GoldArticle, _ document: Document) -> AttributionScores {
        var scores = AttributionScores()
        let text = document.text
        let predicted = document.quotes ?? []
        // Gold spans: the first unused occurrence of each gold text.
        var used: [Range<Int>] = []
        var goldSpans: [Span?] = []
        for quote in gold.quotes {
            var span: Span?
            var searchStart = text.startIndex
            while let range = text.range(of: quote.text, range: searchStart..<text.endIndex) {
                let start = text.utf8.distance(from: text.startIndex, to: range.lowerBound)
                let end = text.utf8.distance(from: text.startIndex, to: range.upperBound)
                if !used.contains(start..<end) {
                    span = Span(start: start, end: end)
                    used.append(start..<end)
                    break
                }
                searchStart = range.upperBound
            }
            if span == nil { scores.misses.append("\(gold.article): gold text not in article: \(quote.text)") }
            goldSpans.append(span)
        }
        func jaccard(_ a: Span, _ b: Span) -> Double {
            let overlap = max(0, min(a.end, b.end) - max(a.start, b.start))
            return Double(overlap) / Double(max(a.end, b.end) - min(a.start, b.start))
        }
        func samePerson(_ predicted: String?, _ gold: String?) -> Bool {
            guard let predicted, let gold else { return false }
            if predicted == gold { return true }
            let a = Set(predicted.split(separator: " ")), b = Set(gold.split(separator: " "))
            return a.isSubset(of: b) || b.isSubset(of: a)
        }
        var matchOfPredicted = [Int?](repeating: nil, count: predicted.count)
        for (goldIndex, quote) in gold.quotes.enumerated() {
            guard let goldSpan = goldSpans[goldIndex] else { continue }
            let indirect = quote.kind == "indirect"
            var best: (Int, Double)?
            for (index, candidate) in predicted.enumerated() where matchOfPredicted[index] == nil && (candidate.kind == .indirect) == indirect {
                let score = jaccard(goldSpan, candidate.span)
                if score >= 0.5, score > (best?.1 ?? 0) { best = (index, score) }
            }
            if let (index, _) = best { matchOfPredicted[index] = goldIndex }
            let match = best.map { predicted[$0.0] }
            let where_ = "\(gold.article): \(quote.kind) “\(quote.text.prefix(60))”"
            if indirect {
                scores.goldIndirect += 1
                guard let match else { scores.misses.append("\(where_): indirect not found"); continue }
                scores.matchedIndirect += 1
                if samePerson(match.speaker, quote.speaker) { scores.indirectSpeakerRight += 1 }
                if match.speaker == quote.speaker { scores.indirectFullNameRight += 1 } else {
                    scores.misses.append("\(where_): speaker \(match.speaker ?? "none"), gold \(quote.speaker ?? "none")")
                }
                continue
            }
            scores.goldMarked += 1
            guard let match else { scores.misses.append("\(where_): not found"); continue }
            scores.matchedMarked += 1
            if match.span == goldSpan { scores.exactMarked += 1 } else {
                scores.misses.append("\(where_): span differs: “\(document.string(match.span).prefix(60))”")
            }
            if quote.speaker == nil {
                scores.goldSpeakerless += 1
                scores.speakerlessMatched += 1
                if match.speaker == nil { scores.speakerlessKeptEmpty += 1 } else {
                    scores.misses.append("\(where_): fabricated speaker \(match.speaker ?? "")")
                }
                continue
            }
            scores.markedWithSpeaker += 1
            if samePerson(match.speaker, quote.speaker) { scores.markedSpeakerRight += 1 }
            if match.speaker == quote.speaker { scores.markedFullNameRight += 1 } else {
                scores.misses.append("\(where_): speaker \(match.speaker ?? "none"), gold \(quote.speaker ?? "none")")
            }
            if match.kind.rawValue == quote.kind { scores.markedKindRight += 1 } else {
                scores.misses.append("\(where_): kind \(match.kind.rawValue)")
            }
            if let role = quote.role {
                scores.goldRoles += 1
                if match.speakerRole == role { scores.rolesRight += 1 } else {
                    scores.misses.append("\(where_): role \(match.speakerRole ?? "none"), gold \(role)")
                }
            }
        }
        for (index, quote) in predicted.enumerated() {
            if quote.kind == .indirect {
                scores.predictedIndirect += 1
                if matchOfPredicted[index] == nil { scores.misses.append("\(gold.article): extra indirect “\(document.string(quote.span).prefix(60))” (\(quote.speaker ?? "none"))") }
                continue
            }
            scores.predictedMarked += 1
            guard quote.speaker != nil else { continue }
            scores.predictedMarkedWithSpeaker += 1
            if let goldIndex = matchOfPredicted[index], samePerson(quote.speaker, gold.quotes[goldIndex].speaker) {
                scores.predictedMarkedSpeakerRight += 1
            } else if matchOfPredicted[index] == nil {
                scores.misses.append("\(gold.article): extra quote “\(document.string(quote.span).prefix(60))” (\(quote.speaker ?? "none"))")
            }
        }
        // Indirect roles are scored too: a role is given once per speaker mention.
        for (goldIndex, quote) in gold.quotes.enumerated() where quote.kind == "indirect" {
            guard let role = quote.role, let index = matchOfPredicted.firstIndex(of: goldIndex) else { continue }
            scores.goldRoles += 1
            if predicted[index].speakerRole == role { scores.rolesRight += 1 } else {
                scores.misses.append("\(gold.article): indirect role \(predicted[index].speakerRole ?? "none"), gold \(role)")
            }
        }
        return scores
    }
}
