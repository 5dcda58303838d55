import GlossCore
import Testing

@testable import GlossClean

/// HTML to text: one test per rule, on small articles written for the purpose.
@Suite struct HTMLTests {
    @Test(arguments: [
        ("<p>The ferry sailed.</p><p>It was late.</p>", "The ferry sailed.\n\nIt was late."),
        ("<div>Harbour news</div><h2>Storm warning</h2><div>Boats stay in port.</div>", "Harbour news\n\nStorm warning\n\nBoats stay in port."),
        ("<p>Line one<br>Line two<br/>Line three</p>", "Line one\n\nLine two\n\nLine three"),
        ("<ul><li>Bread</li><li>Milk</li></ul>", "Bread\n\nMilk"),
        ("<blockquote>We will rebuild.</blockquote><p>She said.</p>", "We will rebuild.\n\nShe said."),
        ("<table><tr><td>Mon</td><td>9-5</td></tr><tr><td>Tue</td><td>closed</td></tr></table>", "Mon 9-5\n\nTue closed"),
        ("<h1>Heat wave</h1><h6>Update</h6>", "Heat wave\n\nUpdate"),
    ])
    func blockElementsBecomeParagraphs(_ html: String, _ expected: String) {
        #expect(clean(html, html: true) == expected)
    }

    @Test func inlineMarkupVanishes() {
        let html = "<p>The <b>mayor</b> of <a href=\"/tilbury\">Tilbury</a> called it <em>un</em>acceptable<span class=\"x\"></span>.</p>"
        #expect(clean(html, html: true) == "The mayor of Tilbury called it unacceptable.")
    }

    @Test func whitespaceIsCollapsedExceptInPre() {
        let html = "<p>Rain\n   fell\tall\r\nday.</p><pre>x = 1\n  y = 2</pre>"
        #expect(clean(html, html: true) == "Rain fell all day.\n\nx = 1\ny = 2")
    }

    @Test(arguments: ["script", "style", "noscript", "template", "iframe", "svg", "math", "textarea", "button", "select", "video", "object"])
    func neverTextElementsAreDroppedWithTheirContent(_ tag: String) {
        let html = "<p>Before.</p><\(tag) class=\"x\"><p>HIDDEN</p> HIDDEN &amp; <b>HIDDEN</b></\(tag)><p>After.</p>"
        #expect(clean(html, html: true) == "Before.\n\nAfter.")
    }

    @Test(arguments: ["nav", "aside", "form", "footer"])
    func pageChromeIsDropped(_ tag: String) {
        let html = "<p>The council met.</p><\(tag)><ul><li>Home</li><li>Sport</li></ul></\(tag)><p>It voted.</p>"
        #expect(clean(html, html: true) == "The council met.\n\nIt voted.")
        var options = CleanOptions()
        options.remove.widgets = false
        #expect(clean(html, html: true, options: options) == "The council met.\n\nHome\n\nSport\n\nIt voted.")
    }

    @Test(arguments: [
        "<div class=\"share-bar\">Share on X Facebook</div>",
        "<div class=\"sharedaddy sd-sharing-enabled\"><h3>Share this:</h3></div>",
        "<section id=\"comments\" class=\"comments-area\"><p>Nice piece!</p></section>",
        "<div id=\"jp-relatedposts\"><p>Other stories</p></div>",
        "<div class=\"yarpp-related\"><ol><li>Old story</li></ol></div>",
        "<div class=\"newsletter-signup\"><p>Get our emails</p></div>",
        "<div class=\"ad-slot\">Buy now</div>",
        "<ul class=\"breadcrumbs\"><li>Home</li><li>News</li></ul>",
        "<div role=\"navigation\"><a>Next</a></div>",
        "<span class=\"social-links\">Follow</span>",
    ])
    func widgetsAreDroppedByClassIdOrRole(_ widget: String) {
        let html = "<p>The dam held.</p>\(widget)<p>Engineers were relieved.</p>"
        #expect(clean(html, html: true) == "The dam held.\n\nEngineers were relieved.")
    }

    @Test func stateClassesDoNotMakeAWidget() {
        let html = """
            <div class="entry has-sidebar category-social no-comments comments-open"><p>The orchard flooded.</p></div>
            """
        #expect(clean(html, html: true) == "The orchard flooded.")
    }

    @Test func chromeOrWidgetHoldingTheArticleIsKept() {
        // A page wrapped in one form (old ASP.NET sites) and a theme container that looks like a widget.
        let form = "<form id=\"aspnetForm\"><nav>Menu</nav><article><p>The pier reopened.</p></article></form>"
        #expect(clean(form, html: true) == "The pier reopened.")
        let widget = "<div class=\"content-with-sidebar\"><h1>Pier reopens</h1><p>The pier reopened.</p><aside>Ads</aside></div>"
        #expect(clean(widget, html: true) == "Pier reopens\n\nThe pier reopened.")
    }

    @Test func mastheadOutsideTheArticleGoesButTheArticleHeaderStays() {
        let html = """
            <header class="site-header"><p>The Tilbury Times</p></header>
            <article><header><h1>Pier reopens</h1><p>By Ola Berg</p></header><p>The pier reopened.</p></article>
            """
        #expect(clean(html, html: true) == "Pier reopens\n\nBy Ola Berg\n\nThe pier reopened.")
    }

    @Test func footerInsideAQuotationIsItsCitation() {
        let html = "<blockquote><p>We were not warned.</p><footer>— Ida Moss, resident</footer></blockquote><footer>© Tilbury Times</footer>"
        #expect(clean(html, html: true) == "We were not warned.\n\n— Ida Moss, resident")
    }

