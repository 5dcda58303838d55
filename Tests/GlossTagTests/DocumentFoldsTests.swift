import Testing
@testable import GlossTag

@Suite struct DocumentFoldsTests {
    /// Six documents: four of the split corpus (ids starting "G_") and two others, two sentences each.
    static let iob2: String = {
        var text = ""
        for id in ["G_news_b", "E_blog_1", "G_bio_a", "G_news_a", "E_blog_2", "G_voyage_c"] {
            text += "# newdoc id = \(id)\n# sent_id = \(id)-1\n1\t\(id)\tO\t-\t-\n\n"
            text += "# sent_id = \(id)-2\n1\tsecond\tO\t-\t-\n\n"
        }
        return text
    }()

    @Test func parsesOneBasedFoldsAndRejectsBadOnes() throws {
        let folds = try #require(DocumentFolds("2/3", prefix: "G_"))
        #expect(folds.fold == 1 && folds.count == 3)
        for bad in ["0/3", "4/3", "1/1", "2", "a/b", "1/3/4"] { #expect(DocumentFolds(bad, prefix: "") == nil, "\(bad)") }
    }

    @Test func dealsSortedDocumentsRoundRobin() {
        // Sorted G_ ids: G_bio_a, G_news_a, G_news_b, G_voyage_c → folds 0, 1, 0, 1.
        let ids = ["G_news_b", "E_blog_1", "G_bio_a", "G_news_a", "G_voyage_c"]
        #expect(DocumentFolds(fold: 0, count: 2, prefix: "G_").heldOut(among: ids) == ["G_bio_a", "G_news_b"])
        #expect(DocumentFolds(fold: 1, count: 2, prefix: "G_").heldOut(among: ids) == ["G_news_a", "G_voyage_c"])
    }

    @Test(arguments: 0..<3)
    func trainingAndHeldOutPartitionTheSentencesByWholeDocuments(fold: Int) throws {
        let sentences = try IOB2Reader.parse(Self.iob2)
        let folds = DocumentFolds(fold: fold, count: 3, prefix: "G_")
        let kept = folds.select(sentences, heldOut: false).compactMap(\.id)
        let held = folds.select(sentences, heldOut: true).compactMap(\.id)
        #expect(Set(kept).isDisjoint(with: held))
        #expect(Set(kept + held) == Set(sentences.compactMap(\.id)))
        // A document's second sentence (no newdoc line) goes where its first one goes.
        for id in held where id.hasSuffix("-1") { #expect(held.contains(String(id.dropLast()) + "2")) }
        // Documents outside the prefix are never held out.
        #expect(!held.contains { $0.hasPrefix("E_") })
        // Round-robin over the 4 sorted G_ documents: fold 0 gets 2, folds 1 and 2 get 1 each.
        #expect(held.count == (fold == 0 ? 4 : 2))
    }

    @Test func conllAndIOB2CopiesOfTheSameDocumentsFallIntoTheSameFold() throws {
        var conllu = ""
        for id in ["G_news_b", "E_blog_1", "G_bio_a", "G_news_a", "E_blog_2", "G_voyage_c"] {
            conllu += "# newdoc id = \(id)\n# sent_id = \(id)-1\n# text = x\n1\tx\tx\tX\tX\t_\t0\troot\t_\t_\n\n"
        }
        let folds = DocumentFolds(fold: 1, count: 2, prefix: "G_")
        let fromCoNLLU = folds.select(try CoNLLUReader.parse(conllu), heldOut: true).compactMap(\.id)
        let fromIOB2 = folds.select(try IOB2Reader.parse(Self.iob2), heldOut: true).compactMap(\.id).filter { $0.hasSuffix("-1") }
        #expect(fromCoNLLU == fromIOB2)
        #expect(fromCoNLLU == ["G_news_a-1", "G_voyage_c-1"])
    }
}
