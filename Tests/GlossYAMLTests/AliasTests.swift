import GlossCore
import GlossYAML
import Testing

@Suite struct AliasTests {
    @Test func anAliasIsTheAnchoredSubtreePlacedWhereItIsUsed() throws {
        let root = try load("""
            defaults: &defaults
              sentences: 3
              mode: letters
            first: *defaults
            second: [*defaults, &word plain, *word]
            """)
        let defaults = try #require(root["defaults"])
        let first = try #require(root["first"])
        #expect(first.location == at(4, 8))
        #expect(first.entries == defaults.entries)
        #expect(first["sentences"]?.location == at(2, 14))
        let second = try #require(root["second"]?.elements)
        #expect(second.map(\.location) == [at(5, 10), at(5, 21), at(5, 34)])
        #expect(second[2].value == .scalar("plain", .plain))
    }

    @Test func anAliasRefersToTheLatestAnchorOfItsName() throws {
        let root = try load("a: &x 1\nb: *x\nc: &x 2\nd: *x\ne: &x [&x inner, *x]\nf: *x\n")
        #expect(["b", "d"].map { root[$0]?.scalar } == ["1", "2"])
        #expect(root["e"]?.elements?.map(\.scalar) == ["inner", "inner"])
        #expect(root["f"]?.scalar == "inner")
    }

    /// Nine lists of nine aliases: 9^9 (about 387 million) strings if expanded.
    static let billionLaughs = """
        a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]
        b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]
        c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]
        d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]
        e: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d]
        f: &f [*e, *e, *e, *e, *e, *e, *e, *e, *e]
        g: &g [*f, *f, *f, *f, *f, *f, *f, *f, *f]
        h: &h [*g, *g, *g, *g, *g, *g, *g, *g, *g]
        i: &i [*h, *h, *h, *h, *h, *h, *h, *h, *h]
        """

    @Test func billionLaughsStopsAtTheAliasThatCrossesTheLimit() {
        // Expanded sizes: a 10, b 91, c 820, ... f 597,871 nodes. With the keys and lists before it, the
        // document holds 672,612 nodes when line 7 starts, so its first `*f` crosses 1,000,000.
        #expect(problems(Self.billionLaughs) == [
            "test.yaml:7:8: error: alias '*f' expands the document beyond the limit of 1000000 nodes (YAMLLimits.maxExpandedNodes); aliases that repeat aliases grow exponentially"
        ])
        var limits = YAMLLimits()
        limits.maxExpandedNodes = 100
        // Line 1 makes 12 nodes, line 2 two more, then each `*a` adds 10: the ninth reaches 104.
        #expect(problems(Self.billionLaughs, limits: limits) == [
            "test.yaml:2:40: error: alias '*a' expands the document beyond the limit of 100 nodes (YAMLLimits.maxExpandedNodes); aliases that repeat aliases grow exponentially"
        ])
    }

    @Test func theNodeLimitCountsPlainNodesToo() {
        var limits = YAMLLimits()
        limits.maxExpandedNodes = 5
        #expect(problems("[1, 2, 3, 4]", limits: limits) == [])
        #expect(problems("[1, 2, 3, 4, 5]", limits: limits) == [
            "test.yaml:1:14: error: the document has more than the limit of 5 nodes (YAMLLimits.maxExpandedNodes)"
        ])
    }

    @Test func unknownRecursiveAndMergeAreLocatedErrors() {
        #expect(problems("""
            a: *missing
            b: &loop [1, *loop]
            base: &base {x: 1}
            derived:
              <<: *base
              y: 2
            quoted: {"<<": allowed}
            """) == [
            "test.yaml:1:4: error: unknown alias '*missing' (no anchor '&missing' before it)",
            "test.yaml:2:14: error: alias '*loop' refers to a node that contains it (a recursive alias)",
            "test.yaml:5:3: error: merge keys ('<<') are not supported: write the keys out, or alias the whole mapping",
        ])
    }

    @Test func anAliasCannotBuildAKeyOutOfACollection() throws {
        #expect(try load("name: &n split\n*n : value")["split"]?.scalar == "value")
        #expect(problems("list: &l [a]\n? *l\n: value") == ["test.yaml:2:3: error: a mapping key must be a string, found a list"])
    }
}