    @Test func entitiesInTextAreDecoded() {
        let html = "<p>&ldquo;It&rsquo;s over,&rdquo; said O&#8217;Neil &amp; Sons&hellip; &mdash; a 5&nbsp;km walk &#x2014; &copy;2025</p>"
        #expect(clean(html, html: true) == "“It’s over,” said O’Neil & Sons… — a 5 km walk — ©2025")
    }

    // MARK: Malformed HTML

    @Test(arguments: [
        ("<p>Unclosed paragraph<p>Another <b>bold", "Unclosed paragraph\n\nAnother bold"),
        ("<p>Profits rose 5% < 7% forecast, and 3 <4.</p>", "Profits rose 5% < 7% forecast, and 3 <4."),
        ("<p><a title=\"a > b\" href='x>y'>Link text</a> after.</p>", "Link text after."),
        ("<p>Before<!-- a comment with <p>tags</p> -->after.</p>", "Beforeafter."),
        ("<p>Kept</p><!-- never closed <p>Also kept.</p>", "Kept\n\nAlso kept."),
        ("<![CDATA[<p>Feed item text.</p>]]>", "Feed item text."),
        ("<p>Stray end tags</span></div> are ignored.</p></p>", "Stray end tags are ignored."),
        ("<p>Text then an unclosed tag <a href=\"x", "Text then an unclosed tag <a href=\"x"),
        ("<p>Before</p><script>var x = 1;", "Before\n\nvar x = 1;"),  // an unclosed script is kept as text
        ("<P CLASS=x>Upper case tags</P><BR><Div>work</DIV>", "Upper case tags\n\nwork"),
        ("<p>An &unknown; entity and a lone & ampersand.</p>", "An &unknown; entity and a lone & ampersand."),
        ("<!DOCTYPE html><?xml version=\"1.0\"?><p>Prolog skipped.</p>", "Prolog skipped."),
        ("</>Empty end tag</ p>", "Empty end tag"),
    ])
    func malformedHTMLLosesNoText(_ html: String, _ expected: String) {
        #expect(clean(html, html: true) == expected)
    }

    @Test func deepNestingDoesNotOverflowTheStack() {
        let depth = 100_000
        let html = String(repeating: "<div><span>", count: depth) + "Deep text." + String(repeating: "</span></div>", count: depth)
        #expect(clean(html, html: true) == "Deep text.")
        // Shallower variants: debug builds are slow, and depth changes nothing for them.
        let unclosed = String(repeating: "<div><b>", count: depth / 5) + "Still here."
        #expect(clean(unclosed, html: true) == "Still here.")
        let widgets = String(repeating: "<div class=\"share\">", count: depth / 5) + "Gone" + String(repeating: "</div>", count: depth / 5) + "<p>Kept.</p>"
        #expect(clean(widgets, html: true) == "Kept.")
    }

    @Test func manyStrayEndTagsAreCheap() {
        // Would be quadratic if every stray end tag scanned the whole stack.
        let html = String(repeating: "<div>", count: 50_000) + "x" + String(repeating: "</span>", count: 50_000)
        #expect(clean(html, html: true) == "x")
    }

    @Test func pageMetadataIsRead() {
        let html = """
            <html lang="en-GB"><head><title>Pier &amp; Jetty | Tilbury Times</title>
            <meta property="og:title" content="Pier reopens after &#8220;storm&#8221;">
            <meta property="og:site_name" content="Tilbury Times">
            <link rel="canonical" href="https://tilbury.example/pier">
            <meta name="author" content="Ola Berg"><meta property="article:published_time" content="2025-05-01T09:00:00Z">
            </head><body><h1>Pier  reopens</h1><p>Text.</p></body></html>
            """
        let page = findings(html, html: true).page
        #expect(page?.documentTitle == "Pier & Jetty | Tilbury Times")
        #expect(page?.title == "Pier reopens after “storm”")
        #expect(page?.headline == "Pier reopens")
        #expect(page?.siteName == "Tilbury Times")
        #expect(page?.url == "https://tilbury.example/pier")
        #expect(page?.author == "Ola Berg")
        #expect(page?.published == "2025-05-01T09:00:00Z")
        #expect(page?.language == "en-GB")
    }

    @Test func anIconsTitleIsNotThePagesTitle() {
        let html = "<div class=\"share\"><a><svg><title>Facebook</title><path/></svg></a></div><p>Text.</p>"
        #expect(findings(html, html: true).page?.documentTitle == nil)
        #expect(process(html, meta: ["format": "html"]).meta["title"] == nil)
    }

    @Test func metaValuesStayShort() {
        let long = String(repeating: "word ", count: 500)
        let page = findings("<title>\(long)</title><h1>é\(String(repeating: "é", count: 400))</h1>", html: true).page
        #expect((page?.documentTitle?.utf8.count ?? 0) <= MetaText.limit)
        #expect((page?.headline?.utf8.count ?? 0) <= MetaText.limit)
        #expect(page?.headline?.hasSuffix("é") == true)  // not cut inside a character
    }

    @Test(arguments: [
        ("<p>Hello</p>", true),
        ("  \n<!DOCTYPE html><html>", true),
        ("The <b>vote</b> was <i>close</i>.", true),
        ("A text about the <p> tag.", false),
        ("Profits rose 3 < 4 and 5 > 2.", false),
        ("I <3 Tilbury.", false),
        ("Plain text.\n\nTwo paragraphs.", false),
    ])
    func markupIsDetectedCheaply(_ text: String, _ isMarkup: Bool) {
        var copy = text
        #expect(copy.withUTF8(MarkupDetector.looksLikeMarkup) == isMarkup)
    }
}
