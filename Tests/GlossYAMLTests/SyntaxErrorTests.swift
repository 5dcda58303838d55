import GlossCore
import GlossYAML
import Testing

@Suite struct SyntaxErrorTests {
    @Test(arguments: [
        ("a:\n\tb: 1\n",
         "test.yaml:2:1: error: found character that cannot start any token (while scanning for the next token); indent with spaces: YAML does not allow tabs here"),
        ("a:\n  b: 1\n c: 2\n",
         "test.yaml:3:2: error: did not find expected key (while parsing a block mapping at 1:1)"),
        ("a: [1, 2\nb: 3\n",
         "test.yaml:2:2: error: did not find expected ',' or ']' (while parsing a flow sequence at 1:4)"),
        ("a: \"open\n",
         "test.yaml:2:1: error: found unexpected end of stream (while scanning a quoted scalar at 1:4)"),
        ("a: b: c\n",
         "test.yaml:1:5: error: mapping values are not allowed in this context"),
        ("- a\nb: 1\n",
         "test.yaml:2:1: error: did not find expected '-' indicator (while parsing a block collection at 1:1)"),
        ("a: 1\nb: x\u{01}\n",
         "test.yaml:2:5: error: control characters are not allowed (byte 0x01)"),
    ])
    func libyamlProblemsAreLocated(yaml: String, expected: String) {
        #expect(problems(yaml) == [expected])
    }

    @Test func invalidUTF8IsAReaderErrorAtItsByte() {
        #expect(problems(Array("a: 1\nb: x".utf8) + [0xFF, 0x0A]) == ["test.yaml:2:5: error: invalid leading UTF-8 octet (byte 0xFF)"])
        #expect(problems([0xEF, 0xBB, 0xBF] + Array("é: x".utf8) + [0xC3]) == [
            "test.yaml:1:5: error: incomplete UTF-8 octet sequence"
        ])
    }

    @Test func oneDocumentPerFile() {
        #expect(problems("a: 1\n---\nb: 2\n") == [
            "test.yaml:2:1: error: a second YAML document starts here; only one document per file is supported"
        ])
        #expect(problems("--- 1\n--- 2\n") == [
            "test.yaml:2:1: error: a second YAML document starts here; only one document per file is supported"
        ])
        #expect(problems("a: 1\n...\n# trailing comment\n") == [])
    }

    @Test func duplicateKeysNameBothPlacesAndAllAreReported() {
        #expect(problems("""
            version: 1
            name: first

            stages:
              - split: {mode: letters, "mode": spaces}
            stages: []
            name: second
            """) == [
            "test.yaml:5:28: error: duplicate key 'mode' (first at 5:13)",
            "test.yaml:6:1: error: duplicate key 'stages' (first at 4:1)",
            "test.yaml:7:1: error: duplicate key 'name' (first at 2:1)",
        ])
        #expect(problems("a:\n  x: 1\nb:\n  x: 2\n") == [], "the same key in different mappings is fine")
    }

    @Test func keysMustBeStrings() {
        #expect(problems("? [a, b]\n: 1\n{x: 1}: 2\n? - c\n: 3\n") == [
            "test.yaml:1:3: error: a mapping key must be a string, found a list",
            "test.yaml:3:1: error: a mapping key must be a string, found a mapping",
            "test.yaml:4:3: error: a mapping key must be a string, found a list",
        ])
    }

    @Test func earlierProblemsAreKeptWhenASyntaxErrorStopsParsing() {
        #expect(problems("a: 1\na: 2\nb: [unclosed\n") == [
            "test.yaml:2:1: error: duplicate key 'a' (first at 1:1)",
            "test.yaml:4:1: error: did not find expected ',' or ']' (while parsing a flow sequence at 3:4)",
        ])
    }
}
