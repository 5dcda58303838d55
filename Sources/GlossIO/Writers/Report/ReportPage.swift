/// The fixed parts of the HTML report around the documents: the head (policy, style, header, navigation
/// shell, the opening of the documents' container) and the tail (the overview, the script).
///
/// The Content-Security-Policy allows exactly the page's own style and script, by their SHA-256 hashes, and
/// nothing else: no other script (inline, external or in an event-handler attribute), no style attribute,
/// no font, image (except `data:`), frame or connection. Escaping keeps document text out of the markup;
/// the policy is the second wall should a bug ever let some through.
struct ReportPage {
    /// The report's title (usually the pipeline's name).
    var title: String
    /// The pipeline's step labels, shown under the title.
    var stages: [String]

    /// `default-src 'none'; script-src 'sha256-…'; style-src 'sha256-…'; img-src data:; …`
    static let contentSecurityPolicy: String = {
        let script = SHA256.base64Digest(Array(ReportScript.javascript.utf8))
        let style = SHA256.base64Digest(Array(ReportStyle.css.utf8))
        return "default-src 'none'; script-src 'sha256-\(script)'; style-src 'sha256-\(style)'; img-src data:; "
            + "base-uri 'none'; form-action 'none'"
    }()

    /// Everything before the first document.
    func head() -> [UInt8] {
        var html = HTMLWriter(capacity: ReportStyle.css.utf8.count + 4096)
        html.raw("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n<meta http-equiv=\"Content-Security-Policy\"")
        html.attribute("content", Self.contentSecurityPolicy)
        html.raw(">\n<meta name=\"referrer\" content=\"no-referrer\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        html.raw("<meta name=\"generator\" content=\"gloss\"><link rel=\"icon\" href=\"data:,\"><title>")
        html.text(title)
        html.raw("</title>\n<style>")
        html.bytes.append(contentsOf: ReportStyle.css.utf8)
        html.raw("</style></head>\n<body>\n<header class=\"top\"><h1>Gloss report <span>")
        html.text(title)
        html.raw("</span></h1><p class=\"stages\"><span id=\"total\"></span>")
        if !stages.isEmpty {
            html.raw(" · ")
            html.text(stages.joined(separator: " → "))
        }
        html.raw("</p><div class=\"tools\"><span class=\"legend\">")
        for label in ["PER", "ORG", "LOC", "MISC"] {
            html.raw("<span class=\"e\"")
            html.attribute("data-l", label)
            html.raw(">")
            html.text(label)
            html.raw("</span> ")
        }
        html.raw("<span class=\"q\">quote</span> <span class=\"sp\">speaker</span></span>")
        html.raw("<label><input type=\"checkbox\" id=\"show-l\" checked> Labels</label>")
        html.raw("<label><input type=\"checkbox\" id=\"show-s\"> Sentences</label>")
        html.raw("<a href=\"#overview\">Overview</a></div></header>\n")
        html.raw("<main><nav><input id=\"filter\" type=\"search\" placeholder=\"Filter: title, id, speaker, name\" aria-label=\"Filter documents\">")
        html.raw("<label><input type=\"checkbox\" id=\"errors-only\"> only documents with errors</label><p id=\"count\"></p>")
        html.raw("<ol id=\"list\"></ol><div class=\"pager\"><button type=\"button\" id=\"prev\">‹ prev</button><span id=\"page\"></span>")
        html.raw("<button type=\"button\" id=\"next\">next ›</button></div></nav>\n<div id=\"view\"><noscript><p class=\"none\">")
        html.raw("The overview is above; documents are shown with JavaScript, which this browser has turned off.</p></noscript></div></main>\n")
        html.raw("<div id=\"docs\" hidden>\n")
        return html.bytes
    }

    /// Everything after the last document: the overview (placed at the top by CSS until the script moves
    /// it into the view) and the script.
    func tail(overview: ReportOverview) -> [UInt8] {
        var html = HTMLWriter(capacity: 32_768)
        html.raw("</div>\n")
        html.bytes.append(contentsOf: overview.render())
        html.raw("<script>")
        html.bytes.append(contentsOf: ReportScript.javascript.utf8)
        html.raw("</script>\n</body></html>\n")
        return html.bytes
    }
}
