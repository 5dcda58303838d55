import Foundation
import Testing

@testable import GlossClean

/// Seeded random inputs: the fast paths against a plain reference, and HTML damage of every kind.
/// `GLOSS_SLOW=1` runs thirty times as many rounds.
@Suite struct RobustnessTests {
    static let scale = ProcessInfo.processInfo.environment["GLOSS_SLOW"] == "1" ? 30 : 1

    /// A small deterministic generator (SplitMix64), so failures reproduce.
    struct Random {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        mutating func below(_ bound: Int) -> Int { Int(next() % UInt64(bound)) }
    }

    /// The spacing rules written the slow, obvious way, over Characters.
    func reference(_ text: String) -> String {
        var mapped = ""
        for scalar in text.replacingOccurrences(of: "\r\n", with: "\n").unicodeScalars {
            switch scalar.value {
            case 0x20, 0x09, 0x0B, 0x0C, 0xA0, 0x2000...0x200A, 0x202F, 0x205F, 0x3000: mapped += " "
            case 0x0A, 0x0D, 0x85, 0x2028: mapped += "\n"
            case 0x2029: mapped += "\n\n"
            case 0xAD, 0x200B, 0x2060, 0xFEFF, 0x200E, 0x200F: break
            default: mapped.unicodeScalars.append(scalar)
            }
        }
        let lines = mapped.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            line.split(separator: " ").joined(separator: " ")
        }
        var paragraphs: [[String]] = [[]]
        for line in lines {
            if line.isEmpty {
                if !(paragraphs.last?.isEmpty ?? true) { paragraphs.append([]) }
            } else {
                paragraphs[paragraphs.count - 1].append(line)
            }
        }
        return paragraphs.filter { !$0.isEmpty }.map { $0.joined(separator: "\n") }.joined(separator: "\n\n")
    }

    func normalize(_ text: String) -> String {
        var copy = text
        return copy.withUTF8 { bytes in
            var normalizer = SpacingNormalizer(bytes, asciiPunctuation: false)
            normalizer.run()
            return normalizer.takeText().makeString()
        }
    }

    @Test func spacingMatchesTheReference() {
        let pieces = ["a", "b", "Word", "x.", " ", " ", "  ", "\t", "\n", "\r\n", "\n\n", "\u{00A0}", "\u{2009}", "\u{200B}",
                      "\u{00AD}", "’", "“", "é", "—", "😀", "\u{2029}", "\u{FEFF}", "abcdefgh", "ijklmnop qrstuvw"]
        var random = Random(state: 42)
        for _ in 0..<(2000 * Self.scale) {
            var text = ""
            for _ in 0..<random.below(40) { text += pieces[random.below(pieces.count)] }
            let expected = reference(text)
            let actual = normalize(text)
            if actual != expected {
                Issue.record("\(text.debugDescription): got \(actual.debugDescription), expected \(expected.debugDescription)")
                return
            }
        }
    }

    @Test func damagedHTMLNeverBreaksTheRules() throws {
        let sources = [try fixture("widgets.html"), try example("mill-street-bridge.html")]
        let damage = ["<", ">", "\"", "'", "&", "&#", "&amp", "</", "<!--", "-->", "<![CDATA[", "]]>", "<script>", "<p>", "</div>", "\u{0}", "é"]
        var random = Random(state: 7)
        for round in 0..<(100 * Self.scale) {
            var bytes = Array(sources[round % sources.count].utf8)
            for _ in 0..<(1 + random.below(12)) {
                let position = random.below(bytes.count)
                switch random.below(3) {
                case 0: bytes.insert(contentsOf: Array(damage[random.below(damage.count)].utf8), at: position)
                case 1: bytes.removeSubrange(position..<min(bytes.count, position + random.below(200)))
                default: bytes.removeSubrange(position...)  // truncated download
                }
                if bytes.isEmpty { bytes = Array("<p>x</p>".utf8) }
            }
            let html = String(decoding: bytes, as: UTF8.self)
            let once = clean(html, html: true)
            #expect(clean(once) == once, "round \(round): cleaning the output again changed it")
            #expect(!once.contains("  ") && !once.contains("\n\n\n") && !once.hasPrefix(" ") && !once.hasSuffix("\n"))
        }
    }

    @Test func textIsIdempotentOnRandomInput() {
        let pieces = ["The post ", "X", " appeared first on ", "Site.", "\n", "\n\n", "Share this:", "Read more", "[…]", " ", "RIVERTON (Wire) — ",
                      "word", "é", "e\u{301}", "\u{200D}", "👩", "“", "<p>", "&amp;", "Related", "Twitter"]
        var random = Random(state: 99)
        for _ in 0..<(2000 * Self.scale) {
            var text = ""
            for _ in 0..<random.below(30) { text += pieces[random.below(pieces.count)] }
            let once = clean(text)
            let twice = clean(once)
            if twice != once {
                Issue.record("\(text.debugDescription): once \(once.debugDescription), twice \(twice.debugDescription)")
                return
            }
        }
    }
}
