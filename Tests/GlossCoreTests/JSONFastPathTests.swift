import Testing
@testable import GlossCore

/// The fast paths of JSON writing and reading give exactly what the plain ones gave.
@Suite struct JSONFastPathTests {
    /// Every byte offset (inside scalars, past the end, before the start), forwards, backwards, in jumps.
    @Test func cursorGivesTheMapsOffsets() {
        let text = String(repeating: "Plain words, “curly” — 😀 and é; ", count: 40) + "end"
        var copy = text
        copy.withUTF8 { bytes in
            let map = ScalarOffsetMap(bytes)
            var forward = ScalarOffsetCursor(map: map, bytes: bytes)
            for byte in -2...(bytes.count + 2) {
                #expect(forward.scalarOffset(ofByte: byte) == map.scalarOffset(ofByte: byte, in: bytes), "byte \(byte)")
            }
            var jumping = ScalarOffsetCursor(map: map, bytes: bytes)
            var random = UInt64(7)
            for _ in 0..<2_000 {
                random = random &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                let byte = Int(random >> 33) % (bytes.count + 1)
                #expect(jumping.scalarOffset(ofByte: byte) == map.scalarOffset(ofByte: byte, in: bytes), "byte \(byte)")
            }
        }
    }

    @Test func cursorOnASCIIIsTheIdentity() {
        var copy = "plain ascii text"
        copy.withUTF8 { bytes in
            var cursor = ScalarOffsetCursor(map: ScalarOffsetMap(bytes), bytes: bytes)
            #expect(cursor.scalarOffset(ofByte: 5) == 5)
            #expect(cursor.scalarOffset(ofByte: 99) == 99)
        }
    }

    @Test(arguments: [0, 7, 9, 10, 11, 99, 100, 12_345, -1, -10, -987_654, Int.max, Int.min, 1_000_000_000_000])
    func cursorIntegersMatchTheWriter(value: Int) {
        var plain = JSONWriter()
        plain.integer(value)
        var fast = JSONWriter()
        fast.appendFormatted(maximumCount: 24) { $0.integer(value) }
        #expect(fast.string == plain.string)
        #expect(fast.string == String(value))
    }

    @Test func everyTagNameIsWrittenAsUPOSNamesIt() {
        for pos in UPOS.allCases {
            var writer = JSONWriter()
            writer.appendFormatted(maximumCount: 8) { $0.raw(DocumentJSON.posName(pos)) }
            #expect(writer.string == pos.name)
        }
    }

    @Test func tokensAndSentencesAreWrittenAsBefore() throws {
        let text = "“Yes,” said Ünal — 😀 twice.\nSecond line here."
        var document = Document(id: "d", text: text)
        let utf8 = Array(text.utf8)
        var tokens: [Token] = []
        var start: Int?
        for (index, byte) in utf8.enumerated() {
            let space = byte == 0x20 || byte == 0x0A
            if space, let begun = start {
                tokens.append(Token(start: begun, end: index, pos: UPOS(rawValue: UInt8(tokens.count % 17))))
                start = nil
            } else if !space && start == nil {
                start = index
            }
        }
        if let begun = start { tokens.append(Token(start: begun, end: utf8.count)) }
        document.tokens = tokens
        document.sentences = [Span(start: 0, end: 37), Span(start: 38, end: utf8.count)]
        let encoded = try JSONParser.parse(DocumentJSON.encode(document)).0
        let scalars = Array(text.unicodeScalars)
        let written = encoded["tokens"]?.arrayValue ?? []
        #expect(written.count == tokens.count)
        for (token, json) in zip(tokens, written) {
            let s = json["start"]?.integerValue ?? -1
            let e = json["end"]?.integerValue ?? -1
            #expect(String(String.UnicodeScalarView(scalars[s..<e])) == String(decoding: utf8[token.start..<token.end], as: UTF8.self))
            #expect(json["pos"]?.stringValue == token.pos?.name)
        }
        #expect(encoded["sentences"] == [["start": 0, "end": 27], ["start": 28, "end": .integer(scalars.count)]])
        // Read back, the layers are the same.
        let decoded = try DocumentJSON.decode(encoded, defaultID: "?")
        #expect(decoded.tokens == document.tokens)
        #expect(decoded.sentences == document.sentences)
    }

    @Test func emptyLayersAreEmptyArrays() throws {
        var document = Document(id: "e", text: "")
        document.tokens = []
        document.sentences = []
        let text = String(decoding: DocumentJSON.encode(document), as: UTF8.self)
        #expect(text == #"{"id":"e","text":"","sentences":[],"tokens":[]}"#)
    }

    /// Strings with escapes take the parser's slow path, which copies runs between escapes.
    @Test(arguments: [
        (#""line one\nline two""#, "line one\nline two"),
        (#""\"quoted\" and \\ back""#, "\"quoted\" and \\ back"),
        (#""é\u00e9\n😀 tail""#, "éé\n😀 tail"),
        (#""\n""#, "\n"),
        (#""a\tb\/c\r\nd""#, "a\tb/c\r\nd"),
    ])
    func escapedStringsParse(json: String, text: String) throws {
        #expect(try JSONParser.parse(json) == .string(text))
    }

    @Test func aControlByteAfterAnEscapeIsStillAnError() {
        #expect {
            _ = try JSONParser.parse("\"a\\nb\u{01}c\"")
        } throws: { error in
            (error as? JSONSyntaxError)?.offset == 5
        }
    }
}
