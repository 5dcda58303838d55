import GlossCore
import GlossSummarizeEvaluation
import Testing

// A made-up document in GUM's CoNLL-U layout (comments only; word lines are ignored by the reader).
private let conllu = """
    # newdoc id = GUM_news_kettle
    # meta::genre = news
    # meta::summary1 = (human1) Kettle maker Brannfors recalls 2,000 kettles.
    # meta::summary2 = (gpt4o; postedited) Brannfors recalls kettles.
    # newpar
    # sent_id = GUM_news_kettle-1
    # text = Kettle recall
    1\tKettle\tkettle\tNOUN\tNN\t_\t2\tcompound\t_\t_

    # newpar
    # sent_id = GUM_news_kettle-2
    # text = Brannfors recalled 2,000 kettles.
    1\tBrannfors\tBrannfors\tPROPN\tNNP\t_\t2\tnsubj\t_\t_

    # sent_id = GUM_news_kettle-3
    # text = Ilse Varga didn't comment.
    1\tIlse\tIlse\tPROPN\tNNP\t_\t3\tnsubj\t_\t_

    # newdoc id = GUM_bio_nobody
    # meta::genre = bio
    # meta::summary1 = (claude) A bio.
    # sent_id = GUM_bio_nobody-1
    # text = Nobody.

    """

private let iob2 = """
    # sent_id = GUM_news_kettle-2
    # text = Brannfors recalled 2,000 kettles.
    1\tBrannfors\tB-ORG\t-\tgum
    2\trecalled\tO\t-\t-
    3\t2,000\tO\t-\t-
    4\tkettles\tO\t-\t-
    5\t.\tO\t-\t-

    # sent_id = GUM_news_kettle-3
    # text = Ilse Varga didn't comment.
    1\tIlse\tB-PER\t-\tgum
    2\tVarga\tI-PER\t-\tgum
    3\tdid\tO\t-\t-
    4\tn't\tO\t-\t-
    5\tcomment\tO\t-\t-
    6\t.\tO\t-\t-

    """

@Suite("GUM reader")
struct GUMCorpusTests {
    @Test func rebuildsTextParagraphsAndReferences() throws {
        let corpus = GUMCorpus(conllu: conllu)
        #expect(corpus.documents.map(\.id) == ["GUM_news_kettle", "GUM_bio_nobody"])
        let kettle = corpus.documents[0]
        #expect(kettle.genre == "news")
        #expect(kettle.text == "Kettle recall\n\nBrannfors recalled 2,000 kettles. Ilse Varga didn't comment.")
        #expect(kettle.sentences.map { Document(id: "", text: kettle.text).string($0) }
            == ["Kettle recall", "Brannfors recalled 2,000 kettles.", "Ilse Varga didn't comment."])
        #expect(kettle.references.map(\.author) == ["human1", "gpt4o; postedited"])
        #expect(kettle.references.map(\.isHuman) == [true, false])
        #expect(kettle.humanReference?.text == "Kettle maker Brannfors recalls 2,000 kettles.")
        #expect(corpus.documents[1].humanReference == nil)
    }

    @Test func alignsGoldEntities() {
        var corpus = GUMCorpus(conllu: conllu)
        corpus.addEntities(iob2: iob2)
        let kettle = corpus.documents[0]
        let document = Document(id: "", text: kettle.text)
        #expect(kettle.entities.map { "\(document.string($0.span))/\($0.label)" } == ["Brannfors/ORG", "Ilse Varga/PER"])
    }
}
