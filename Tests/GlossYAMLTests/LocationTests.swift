import GlossCore
import GlossYAML
import Testing

@Suite struct LocationTests {
    @Test func everyNodeAndKeyIsLocatedOneBased() throws {
        let root = try load("""
            # comment line
            version: 1   # trailing comment
            stages:
              - clean
              - summarize:
                  sentences: 3
            flow: {a: [x, "y"]}
            """)
        #expect(root.location == at(2, 1))
        let entries = try #require(root.entries)
        #expect(entries.map(\.key) == ["version", "stages", "flow"])
        #expect(entries.map(\.keyLocation) == [at(2, 1), at(3, 1), at(7, 1)])
        #expect(root["version"] == .plain("1", at: at(2, 10)))

        let stages = try #require(root["stages"])
        #expect(stages.location == at(4, 3))
        #expect(stages.elements?.first == .plain("clean", at: at(4, 5)))
        let summarize = try #require(stages.elements?.last)
        #expect(summarize.location == at(5, 5))
        #expect(summarize.entries?.first?.keyLocation == at(5, 5))
        let options = try #require(summarize["summarize"])
        #expect(options.location == at(6, 7))
        #expect(options.entries?.first?.keyLocation == at(6, 7))
        #expect(options["sentences"] == .plain("3", at: at(6, 18)))

        let flow = try #require(root["flow"])
        #expect(flow.location == at(7, 7))
        #expect(flow.entries?.first?.keyLocation == at(7, 8))
        #expect(flow["a"]?.location == at(7, 11))
        #expect(flow["a"]?.elements == [.plain("x", at: at(7, 12)), .string("y", at: at(7, 15))])
    }

    @Test func columnsCountCharactersNotBytes() throws {
        let root = try load("título: «café»\nb: 2")
        #expect(root["título"] == .plain("«café»", at: at(1, 9)))
        #expect(problems("é: \"ü\" x") == ["test.yaml:1:8: error: did not find expected key (while parsing a block mapping at 1:1)"])
    }

    @Test func aByteOrderMarkIsNotAColumn() throws {
        let root = try YAMLLoader.load([0xEF, 0xBB, 0xBF] + Array("a: 1\nb: 2\n".utf8), file: testFile)
        #expect(root.entries?.map(\.keyLocation) == [at(1, 1), at(2, 1)])
        #expect(root["a"] == .plain("1", at: at(1, 4)))
    }

    @Test func crlfLineEndsCountOnceAndLeaveNoCarriageReturns() throws {
        let root = try load("a: 1\r\nb: |\r\n  one\r\n  two\r\nc: \"x\r\n  y\"\r\nd: plain\r\n  folded\r\n")
        #expect(root.entries?.map(\.keyLocation) == [at(1, 1), at(2, 1), at(5, 1), at(7, 1)])
        #expect(root["b"]?.value == .scalar("one\ntwo\n", .quoted))
        #expect(root["c"]?.value == .scalar("x y", .quoted))
        #expect(root["d"]?.value == .scalar("plain folded", .plain))
    }

    @Test func emptyInputIsOneNullAtTheStart() throws {
        for text in ["", "# only a comment\n", "\n\n"] {
            let root = try load(text)
            #expect(root == .plain("", at: at(1, 1)))
            #expect(root.isNull)
        }
        #expect(try load("---\n").isNull)
        #expect(try load("--- plain\n...\n") == .plain("plain", at: at(1, 5)))
    }
}
