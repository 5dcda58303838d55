import GlossCore
import Testing

@Suite struct LayerChangesTests {
    let base: Document = {
        var document = Document(id: "a", text: "Mara Quell spoke.", meta: ["source": "wire"])
        document.tokens = [Token(start: 0, end: 4), Token(start: 5, end: 10), Token(start: 11, end: 16), Token(start: 16, end: 17)]
        document.extensions["keep"] = 1
        return document
    }()

    @Test func nothingChangedIsEmpty() {
        #expect(base.changedLayers(since: base).isEmpty)
    }

    @Test func eachKindOfChangeIsNamed() {
        var after = base
        after.meta["title"] = "x"
        after.extensions["added"] = "y"
        after.extensions["keep"] = nil
        after.entities = [Entity(Span(start: 0, end: 10), label: "PER")]
        #expect(after.changedLayers(since: base) == [.meta, .entities, "added", "keep"])
    }

    @Test func taggingChangesPosNotTokens() {
        var after = base
        after.tokens = base.tokens?.map { Token($0.span, pos: .NOUN) }
        #expect(after.changedLayers(since: base) == [.pos])
    }

    @Test func droppingTaggedTokensChangesBoth() {
        var tagged = base
        tagged.tokens = base.tokens?.map { Token($0.span, pos: .NOUN) }
        var after = tagged
        after.tokens = nil
        #expect(after.changedLayers(since: tagged) == [.tokens, .pos])
        var resplit = base
        resplit.tokens = [Token(start: 0, end: 10)]
        #expect(resplit.changedLayers(since: base) == [.tokens])
    }

    @Test func rewrittenTextIsText() {
        var after = base
        after.text = "Mara Quell spoke!"
        #expect(after.changedLayers(since: base) == [.text])
    }
}
