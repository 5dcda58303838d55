import GlossCore
import GlossYAML
import Testing

@Suite struct LimitTests {
    static let depthError = "error: lists and mappings nest deeper than the limit of 256 levels (YAMLLimits.maxDepth)"

    @Test func tenThousandDeepFlowNestingIsALocatedError() {
        let lists = String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000)
        #expect(problems(lists) == ["test.yaml:1:257: " + Self.depthError])
        let mappings = String(repeating: "{a: ", count: 10_000) + "1" + String(repeating: "}", count: 10_000)
        #expect(problems(mappings) == ["test.yaml:1:1025: " + Self.depthError])
    }

    @Test func tenThousandDeepBlockNestingIsALocatedError() {
        // `- - - v` nests block lists on one line; indented block mappings need a line per level.
        #expect(problems(String(repeating: "- ", count: 10_000) + "v\n") == ["test.yaml:1:513: " + Self.depthError])
        var indented = ""
        for level in 0..<1_000 { indented += String(repeating: " ", count: level) + "k:\n" }
        #expect(problems(indented) == ["test.yaml:257:257: " + Self.depthError])
    }

    @Test func aRaisedDepthLimitBuildsTenThousandLevelsWithoutRecursing() throws {
        var limits = YAMLLimits()
        limits.maxDepth = 10_000
        for text in [String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000),
                     String(repeating: "- ", count: 9_999) + "[]"] {
            var node = try load(text, limits: limits)
            var depth = 1
            while let inner = node.elements?.first {
                node = inner
                depth += 1
            }
            #expect(depth == 10_000)
        }
    }

    @Test func aliasesCountTowardsDepth() {
        var limits = YAMLLimits()
        limits.maxDepth = 4
        #expect(problems("a: &a [[[x]]]\nb: *a\n", limits: limits) == [])
        #expect(problems("a: &a [[[x]]]\nb: [*a]\n", limits: limits) == [
            "test.yaml:2:5: error: alias '*a' nests lists and mappings deeper than the limit of 4 levels (YAMLLimits.maxDepth)"
        ])
    }

    @Test func inputSizeIsCheckedBeforeParsing() {
        var limits = YAMLLimits()
        limits.maxInputBytes = 10
        #expect(problems("a: 1234567", limits: limits) == [])
        #expect(problems("a: 12345678", limits: limits) == [
            "error: 'test.yaml' is larger than the limit of 10 bytes (YAMLLimits.maxInputBytes)"
        ])
    }

    @Test func megabyteKeys() throws {
        let key = String(repeating: "k", count: 1 << 20)
        let explicit = try load("? \(key)\n: 1\n")
        let sameKey = explicit.entries?.first?.key == key
        #expect(sameKey)
        #expect(explicit.entries?.first?.value == .plain("1", at: at(2, 3)))

        let hint = "mapping values are not allowed in this context; a key longer than 1024 characters must be written as an explicit key ('? key', then ': value' on the next line)"
        #expect(problems("\(key): 1\n") == ["test.yaml:1:1048577: error: " + hint])
        #expect(problems("\"\(key)\": 1\n") == ["test.yaml:1:1048579: error: " + hint])

        let shown = String(repeating: "k", count: 40) + "…"
        #expect(problems("? \(key)\n: 1\n? \(key)\n: 2\n") == ["test.yaml:3:3: error: duplicate key '\(shown)' (first at 1:3)"])
    }
}
