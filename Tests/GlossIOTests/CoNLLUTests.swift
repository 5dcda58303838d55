import Foundation
import Testing
@testable import GlossCore
@testable import GlossIO

@Suite struct CoNLLUTests {
    /// Tokens for every word and punctuation mark of `words`, which must appear in order in `text`.
    func tokens(_ words: [(String, UPOS?)], in text: String) -> [Token] {
        var from = 0
        var result: [Token] = []
        let bytes = Array(text.utf8)
        for (word, pos) in words {
            let pattern = Array(word.utf8)
            var index = from
            while Array(bytes[index..<(index + pattern.count)]) != pattern { index += 1 }
            result.append(Token(start: index, end: index + pattern.count, pos: pos))
            from = index + pattern.count
        }
        return result
    }

    @Test func sentencesTokensTagsEntitiesAndSpaceAfter() throws {
        let text = "Ana Ruiz met the Velden\ncouncil.\tIt agreed!"
        var document = Document(id: "doc 1", text: text)
        document.sentences = [span(of: "Ana Ruiz met the Velden\ncouncil.", in: text), span(of: "It agreed!", in: text)]
        document.tokens = tokens([
            ("Ana", .PROPN), ("Ruiz", .PROPN), ("met", .VERB), ("the", .DET), ("Velden", .PROPN), ("council", .NOUN),
            (".", .PUNCT), ("It", .PRON), ("agreed", .VERB), ("!", .PUNCT),
        ], in: text)
        document.entities = [
            Entity(span(of: "Ana Ruiz", in: text), label: .person), Entity(span(of: "Velden\ncouncil", in: text), label: .organization),
        ]
        #expect(try written([document], as: .conllu) == """
            # newdoc id = doc 1
            # sent_id = doc_1-1
            # text = Ana Ruiz met the Velden council.
            1	Ana	_	PROPN	_	_	_	_	_	NER=B-PER
            2	Ruiz	_	PROPN	_	_	_	_	_	NER=I-PER
            3	met	_	VERB	_	_	_	_	_	NER=O
            4	the	_	DET	_	_	_	_	_	NER=O
            5	Velden	_	PROPN	_	_	_	_	_	NER=B-ORG
            6	council	_	NOUN	_	_	_	_	_	NER=I-ORG|SpaceAfter=No
            7	.	_	PUNCT	_	_	_	_	_	NER=O

            # sent_id = doc_1-2
            # text = It agreed!
            1	It	_	PRON	_	_	_	_	_	NER=O
            2	agreed	_	VERB	_	_	_	_	_	NER=O|SpaceAfter=No
            3	!	_	PUNCT	_	_	_	_	_	NER=O


            """)
    }

    @Test func withoutSentencesAllTokensAreOneSentenceAndWithoutTokensWordsAreTokens() throws {
        let text = "Two  words\n"
        var tokenized = Document(id: "t", text: text)
        tokenized.tokens = tokens([("Two", .NUM), ("words", .NOUN)], in: text)
        var bare = Document(id: "b", text: "Plain, text.")
        bare.error = DocumentFailure(documentID: "b", stage: "tag", message: "model\nmissing")
        #expect(try written([tokenized, bare, Document(id: "empty", text: "")], as: .conllu) == """
            # newdoc id = t
            # sent_id = t-1
            # text = Two words
            1	Two	_	NUM	_	_	_	_	_	_
            2	words	_	NOUN	_	_	_	_	_	_

            # newdoc id = b
            # gloss_error = tag: model missing
            # sent_id = b-1
            # text = Plain, text.
            1	Plain,	_	_	_	_	_	_	_	_
            2	text.	_	_	_	_	_	_	_	_


            """)
    }

    @Test func tokensOutsideEverySentenceFormTheirOwnSentences() throws {
        let text = "Intro - One. Two. Tail"
        var document = Document(id: "gaps", text: text)
        document.sentences = [span(of: "One.", in: text), span(of: "Two.", in: text)]
        document.tokens = tokens([("Intro", nil), ("-", nil), ("One", nil), (".", nil), ("Two", nil), (".", nil), ("Tail", nil)], in: text)
        let output = try written([document], as: .conllu)
        let texts = output.split(separator: "\n").filter { $0.hasPrefix("# text = ") }
        #expect(texts == ["# text = Intro -", "# text = One.", "# text = Two.", "# text = Tail"])
        #expect(output.split(separator: "\n").filter { $0.hasPrefix("# sent_id = ") }.count == 4)
    }

    @Test func anEntityAcrossASentenceBoundaryStartsWithBInTheSecond() throws {
        let text = "Port Alden. Bridge"
        var document = Document(id: "x", text: text)
        document.sentences = [span(of: "Port Alden.", in: text), span(of: "Bridge", in: text)]
        document.tokens = tokens([("Port", nil), ("Alden", nil), (".", nil), ("Bridge", nil)], in: text)
        document.entities = [Entity(Span(start: 0, end: text.utf8.count), label: "WEIRD|LABEL=1 x")]
        let misc = try written([document], as: .conllu).split(separator: "\n").filter { $0.first?.isNumber == true }
            .map { $0.split(separator: "\t").last.map(String.init) ?? "" }
        #expect(misc == ["NER=B-WEIRD_LABEL_1_x", "NER=I-WEIRD_LABEL_1_x|SpaceAfter=No", "NER=I-WEIRD_LABEL_1_x", "NER=B-WEIRD_LABEL_1_x"])
    }

    /// What UD's validator checks about the text: each `# text` equals the forms joined with a space unless
    /// the token before says SpaceAfter=No; token ids run 1...n; ten columns; sent_ids are unique.
    @Test func fixtureOutputIsConsistentTheWayUDToolsCheckIt() throws {
        let documents = try fixtureDocuments()
        let output = try written(documents, as: .conllu)
        var sentIDs = Set<String>()
        var sentences = 0
        for block in output.components(separatedBy: "\n\n") where !block.isEmpty {
            let lines = block.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            let comments = lines.filter { $0.hasPrefix("#") }
            let tokens = lines.filter { !$0.hasPrefix("#") }.map { $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init) }
            let sentID = try #require(comments.first { $0.hasPrefix("# sent_id = ") })
            #expect(sentIDs.insert(sentID).inserted)
            #expect(!sentID.dropFirst(12).contains(" "))
            #expect(tokens.allSatisfy { $0.count == 10 })
            #expect(tokens.map { $0[0] } == (1...max(1, tokens.count)).map(String.init))
            var rebuilt = ""
            for token in tokens {
                rebuilt += token[1]
                if !token[9].contains("SpaceAfter=No") { rebuilt += " " }
            }
            let text = try #require(comments.first { $0.hasPrefix("# text = ") }?.dropFirst(9))
            #expect(rebuilt.trimmingCharacters(in: .whitespaces) == String(text).trimmingCharacters(in: .whitespaces), "\(sentID)")
            sentences += 1
        }
        #expect(sentences == documents.reduce(0) { $0 + ($1.sentences?.count ?? 0) })
    }
}
