import CGlossKernels
import GlossCore

/// Tags tokens with UPOS and finds PER/ORG/LOC entities, greedily, left to right, with two models.
///
/// The part-of-speech model runs first; the entity model reads its tags as features (so entities need
/// the part-of-speech model even when the `pos` layer is not wanted). A tagger is immutable and shared by
/// all workers; each call allocates its own scratch buffers.
///
/// ```swift
/// let tagger = try Tagger(partOfSpeech: posModel, entities: nerModel)
/// tagger.tag(&document)   // needs document.tokens (and ideally document.sentences)
/// ```
public struct Tagger: Sendable {
    /// The part-of-speech model (classes are UPOS names).
    public let partOfSpeechModel: TaggerModel
    /// The optional second part-of-speech pass, which also reads the first pass's tags to the right.
    public let refinementModel: TaggerModel?
    /// The entity model (classes are `O` and BIO tags), if entities are wanted.
    public let entityModel: TaggerModel?
    /// Word lists for the entity features and rules.
    public let lexicon: Lexicon
    /// Whether the title, possessive and dateline rules run after the entity model.
    public let appliesNewsRules: Bool
    /// Overrides the refinement model's ``TaggerModel/refinementMargin`` (nil: use the model's).
    public let refinementMargin: Float?
    /// Whether frequent unambiguous words take their tag from the part-of-speech model's tag dictionary
    /// instead of being scored (faster; the dictionary holds words at least 99.5% of whose training
    /// occurrences had that tag).
    public let usesTagDictionary: Bool
    /// Whether repeated names take their majority label and a name found once is marked at its other
    /// occurrences in the document too (``DocumentConsistency``).
    public let propagatesNames: Bool

    let partOfSpeechRules: TransitionRules
    let entityRules: TransitionRules?
    /// UPOS raw value of each part-of-speech class.
    let uposOfClass: [UInt8]
    /// Per entity class: 0 for outside, 1 for a beginning, 2 for an inside tag, and the label.
    let entityClasses: [(kind: UInt8, label: EntityLabel)]
    /// The entity model's `O` class.
    let outsideClass: UInt8?
    /// ``DocumentMemory`` code of each entity class.
    let memoryCodes: [UInt8]
    /// The span classifier that relabels or drops the entity model's mentions, if its model is loaded.
    let spanClassifier: SpanClassifier?
    /// The entity labels (sorted) and the span-model label code of each entity class.
    let entityLabels: [String]
    let spanLabelCodes: [UInt8]

