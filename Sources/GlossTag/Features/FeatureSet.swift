import GlossCore

/// The feature templates of a model. A model file names its feature set, and a model is only ever scored
/// with the templates it was trained with; changing a template means a new case (or version) here.
public enum FeatureSet: UInt32, Sendable, CaseIterable, CustomStringConvertible {
    /// Part-of-speech templates: word, affixes, shape, a two-token window and the two previous tags.
    case partOfSpeech = 1
    /// Entity templates: the part-of-speech templates' lexical view plus predicted part of speech
    /// around the token, lexicon classes and the previous entity tags.
    case entities = 2
    /// The second part-of-speech pass: the part-of-speech templates plus the first pass's tags of the
    /// token and the two tokens after it, so that decisions can look right as well as left.
    case partOfSpeechRefined = 3
    /// Entity templates, second version: the ``entities`` templates plus wider word context and what the
    /// model decided for the same words earlier in the document (``DocumentMemory``).
    case entitiesDocument = 4
    /// The second part-of-speech pass, second version: the ``partOfSpeechRefined`` templates plus
    /// conjunctions of the decided tags to the left with the first pass's tags and words to the right.
    case partOfSpeechRefinedWide = 5
    /// The second part-of-speech pass, third version: the ``partOfSpeechRefinedWide`` templates plus the
    /// word with its own and the right-hand first-pass tags, the first-pass tag trigram around the token,
    /// whether a verb follows in the same clause (adposition or subordinator, auxiliary or verb) and the
    /// sentence's capitalisation with the first-pass tag (headings and all-caps lines).
    case partOfSpeechRefinedClause = 7
    /// The span classifier's templates (``SpanFeatures``): one decision per mention the entity model
    /// found, not per token, so ``extract(_:at:into:)`` writes nothing for it.
    case entitySpans = 12

    /// The name and version of the templates, as in model metadata ("pos-v1").
    public var description: String {
        switch self {
        case .partOfSpeech: "pos-v1"
        case .entities: "entities-v1"
        case .partOfSpeechRefined: "pos-refine-v1"
        case .entitiesDocument: "entities-v2"
        case .partOfSpeechRefinedWide: "pos-refine-v2"
        case .partOfSpeechRefinedClause: "pos-refine-v3"
        case .entitySpans: "entity-spans-v1"
        }
    }

    /// Whether the templates read predicted part of speech (``SentenceWindow/pos``), which training
    /// data must then supply.
    public var readsPartOfSpeech: Bool { self != .partOfSpeech }

    /// Whether the templates are part-of-speech templates (the model's classes are UPOS tags).
    public var tagsPartOfSpeech: Bool { !findsEntities && self != .entitySpans }

    /// Whether the templates are entity templates (the model's classes are `O` and BIO tags).
    public var findsEntities: Bool { self == .entities || self == .entitiesDocument }

    /// Whether the templates read ``SentenceWindow/memory`` (what was decided earlier in the document),
    /// which decoding and training must then fill document by document.
    public var readsDocumentMemory: Bool { self == .entitiesDocument }

    /// Whether the templates are those of a second part-of-speech pass.
    public var refinesPartOfSpeech: Bool {
        self == .partOfSpeechRefined || self == .partOfSpeechRefinedWide || self == .partOfSpeechRefinedClause
    }

    /// Most features any position produces; buffers are sized with it.
    static let maximumFeatures = 64

    /// Writes the feature hashes of token `i` of `window` into `out` and returns how many it wrote: the
    /// ``extractStatic(_:at:into:)`` features, then the ``extractHistory(_:at:into:)`` ones.
    ///
    /// History features read `window.tags` at positions before `i`, so decoding must fill them in
    /// order.
    func extract(_ window: SentenceWindow, at i: Int, into out: UnsafeMutablePointer<UInt64>) -> Int {
        let n = extractStatic(window, at: i, into: out)
        return n + extractHistory(window, at: i, into: out + n)
    }

    /// Writes the features of token `i` that do not depend on the decisions of this pass (they never read
    /// `window.tags`), so that decoding can work them out for a whole sentence before deciding anything.
    func extractStatic(_ window: SentenceWindow, at i: Int, into out: UnsafeMutablePointer<UInt64>) -> Int {
        var features = FeatureWriter(out)
        switch self {
        case .partOfSpeech: Self.partOfSpeechStatic(window, i, &features)
        case .partOfSpeechRefined: Self.refinedStatic(window, i, &features)
        case .partOfSpeechRefinedWide: Self.refinedWideStatic(window, i, &features)
        case .entities: Self.entityStatic(window, i, &features)
        case .entitiesDocument: Self.entityDocumentStatic(window, i, &features)
        case .partOfSpeechRefinedClause: Self.refinedClauseStatic(window, i, &features)
        case .entitySpans: break
        }
        return features.count
    }

