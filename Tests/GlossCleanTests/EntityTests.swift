import Testing

@testable import GlossClean

/// Character references, decoded as the HTML standard says.
@Suite struct EntityTests {
    /// Decodes `text` as HTML text content (no markup), without the later cleaning passes.
    func decode(_ text: String, context: HTMLEntityDecoder.Context = .text) -> String {
        var copy = text
        return copy.withUTF8 { bytes in
            var out = ByteWriter(capacity: bytes.count)
            var index = 0
            while index < bytes.count {
                if bytes[index] == 0x26 {
                    index = HTMLEntityDecoder.decode(bytes, at: index, context: context, whitespaceAsSpace: false, into: &out)
                } else {
                    out.append(bytes[index])
                    index += 1
                }
            }
            return out.makeString()
        }
    }

    @Test func theWholeStandardTableIsThere() {
        #expect(HTMLEntityTable.shared.count == 2231)
        #expect(HTMLEntityTable.shared.longestName == "CounterClockwiseContourIntegral;".utf8.count)
    }

    @Test(arguments: [
        ("&ldquo;&rdquo;&lsquo;&rsquo;", "“”‘’"),
        ("&nbsp;", "\u{00A0}"),
        ("&amp;&lt;&gt;&quot;&apos;", "&<>\"'"),
        ("&hellip;&mdash;&ndash;&middot;&bull;", "…—–·•"),
        ("&eacute;&Eacute;&ccedil;&szlig;&aelig;&AElig;", "éÉçßæÆ"),
        ("&euro;&pound;&yen;&cent;&deg;&frac12;", "€£¥¢°½"),
        ("&CounterClockwiseContourIntegral;", "∳"),
        ("&NotEqualTilde;", "\u{2242}\u{0338}"),  // two code points
        ("&nGt;", "\u{226B}\u{20D2}"),  // longer than the reference itself
        ("&zwj;&zwnj;&shy;", "\u{200D}\u{200C}\u{00AD}"),
        ("&fjlig;", "fj"),
        ("&NewLine;&Tab;", "\n\t"),
    ])
    func namedReferences(_ input: String, _ expected: String) {
        #expect(decode(input) == expected)
    }

    @Test(arguments: [
        ("&#8217;&#x2019;&#X2019;&#039;", "’’’'"),
        ("&#65;&#x41", "AA"),  // the semicolon is optional
        ("&#128;&#146;&#150;&#151;&#133;", "€’–—…"),  // windows-1252, as the standard says
        ("&#0;&#xD800;&#x110000;&#99999999999999999999;", "\u{FFFD}\u{FFFD}\u{FFFD}\u{FFFD}"),
        ("&#129;", "\u{0081}"),  // undefined in windows-1252: kept (the spacing pass removes C1 controls)
        ("&#;&#x;&#a;", "&#;&#x;&#a;"),  // no digits: not a reference
        ("&#x1F600;", "😀"),
    ])
    func numericReferences(_ input: String, _ expected: String) {
        #expect(decode(input) == expected)
    }

    @Test(arguments: [
        ("&copy 2025", "© 2025"),  // legacy names work without the semicolon
        ("&copy2025", "©2025"),
        ("&notit;", "¬it;"),  // longest legacy prefix, as browsers do
        ("&notin;", "∉"),
        ("&ampere", "&ere"),
        ("AT&T and R&D", "AT&T and R&D"),
        ("&unknown; & &; &123;", "&unknown; & &; &123;"),
        ("&", "&"),
        ("&AMP;&amp", "&&"),
    ])
    func legacyAndNonReferences(_ input: String, _ expected: String) {
        #expect(decode(input) == expected)
    }

    @Test func attributesKeepLegacyNamesBeforeLettersAndEquals() {
        #expect(decode("?a=1&copy=2&lang=en", context: .attribute) == "?a=1&copy=2&lang=en")
        #expect(decode("&copy; 2025 &amp; more", context: .attribute) == "© 2025 & more")
        #expect(decode("x&amp y", context: .attribute) == "x& y")
    }
}