    /// Builds a tagger.
    /// - Throws: ``ModelFileError`` when a model has the wrong feature set or classes.
    public init(
        partOfSpeech: TaggerModel, refinement: TaggerModel? = nil, entities: TaggerModel?, lexicon: Lexicon = .builtin,
        appliesNewsRules: Bool = true, propagatesNames: Bool = true, usesTagDictionary: Bool = true,
        refinementMargin: Float? = nil, spans: TaggerModel? = nil
    ) throws(ModelFileError) {
        guard partOfSpeech.featureSet == .partOfSpeech else {
            throw ModelFileError("the part-of-speech model was trained with feature set \(partOfSpeech.featureSet), expected \(FeatureSet.partOfSpeech)")
        }
        var upos: [UInt8] = []
        for name in partOfSpeech.classNames {
            guard let tag = UPOS(name: name) else {
                throw ModelFileError("the part-of-speech model has class '\(name)', which is not a Universal POS tag")
            }
            upos.append(tag.rawValue)
        }
        if let refinement {
            guard refinement.featureSet.refinesPartOfSpeech else {
                throw ModelFileError("the refinement model was trained with feature set \(refinement.featureSet), expected \(FeatureSet.partOfSpeechRefined), \(FeatureSet.partOfSpeechRefinedWide) or \(FeatureSet.partOfSpeechRefinedClause)")
            }
            guard refinement.classNames == partOfSpeech.classNames else {
                throw ModelFileError("the refinement model's classes differ from the part-of-speech model's")
            }
        }
        var classes: [(kind: UInt8, label: EntityLabel)] = []
        if let entities {
            guard entities.featureSet.findsEntities else {
                throw ModelFileError("the entity model was trained with feature set \(entities.featureSet), expected \(FeatureSet.entities) or \(FeatureSet.entitiesDocument)")
            }
            for name in entities.classNames {
                let kinds: [String: UInt8] = ["B-": 1, "I-": 2, "L-": 3, "U-": 4]
                if name == "O" {
                    classes.append((0, ""))
                } else if let kind = kinds[String(name.prefix(2))] {
                    classes.append((kind, EntityLabel(rawValue: String(name.dropFirst(2)))))
                } else {
                    throw ModelFileError("the entity model has class '\(name)'; expected O or B-, I-, L-, U- and a label")
                }
            }
        }
        self.partOfSpeechModel = partOfSpeech
        self.refinementModel = refinement
        self.entityModel = entities
        self.lexicon = lexicon
        self.appliesNewsRules = appliesNewsRules
        self.propagatesNames = propagatesNames
        self.usesTagDictionary = usesTagDictionary
        self.refinementMargin = refinementMargin
        self.partOfSpeechRules = TransitionRules(classNames: partOfSpeech.classNames)
        self.entityRules = entities.map { TransitionRules(classNames: $0.classNames) }
        self.uposOfClass = upos
        self.entityClasses = classes
        self.outsideClass = classes.firstIndex { $0.kind == 0 }.map { UInt8($0) }
        self.memoryCodes = DocumentMemory.codes(classNames: entities?.classNames ?? [])
        let labels = Array(Set(classes.filter { $0.kind != 0 }.map(\.label.rawValue))).sorted()
        self.entityLabels = labels
        self.spanLabelCodes = SpanClassifier.labelCodes(entityClasses: classes, labels: labels)
        self.spanClassifier = try spans.map { model throws(ModelFileError) in try SpanClassifier(model: model, entityLabels: labels) }
    }

    /// Tags `document.tokens` (setting `pos` when `partOfSpeech`) and sets `document.entities` when
    /// `entities` and an entity model is loaded. Sentences come from `document.sentences`; tokens outside
    /// every sentence are tagged as sentences of their own.
    public func tag(_ document: inout Document, partOfSpeech: Bool = true, entities: Bool = true) {
        var ignored: [SpanExample]? = nil
        tag(&document, partOfSpeech: partOfSpeech, entities: entities, spanExamples: &ignored)
    }

    /// Tags like ``tag(_:partOfSpeech:entities:)``; with `spanExamples`, appends the span classifier's
    /// features of every mention at the point where the classifier would run (for training it).
    func tag(_ document: inout Document, partOfSpeech: Bool, entities: Bool, spanExamples: inout [SpanExample]?) {
        guard var tokens = document.tokens else { return }
        document.tokens = nil  // the array is then uniquely referenced and is tagged in place, not copied
        let sentences = document.sentences ?? []
        let findEntities = entities && entityModel != nil
        var found: [Entity] = []
        document.withUTF8 { bytes in
            tokens.withUnsafeMutableBufferPointer { tokenBuffer in
                let groups = Self.sentenceGroups(tokens: UnsafeBufferPointer(tokenBuffer), sentences: sentences)
                var longest = 0
                for group in groups { longest = max(longest, group.count) }
                let scratch = TaggingScratch(capacity: longest, classes: max(partOfSpeechModel.classCount, entityModel?.classCount ?? 0))
                defer { scratch.release() }
                var memory: DocumentMemory? = findEntities && entityModel?.featureSet.readsDocumentMemory == true ? DocumentMemory() : nil
                var words = DocumentWords(count: findEntities && propagatesNames ? tokenBuffer.count : 0)
                let classifies = findEntities && (spanClassifier != nil || spanExamples != nil)
                var evidence: MentionEvidence? = classifies ? MentionEvidence(count: tokenBuffer.count) : nil
                for group in groups {
                    tagSentence(
                        bytes: bytes, tokens: tokenBuffer, range: group, scratch: scratch,
                        setPartOfSpeech: partOfSpeech, findEntities: findEntities, memory: &memory,
                        words: &words, entities: &found, evidence: &evidence)
                }
                // Before voting and propagation, which then spread the corrected labels (after them it
                // scored 69.2 against 70.0 on UNER EWT dev).
                if let evidence {
                    classifySpans(tokens: UnsafeBufferPointer(tokenBuffer), evidence: evidence, entities: &found, examples: &spanExamples)
                }
                if findEntities && propagatesNames {
                    DocumentConsistency.vote(tokens: UnsafeBufferPointer(tokenBuffer), words: words, entities: &found)
                    DocumentConsistency.propagate(bytes: bytes, tokens: UnsafeBufferPointer(tokenBuffer), words: words, entities: &found)
                }
                if findEntities && appliesNewsRules {
                    NewsEntityRules.applyDatelines(
                        bytes: bytes, tokens: UnsafeBufferPointer(tokenBuffer), groups: groups, entities: &found)
                }
            }
        }
        document.tokens = tokens
        if findEntities { document.entities = found }
    }

