import Testing
@testable import GlossCore

@Suite struct JSONTests {
    @Test func parsesAllKinds() throws {
        let value = try JSONParser.parse(#" {"a": [1, -2.5, 3e2, true, false, null], "b": "x\"y\\z\u00e9\ud83d\ude00", "c": {}} "#)
        #expect(value["a"] == [1, -2.5, 300.0, true, false, nil])
        #expect(value["b"] == "x\"y\\zé😀")
        #expect(value["c"] == .object([:]))
    }

    @Test(arguments: [
        ("", "unexpected end of input"),
        ("{", "unexpected end of input in an object"),
        ("{\"a\" 1}", "expected ':'"),
        ("[1,]", "unexpected ']'"),
        ("\"abc", "unterminated string"),
        ("\"a\u{01}\"", "control character"),
        ("01", "after the value"),
        ("{\"a\":1} x", "after the value"),
        ("tru", "invalid literal"),
    ])
    func rejectsMalformed(input: String, message: String) {
        #expect {
            _ = try JSONParser.parse(input)
        } throws: { error in
            (error as? JSONSyntaxError)?.message.contains(message) == true
        }
    }

    @Test func deepNestingIsAnErrorNotACrash() {
        let deep = String(repeating: "[", count: 100_000)
        #expect(throws: JSONSyntaxError.self) { _ = try JSONParser.parse(deep) }
    }

    @Test func invalidUTF8AndLoneSurrogatesAreRepairedAndCounted() throws {
        let bytes: [UInt8] = Array("{\"t\":\"a".utf8) + [0xFF, 0xC3] + Array("b\\ud800c\"}".utf8)
        let (value, repaired) = try JSONParser.parse(bytes)
        #expect(value["t"] == "a\u{FFFD}\u{FFFD}b\u{FFFD}c")
        #expect(repaired == 3)
    }

    @Test func writerEscapesAndSortsKeys() {
        let value: JSONValue = ["b": "line\nbreak \"q\" \u{1}", "a": [1, 2.5, nil, false]]
        #expect(value.description == #"{"a":[1,2.5,null,false],"b":"line\nbreak \"q\" \u0001"}"#)
        var writer = JSONWriter()
        writer.integer(Int.min)
        writer.raw(",")
        writer.integer(0)
        writer.raw(",")
        writer.integer(1234567)
        #expect(writer.string == "\(Int.min),0,1234567")
    }

    @Test func codableValuesRoundTripThroughJSONValue() throws {
        struct Item: Codable, Equatable {
            var name: String
            var weights: [Double]
            var tags: [String: Int]
            var note: String?
        }
        let item = Item(name: "strike", weights: [0.5, 2], tags: ["x": 1], note: nil)
        let json = try JSONValueEncoder().encode(item)
        #expect(json == ["name": "strike", "weights": [0.5, 2.0], "tags": ["x": 1]])
        #expect(try JSONValueDecoder().decode(Item.self, from: json) == item)
    }
}

@Suite struct OffsetTests {
    /// Offsets in JSON are scalar offsets: Python's text[start:end] must give the span.
    @Test func scalarOffsetsMatchPythonSlicing() throws {
        let text = "“Fine,” she said — 🚀 done. Ünïcode ok"
        var document = Document(id: "x", text: text)
        let utf8 = Array(text.utf8)
        func byteSpan(_ piece: String) -> Span {
            let needle = Array(piece.utf8)
            let start = (0...(utf8.count - needle.count)).first { Array(utf8[$0..<($0 + needle.count)]) == needle }!
            return Span(start: start, end: start + needle.count)
        }
        document.entities = [Entity(byteSpan("🚀 done"), label: "MISC"), Entity(byteSpan("Ünïcode"), label: "LOC")]
        document.quotes = [Quote(byteSpan("Fine,"), kind: .direct, speaker: "she", speakerSpan: byteSpan("she"))]
        let encoded = try JSONParser.parse(DocumentJSON.encode(document)).0
        let scalars = Array(text.unicodeScalars)
        func slice(_ object: JSONValue?, _ start: String = "start", _ end: String = "end") -> String {
            guard let object, let s = object[start]?.integerValue, let e = object[end]?.integerValue else { return "?" }
            return String(String.UnicodeScalarView(scalars[s..<e]))
        }
        #expect(slice(encoded["entities"]?.arrayValue?[0]) == "🚀 done")
        #expect(slice(encoded["entities"]?.arrayValue?[1]) == "Ünïcode")
        #expect(encoded["entities"]?.arrayValue?[1]["text"] == "Ünïcode")
        #expect(slice(encoded["quotes"]?.arrayValue?[0]) == "Fine,")
        #expect(slice(encoded["quotes"]?.arrayValue?[0], "speaker_start", "speaker_end") == "she")

        // And back: decoding the output gives the same byte spans.
        let decoded = try DocumentJSON.decode(encoded, defaultID: "?")
        #expect(decoded.entities == document.entities)
        #expect(decoded.quotes == document.quotes)
    }

    @Test func mapRoundTripsEveryScalarBoundary() {
        let text = String(repeating: "aé€😀", count: 50)
        var copy = text
        copy.withUTF8 { bytes in
            let map = ScalarOffsetMap(bytes)
            var scalar = 0
            var byte = 0
            for s in text.unicodeScalars {
                #expect(map.scalarOffset(ofByte: byte, in: bytes) == scalar)
                #expect(map.byteOffset(ofScalar: scalar, in: bytes) == byte)
                scalar += 1
                byte += UTF8.width(s)
            }
            #expect(map.scalarOffset(ofByte: bytes.count, in: bytes) == scalar)
            #expect(map.byteOffset(ofScalar: scalar, in: bytes) == bytes.count)
        }
    }

    @Test func decodingRejectsSpansOutsideTheText() throws {
        let record: JSONValue = ["id": "d", "text": "short", "sentences": [["start": 0, "end": 9]]]
        #expect(throws: DocumentDecodingError.self) { _ = try DocumentJSON.decode(record, defaultID: "?") }
    }

    @Test func unknownMembersAreKeptInMeta() throws {
        let record: JSONValue = ["id": 7, "html": "<p>x</p>", "url": "https://example.org/a", "meta": ["title": "T"]]
        let document = try DocumentJSON.decode(record, defaultID: "?")
        #expect(document.id == "7")
        #expect(document.meta == ["title": "T", "format": "html", "url": "https://example.org/a"])
    }
}
