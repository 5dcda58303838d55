import GlossCore
import GlossTesting

/// A document with every layer, written by hand (byte offsets; the text is ASCII apart from the quotes).
func newsDocument() -> Document {
    // 0         1         2         3         4         5         6         7
    // 0123456789012345678901234567890123456789012345678901234567890123456789012345678
    // Mara Quell spoke in Norvale. “We stay out,” she said. Nobody else spoke.
    let text = "Mara Quell spoke in Norvale. “We stay out,” she said. Nobody else spoke."
    var document = Document(id: "news-1", text: text, meta: ["source": "wire", "pages": 3])
    let bytes = Array(text.utf8)
    func find(_ piece: String, from: Int = 0) -> Span {
        let needle = Array(piece.utf8)
        for start in from...(bytes.count - needle.count) where Array(bytes[start..<start + needle.count]) == needle {
            return Span(start: start, end: start + needle.count)
        }
        preconditionFailure("'\(piece)' is not in the text")
    }
    let first = find("Mara Quell spoke in Norvale.")
    let second = find("“We stay out,” she said.")
    let third = find("Nobody else spoke.")
    document.sentences = [first, second, third]
    document.tokens = TestDocument.tokenized(text).tokens
    document.entities = [Entity(find("Mara Quell"), label: "PER"), Entity(find("Norvale"), label: "LOC")]
    var quote = Quote(find("We stay out,"), kind: .direct)
    quote.speaker = "Mara Quell"
    quote.cue = "said"
    document.quotes = [quote]
    document.summary = Summary(sentences: [0, 2], text: "Mara Quell spoke in Norvale. Nobody else spoke.")
    document.extensions["keywords"] = ["spoke", "norvale"]
    document.extensions["stats"] = ["words": 13]
    return document
}