    /// Writes the features of token `i` that read the tags this pass decided before it (`window.tags`).
    func extractHistory(_ window: SentenceWindow, at i: Int, into out: UnsafeMutablePointer<UInt64>) -> Int {
        var features = FeatureWriter(out)
        switch self {
        case .partOfSpeech: Self.partOfSpeechHistory(window, i, &features)
        case .partOfSpeechRefined: Self.refinedHistory(window, i, &features)
        case .partOfSpeechRefinedWide: Self.refinedWideHistory(window, i, &features)
        case .entities: Self.entityHistory(window, i, &features)
        case .entitiesDocument: Self.entityDocumentHistory(window, i, &features)
        case .partOfSpeechRefinedClause: Self.refinedClauseHistory(window, i, &features)
        case .entitySpans: break
        }
        return features.count
    }

    /// Appends feature hashes to a caller's buffer.
    struct FeatureWriter {
        let out: UnsafeMutablePointer<UInt64>
        var count = 0

        init(_ out: UnsafeMutablePointer<UInt64>) { self.out = out }

        @inline(__always)
        mutating func put(_ value: UInt64) {
            out[count] = value
            count += 1
        }
    }

    typealias H = FeatureHash

    static func partOfSpeechStatic(_ window: SentenceWindow, _ i: Int, _ f: inout FeatureWriter) {
        let p = i + 2
        let t = window.traits
        let w0 = t[p], wm1 = t[p - 1], wm2 = t[p - 2], wp1 = t[p + 1], wp2 = t[p + 2]
        let first: UInt64 = i == 0 ? 1 : 0
        f.put(H.feature(1, 0))
        f.put(H.feature(2, w0.norm))
        f.put(H.feature(3, w0.word))
        f.put(H.feature(4, w0.suffix1))
        f.put(H.feature(5, w0.suffix2))
        f.put(H.feature(6, w0.suffix3))
        f.put(H.feature(7, w0.suffix4))
        f.put(H.feature(8, w0.prefix1))
        f.put(H.feature(9, w0.prefix2))
        f.put(H.feature(10, w0.prefix3))
        f.put(H.feature(11, w0.shape))
        f.put(H.feature(12, w0.shortShape, first))
        f.put(H.feature(13, UInt64(w0.flags), first))
        f.put(H.feature(14, wm1.norm))
        f.put(H.feature(15, wm2.norm))
        f.put(H.feature(16, wp1.norm))
        f.put(H.feature(17, wp2.norm))
        f.put(H.feature(18, wm1.suffix3))
        f.put(H.feature(19, wp1.suffix3))
        f.put(H.feature(20, wp1.suffix1))
        f.put(H.feature(21, wm1.shortShape))
        f.put(H.feature(22, wp1.shortShape))
        f.put(H.feature(23, wm1.norm, w0.norm))
        f.put(H.feature(24, w0.norm, wp1.norm))
        f.put(H.feature(25, wm1.norm, wp1.norm))
        f.put(H.feature(26, w0.suffix3, wp1.norm))
        f.put(H.feature(36, window.caseMode, w0.shortShape, first))
        f.put(H.feature(37, window.caseMode, w0.norm))
    }

    static func partOfSpeechHistory(_ window: SentenceWindow, _ i: Int, _ f: inout FeatureWriter) {
        let p = i + 2
        let w0 = window.traits[p], wp1 = window.traits[p + 1]
        let tm1 = UInt64(window.tags[p - 1]), tm2 = UInt64(window.tags[p - 2])
        f.put(H.feature(30, tm1))
        f.put(H.feature(31, tm1, tm2))
        f.put(H.feature(32, tm1, w0.norm))
        f.put(H.feature(33, tm1, w0.suffix3))
        f.put(H.feature(34, tm2))
        f.put(H.feature(35, tm1, wp1.norm))
    }

    static func refinedStatic(_ window: SentenceWindow, _ i: Int, _ f: inout FeatureWriter) {
        partOfSpeechStatic(window, i, &f)
        let p = i + 2
        let w0 = window.traits[p]
        let c0 = UInt64(window.pos[p]), cp1 = UInt64(window.pos[p + 1]), cp2 = UInt64(window.pos[p + 2])
        f.put(H.feature(60, c0))
        f.put(H.feature(61, cp1))
        f.put(H.feature(62, cp1, cp2))
        f.put(H.feature(63, c0, cp1))
        f.put(H.feature(65, w0.norm, cp1))
        f.put(H.feature(66, c0, w0.suffix3))
    }

