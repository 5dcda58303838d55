import Foundation
import Testing
@testable import GlossCore
@testable import GlossIO

@Suite struct ReportTests {
    @Test func pageIsWellFormedWithItsShellPolicyAndOneScript() throws {
        let documents = try fixtureDocuments()
        let html = try written(documents, as: .html, options: .init(title: "news", stages: ["clean", "segment"]))
        let page = try HTMLChecker.parse(html)
        for id in ["overview", "docs", "view", "list", "filter", "show-s", "show-l", "errors-only", "prev", "next", "total"] {
            #expect(page.element(id: id) != nil, "missing #\(id)")
        }
        #expect(page.element(id: "docs")?.attributes["hidden"] != nil)
        #expect(page.all { $0.name == "title" }.first?.text == "news")
        #expect(page.all { $0.name == "p" && $0.hasClass("stages") }.first?.textContent == " · clean → segment")

        let policy = try #require(page.all { $0.attributes["http-equiv"] == "Content-Security-Policy" }.first?.attributes["content"])
        let scripts = page.all { $0.name == "script" && $0.attributes["type"] == nil }
        let styles = page.all { $0.name == "style" }
        try #require(scripts.count == 1 && styles.count == 1)
        #expect(policy.hasPrefix("default-src 'none'; "))
        #expect(policy.contains("script-src 'sha256-\(SHA256.base64Digest(Array(scripts[0].text.utf8)))'"))
        #expect(policy.contains("style-src 'sha256-\(SHA256.base64Digest(Array(styles[0].text.utf8)))'"))
        #expect(!policy.contains("unsafe-inline") && !policy.contains("http"))
        // Nothing is fetched: no src, no external href, no @import or url() in the style.
        #expect(page.all { $0.attributes["src"] != nil }.isEmpty)
        #expect(page.all { ($0.attributes["href"] ?? "#").first != "#" && $0.attributes["href"] != "data:," }.isEmpty)
        #expect(!styles[0].text.contains("url(") && !styles[0].text.contains("@import"))
        // The overview comes after the documents (its counts are known only then) and before the script.
        let bodyOrder = page.all { $0.name == "body" }.first?.children.filter { $0.name != "#text" }.map { $0.attributes["id"] ?? $0.name }
        #expect(bodyOrder == ["header", "main", "docs", "overview", "script"])
    }

    @Test func everyDocumentBlockIsInertWellFormedAndKeepsTheWholeText() throws {
        let documents = try fixtureDocuments()
        let page = try HTMLChecker.parse(try written(documents, as: .html))
        let blocks = try articles(of: page)
        try #require(blocks.count == documents.count)
        for ((block, article), document) in zip(blocks, documents) {
            #expect(block.attributes["type"] == "text/x-gloss-doc")
            #expect(block.attributes["data-id"] == document.id)
            #expect(block.attributes["data-t"] == document.meta["title"]?.stringValue)
            #expect(block.attributes["data-ne"] == String(document.entities?.count ?? 0))
            #expect(block.attributes["data-nq"] == String(document.quotes?.count ?? 0))
            #expect((block.attributes["data-err"] != nil) == (document.error != nil))
            // The list shows source and dateline; the document's own header adds author, date and url.
            #expect(block.attributes["data-s"] == [document.meta["source"], document.meta["dateline"]].compactMap { $0?.stringValue }.joined(separator: " · "))
            if let url = document.meta["url"]?.stringValue {
                #expect(article.elements(class: "src").first?.textContent.hasSuffix(" · \(url)") == true)
            }
            let text = try #require(article.elements(class: "txt").first)
            #expect(text.textContent == document.text, "the marked-up text must be the text, nothing lost or doubled")
            #expect(text.all { $0.name != "span" }.isEmpty, "only spans inside the text")
            #expect(article.all { $0.name == "h2" }.first?.textContent == document.meta["title"]?.stringValue)
            #expect(article.elements(class: "s").filter { !$0.hasClass("c") }.count == document.sentences?.count ?? 0)
            if let summary = document.summary {
                #expect(article.elements(class: "sum").first?.all { $0.name == "p" }.first?.textContent == summary.text)
            } else {
                #expect(article.elements(class: "sum").isEmpty)
            }
        }
    }

