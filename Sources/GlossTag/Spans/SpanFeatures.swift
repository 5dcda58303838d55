/// The features of one mention for the span classifier (``SpanClassifier``): what a greedy token tagger
/// cannot see at once.
///
/// - the whole span: its words joined, first and last word, length, the shapes of its words, their
///   lexicon classes and how common they are in lower case;
/// - its context: two words either side (the preposition before a name: "in", "at", "from", "by",
///   "with"), their parts of speech, the sentence's capitalisation;
/// - the token model's view: the label it gave and how sure it was (margins summed and smallest);
/// - the document (context aggregation, Ratinov & Roth 2009): the words around every other occurrence of
///   the mention's first and last word in the document ("in Miramar", "Miramar California",
///   "Firefox extension"), the labels the token model gave those occurrences, how they were written, and
///   the labels of other mentions with the same words.
///
/// Features are hashes (``FeatureHash``) written into a caller's buffer; nothing allocates.
enum SpanFeatures {
    /// Most features one mention produces; buffers are sized with it.
    static let maximumFeatures = 160

    /// Most other occurrences of a word whose contexts are read.
    static let maximumOccurrences = 12

    /// Longest span whose every word is a feature.
    static let maximumWords = 6

    /// Appends hashes up to ``maximumFeatures``.
    struct Writer {
        let out: UnsafeMutablePointer<UInt64>
        var count = 0

        init(_ out: UnsafeMutablePointer<UInt64>) { self.out = out }

        @inline(__always)
        mutating func put(_ value: UInt64) {
            guard count < SpanFeatures.maximumFeatures else { return }
            out[count] = value
            count += 1
        }
    }

    typealias H = FeatureHash

    /// The hash standing for a position outside the sentence.
    static let outside = FeatureHash.of("<s>")

    /// Writes the features of the mention of tokens `first...last` of `evidence`, which the tagger labelled
    /// `label` (1 + its index among the span model's labels), into `out`, and returns how many it wrote.
    /// `mentions` are the document's mentions as (first token, last token, label code), for the labels of
    /// other mentions of the same words.
    static func extract(
        _ evidence: MentionEvidence, first: Int, last: Int, label: UInt8,
        mentions: UnsafeBufferPointer<(first: Int, last: Int, label: UInt8)>, occurrences: WordOccurrences? = nil,
        into out: UnsafeMutablePointer<UInt64>
    ) -> Int {
        var f = Writer(out)
        let traits = evidence.words
        let l = UInt64(label)
        let length = last - first + 1
        let w0 = traits[first], wn = traits[last]
        f.put(H.feature(200, 0))
        f.put(H.feature(201, l))

        // The span itself.
        var joined = H.empty, forms = H.empty, shapes = H.empty, tags = H.empty
        var commonest: UInt8 = 0, rarest: UInt8 = 255
        var marginSum: Float = 0, marginLeast: Float = .infinity
        for k in first...last {
            let t = traits[k]
            joined = H.feature(202, joined, t.norm)
            forms = H.feature(203, forms, t.word)
            shapes = H.feature(207, shapes, t.shortShape)
            tags = H.feature(221, tags, UInt64(traits[k].pos))
            commonest = max(commonest, t.commonness)
            rarest = min(rarest, t.commonness)
            marginSum += traits[k].margin
            marginLeast = min(marginLeast, traits[k].margin)
            if k - first < maximumWords {
                f.put(H.feature(209, t.norm))
                f.put(H.feature(210, UInt64(t.lexicon)))
                f.put(H.feature(211, UInt64(t.commonness), t.shortShape))
            }
        }
        let lengthClass = UInt64(min(length, maximumWords))
        f.put(joined)
        f.put(forms)
        f.put(H.feature(204, w0.norm))
        f.put(H.feature(205, wn.norm))
        f.put(H.feature(206, lengthClass, l))
        f.put(shapes)
        f.put(H.feature(208, shapes, l))
        f.put(H.feature(212, UInt64(w0.lexicon), UInt64(wn.lexicon)))
        f.put(H.feature(213, UInt64(rarest), UInt64(commonest), l))
        f.put(tags)
        f.put(H.feature(227, wn.suffix3))
        f.put(H.feature(228, w0.prefix3))
        f.put(H.feature(229, joined, l))

        // The context.
        let opens = traits[first].opensSentence
        let closes = traits[last].closesSentence
        let wm1 = opens ? outside : traits[first - 1].norm
        let wm2 = opens || traits[first - 1].opensSentence ? outside : traits[first - 2].norm
        let wp1 = closes ? outside : traits[last + 1].norm
        let wp2 = closes || traits[last + 1].closesSentence ? outside : traits[last + 2].norm
        let pm1 = opens ? 0xFF : UInt64(traits[first - 1].pos)
        let pp1 = closes ? 0xFF : UInt64(traits[last + 1].pos)
        f.put(H.feature(214, wm1))
        f.put(H.feature(215, wm2, wm1))
        f.put(H.feature(216, wp1))
        f.put(H.feature(217, wp1, wp2))
        f.put(H.feature(218, wm1, l))
        f.put(H.feature(219, wp1, l))
        f.put(H.feature(222, pm1, pp1))
        f.put(H.feature(223, opens ? 1 : 0, lengthClass, w0.shortShape))
        f.put(H.feature(224, UInt64(traits[first].caseMode), l))
        f.put(H.feature(230, wm1, wn.norm))

        // The token model's certainty.
        f.put(H.feature(225, bucket(marginSum), l))
        f.put(H.feature(226, bucket(marginLeast), l))

        // Other mentions of the same words in the document.
        var sameSpanLabels: UInt32 = 0
        for mention in mentions where mention.first != first || mention.last != last {
            guard mention.last - mention.first == last - first else { continue }
            var same = true
            for k in 0..<length where traits[mention.first + k].norm != traits[first + k].norm {
                same = false
                break
            }
            if same { sameSpanLabels |= 1 << UInt32(min(mention.label, 31)) }
        }
        f.put(H.feature(231, UInt64(sameSpanLabels), l))

        // Other occurrences of the last word (and of the first, in a longer span): their contexts and the
        // token model's labels there.
        aggregate(evidence, word: wn.norm, occurrences: occurrences, skipping: first...last, templates: 240, label: l, into: &f)
        if length > 1 { aggregate(evidence, word: w0.norm, occurrences: occurrences, skipping: first...last, templates: 250, label: l, into: &f) }
        return f.count
    }