    /// The first part-of-speech pass's margins (best score minus the next best) of every token it scored
    /// (dictionary words are left out), for choosing ``TaggerModel/refinementMargin``.
    func firstPassMargins(_ document: Document) -> [Float] {
        guard let tokens = document.tokens else { return [] }
        var margins: [Float] = []
        document.withUTF8 { bytes in
            tokens.withUnsafeBufferPointer { tokenBuffer in
                let groups = Self.sentenceGroups(tokens: tokenBuffer, sentences: document.sentences ?? [])
                let longest = groups.map(\.count).max() ?? 0
                let scratch = TaggingScratch(capacity: longest, classes: partOfSpeechModel.classCount)
                defer { scratch.release() }
                for group in groups where !group.isEmpty {
                    var window = scratch.window(count: group.count)
                    for i in 0..<group.count {
                        let token = tokenBuffer[group.lowerBound + i]
                        window.traits[i + 2] = TokenTraits(bytes: bytes, start: token.start, end: token.end, lexicon: nil)
                    }
                    window.classifyCase()
                    Self.decode(window, model: partOfSpeechModel, rules: partOfSpeechRules, scratch: scratch, useDictionary: usesTagDictionary)
                    for i in 0..<group.count where scratch.margins[i + 2] < .infinity { margins.append(scratch.margins[i + 2]) }
                }
            }
        }
        return margins
    }

    /// The first-pass margin below which the refinement pass re-tags `share` (0...1) of the tokens the
    /// first pass scores in `document` (dictionary words are not scored): a smaller share makes the
    /// second pass cheaper.
    public func refinementMargin(reTagging share: Double, of document: Document) -> Float {
        let margins = firstPassMargins(document).sorted()
        guard !margins.isEmpty, share < 1 else { return .infinity }
        return margins[min(margins.count - 1, max(0, Int(Double(margins.count) * share)))]
    }