    @Test func entityQuoteAndSpeakerSpansSurroundTheirText() throws {
        let documents = try fixtureDocuments()
        let blocks = try articles(of: try HTMLChecker.parse(try written(documents, as: .html)))
        var checkedEntities = 0, checkedQuotes = 0, checkedSpeakers = 0
        for ((_, article), document) in zip(blocks, documents) {
            let text = try #require(article.elements(class: "txt").first)
            // Entities do not overlap each other in the fixture, so each is exactly one element.
            let entityElements = text.elements(class: "e")
            try #require(entityElements.count == document.entities?.count ?? 0)
            for (element, entity) in zip(entityElements, document.entities ?? []) {
                #expect(element.attributes["data-l"] == entity.label.rawValue)
                #expect(element.textContent == document.string(entity.span))
                checkedEntities += 1
            }
            for (index, quote) in (document.quotes ?? []).enumerated() {
                // A quote split by a sentence boundary is several pieces; together they are the quote.
                let pieces = text.all { $0.hasClass("q") && $0.attributes["data-q"] == String(index) }
                #expect(!pieces.isEmpty)
                #expect(pieces.map(\.textContent).joined() == document.string(quote.span))
                #expect(pieces.allSatisfy { $0.attributes["data-k"] == quote.kind.rawValue })
                checkedQuotes += 1
                let item = article.all { $0.name == "li" && $0.attributes["data-q"] == String(index) }
                #expect(item.count == 1)
                #expect(item.first?.all { $0.name == "b" }.first?.textContent == quote.speaker ?? "unattributed")
                #expect(item.first?.all { $0.name == "q" }.first?.textContent == document.string(quote.span))
                if let mention = quote.speakerSpan {
                    let speakers = text.all {
                        $0.hasClass("sp") && ($0.attributes["data-q"] ?? "").split(separator: " ").contains(Substring(String(index)))
                    }
                    #expect(speakers.count == 1)
                    #expect(speakers.first?.textContent == document.string(mention))
                    checkedSpeakers += 1
                }
            }
        }
        #expect(checkedEntities == 25)
        #expect(checkedQuotes == 17)
        #expect(checkedSpeakers == 10)
    }

