/// Dresses an article as a scraped news web page: a head with metadata, styles and scripts; a masthead
/// with navigation; the article with its header, share bar, figure and paragraphs (typographic punctuation
/// sometimes as character references, as many sites write it); related posts, comments, a sidebar and a
/// footer. The furniture varies from page to page, as the layout of different sites does.
enum HTMLPage {
    static func render(_ article: ComposedArticle, random: inout SeededRandom) -> String {
        let references = random.chance(50)
        let slug = slugify(article.headline)
        let domain = slugify(article.site) + ".example"
        let url = "https://\(domain)/\(article.date.year)/\(article.date.month)/\(article.date.day)/\(slug)/"
        let title = escape(article.headline, references: references)
        let site = escape(article.site, references: false)
        var html = """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <title>\(title) &#8211; \(site)</title>
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta property="og:type" content="article">
            <meta property="og:title" content="\(title)">
            <meta property="og:site_name" content="\(site)">
            <meta property="og:url" content="\(url)">
            <meta property="article:published_time" content="\(article.date.iso)T\(10 + random.number(0...9)):\(random.number(10...59)):00Z">
            <meta name="author" content="\(article.author)">
            <link rel="canonical" href="\(url)">
            <link rel="stylesheet" href="/assets/site.css?ver=\(random.number(1...9)).\(random.number(0...9))">

            """
        if random.chance(70) {
            html += """
                <style>
                  .share a { display: inline-block; padding: 4px 8px; }
                  .masthead nav li + li::before { content: " | "; }
                  .article-body p:first-child::first-letter { font-size: 2.4em; float: left; }
                </style>

                """
        }
        html += """
            <script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"\(escape(article.headline, references: false))","datePublished":"\(article.date.iso)"}</script>
            <script async src="https://ads.example/loader.js?site=\(slugify(article.site))"></script>
            </head>
            <body class="article-template single has-sidebar">
            <a class="skip-link" href="#content">Skip to content</a>
            <header class="masthead">
              <div class="site-title"><a href="/">\(site)</a></div>
              <nav class="main-navigation" aria-label="Primary">
                <ul class="menu">

            """
        for section in ["News", "Local", "Business", "Sport", "Weather", "Opinion", "Obituaries"].prefix(random.number(3...7)) {
            html += "      <li><a href=\"/\(section.lowercased())/\">\(section)</a></li>\n"
        }
        html += """
                </ul>
              </nav>
            </header>
            <div id="content" class="site-content">
            <main id="main">
            <article class="post type-post status-publish">
              <header class="entry-header">
                <h1 class="entry-title">\(title)</h1>
                <div class="byline">By <span class="author">\(article.author)</span> &middot; <time datetime="\(article.date.iso)">\(article.date.iso)</time></div>
              </header>

            """
        if random.chance(70) {
            html += """
                  <div class="share-bar sharedaddy">
                    <h3>Share this:</h3>
                    <ul>
                      <li><a href="https://x.example/intent?url=\(url)">Share on X</a></li>
                      <li><a href="https://facebook.example/share?u=\(url)">Facebook</a></li>
                      <li><a href="mailto:?subject=\(slug)">Email</a></li>
                    </ul>
                  </div>

                """
        }
        if random.chance(60) {
            html += """
                  <figure class="wp-block-image">
                    <img src="/uploads/\(article.date.year)/\(slug).jpg" alt="\(escape(titleCase(article.datelinePlace), references: false))">
                    <figcaption>A view of \(escape(titleCase(article.datelinePlace), references: false)) on \(article.date.iso). (Photo: \(article.author) / \(site))</figcaption>
                  </figure>

                """
        }
        html += "  <div class=\"entry-content article-body\">\n"
        for (index, paragraph) in article.paragraphs.enumerated() {
            html += "<p>" + escape(paragraph, references: references) + "</p>\n"
            if index == 2 && random.chance(30) {
                html += "<div class=\"ad-slot advert\"><script>window.ads = window.ads || []; ads.push({slot: \"mid-\(index)\"});</script><p>Advertisement</p></div>\n"
            }
        }
        if random.chance(60) {
            html += "<p>The post <a href=\"\(url)\" rel=\"nofollow\">\(title)</a> appeared first on <a href=\"https://\(domain)\" rel=\"nofollow\">\(site)</a>.</p>\n"
        }
        html += "  </div>\n"
        if random.chance(60) {
            html += "  <div class=\"jp-relatedposts\">\n    <h3><em>Related</em></h3>\n"
            for headline in article.related {
                html += "    <p><a href=\"/\(slugify(headline))/\">\(escape(headline, references: references))</a></p>\n"
            }
            html += "  </div>\n"
        }
        html += "</article>\n"
        let comments = random.number(0...3)
        if comments > 0 {
            html += "<section id=\"comments\" class=\"comments-area\">\n  <h2>\(comments) thoughts on &ldquo;\(title)&rdquo;</h2>\n  <ol class=\"comment-list\">\n"
            for _ in 0..<comments {
                let remark = random.pick([
                    "About time. Thanks for covering this.", "Does anyone know when the next meeting is?",
                    "My family has lived here for forty years and this is the first I have heard of it.",
                    "Great reporting as always!", "The figures in paragraph three do not add up.",
                ])
                html += """
                      <li class="comment"><article class="comment-body"><footer class="comment-meta"><b class="fn">reader\(random.number(10...999))</b> <span class="says">says:</span></footer>
                        <div class="comment-content"><p>\(remark)</p></div></article></li>

                    """
            }
            html += "  </ol>\n</section>\n"
        }
        if random.chance(50) {
            html += """
                <aside class="widget-area">
                  <section class="widget widget_recent_entries"><h2 class="widget-title">Recent Posts</h2><ul>
                    <li><a href="/a/">\(escape(article.related.first ?? article.headline, references: references))</a></li>
                  </ul></section>
                  <section class="widget newsletter"><p>Click here to subscribe to our free morning newsletter&hellip;</p></section>
                </aside>

                """
        }
        html += """
            </main>
            </div>
            <footer class="site-footer">
              <p>&copy; \(article.date.year) \(site). All rights reserved.</p>
              <p>Follow us on Mastodon, Bluesky and Facebook.</p>
            </footer>
            <script>
              if (document.querySelectorAll("p").length > 3) { window.ads = window.ads || []; ads.push({slot: "<div class='ad'>"}); }
            </script>
            </body>
            </html>

            """
        return html
    }