    /// Context-aggregation features of the other occurrences of `word` in the document (from
    /// `occurrences` when it indexes the word, else by scanning the document).
    private static func aggregate(
        _ evidence: MentionEvidence, word: UInt64, occurrences: WordOccurrences?, skipping span: ClosedRange<Int>,
        templates t: UInt64, label l: UInt64, into f: inout Writer
    ) {
        var seen = 0
        var labels: UInt32 = 0
        var lowerCase = false
        evidence.words.withUnsafeBufferPointer { traits in
            func visit(_ j: Int) {
                guard !span.contains(j) else { return }
                seen += 1
                if traits[j].flags & TokenTraits.Flag.hasUpper == 0 { lowerCase = true }
                labels |= 1 << UInt32(min(traits[j].label, 31))
                guard seen <= maximumOccurrences else { return }
                let left = traits[j].opensSentence ? outside : traits[j - 1].norm
                let right = traits[j].closesSentence ? outside : traits[j + 1].norm
                f.put(H.feature(t, left))
                f.put(H.feature(t + 1, right))
                f.put(H.feature(t + 2, UInt64(traits[j].label), l))
                f.put(H.feature(t + 3, UInt64(traits[j].pos)))
            }
            if let occurrences {
                for j in occurrences.positions(of: word) { visit(j) }
            } else {
                evidence.norms.withUnsafeBufferPointer { norms in
                    for j in norms.indices where norms[j] == word { visit(j) }
                }
            }
        }
        f.put(H.feature(t + 4, UInt64(min(seen, 4)), l))
        f.put(H.feature(t + 5, UInt64(labels), l))
        f.put(H.feature(t + 6, lowerCase ? 1 : 0, l))
    }

    /// A margin as a power-of-two class (−4 ... 8), so that a linear model can tell sure from unsure.
    @inline(__always)
    static func bucket(_ margin: Float) -> UInt64 {
        guard margin > 0, margin.isFinite else { return margin.isFinite ? 0 : 15 }
        return UInt64(max(-4, min(8, Int(margin.exponent))) + 5)
    }
}