    @Test func aQuoteAcrossASentenceBoundaryIsSplitIntoNestedPieces() throws {
        let documents = try fixtureDocuments()
        let blocks = try articles(of: try HTMLChecker.parse(try written(documents, as: .html)))
        let text = try #require(blocks[0].article.elements(class: "txt").first)
        let pieces = text.all { $0.hasClass("q") && $0.attributes["data-q"] == "0" }
        #expect(pieces.map(\.textContent) == [
            "We are not going back until the schedules are safe.",
            " Twelve-hour shifts are not a schedule, they are a hazard.",
        ])
        // The first piece sits in sentence 2; the second starts at the space between the sentences, so
        // sentence 3 opens inside it, and the rest of sentence 3 after the quote is a continuation piece.
        let sentences = text.all { $0.hasClass("s") && !$0.hasClass("c") }
        #expect(pieces.first?.parent === sentences[1])
        #expect(sentences[2].parent === pieces.last)
        let continuation = try #require(text.all { $0.hasClass("s") && $0.hasClass("c") }.first)
        #expect(continuation.textContent.hasPrefix("” said Maria Okafor"))
        let speaker = try #require(text.elements(class: "sp").first)
        #expect(speaker.children.first?.hasClass("e") == true, "the entity nests inside the speaker mention")
        #expect(speaker.textContent == "Maria Okafor")
    }

    @Test func overlappingAndOutOfRangeSpansStillMakeValidMarkup() throws {
        let text = "He said “Anna Berg arrived. Then she left.” Café 🙂 ok"
        var document = Document(id: "overlap", text: text)
        document.sentences = [span(of: "He said “Anna Berg arrived.", in: text), span(of: "Then she left.” Café 🙂 ok", in: text)]
        let quote = span(of: "Anna Berg arrived. Then she left.", in: text)
        document.quotes = [Quote(quote, kind: .direct, speaker: "Anna Berg", speakerSpan: span(of: "she", in: text))]
        let cafe = span(of: "Café", in: text)
        let smiley = span(of: "🙂", in: text)
        document.entities = [
            Entity(span(of: "Anna Berg", in: text), label: .person),
            Entity(Span(start: span(of: "Berg", in: text).start, end: span(of: "arrived", in: text).end), label: "MISC"),  // overlaps the first
            Entity(Span(start: cafe.start, end: cafe.end - 1), label: .location),  // ends inside "é"
            Entity(Span(start: smiley.start + 1, end: smiley.end - 1), label: "ODD"),  // inside the emoji's bytes
            Entity(Span(start: text.utf8.count - 2, end: text.utf8.count + 50), label: .organization),  // past the end
            Entity(Span(start: 3, end: 3), label: .person),  // empty
        ]
        let page = try HTMLChecker.parse(try written([document], as: .html))
        let article = try #require(try articles(of: page).first?.article)
        let marked = try #require(article.elements(class: "txt").first)
        #expect(marked.textContent == text)
        let entities = marked.elements(class: "e")
        func covered(by label: String) -> String {
            entities.filter { $0.attributes["data-l"] == label }.map(\.textContent).joined()
        }
        #expect(covered(by: "PER") == "Anna Berg")
        #expect(covered(by: "MISC") == "Berg arrived", "the overlapping entity is split, not dropped")
        #expect(covered(by: "LOC") == "Café", "an end inside a character widens to the whole character")
        #expect(covered(by: "ODD") == "🙂")
        #expect(covered(by: "ORG") == "ok")
        #expect(entities.count == 6, "PER, MISC in two pieces, LOC, ODD, ORG; the empty one is dropped")
        let quotePieces = marked.elements(class: "q").map(\.textContent).joined()
        #expect(quotePieces == "Anna Berg arrived. Then she left.")
    }

    @Test func scriptInTextMetaLabelsAndErrorsShowsAsTextAndRunsNothing() throws {
        let payload = "<script>alert(1)</script></script><!-- <img src=x onerror=alert(2)> \u{2028}\u{2029} & \"'"
        let text = "Fans wrote \(payload) on a banner."
        var document = Document(id: "evil</script>.txt", text: text, meta: [
            "title": .string("Title \(payload)"), "source": .string(payload), "url": "javascript:alert(3)",
        ])
        let payloadSpan = span(of: payload, in: text)
        document.sentences = [Span(start: 0, end: text.utf8.count)]
        document.entities = [Entity(payloadSpan, label: EntityLabel(rawValue: "X\"><script>alert(4)</script>"))]
        document.quotes = [Quote(payloadSpan, kind: .direct, speaker: payload, speakerSpan: span(of: "Fans", in: text),
                                 speakerRole: payload, cue: payload)]
        document.summary = Summary(sentences: [0], text: payload)
        document.error = DocumentFailure(documentID: document.id, stage: payload, message: payload)
        let html = try written([document], as: .html, options: .init(title: payload, stages: [payload]))

        // Exactly two script elements open: the document's inert data block and the page's own script.
        #expect(html.components(separatedBy: "<script").count - 1 == 2)
        #expect(html.components(separatedBy: "</script").count - 1 == 2)
        #expect(!html.contains("<!--") && !html.contains("<img"))
        #expect(!html.contains("href=\"javascript"))
        let page = try HTMLChecker.parse(html)
        #expect(page.all { $0.name == "script" }.map { $0.attributes["type"] } == ["text/x-gloss-doc", nil])
        #expect(page.all { $0.name == "title" }.first?.text == payload)
        let article = try #require(try articles(of: page).first?.article)
        #expect(article.all { ["script", "img", "style", "iframe", "a"].contains($0.name) }.isEmpty)
        #expect(article.all { $0.attributes.keys.contains { $0.hasPrefix("on") || $0 == "style" || $0 == "href" } }.isEmpty)
        #expect(article.elements(class: "txt").first?.textContent == text, "the reader sees the characters")
        #expect(article.all { $0.name == "h2" }.first?.textContent == "Title \(payload)")
        #expect(article.elements(class: "e").first?.attributes["data-l"] == "X\"><script>alert(4)</script>")
        #expect(article.elements(class: "err").first?.textContent == "Failed in stage \(payload): \(payload)")
    }

    @Test func overviewCountsTheCorpus() throws {
        let documents = try fixtureDocuments()
        let page = try HTMLChecker.parse(try written(documents, as: .html))
        let overview = try #require(page.element(id: "overview"))
        let cards = overview.elements(class: "card").map { $0.textContent }
        #expect(cards.first == "5documents")
        #expect(cards.contains("25entity mentions"))
        #expect(cards.contains("17quotes14 attributed"))
        #expect(cards.contains("1error"))
        let rows = overview.all { $0.name == "tr" }.dropFirst().map { row in
            row.all { $0.name == "td" }.prefix(3).map(\.textContent)
        }
        #expect(rows == [["PER", "9", "4"], ["ORG", "7", "4"], ["LOC", "9", "4"]])
        let speakers = overview.elements(class: "spk").map { $0.attributes["data-f"] ?? "" }
        #expect(speakers.prefix(3) == ["Ingrid Halvorsen", "Paolo Verri", "Rosa Delgado"])
        let errors = overview.elements(class: "ov-err").first?.all { $0.name == "a" }
        #expect(errors?.map { $0.attributes["href"] } == ["#5"])
        #expect(errors?.first?.textContent == "fixtures/harbour-ferry-timetable.txt")
    }

    @Test func anEmptyRunIsStillACompletePage() throws {
        let page = try HTMLChecker.parse(try written([], as: .html))
        #expect(try articles(of: page).isEmpty)
        #expect(page.element(id: "overview")?.elements(class: "card").first?.textContent == "0documents")
    }
}