    /// Tags one sentence of tokens in place and appends its entities to `entities` (when given).
    func tagSentence(
        bytes: UnsafeBufferPointer<UInt8>, tokens: UnsafeMutableBufferPointer<Token>, range: Range<Int>,
        scratch: TaggingScratch, setPartOfSpeech: Bool, findEntities: Bool, memory: inout DocumentMemory?,
        words: inout DocumentWords, entities: inout [Entity], evidence: inout MentionEvidence?
    ) {
        let count = range.count
        guard count > 0 else { return }
        var window = scratch.window(count: count)
        let wantLexicon = findEntities
        for i in 0..<count {
            let token = tokens[range.lowerBound + i]
            window.traits[i + 2] = TokenTraits(
                bytes: bytes, start: token.start, end: token.end, lexicon: wantLexicon ? lexicon : nil)
        }
        window.classifyCase()
        Self.decode(window, model: partOfSpeechModel, rules: partOfSpeechRules, scratch: scratch, useDictionary: usesTagDictionary)
        if let refinementModel {
            for i in 0..<count {
                window.pos[i + 2] = uposOfClass[Int(window.tags[i + 2])]
                scratch.firstPass[i + 2] = window.tags[i + 2]
                window.tags[i + 2] = SentenceWindow.boundaryTag
            }
            Self.decode(
                window, model: refinementModel, rules: partOfSpeechRules, scratch: scratch, useDictionary: usesTagDictionary,
                keepConfident: refinementMargin ?? refinementModel.refinementMargin)
        }
        for i in 0..<count {
            let upos = uposOfClass[Int(window.tags[i + 2])]
            window.pos[i + 2] = upos
            if setPartOfSpeech { tokens[range.lowerBound + i].pos = UPOS(rawValue: upos) }
        }
        guard findEntities, let entityModel, let entityRules else { return }
        for i in 0..<count { window.tags[i + 2] = SentenceWindow.boundaryTag }
        entityModel.setCommonness(window)
        words.record(window, from: range.lowerBound)
        memory?.fill(window)
        Self.decode(
            window, model: entityModel, rules: entityRules, scratch: scratch,
            outsideShortcut: (partOfSpeechModel.tagDictionary, outsideClass))
        LowercasePlaces.mark(window, classes: entityClasses, outside: outsideClass)
        memory?.record(window, codes: memoryCodes)
        evidence?.record(window, from: range.lowerBound, codes: spanLabelCodes, margins: scratch.margins)
        var spans: [(first: Int, last: Int, label: EntityLabel)] = []
        var open: (first: Int, label: EntityLabel)? = nil
        for i in 0...count {
            let entry: (kind: UInt8, label: EntityLabel) = i < count ? entityClasses[Int(window.tags[i + 2])] : (0, "")
            let kind = entry.kind
            let label = entry.label
            // Kinds: 0 outside, 1 begin, 2 inside, 3 last, 4 unit. An inside or last tag that continues
            // nothing starts a mention (the rules prevent it; models trained elsewhere may not).
            let continues = (kind == 2 || kind == 3) && open?.label == label
            if let current = open, !continues {
                spans.append((current.first, i - 1, current.label))
                open = nil
            }
            switch kind {
            case 1: open = (i, label)
            case 2: if open == nil { open = (i, label) }
            case 3:
                spans.append((open?.first ?? i, i, label))
                open = nil
            case 4: spans.append((i, i, label))
            default: break
            }
        }
        for span in spans {
            // A lone common noun opening the sentence is no name, whatever the entity model thought of its
            // capital letter: one the POS model calls a noun, or a plural followed by a preposition
            // ("Growers in the valley ...", "Crews on the ferries ..."; a surname opening a sentence is
            // mostly followed by a verb: "Lund said").
            let first = span.first
            let opensSentence = first == 0 || NewsEntityRules.isDash(bytes, tokens[range.lowerBound + first - 1])
            let word = tokens[range.lowerBound + first]
            let plural = word.end - word.start > 3 && bytes[word.end - 1] == 0x73 && bytes[word.end - 2] != 0x27
            let commonNounOpening = first == span.last && opensSentence
                && (window.pos[first + 2] == UPOS.NOUN.rawValue || (plural && window.pos[first + 3] == UPOS.ADP.rawValue))
            if let entity = NewsEntityRules.refine(
                first: range.lowerBound + span.first, last: range.lowerBound + span.last, label: span.label,
                bytes: bytes, tokens: UnsafeBufferPointer(tokens), lexicon: lexicon, enabled: appliesNewsRules,
                commonNounOpening: commonNounOpening)
            {
                entities.append(entity)
            }
        }
    }

