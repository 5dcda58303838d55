import Testing

@testable import GlossClean

/// Unicode and spacing rules, on text.
@Suite struct SpacingTests {
    @Test(arguments: [
        ("The\u{00A0}ferry\u{2009}left\u{202F}at\u{3000}noon\tsharp.", "The ferry left at noon sharp."),
        ("Ten  spaces          here.", "Ten spaces here."),
        ("  Leading and trailing.   ", "Leading and trailing."),
        ("Line one   \n   Line two", "Line one\nLine two"),
        ("One.\n\n\n\n\nTwo.", "One.\n\nTwo."),
        ("One.\n   \n \t \nTwo.", "One.\n\nTwo."),
        ("Windows\r\nline\rendings.\r\n\r\nNext.", "Windows\nline\nendings.\n\nNext."),
        ("Next\u{0085}line and\u{2028}separator.\u{2029}New paragraph.", "Next\nline and\nseparator.\n\nNew paragraph."),
        ("\n\n\nStarts late.\n\n\n", "Starts late."),
    ])
    func spacesAndBreaks(_ input: String, _ expected: String) {
        #expect(clean(input) == expected)
    }

    @Test(arguments: [
        ("zero\u{200B}width", "zerowidth"),
        ("soft\u{00AD}hyphen", "softhyphen"),
        ("\u{FEFF}Byte order mark", "Byte order mark"),
        ("word\u{2060}joiner", "wordjoiner"),
        ("left\u{200E}to\u{200F}right\u{202A}embedded\u{202C}", "lefttorightembedded"),
        ("bell\u{0007}and\u{0000}null\u{007F}del\u{0090}c1", "bellandnulldelc1"),
        ("a \u{200B} b", "a b"),
        ("joiner\u{200D}between ASCII", "joinerbetween ASCII"),
    ])
    func invisibleCharactersGo(_ input: String, _ expected: String) {
        #expect(clean(input) == expected)
    }

    @Test func joinersInsideEmojiAndScriptsStay() {
        let family = "👨\u{200D}👩\u{200D}👧"
        #expect(clean("The \(family) emoji.") == "The \(family) emoji.")
        let persian = "می\u{200C}خواهم"
        #expect(clean(persian) == persian)
        #expect(clean("é\u{200D} é") == "é é")
    }

    @Test func typographicPunctuationIsKeptByDefault() {
        let text = "“Yes,” she said — twice – ‘maybe’… «non» 5′ 6″ −3"
        #expect(clean(text) == text)
    }

    @Test func asciiPunctuationOnRequest() {
        var options = CleanOptions()
        options.asciiPunctuation = true
        let text = "“Yes,” she said — twice – ‘maybe’… «non» 5′ 6″ −3 non‑breaking"
        #expect(clean(text, options: options) == "\"Yes,\" she said -- twice - 'maybe'... \"non\" 5' 6\" -3 non-breaking")
    }

    @Test(arguments: [
        ("Cafe\u{0301} and re\u{0301}sume\u{0301}", "Café and résumé"),
        ("\u{212B}ngstr\u{00F6}m", "Ångström"),  // a singleton: ANGSTROM SIGN is not NFC
        ("\u{1100}\u{1161}\u{11A8}", "각"),  // Hangul jamo compose
        ("e\u{200B}\u{0301}", "é"),  // composition runs after invisible characters go
        ("\u{2126} and \u{03A9}", "\u{03A9} and \u{03A9}"),  // OHM SIGN is Ω
    ])
    func unicodeIsNFC(_ input: String, _ expected: String) {
        let output = clean(input)
        #expect(Array(output.unicodeScalars) == Array(expected.unicodeScalars))
    }

    @Test func nfcIsSkippedOnlyWhenItCannotChangeAnything() {
        #expect(!SpacingNormalizer.isCompositionStable(0x0301))
        #expect(!SpacingNormalizer.isCompositionStable(0x212B))
        #expect(!SpacingNormalizer.isCompositionStable(0x20D2))
        #expect(SpacingNormalizer.isCompositionStable(0x2019))
        #expect(SpacingNormalizer.isCompositionStable(0x00E9))
        #expect(SpacingNormalizer.isCompositionStable(0x1F600))
        // Every stable scalar really is its own NFC, alone and after a letter.
        let ranges: [ClosedRange<UInt32>] = [0x80...0x2FF, 0x2002...0x20CF, 0x2190...0x2328, 0x1F000...0x1FAFF]
        var changed: [String] = []
        for value in ranges.joined() {
            guard let scalar = Unicode.Scalar(value), SpacingNormalizer.isCompositionStable(value) else { continue }
            let text = "a" + String(scalar)
            if text._nfcCodeUnits != Array(text.utf8) { changed.append("U+" + String(value, radix: 16)) }
        }
        #expect(changed == [])
    }
}