@Suite struct ReportPartsTests {
    @Test(arguments: [
        ("plain", "plain"),
        ("a < b && c > d", "a &lt; b &amp;&amp; c &gt; d"),
        ("\"quoted\" 'single'", "&quot;quoted&quot; &#39;single&#39;"),
        ("nul\u{0}bell\u{7}tab\tnl\ncr\r", "nul\u{FFFD}bell\u{FFFD}tab\tnl\ncr\r"),
        ("“curly” — é 🙂", "“curly” — é 🙂"),
    ])
    func htmlEscaping(input: String, expected: String) {
        #expect(HTMLEscape.escape(input) == expected)
    }

    @Test(arguments: [
        ("", "47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU="),
        ("abc", "ungWv48Bz+pBQUDeXa4iI7ADYaOWF3qctBD/YfIAFa0="),
        ("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq", "JI1qYdIGOLjlwCaTDD5gOaM85Flk/yFn9uzt1BnbBsE="),
    ])
    func sha256KnownVectors(input: String, expected: String) {
        #expect(SHA256.base64Digest(Array(input.utf8)) == expected)
    }

    @Test func boundedCounterIsExactUnderCapacityAndKeepsHeavyHittersOver() {
        var exact = BoundedCounter(capacity: 10)
        for name in ["a", "b", "a", "c", "a", "b"] { exact.add(name) }
        #expect(exact.top(2).map(\.key) == ["a", "b"])
        #expect(exact.top(3).map(\.count) == [3, 2, 1])
        #expect(!exact.isApproximate)

        var bounded = BoundedCounter(capacity: 100)
        for round in 0..<2_000 {
            bounded.add("frequent", 3)
            bounded.add("often")
            bounded.add("rare-\(round)")
        }
        #expect(bounded.isApproximate)
        #expect(bounded.counts.count <= 100)
        #expect(bounded.top(2).map(\.key) == ["frequent", "often"])
        #expect((bounded.counts["frequent"] ?? 0) > 5_000, "undercounted by at most 2 * total / capacity")
    }

    @Test func spanMarkupClosesAndReopensAroundAnOverlap() {
        let text = "abcdef"
        let spans = [
            MarkupSpan(start: 0, end: 4, rank: 0, open: Array("<span class=\"a\">".utf8), reopen: Array("<span class=\"a c\">".utf8)),
            MarkupSpan(start: 2, end: 6, rank: 1, open: Array("<span class=\"b\">".utf8), reopen: Array("<span class=\"b c\">".utf8)),
        ]
        var out: [UInt8] = []
        var copy = text
        copy.withUTF8 { SpanMarkup.append(text: $0, spans: spans, to: &out) }
        #expect(String(decoding: out, as: UTF8.self)
            == "<span class=\"a\">ab<span class=\"b\">cd</span></span><span class=\"b c\">ef</span>")
    }
}

@Suite struct FormatWriterTests {
    @Test(arguments: [OutputFormat.html, .conllu, .pretty, .jsonl])
    func failedDocumentsGoToTheQuarantineFileInEveryFormat(format: OutputFormat) throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let quarantine = QuarantineWriter(target: try .file(folder.path + "/q.jsonl"))
        var writer = format.makeWriter(target: try .file(folder.path + "/out"), quarantine: quarantine)
        let good = Document(id: "good", text: "Fine words.")
        try writer.sink.write(try writer.renderer.render(good), id: good.id)
        try writer.sink.failed(
            DocumentFailure(documentID: "bad", stage: "tag", message: "no model"),
            record: InputRecord(origin: "in.txt", payload: .plainText(Array("Bad words.".utf8))))
        try writer.sink.finish()
        let quarantined = try String(contentsOfFile: folder.path + "/q.jsonl", encoding: .utf8)
        #expect(quarantined == #"{"id":"bad","stage":"tag","error":"no model","origin":"in.txt","input":"Bad words."}"# + "\n")
        let output = try String(contentsOfFile: folder.path + "/out", encoding: .utf8)
        #expect(output.contains("Fine words") && !output.contains("Bad words"))
    }

    @Test func abandoningLeavesNoFile() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        var writer = OutputFormat.html.makeWriter(target: try .file(folder.path + "/report.html"))
        try writer.sink.write(try writer.renderer.render(Document(id: "a", text: "b")), id: "a")
        try writer.sink.flush()
        writer.sink.abandon()
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
    }
}