    /// Greedy decoding of `window` with `model`: each token gets the best class the rules allow after the
    /// previous decision.
    ///
    /// With `outsideShortcut`, a token outside any mention so far that has no capital letter and is in
    /// the part-of-speech tag dictionary (function words, punctuation), is tagged with a class in
    /// ``neverStartsName`` or is a common lower-case word (``commonLowerCase``) gets the outside class
    /// without scoring: such a token does not start a name (checked on UNER EWT dev), and skipping it
    /// saves most of the entity model's work.
    ///
    /// The weight rows lie at random places in megabytes of table, and waiting for them is much of the
    /// time. Most of a token's features do not depend on this pass's decisions
    /// (``FeatureSet/extractStatic(_:at:into:)``), so their rows are known for the whole sentence before
    /// the left-to-right pass, which asks for the rows of the tokens two ahead while it scores the
    /// current one: their cache misses then overlap with its work.
    static func decode(
        _ window: SentenceWindow, model: TaggerModel, rules: TransitionRules, scratch: TaggingScratch,
        outsideShortcut: (words: WordTable, outside: UInt8?)? = nil, useDictionary: Bool = true,
        keepConfident: Float = .infinity
    ) {
        let classCount = model.classCount
        let featureSet = model.featureSet
        let stride = model.rowStride
        let slotSize = FeatureSet.maximumFeatures
        let plan = scratch.plan
        let hashes = scratch.hashes
        let outside = outsideShortcut?.outside
        let dictionary = model.tagDictionary
        let useDictionary = useDictionary && dictionary.count > 0

        /// Writes token `i`'s static features' row offsets into `slot`.
        @inline(__always)
        func planStatic(_ i: Int, slot: Int) {
            let n = featureSet.extractStatic(window, at: i, into: hashes)
            let offsets = scratch.rowOffsets + slot * slotSize
            for f in 0..<n { offsets[f] = model.row(of: hashes[f]) * stride }
            scratch.staticCounts[slot] = Int32(n)
        }

        // 1. Settle what needs no scoring; plan the static features of the rest.
        var scoredCount = 0
        for i in 0..<window.count {
            let traits = window.traits[i + 2]
            if useDictionary, let tag = dictionary.value(traits.word) {
                window.tags[i + 2] = UInt8(truncatingIfNeeded: tag)
                scratch.margins[i + 2] = .infinity
                plan[i] = TaggingScratch.Plan.settled
            } else if keepConfident < .infinity && scratch.margins[i + 2] >= keepConfident {
                // A refinement pass keeps the first pass's confident decisions.
                window.tags[i + 2] = scratch.firstPass[i + 2]
                plan[i] = TaggingScratch.Plan.settled
            } else if let outsideShortcut, outside != nil,
                traits.flags & TokenTraits.Flag.hasUpper == 0,
                Self.neverStartsName & (1 << UInt32(window.pos[i + 2] & 31)) != 0
                    || traits.commonness >= Self.commonLowerCase
                    || outsideShortcut.words.value(traits.word) != nil
            {
                plan[i] = TaggingScratch.Plan.outsideUnlessInName
            } else {
                plan[i] = Int32(scoredCount)
                planStatic(i, slot: scoredCount)
                scoredCount += 1
            }
        }

        // 2. Left to right: static and history features, the best class the rules allow.
        model.table.withUnsafeBytes { raw in
            rules.allowed.withUnsafeBufferPointer { allowed in
                guard let base = raw.baseAddress else { return }
                let table = base.assumingMemoryBound(to: UInt8.self)
                let scores = scratch.floatScores
                let lookahead = 2
                for k in 0..<min(lookahead, scoredCount) {
                    gloss_prefetch_rows(table, scratch.rowOffsets + k * slotSize, Int(scratch.staticCounts[k]))
                }
                for i in 0..<window.count {
                    var slot = Int(plan[i])
                    if slot == Int(TaggingScratch.Plan.settled) { continue }
                    if slot == Int(TaggingScratch.Plan.outsideUnlessInName) {
                        let previous = window.tags[i + 1]
                        if let outside, previous == outside || previous == SentenceWindow.boundaryTag {
                            window.tags[i + 2] = outside
                            continue
                        }
                        // Inside a name: the token is scored after all (rare), from the spare slot.
                        slot = scoredCount
                        planStatic(i, slot: slot)
                    } else if slot + lookahead < scoredCount {
                        let ahead = slot + lookahead
                        gloss_prefetch_rows(table, scratch.rowOffsets + ahead * slotSize, Int(scratch.staticCounts[ahead]))
                    }
                    let offsets = scratch.rowOffsets + slot * slotSize
                    let staticCount = Int(scratch.staticCounts[slot])
                    let historyCount = featureSet.extractHistory(window, at: i, into: hashes)
                    for f in 0..<historyCount {
                        offsets[staticCount + f] = model.row(of: hashes[f]) * stride
                    }
                    Self.accumulate(table, offsets: offsets, count: staticCount + historyCount, classCount: classCount, into: scores)
                    var best = -1
                    var bestScore = -Float.infinity
                    var secondScore = -Float.infinity
                    let offset = rules.rowOffset(after: window.tags[i + 1])
                    for c in 0..<classCount where !rules.constrains || allowed[offset + c] {
                        let score = scores[c]
                        if score > bestScore {
                            secondScore = bestScore
                            bestScore = score
                            best = c
                        } else if score > secondScore {
                            secondScore = score
                        }
                    }
                    scratch.margins[i + 2] = bestScore - secondScore
                    window.tags[i + 2] = UInt8(truncatingIfNeeded: max(best, 0))
                }
            }
        }
    }

