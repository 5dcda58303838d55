import Foundation
import GlossCore

/// Stage `attribute`: who said what. Quotations in marks and reported speech, each with its speaker resolved
/// to the fullest name the document gives, the speaker's role and the speech cue.
///
/// ```yaml
/// stages:
///   - segment
///   - tag
///   - attribute
///   - attribute:
///       verbs: [opine]            # more speech verbs
///       cues: ["in a podcast"]    # more phrases after a verb
///       indirect: false           # quotations in marks only
/// ```
public struct AttributeStage: Stage {
    public typealias Options = AttributeOptions

    /// `attribute`.
    public static let name = "attribute"
    /// One line for `gloss stages`.
    public static let summary = "Quotations and reported speech with their speakers (who said what)."
    /// What the stage does and needs, for `gloss stages attribute`.
    public static let documentation = """
        Finds quotations in “…” ‘…’ « » and straight marks (paired by position; a quotation continued over \
        paragraphs, nested quotations and unbalanced marks handled), and reported speech (X said that …), \
        and attributes each to its speaker with the patterns of news writing: “Q,” X said · “Q,” said X, \
        ROLE · X said: “Q” · X called it “Q” · according to X · “Q,” he said (the nearest fitting person) · \
        the company said (the organisation named before). The speaker is the fullest name the document \
        gives ("Peskov" and "he" become "Dmitry Peskov"); a quoted title or scare quote gets no speaker. \
        Rules over tokens, part-of-speech tags and entities with a lexicon of speech verbs and cue phrases; \
        no parser. Writes the quotes layer and meta.speakers (name -> number of quotes). Needs segment and tag.
        """
    /// Sentences, tokens with part of speech, and entities.
    public static let requires: Set<Layer> = [.sentences, .tokens, .pos, .entities]
    /// The quotes, and meta.speakers.
    public static let produces: Set<Layer> = [.quotes, .meta]

    /// `quotes`, and `meta` unless speaker counts are off.
    public static func produces(with options: Options) -> Set<Layer> {
        options.speakerCounts ? [.quotes, .meta] : [.quotes]
    }

    /// The options in effect.
    public let options: Options
    /// The attributor, with its lexicon loaded.
    public let attributor: QuoteAttributor

    /// Loads the lexicon and adds what the options give.
    /// - Throws: ``StageError`` when the built-in lexicon is missing or a lexicon file cannot be read or parsed.
    public init(options: Options, context: StageContext) throws {
        self.options = options
        var builder = CueLexicon.Builder()
        do {
            try builder.addBuiltinResources()
            if let path = options.lexicon {
                let resolved = context.resolvePath(path)
                guard let text = try? String(contentsOfFile: resolved, encoding: .utf8) else {
                    throw StageError("cannot read the lexicon file '\(resolved)'", hint: "check the 'lexicon' option's path (relative to the pipeline file)")
                }
                try builder.add(text: text, file: path)
            }
        } catch let error as LexiconError {
            throw StageError("lexicon: \(error)", hint: "see the format at the top of the built-in speech-cues.txt")
        }
        for verb in options.verbs { builder.addVerb(verb) }
        for cue in options.cues { builder.addCue(cue) }
        for source in options.sources { builder.addSource(source) }
        self.attributor = QuoteAttributor(lexicon: builder.build(), findsIndirectSpeech: options.indirect, resolvesPronouns: options.pronouns)
    }

    /// Finds the document's quotes and counts them per speaker in `meta.speakers`.
    /// - Throws: ``StageError`` when the document has no tokens.
    public func process(_ document: inout Document) throws {
        guard document.tokens != nil, document.sentences != nil else {
            throw StageError("document has no tokens or sentences", hint: "run 'segment' and 'tag' before 'attribute'")
        }
        let quotes = attributor.quotes(in: document)
        document.quotes = quotes
        if options.speakerCounts {
            // Speakers repeat: count in a short list, hash each name once.
            var names: [String] = []
            var counts: [Int] = []
            for quote in quotes {
                guard let speaker = quote.speaker else { continue }
                if let index = names.lastIndex(of: speaker) {
                    counts[index] += 1
                } else {
                    names.append(speaker)
                    counts.append(1)
                }
            }
            var object: [String: JSONValue] = [:]
            object.reserveCapacity(names.count)
            for (name, count) in zip(names, counts) { object[name] = .integer(count) }
            document.meta["speakers"] = .object(object)
        }
    }
}