    static func refinedHistory(_ window: SentenceWindow, _ i: Int, _ f: inout FeatureWriter) {
        partOfSpeechHistory(window, i, &f)
        let p = i + 2
        f.put(H.feature(64, UInt64(window.tags[p - 1]), UInt64(window.pos[p + 1])))
    }

    static func refinedWideStatic(_ window: SentenceWindow, _ i: Int, _ f: inout FeatureWriter) {
        refinedStatic(window, i, &f)
        let p = i + 2
        let w0 = window.traits[p], wp1 = window.traits[p + 1]
        let c0 = UInt64(window.pos[p]), cp1 = UInt64(window.pos[p + 1]), cp2 = UInt64(window.pos[p + 2])
        f.put(H.feature(70, wp1.norm, cp1))
        f.put(H.feature(72, c0, cp1, cp2))
        f.put(H.feature(73, w0.suffix2, cp1))
    }

    static func refinedWideHistory(_ window: SentenceWindow, _ i: Int, _ f: inout FeatureWriter) {
        refinedHistory(window, i, &f)
        let p = i + 2
        let w0 = window.traits[p], wm1 = window.traits[p - 1]
        let c0 = UInt64(window.pos[p]), cp1 = UInt64(window.pos[p + 1])
        let tm1 = UInt64(window.tags[p - 1]), tm2 = UInt64(window.tags[p - 2])
        f.put(H.feature(67, tm1, c0, cp1))
        f.put(H.feature(68, tm2, tm1, c0))
        f.put(H.feature(69, w0.norm, tm1, cp1))
        f.put(H.feature(71, wm1.norm, tm1, c0))
    }

    /// The second part-of-speech pass, third version: the ``partOfSpeechRefinedWide`` templates plus clause
    /// and first-pass-tag conjunctions that do not read ``SentenceWindow/tags`` (only traits and the
    /// first pass's tags).
    static func refinedClauseStatic(_ window: SentenceWindow, _ i: Int, _ f: inout FeatureWriter) {
        refinedWideStatic(window, i, &f)
        let p = i + 2
        let w0 = window.traits[p], wp1 = window.traits[p + 1]
        let pos = window.pos
        let cm1 = UInt64(pos[p - 1]), c0 = UInt64(pos[p]), cp1 = UInt64(pos[p + 1]), cp2 = UInt64(pos[p + 2])
        let verb = UInt64(verbAhead(pos, after: p, count: window.count))
        f.put(H.feature(80, w0.norm, c0))
        f.put(H.feature(81, w0.norm, cp1, cp2))
        f.put(H.feature(82, cm1, c0, cp1))
        f.put(H.feature(83, w0.norm, verb))
        f.put(H.feature(84, c0, verb))
        f.put(H.feature(85, window.caseMode, c0, w0.shortShape))
        f.put(H.feature(86, w0.suffix3, cp1))
        f.put(H.feature(87, w0.norm, wp1.norm, cp2))
    }

    /// The templates of ``partOfSpeechRefinedClause`` that read the tags this pass decided to the left.
    static func refinedClauseHistory(_ window: SentenceWindow, _ i: Int, _ f: inout FeatureWriter) {
        refinedWideHistory(window, i, &f)
        let p = i + 2
        let w0 = window.traits[p]
        let c0 = UInt64(window.pos[p]), cp1 = UInt64(window.pos[p + 1])
        let tm1 = UInt64(window.tags[p - 1])
        f.put(H.feature(90, tm1, w0.norm, c0))
        f.put(H.feature(91, tm1, c0, cp1))
    }

    /// How far ahead (1...4, 5 for 5 to 8 tokens) the first pass put the next verb or auxiliary before any
    /// punctuation, coordinator or subordinator; 0 when there is none: "for" before a clause
    /// ("for he said") is a subordinator, before a noun phrase an adposition; "have" before a verb an
    /// auxiliary.
    @inline(__always)
    static func verbAhead(_ pos: UnsafeMutableBufferPointer<UInt8>, after p: Int, count: Int) -> Int {
        let last = min(count + 1, p + 8)
        var k = p + 1
        while k <= last {
            let tag = pos[k]
            if tag == UPOS.VERB.rawValue || tag == UPOS.AUX.rawValue { return min(k - p, 5) }
            if tag == UPOS.PUNCT.rawValue || tag == UPOS.CCONJ.rawValue || tag == UPOS.SCONJ.rawValue { return 0 }
            k += 1
        }
        return 0
    }

