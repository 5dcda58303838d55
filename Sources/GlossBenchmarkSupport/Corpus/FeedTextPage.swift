/// Dresses an article as text scraped from a feed or a reader view: the headline, sometimes a byline, the
/// paragraphs with the odd stray "Advertisement" line, then the furniture feeds append (share and like
/// blocks, related posts, "The post ... appeared first on ..."), in varying combinations.
enum FeedTextPage {
    static func render(_ article: ComposedArticle, random: inout SeededRandom) -> String {
        var lines: [String] = [article.headline, ""]
        if random.chance(30) {
            lines += ["By " + article.author, ""]
        }
        for (index, paragraph) in article.paragraphs.enumerated() {
            lines += [paragraph, ""]
            if index > 1 && index < article.paragraphs.count - 1 && random.chance(4) {
                lines += [random.pick(["Advertisement", "ADVERTISEMENT", "Read more", "Continue reading"]), ""]
            }
        }
        if random.chance(60) {
            lines += ["Share this:", ""] + Array(["X", "Facebook", "WhatsApp", "Email", "Print", "LinkedIn"].prefix(random.number(2...6))) + [""]
        }
        if random.chance(40) {
            lines += ["Like this:", "", "Like Loading...", ""]
        }
        if random.chance(50) {
            lines += [random.pick(["Related", "Related posts", "You may also like"]), ""] + article.related
            if random.chance(50) { lines.append("In \"" + random.pick(["Local", "Harbor", "Business", "Politics", "Weather"]) + "\"") }
            lines.append("")
        }
        if random.chance(20) {
            lines += ["Click here to subscribe to our free morning newsletter…", ""]
        }
        if random.chance(70) {
            lines.append("The post \(article.headline) appeared first on \(article.site).")
        }
        while lines.last == "" { lines.removeLast() }
        return lines.joined(separator: "\n") + "\n"
    }
}
