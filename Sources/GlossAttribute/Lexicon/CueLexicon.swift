import Foundation

/// The words the `attribute` stage reasons with: speech verbs and their forms, cue and source phrases,
/// nouns for organisations and people, titles, given names, and the function words its rules test.
///
/// Built once when the stage starts (from the resource files `speech-cues.txt` and `given-names.txt`
/// plus whatever the options add) and shared, read-only, by every worker. Tokens are classified straight
/// from their bytes (``classify(_:_:_:)``), allocating nothing.
public struct CueLexicon: Sendable {
    let table: ByteWordTable
    /// The classes of each word, by id.
    let classes: [WordClass]
    /// Multi-word cues that follow a verb ("in a statement"), as word ids.
    let cuePhrases: [[Int32]]
    /// Phrases whose object is the speaker ("according to"), as word ids.
    let sourcePhrases: [[Int32]]
    /// For each word id, the cue phrases and source phrases that start with it (indices into the lists above).
    let cuePhrasesByFirstWord: [[Int32]]
    let sourcePhrasesByFirstWord: [[Int32]]
    /// Number of distinct speech verbs (by base form).
    public let verbCount: Int
    /// Number of cue and source phrases.
    public let phraseCount: Int

    /// The classes of the word in `bytes[start..<end]` and its id (-1 when the lexicon lacks it).
    @inline(__always)
    func classify(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> (WordClass, Int32) {
        let id = table.lookup(bytes, start, end)
        return id < 0 ? ([], -1) : (classes[Int(id)], id)
    }

    /// The classes of `word` (for tests and tools).
    public func classes(of word: String) -> WordClass {
        let id = table.lookup(word)
        return id < 0 ? [] : classes[Int(id)]
    }

    /// The lexicon shipped with the module.
    /// - Throws: ``LexiconError`` when a resource is missing or malformed (a broken build).
    public static func builtin() throws(LexiconError) -> CueLexicon {
        var builder = Builder()
        try builder.addBuiltinResources()
        return builder.build()
    }

    /// Collects entries, then builds the lookup table.
    public struct Builder: Sendable {
        private var ids: [String: Int32] = [:]
        private var classes: [WordClass] = []
        private var cuePhrases: [[Int32]] = []
        private var sourcePhrases: [[Int32]] = []
        private var verbs: Set<String> = []

        /// Starts with the function words the rules need.
        public init() {
            for (words, wordClass) in Self.functionWords {
                for word in words.split(separator: " ") { add(String(word), wordClass) }
            }
        }

        /// Adds the resource files shipped with the module.
        public mutating func addBuiltinResources() throws(LexiconError) {
            for name in ["speech-cues", "given-names"] {
                guard let url = Bundle.module.url(forResource: name, withExtension: "txt"),
                      let text = try? String(contentsOf: url, encoding: .utf8)
                else {
                    throw LexiconError("the built-in lexicon '\(name).txt' is missing from this build", file: name + ".txt", line: 0)
                }
                try add(text: text, file: name + ".txt")
            }
        }

        /// Adds every entry of a lexicon file's text (the format `speech-cues.txt` documents).
        /// - Throws: ``LexiconError`` naming the file and line of the first malformed entry.
        public mutating func add(text: String, file: String) throws(LexiconError) {
            for (index, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                let content = rawLine.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
                let words = content.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\r" }).map(String.init)
                guard let kind = words.first else { continue }
                let line = index + 1
                switch kind {
                case "verb":
                    guard words.count >= 3 else {
                        throw LexiconError("a verb needs flags and at least one form: 'verb dc say says said saying'", file: file, line: line)
                    }
                    let flags = try Self.verbFlags(words[1], file: file, line: line)
                    addVerb(forms: Array(words.dropFirst(2)), flags: flags)
                case "cue", "source":
                    guard words.count >= 2 else { throw LexiconError("'\(kind)' needs the words of a phrase", file: file, line: line) }
                    addPhrase(Array(words.dropFirst()), source: kind == "source")
                case "organisation", "organization":
                    for word in words.dropFirst() { add(word, .organisation) }
                case "company":
                    for word in words.dropFirst() { add(word, [.organisation, .company]) }
                case "person", "title":
                    guard words.count == 2 || words.count == 3 else {
                        throw LexiconError("'\(kind)' takes one word and an optional gender (m or f)", file: file, line: line)
                    }
                    var wordClass: WordClass = kind == "person" ? .person : .title
                    if words.count == 3 {
                        switch words[2] {
                        case "m": wordClass.insert(.male)
                        case "f": wordClass.insert(.female)
                        default: throw LexiconError("unknown gender '\(words[2])' (use m or f)", file: file, line: line)
                        }
                    }
                    add(words[1], wordClass)
                case "female", "male":
                    let gender: WordClass = kind == "female" ? .female : .male
                    for word in words.dropFirst() { addGivenName(word, gender) }
                default:
                    throw LexiconError("unknown entry '\(kind)' (expected verb, cue, source, organisation, company, person, title, female or male)", file: file, line: line)
                }
            }
        }

        /// Adds a speech verb given as in the `verbs` option: "opine" (one form, used as given) or all its
        /// forms, "opine opines opined opining"; it attributes quotations and reports clauses.
        public mutating func addVerb(_ entry: String) {
            let forms = entry.split(separator: " ").map(String.init)
            guard !forms.isEmpty else { return }
            if forms.count == 1 {
                // One form: it may be any of them, so it is allowed wherever a report can stand.
                add(forms[0], [.attributesQuote, .reportsClause, .pastForm, .thirdPerson])
                verbs.insert(forms[0].lowercased())
            } else {
                addVerb(forms: forms, flags: [.attributesQuote, .reportsClause])
            }
        }

        /// Adds a phrase that follows a verb as part of its cue ("in a podcast").
        public mutating func addCue(_ phrase: String) {
            addPhrase(phrase.split(separator: " ").map(String.init), source: false)
        }

        /// Adds a phrase whose object is the speaker ("as told to").
        public mutating func addSource(_ phrase: String) {
            addPhrase(phrase.split(separator: " ").map(String.init), source: true)
        }

        /// The finished lexicon.
        public func build() -> CueLexicon {
            func byFirstWord(_ phrases: [[Int32]]) -> [[Int32]] {
                var index = [[Int32]](repeating: [], count: classes.count)
                for (position, phrase) in phrases.enumerated() { index[Int(phrase[0])].append(Int32(position)) }
                return index
            }
            return CueLexicon(
                table: ByteWordTable(ids.map { (key: $0.key, id: $0.value) }), classes: classes,
                cuePhrases: cuePhrases, sourcePhrases: sourcePhrases,
                cuePhrasesByFirstWord: byFirstWord(cuePhrases), sourcePhrasesByFirstWord: byFirstWord(sourcePhrases),
                verbCount: verbs.count, phraseCount: cuePhrases.count + sourcePhrases.count)
        }

        private mutating func addVerb(forms: [String], flags: WordClass) {
            verbs.insert(forms[0].lowercased())
            for (position, form) in forms.enumerated() {
                var wordClass = flags
                if form.hasSuffix("ing"), position > 0 {
                    wordClass.insert(.gerund)
                } else if position == 0 {
                    wordClass.insert(.baseForm)
                } else if position == 1 {
                    wordClass.insert(.thirdPerson)
                } else {
                    wordClass.insert(.pastForm)
                }
                add(form, wordClass)
            }
        }

        private mutating func addPhrase(_ words: [String], source: Bool) {
            guard !words.isEmpty else { return }
            let phrase = words.map { add($0, .phraseWord) }
            if source { sourcePhrases.append(phrase) } else { cuePhrases.append(phrase) }
        }

        /// A given name in both lists tells nothing, so a second gender cancels the first.
        private mutating func addGivenName(_ word: String, _ gender: WordClass) {
            let key = word.lowercased()
            if let id = ids[key], !classes[Int(id)].intersection([.male, .female]).isEmpty,
               !classes[Int(id)].contains(gender), classes[Int(id)].contains(.givenName) {
                classes[Int(id)].subtract([.male, .female])
                return
            }
            add(word, [.givenName, gender])
        }

        @discardableResult
        private mutating func add(_ word: String, _ wordClass: WordClass) -> Int32 {
            let key = String(decoding: word.utf8.map(ByteWordTable.fold), as: UTF8.self)
            if let id = ids[key] {
                classes[Int(id)].formUnion(wordClass)
                return id
            }
            let id = Int32(classes.count)
            ids[key] = id
            classes.append(wordClass)
            return id
        }

        private static func verbFlags(_ text: String, file: String, line: Int) throws(LexiconError) -> WordClass {
            var flags: WordClass = []
            for flag in text {
                switch flag {
                case "d": flags.insert(.attributesQuote)
                case "c": flags.insert(.reportsClause)
                case "n": flags.insert(.namesWithQuote)
                case "o": flags.insert(.takesListener)
                case "t": flags.insert(.needsThat)
                case "s": flags.insert(.trusted)
                default:
                    throw LexiconError("unknown verb flag '\(flag)' (use d, c, n, o, t, s)", file: file, line: line)
                }
            }
            return flags
        }

        /// Grammar, not cues: the words the rules test by class. Not extensible through options.
        private static let functionWords: [(String, WordClass)] = [
            ("he", .pronounHe), ("she", .pronounShe), ("they", .pronounThey), ("it", .pronounIt),
            ("i we you", .pronounOther),
            ("his him himself", .hisWord), ("her hers herself", .herWord),
            ("that", .that), ("not n't never", .negation),
            ("be is are was were been being 's 're ’s ’re", .beForm), ("has have had 've ’ve", .haveForm),
            ("will would can could may might must shall should do does did 'll 'd ’ll ’d", .modal),
            ("to", .to),
            ("monday tuesday wednesday thursday friday saturday sunday january february march april june july august september october november december",
             .calendar),
            ("of for de du del della van von der", .nameConnector),
            ("who which whose whom", .relative),
            ("the a an", .article),
            ("earlier later today yesterday tonight late early afterwards again", .timeWord),
            ("so-called nicknamed titled entitled named dubbed billed", .namingMarker),
            ("whether if", .question),
            ("out", .particleOut),
            ("figures data poll survey report study statement documents records filing estimates statistics", .document),
            ("also then later again once previously repeatedly often later further", .softAdverb),
        ]
    }
}

/// A malformed lexicon entry, or a missing lexicon file.
public struct LexiconError: Error, Hashable, Sendable, CustomStringConvertible {
    /// What is wrong.
    public var message: String
    /// The file it is in.
    public var file: String
    /// Its line (1-based; 0 when the whole file is the problem).
    public var line: Int

    /// Creates an error for `file`, `line`.
    public init(_ message: String, file: String, line: Int) {
        self.message = message
        self.file = file
        self.line = line
    }

    public var description: String { line > 0 ? "\(file):\(line): \(message)" : "\(file): \(message)" }
}
