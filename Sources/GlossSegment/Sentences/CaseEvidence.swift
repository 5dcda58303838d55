/// What the rest of a document says about a capitalised word: does it also appear in lower case (so its
/// capital marks a sentence start), or capitalised in mid-sentence (a name)?
///
/// Asked only for ambiguous words after abbreviations, so each answer scans the tokens once; answers are
/// cached, and after a fixed number of scans per document the answer is "no evidence", which keeps a
/// pathological document linear.
struct CaseEvidence {
    enum Answer { case lowerCase, capitalized, none }

    private var cache: [(start: Int, end: Int, answer: Answer)] = []
    private static let maximumScans = 32

    mutating func lookup(_ index: Int, tokens: UnsafeBufferPointer<ScannedToken>, text: UnsafeBufferPointer<UInt8>) -> Answer {
        let word = tokens[index]
        let length = word.end - word.start
        let first = text[word.start]
        guard word.kind == .word, length >= 2, first >= 0x41, first <= 0x5A,
            text[word.start + 1] >= 0x61, text[word.start + 1] <= 0x7A
        else { return .none }
        for entry in cache where entry.end - entry.start == length && same(text, entry.start, word.start, length) {
            return entry.answer
        }
        guard cache.count < Self.maximumScans else { return .none }
        var answer = Answer.none
        for (position, token) in tokens.enumerated() where position != index && token.end - token.start == length {
            let head = text[token.start]
            guard head == first || head == first | 0x20, same(text, token.start + 1, word.start + 1, length - 1) else { continue }
            if head != first {
                answer = .lowerCase
                break
            }
            if position > 0 && token.gap != .none && token.gap < .paragraph && tokens[position - 1].kind == .word {
                let before = text[tokens[position - 1].start]
                if before >= 0x61 && before <= 0x7A { answer = .capitalized }
            }
        }
        cache.append((word.start, word.end, answer))
        return answer
    }

    private func same(_ text: UnsafeBufferPointer<UInt8>, _ a: Int, _ b: Int, _ length: Int) -> Bool {
        for offset in 0..<length where text[a + offset] != text[b + offset] { return false }
        return true
    }
}
