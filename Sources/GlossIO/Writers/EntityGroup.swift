import GlossCore

/// A document's entities as people read them: per label, each distinct name once with how often it occurs.
struct EntityGroup: Sendable {
    /// The label ("PER").
    var label: String
    /// Distinct names (flattened to one line), most frequent first, then in order of first mention.
    var names: [(name: String, count: Int)]

    /// Mentions under this label.
    var mentions: Int { names.reduce(0) { $0 + $1.count } }

    /// The standard labels come first, in this order; others follow in order of first mention.
    static let standardOrder = ["PER", "ORG", "LOC", "MISC"]

    /// Groups `document`'s entities; `text` is the document's UTF-8 (from `withUTF8`). Empty when the
    /// document has no entities layer.
    static func groups(of document: Document, text: UnsafeBufferPointer<UInt8>) -> [EntityGroup] {
        guard let entities = document.entities, !entities.isEmpty else { return [] }
        var labels: [String] = []
        var names: [String: [String]] = [:]
        var counts: [String: [String: Int]] = [:]
        for entity in entities {
            let label = entity.label.rawValue
            let lower = min(max(entity.start, 0), text.count)
            let upper = min(max(entity.end, lower), text.count)
            let name = OneLine.flatten(String(decoding: UnsafeBufferPointer(rebasing: text[lower..<upper]), as: UTF8.self))
            if counts[label] == nil {
                labels.append(label)
                counts[label] = [:]
            }
            if counts[label]?[name] == nil { names[label, default: []].append(name) }
            counts[label]?[name, default: 0] += 1
        }
        let ordered = standardOrder.filter { counts[$0] != nil } + labels.filter { !standardOrder.contains($0) }
        return ordered.map { label in
            let firstSeen = names[label] ?? []
            let labelCounts = counts[label] ?? [:]
            let ranked = firstSeen.enumerated().sorted { a, b in
                let countA = labelCounts[a.element] ?? 0
                let countB = labelCounts[b.element] ?? 0
                return countA != countB ? countA > countB : a.offset < b.offset
            }
            return EntityGroup(label: label, names: ranked.map { (name: $0.element, count: labelCounts[$0.element] ?? 0) })
        }
    }
}