    /// Sums the rows at `offsets` (each row's weights times its scale) into `scores`
    /// (`gloss_accumulate_rows`, which reads rows in whole vector blocks: the table is padded,
    /// ``TaggerModel/tablePadding``).
    @inline(__always)
    static func accumulate(
        _ table: UnsafePointer<UInt8>, offsets: UnsafePointer<Int>, count: Int, classCount: Int,
        into scores: UnsafeMutablePointer<Float>
    ) {
        gloss_accumulate_rows(table, offsets, count, classCount, scores)
    }

    /// Asks the processor to start loading the table rows at `offsets`, for an ``accumulate`` a little later.
    @inline(__always)
    static func prefetch(_ table: UnsafePointer<UInt8>, offsets: UnsafePointer<Int>, count: Int) {
        gloss_prefetch_rows(table, offsets, count)
    }

    /// The entity model's ``TokenTraits/commonness`` bucket from which a lower-case word does not start a
    /// name either: written in lower case at least 100 times in the training data ("market", "people").
    /// Skipping them left every UNER EWT dev count unchanged (bucket 3, 10 times or more, lost two
    /// organisations).
    static let commonLowerCase: UInt8 = 4

    /// UPOS classes (bits by raw value) whose lower-case tokens do not start a name: verbs, auxiliaries,
    /// adpositions, determiners, pronouns, conjunctions, particles, adverbs, numerals, punctuation.
    static let neverStartsName: UInt32 = [UPOS.VERB, .AUX, .ADP, .DET, .PRON, .CCONJ, .SCONJ, .PART, .ADV, .NUM, .PUNCT]
        .reduce(0) { $0 | 1 << UInt32($1.rawValue) }

    /// Token index ranges to tag as sentences: the tokens of each sentence, and maximal runs of tokens
    /// that lie in no sentence.
    static func sentenceGroups(tokens: UnsafeBufferPointer<Token>, sentences: [Span]) -> [Range<Int>] {
        var groups: [Range<Int>] = []
        var t = 0
        var s = 0
        while t < tokens.count {
            while s < sentences.count && sentences[s].end <= tokens[t].start { s += 1 }
            let start = t
            if s < sentences.count && sentences[s].start <= tokens[t].start {
                while t < tokens.count && tokens[t].start < sentences[s].end { t += 1 }
                s += 1
            } else {
                let limit = s < sentences.count ? sentences[s].start : Int.max
                while t < tokens.count && tokens[t].start < limit { t += 1 }
            }
            groups.append(start..<t)
        }
        return groups
    }
}
