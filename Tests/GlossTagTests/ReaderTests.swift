import Foundation
import GlossCore
import Testing

@testable import GlossTag

@Suite struct ReaderTests {
    static func fixture(_ name: String) throws -> String {
        let url = try #require(Bundle.module.url(forResource: name, withExtension: nil, subdirectory: "Fixtures"))
        return url.path
    }

    @Test func conlluKeepsWordsSkipsEmptyNodesAndRecordsMultiwordTokens() throws {
        let sentences = try CoNLLUReader.read(path: Self.fixture("tiny.conllu"))
        #expect(sentences.count == 2)
        #expect(sentences[0].id == "doc-a-1")
        #expect(sentences[0].newDocument == "doc-a")
        #expect(sentences[0].newParagraph)
        #expect(sentences[0].text == "Mara didn't call.")
        #expect(sentences[0].words.map(\.form) == ["Mara", "did", "n't", "call", "."])
        #expect(sentences[0].words.map(\.upos) == ["PROPN", "AUX", "PART", "VERB", "PUNCT"])
        #expect(sentences[0].words[3].spaceAfter == false)
        #expect(sentences[0].multiwordTokens == [.init(firstWord: 1, lastWord: 2, form: "didn't")])
        #expect(sentences[1].newDocument == nil)
    }

    @Test func conlluRejectsShortLines() {
        #expect(throws: CorpusError.self) { try CoNLLUReader.parse("1\tword\n", source: "bad.conllu") }
    }

    @Test func iob2ReadsFormsAndTags() throws {
        let sentences = try IOB2Reader.read(path: Self.fixture("tiny.iob2"))
        #expect(sentences.count == 1)
        #expect(sentences[0].forms == ["Ana", "Lind", "visited", "Tarrow", "Bank", "in", "Oslo", "."])
        #expect(sentences[0].tags == ["B-PER", "I-PER", "O", "B-ORG", "I-ORG", "O", "B-LOC", "O"])
    }

    @Test func iob2RejectsOtherTags() {
        #expect(throws: CorpusError.self) { try IOB2Reader.parse("1\tx\tPERSON\t-\t-\n") }
    }

    @Test(arguments: [
        (["B-PER", "I-PER", "O", "B-LOC"], [(0, 1, "PER"), (3, 3, "LOC")]),
        (["I-ORG", "I-ORG", "B-ORG"], [(0, 1, "ORG"), (2, 2, "ORG")]),
        (["B-PER", "I-LOC"], [(0, 0, "PER"), (1, 1, "LOC")]),
    ])
    func bioSpans(tags: [String], expected: [(Int, Int, String)]) {
        let spans = TaggerEvaluator.bioSpans(tags)
        #expect(spans.map { "\($0.first)-\($0.last)-\($0.label)" } == expected.map { "\($0.0)-\($0.1)-\($0.2)" })
    }

    @Test func bilouRewrite() {
        #expect(TaggingCorpus.bilouTags(["B-PER", "I-PER", "I-PER", "O", "B-LOC"]) == ["B-PER", "I-PER", "L-PER", "O", "U-LOC"])
    }

    @Test func corpusLaysOutTokensAndDocuments() throws {
        let corpus = try TaggingCorpus.partOfSpeech(try CoNLLUReader.read(path: Self.fixture("tiny.conllu")))
        #expect(String(decoding: corpus.bytes, as: UTF8.self) == "Mara did n't call .\nIt rained in Oslo .\n")
        #expect(corpus.sentences == [0..<5, 5..<10])
        #expect(corpus.documentRanges == [0..<2])
        let (document, offset) = corpus.document(sentences: 1..<2)
        #expect(offset == 20)
        #expect(document.text == "It rained in Oslo .")
        #expect(document.tokens?.map(\.span) == [Span(start: 0, end: 2), Span(start: 3, end: 9), Span(start: 10, end: 12), Span(start: 13, end: 17), Span(start: 18, end: 19)])
    }

    @Test func rawTextAlignmentFindsWordsInsideMultiwordTokens() throws {
        let sentences = try CoNLLUReader.read(path: Self.fixture("tiny.conllu"))
        let groups = RawTextDocuments.build(sentences.map { RawTextDocuments.Sentence(conllu: $0) })
        #expect(groups.count == 1)
        let document = groups[0].document
        #expect(document.text == "Mara didn't call. It rained in Oslo.")
        let words = groups[0].words.map { $0.span.map { document.string($0) } ?? "?" }
        #expect(words == ["Mara", "did", "n't", "call", ".", "It", "rained", "in", "Oslo", "."])
    }
}