    /// Escapes `&`, `<` and `>`; with `references`, also writes typographic punctuation as named or
    /// numeric character references (`&ldquo;`, `&#8217;`, `&mdash;`), as many publishing systems do.
    static func escape(_ text: String, references: Bool) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count + 16)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "“" where references: result += "&ldquo;"
            case "”" where references: result += "&rdquo;"
            case "’" where references: result += "&#8217;"
            case "—" where references: result += "&mdash;"
            case "…" where references: result += "&hellip;"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// "PORT SAFFRON" as "Port Saffron".
    static func titleCase(_ text: String) -> String {
        var bytes: [UInt8] = []
        var atWordStart = true
        for byte in text.utf8 {
            let isLetter = (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A
            bytes.append(isLetter && !atWordStart ? byte | 0x20 : byte)
            atWordStart = byte == 0x20
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// A URL path part: lower-case ASCII letters and digits, hyphens between words.
    static func slugify(_ text: String) -> String {
        var slug: [UInt8] = []
        for byte in text.utf8 {
            let lower = byte | 0x20
            if (lower >= 0x61 && lower <= 0x7A && byte >= 0x41) || (byte >= 0x30 && byte <= 0x39) {
                slug.append(byte >= 0x41 ? lower : byte)
            } else if slug.last != 0x2D && !slug.isEmpty {
                slug.append(0x2D)
            }
        }
        while slug.last == 0x2D { slug.removeLast() }
        return String(decoding: slug, as: UTF8.self)
    }
}
