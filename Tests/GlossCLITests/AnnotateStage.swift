import GlossCore

/// Adds sentences, entities, quotes and a summary by simple rules, so that `gloss test` can be tested on
/// every layer without the real stages. Not NLP: names come from a fixed list.
struct Annotate: Stage {
    static let name = "annotate"
    static let summary = "Sentences, entities, quotes and a summary by rule (test stage)."
    static let requires: Set<Layer> = []
    static let produces: Set<Layer> = [.sentences, .entities, .quotes, .summary]

    /// Names this stage recognises, with their labels.
    static let gazetteer: [(String, EntityLabel)] = [
        ("Mara Quell", "PER"), ("Quell", "PER"), ("Ivo Brandt", "PER"), ("Norvale", "LOC"), ("Transit Union", "ORG"),
    ]

    init(options: NoOptions, context: StageContext) {}

    func process(_ document: inout Document) throws {
        let bytes = Array(document.text.utf8)
        var sentences: [Span] = []
        var start: Int?
        for index in bytes.indices {
            if start == nil, bytes[index] != 0x20, bytes[index] != 0x0A { start = index }
            let atEnd = index + 1 == bytes.count || bytes[index + 1] == 0x20 || bytes[index + 1] == 0x0A
            if let first = start, bytes[index] == 0x2E, atEnd {
                sentences.append(Span(start: first, end: index + 1))
                start = nil
            }
        }
        if let first = start { sentences.append(Span(start: first, end: bytes.count)) }

        var entities: [Entity] = []
        for (name, label) in Self.gazetteer {
            let pattern = Array(name.utf8)
            var index = 0
            while index + pattern.count <= bytes.count {
                if Array(bytes[index..<index + pattern.count]) == pattern,
                   !entities.contains(where: { $0.span.overlaps(Span(start: index, end: index + pattern.count)) }) {
                    entities.append(Entity(Span(start: index, end: index + pattern.count), label: label))
                    index += pattern.count
                } else {
                    index += 1
                }
            }
        }
        entities.sort { $0.span < $1.span }

        // “...” said NAME
        var quotes: [Quote] = []
        let open: [UInt8] = [0xE2, 0x80, 0x9C]
        let close: [UInt8] = [0xE2, 0x80, 0x9D]
        var index = 0
        while index + 3 <= bytes.count {
            guard Array(bytes[index..<index + 3]) == open else {
                index += 1
                continue
            }
            var end = index + 3
            while end + 3 <= bytes.count, Array(bytes[end..<end + 3]) != close { end += 1 }
            guard end + 3 <= bytes.count else { break }
            var quote = Quote(Span(start: index + 3, end: end), kind: .direct)
            let after = String(decoding: bytes[(end + 3)...].prefix(12), as: UTF8.self)
            if after.hasPrefix(" said ") || after.hasPrefix(", said ") {
                if let speaker = entities.first(where: { $0.label == "PER" && $0.start > end }) {
                    quote.speaker = Self.gazetteer.first { $0.0.hasSuffix(document.string(speaker.span)) && $0.0.contains(" ") }?.0
                        ?? document.string(speaker.span)
                    quote.speakerSpan = speaker.span
                    quote.cue = "said"
                }
            }
            quotes.append(quote)
            index = end + 3
        }

        document.sentences = sentences
        document.entities = entities
        document.quotes = quotes
        document.summary = sentences.first.map { Summary(sentences: [0], text: document.string($0)) } ?? Summary(sentences: [], text: "")
    }
}
