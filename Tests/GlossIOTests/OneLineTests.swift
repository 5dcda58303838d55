import Testing
@testable import GlossIO

@Suite struct OneLineTests {
    @Test(arguments: [
        ("plain words", "plain words"),
        ("  padded\tand\n\nbroken  ", "padded and broken"),
        ("no\u{A0}break\u{2028}line\u{2029}para\u{3000}wide", "no break line para wide"),
        ("esc\u{1B}[2J bell\u{7} del\u{7F} csi\u{9B}31m nul\u{0}", "esc\u{FFFD}[2J bell\u{FFFD} del\u{FFFD} csi\u{FFFD}31m nul\u{FFFD}"),
        ("“curly” — é 🙂 ¥", "“curly” — é 🙂 ¥"),
        ("", ""),
        (" \n\t ", ""),
    ])
    func flattens(input: String, expected: String) {
        #expect(OneLine.flatten(input) == expected)
    }

    /// The byte-level whitespace test must agree with Unicode's, or CoNLL-U's `# text` and `SpaceAfter` drift.
    @Test func whitespaceLengthAgreesWithUnicodeOnTheBasicPlane() {
        var disagreements: [UInt32] = []
        for value in UInt32(0)..<0x1_0000 {
            guard let scalar = Unicode.Scalar(value) else { continue }
            var bytes = Array(String(Character(scalar)).utf8) + [0x78]
            let length = bytes.withUnsafeMutableBufferPointer { OneLine.whitespaceLength(UnsafeBufferPointer($0), at: 0) }
            let expected = scalar.properties.isWhitespace ? bytes.count - 1 : 0
            if length != expected { disagreements.append(value) }
            bytes.removeAll()
        }
        #expect(disagreements.isEmpty, "\(disagreements.prefix(10).map { String($0, radix: 16) })")
    }
}