    static func entityStatic(_ window: SentenceWindow, _ i: Int, _ f: inout FeatureWriter) {
        let p = i + 2
        let t = window.traits
        let w0 = t[p], wm1 = t[p - 1], wm2 = t[p - 2], wp1 = t[p + 1], wp2 = t[p + 2]
        let pos = window.pos
        let c0 = UInt64(pos[p]), cm1 = UInt64(pos[p - 1]), cm2 = UInt64(pos[p - 2])
        let cp1 = UInt64(pos[p + 1]), cp2 = UInt64(pos[p + 2])
        let first: UInt64 = i == 0 ? 1 : 0
        f.put(H.feature(101, 0))
        f.put(H.feature(102, w0.norm))
        f.put(H.feature(103, w0.word))
        f.put(H.feature(104, w0.suffix2))
        f.put(H.feature(105, w0.suffix3))
        f.put(H.feature(106, w0.suffix4))
        f.put(H.feature(107, w0.prefix2))
        f.put(H.feature(108, w0.prefix3))
        f.put(H.feature(109, w0.shape))
        f.put(H.feature(110, w0.shortShape, first))
        f.put(H.feature(111, UInt64(w0.flags), first))
        f.put(H.feature(112, wm1.norm))
        f.put(H.feature(113, wm2.norm))
        f.put(H.feature(114, wp1.norm))
        f.put(H.feature(115, wp2.norm))
        f.put(H.feature(116, wm1.word))
        f.put(H.feature(117, wp1.word))
        f.put(H.feature(118, wm1.shortShape))
        f.put(H.feature(119, wp1.shortShape))
        f.put(H.feature(120, wm1.shortShape, w0.shortShape, wp1.shortShape))
        f.put(H.feature(121, c0))
        f.put(H.feature(122, cm1))
        f.put(H.feature(123, cp1))
        f.put(H.feature(124, cm1, c0))
        f.put(H.feature(125, c0, cp1))
        f.put(H.feature(126, cm2))
        f.put(H.feature(127, cp2))
        f.put(H.feature(128, wm1.norm, w0.norm))
        f.put(H.feature(129, w0.norm, wp1.norm))
        f.put(H.feature(130, c0, w0.norm))
        f.put(H.feature(131, UInt64(w0.lexicon)))
        f.put(H.feature(132, UInt64(wm1.lexicon)))
        f.put(H.feature(133, UInt64(wp1.lexicon)))
        f.put(H.feature(134, UInt64(w0.lexicon), UInt64(wm1.lexicon)))
        f.put(H.feature(145, window.caseMode, w0.shortShape, first))
        f.put(H.feature(146, w0.shortShape, wm1.norm))
        f.put(H.feature(147, w0.shortShape, wp1.norm))
        f.put(H.feature(148, c0, w0.shortShape))
        f.put(H.feature(149, UInt64(w0.lexicon), w0.shortShape))
        f.put(H.feature(150, UInt64(w0.commonness), w0.shortShape, first))
        f.put(H.feature(151, UInt64(w0.commonness), c0))
        f.put(H.feature(152, UInt64(wm1.commonness), UInt64(w0.commonness)))
        f.put(H.feature(153, UInt64(wp1.commonness), UInt64(w0.commonness)))
    }

    static func entityHistory(_ window: SentenceWindow, _ i: Int, _ f: inout FeatureWriter) {
        let p = i + 2
        let w0 = window.traits[p]
        let c0 = UInt64(window.pos[p])
        let tm1 = UInt64(window.tags[p - 1]), tm2 = UInt64(window.tags[p - 2])
        f.put(H.feature(140, tm1))
        f.put(H.feature(141, tm1, tm2))
        f.put(H.feature(142, tm1, w0.norm))
        f.put(H.feature(143, tm1, w0.shortShape))
        f.put(H.feature(144, tm1, c0))
    }

    static func entityDocumentStatic(_ window: SentenceWindow, _ i: Int, _ f: inout FeatureWriter) {
        entityStatic(window, i, &f)
        let p = i + 2
        let t = window.traits
        let w0 = t[p], wm1 = t[p - 1], wm2 = t[p - 2], wp1 = t[p + 1], wp2 = t[p + 2]
        let m = window.memory
        let m0 = UInt64(m[p]), mp1 = UInt64(m[p + 1])
        f.put(H.feature(154, wm2.norm, wm1.norm))
        f.put(H.feature(155, wp1.norm, wp2.norm))
        f.put(H.feature(156, wm1.norm, wp1.norm))
        f.put(H.feature(160, m0))
        f.put(H.feature(161, m0, w0.shortShape))
        f.put(H.feature(163, mp1, m0))
        f.put(H.feature(164, m0, UInt64(w0.commonness)))
    }

    static func entityDocumentHistory(_ window: SentenceWindow, _ i: Int, _ f: inout FeatureWriter) {
        entityHistory(window, i, &f)
        let p = i + 2
        let m = window.memory
        f.put(H.feature(162, UInt64(m[p - 1]), UInt64(m[p]), UInt64(window.tags[p - 1])))
    }
}
