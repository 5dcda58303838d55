import Foundation
import GlossSegment
import GlossSegmentEvaluation
import Testing

/// Scores on the UD English EWT dev set, as a regression guard. Slow-ish and needs the shared data, so it
/// runs only with GLOSS_SLOW=1; the treebank path defaults to ../shared/data/ud-ewt/en_ewt-ud-dev.conllu
/// beside the package and can be set with GLOSS_UD_EWT_DEV.
@Test(.enabled(if: ProcessInfo.processInfo.environment["GLOSS_SLOW"] == "1"))
func universalDependenciesDevScores() throws {
    let environment = ProcessInfo.processInfo.environment
    let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    let path = environment["GLOSS_UD_EWT_DEV"]
        ?? packageRoot.deletingLastPathComponent().appendingPathComponent("shared/data/ud-ewt/en_ewt-ud-dev.conllu").path
    let text = try String(contentsOfFile: path, encoding: .utf8)
    let treebank = UDTreebank(conllu: text)
    #expect(treebank.documents.count == 318)
    #expect(treebank.unalignedWords == 0)
    for (hyphens, tokenFloor) in [(HyphenMode.keep, 0.98), (.split, 0.99)] {
        let segmenter = SentenceSegmenter(configuration: SegmenterConfiguration(hyphens: hyphens))
        var scores = SegmentationScores()
        for document in treebank.documents {
            let result = segmenter.segment(document.text)
            scores.add(document: document, sentenceEnds: result.sentences.map(\.end), tokens: result.tokens.map { $0.start..<$0.end })
        }
        // Measured when written: boundaries F1 0.926, inside paragraphs 0.898; tokens 0.985 (keep), 0.991 (split).
        #expect(scores.boundaries.f1 >= 0.92, "\(scores.boundaries)")
        #expect(scores.boundariesInsideParagraphs.f1 >= 0.89, "\(scores.boundariesInsideParagraphs)")
        #expect(scores.tokens.f1 >= tokenFloor, "\(scores.tokens)")
    }
}

@Test func treebankReaderRebuildsTextAndGold() {
    let conllu = """
        # newdoc id = d1
        # newpar id = p1
        # sent_id = 1
        # text = I don't know.
        1\tI\tI\tPRON\t_\t_\t0\troot\t_\t_
        2-3\tdon't\t_\t_\t_\t_\t_\t_\t_\t_
        2\tdo\tdo\tAUX\t_\t_\t0\troot\t_\t_
        3\tn't\tnot\tPART\t_\t_\t0\troot\t_\t_
        4\tknow\tknow\tVERB\t_\t_\t0\troot\t_\tSpaceAfter=No
        5\t.\t.\tPUNCT\t_\t_\t0\troot\t_\t_

        # sent_id = 2
        # text = Fine
        1\tFine\tfine\tADJ\t_\t_\t0\troot\t_\t_

        # newpar id = p2
        # sent_id = 3
        # text = Bye.
        1\tBye\tbye\tINTJ\t_\t_\t0\troot\t_\tSpaceAfter=No
        2\t.\t.\tPUNCT\t_\t_\t0\troot\t_\t_

        """
    let treebank = UDTreebank(conllu: conllu)
    #expect(treebank.documents.count == 1)
    let document = treebank.documents[0]
    #expect(document.text == "I don't know. Fine\n\nBye.")
    #expect(document.sentences == [0..<13, 14..<18, 20..<24])
    #expect(document.paragraphEnds == [18, 24])
    let words = document.words.map { range in String(Array(document.text.utf8)[range].map { Character(Unicode.Scalar($0)) }) }
    #expect(words == ["I", "do", "n't", "know", ".", "Fine", "Bye", "."])
}

@Test func hugeRunOnTextStaysBounded() {
    let text = Array(repeating: "words without any stop at all", count: 20_000).joined(separator: " ")
    let result = SentenceSegmenter().segment(text)
    #expect(result.sentenceTokens.allSatisfy { $0.count <= 250 })
    #expect(result.tokens.count == 120_000)
    #expect(result.sentences.count == 480)
}
