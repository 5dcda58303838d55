import GlossCore
import GlossYAML
import Testing

@Suite struct ScalarTests {
    @Test(arguments: [
        ("a: plain words", ConfigNode.Value.scalar("plain words", .plain)),
        ("a: 'single ''quoted'''", .scalar("single 'quoted'", .quoted)),
        ("a: \"double \\\"quoted\\\" \\u00e9\\t!\"", .scalar("double \"quoted\" é\t!", .quoted)),
        ("a: |\n  literal\n   kept\n", .scalar("literal\n kept\n", .quoted)),
        ("a: |-\n  stripped\n\n", .scalar("stripped", .quoted)),
        ("a: |+\n  kept\n\n", .scalar("kept\n\n", .quoted)),
        ("a: >\n  folded\n  into one\n\n  paragraph two\n", .scalar("folded into one\nparagraph two\n", .quoted)),
        ("a: plain\n  over two lines", .scalar("plain over two lines", .plain)),
        ("a: \"double over\n  two lines\"", .scalar("double over two lines", .quoted)),
        ("a: \"joined \\\n  without space\"", .scalar("joined without space", .quoted)),
        ("a: !!str 12", .scalar("12", .quoted)),
        ("a: ! 12", .scalar("12", .quoted)),
        ("a: 12 # a comment", .scalar("12", .plain)),
        ("a: '' ", .scalar("", .quoted)),
    ])
    func scalarStylesAndText(yaml: String, expected: ConfigNode.Value) throws {
        #expect(try load(yaml)["a"]?.value == expected)
    }

    @Test func emptyValuesArePlainEmptyAndReadAsNull() throws {
        let root = try load("a:\nb: ~\nc: null\nd: ''\nlist:\n  -\n  - x\nflow: {e: , f}\n")
        #expect(root["a"] == .plain("", at: at(1, 3)))
        for key in ["a", "b", "c"] { #expect(root[key]?.isNull == true, "\(key)") }
        #expect(root["d"]?.isNull == false)
        #expect(root["list"]?.elements?.map(\.value) == [.scalar("", .plain), .scalar("x", .plain)])
        #expect(root["flow"]?.withoutLocations == ConfigNode(.mapping([
            .init(key: "e", value: ConfigNode(.scalar("", .plain))), .init(key: "f", value: ConfigNode(.scalar("", .plain))),
        ])))
    }

    @Test func theLoaderInterpretsNothing() throws {
        let root = try load("a: yes\nb: off\nc: 0x1F\nd: 1e3\ne: .inf\nf: 2024-05-01\ng: True")
        #expect(root.entries?.map(\.value.value) == [
            .scalar("yes", .plain), .scalar("off", .plain), .scalar("0x1F", .plain), .scalar("1e3", .plain),
            .scalar(".inf", .plain), .scalar("2024-05-01", .plain), .scalar("True", .plain),
        ])
    }

    struct Flags: Decodable, Equatable {
        var enabled: Bool
        var mode: String
        var count: Int
    }

    @Test func booleansAreTrueAndFalseOnlyThroughTheDecoder() throws {
        let decoder = ConfigDecoder()
        #expect(try decoder.decode(Flags.self, from: load("enabled: true\nmode: on\ncount: 3")) == Flags(enabled: true, mode: "on", count: 3))
        #expect(try decoder.decode(Flags.self, from: load("enabled: false\nmode: off\ncount: 0")) == Flags(enabled: false, mode: "off", count: 0))
        for word in ["yes", "no", "on", "off", "True", "y"] {
            #expect {
                _ = try decoder.decode(Flags.self, from: load("mode: x\nenabled: \(word)\ncount: 1"))
            } throws: { error in
                (error as? ConfigDecodingError)?.description == "test.yaml:2:10: error: 'enabled' expects true or false, got '\(word)'"
            }
        }
        #expect {
            _ = try decoder.decode(Flags.self, from: load("mode: x\nenabled: \"true\"\ncount: '3'"))
        } throws: { error in
            (error as? ConfigDecodingError)?.description
                == "test.yaml:2:10: error: 'enabled' expects true or false, got the quoted string 'true' (remove the quotes)"
        }
    }

    @Test func otherTagsAreRejectedWhereTheyAre() {
        #expect(problems("a: !!int 3\nb: !custom x\nc: !!map {k: v}\nd: !!seq {k: v}\ne: !!seq [ok]\nf: !!str fine\n") == [
            "test.yaml:1:4: error: unsupported tag '!!int': values are read untagged and only '!!str' is understood (remove the tag)",
            "test.yaml:2:4: error: unsupported tag '!custom': values are read untagged and only '!!str' is understood (remove the tag)",
            "test.yaml:4:4: error: unsupported tag '!!seq': values are read untagged and only '!!str' is understood (remove the tag)",
        ])
    }

    @Test func aMegabyteScalarLoadsWhole() throws {
        let big = String(repeating: "ledger ", count: 150_000)
        let root = try load("plain: \(big)\nquoted: \"\(big)\"\nblock: |\n  \(big)\n")
        // Compared as Bools: a failing comparison of megabyte strings would print them whole.
        let plain = root["plain"]?.value == .scalar(String(big.dropLast()), .plain)
        let quoted = root["quoted"]?.value == .scalar(big, .quoted)
        let block = root["block"]?.value == .scalar(big + "\n", .quoted)
        #expect(plain && quoted && block)
    }
}
