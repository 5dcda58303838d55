import Foundation
import GlossCore

/// Stage `tag`: Universal POS tags on every token and PER/ORG/LOC entity mentions, from averaged-perceptron
/// models trained by the project (see `gloss-tagger`).
///
/// ```yaml
/// stages:
///   - segment
///   - tag                 # both layers, built-in models
///   - tag:
///       entities: false   # part of speech only
///       model: models/    # a folder with pos.gtm and entities.gtm from 'gloss-tagger train'
/// ```
public struct TagStage: Stage {
    /// The options of stage `tag`.
    public struct Options: StageOptions, Equatable {
        /// Set `pos` on every token.
        public var pos = true
        /// Find entity mentions (`entities` layer).
        public var entities = true
        /// `builtin`, or a folder holding `pos.gtm`, optionally `pos-refine.gtm`, and (for entities)
        /// `entities.gtm` and optionally `entities-spans.gtm`.
        public var model = "builtin"
        /// Apply the news rules (titles and possessives outside names, datelines).
        public var newsRules = true
        /// Give every mention a second look with the span classifier (`entities-spans.gtm`, when the model
        /// folder has one): about 3 F1 more on UNER EWT dev, for about 6% of the stage's time.
        public var spanClassifier = true

        enum CodingKeys: String, CodingKey {
            case pos, entities, model
            case newsRules = "news_rules"
            case spanClassifier = "span_classifier"
        }

        /// All defaults.
        public init() {}

        /// One line per option, by key.
        public static let documentation = [
            "pos": "Set the Universal POS tag of every token.",
            "entities": "Find PER, ORG and LOC mentions (the entities layer).",
            "model": "'builtin' (the models shipped with Gloss) or a folder with pos.gtm and entities.gtm written by 'gloss-tagger train'; relative to the pipeline file.",
            "news_rules": "Keep titles and possessives outside names and tag dateline places (RIVERTON (Wire) —).",
            "span_classifier": "Let the span classifier keep, relabel or drop each mention (more precise entities; false: about 6% faster).",
        ]

        /// Rejects turning both layers off.
        public func validate() -> [String] {
            pos || entities ? [] : ["at least one of 'pos' and 'entities' must be true, or the stage does nothing"]
        }
    }

    /// `tag`.
    public static let name = "tag"
    /// One line for `gloss stages`.
    public static let summary = "Universal POS tags on tokens and PER/ORG/LOC entities (averaged perceptron)."
    /// What the stage does and needs, for `gloss stages tag`.
    public static let documentation = """
        Tags every token with one of the 17 Universal POS tags and finds person, organisation and location
        names with greedy averaged-perceptron models over hashed byte features (two part-of-speech passes,
        the second re-tagging uncertain tokens with the first pass's tags to the right, then an entity model). The built-in models are
        trained on UD English EWT, UNER English-EWT and GUM (CC BY-SA 4.0; see Sources/GlossTag/Models/README.md).
        Needs sentences and tokens (stage `segment`). Train your own with `gloss-tagger train` and point
        `model:` at the folder it writes.
        """
    /// Sentences and tokens, from `segment`.
    public static let requires: Set<Layer> = [.sentences, .tokens]
    /// Both layers; ``produces(with:)`` narrows it to the options.
    public static let produces: Set<Layer> = [.pos, .entities]

    /// `pos` and/or `entities`, as the options ask.
    public static func produces(with options: Options) -> Set<Layer> {
        var layers: Set<Layer> = []
        if options.pos { layers.insert(.pos) }
        if options.entities { layers.insert(.entities) }
        return layers
    }

    /// The options in effect.
    public let options: Options
    /// The loaded models.
    public let tagger: Tagger

    /// Loads the models.
    /// - Throws: ``StageError`` when a model file is missing or unreadable.
    public init(options: Options, context: StageContext) throws {
        self.options = options
        let folder: String
        if options.model == "builtin" {
            guard let builtin = TagStage.builtinModelFolder else {
                throw StageError("the built-in tagger models are missing from this build", hint: "reinstall Gloss or set 'model:' to a folder of models")
            }
            folder = builtin
        } else {
            folder = context.resolvePath(options.model)
        }
        do {
            let pos = try TaggerModel(contentsOf: folder + "/pos.gtm")
            let refinementPath = folder + "/pos-refine.gtm"
            let refinement = FileManager.default.fileExists(atPath: refinementPath) ? try TaggerModel(contentsOf: refinementPath) : nil
            let entities = options.entities ? try TaggerModel(contentsOf: folder + "/entities.gtm") : nil
            // The span classifier is optional: folders written before it existed keep working.
            let spansPath = folder + "/entities-spans.gtm"
            let spans = options.entities && options.spanClassifier && FileManager.default.fileExists(atPath: spansPath) ? try TaggerModel(contentsOf: spansPath) : nil
            self.tagger = try Tagger(partOfSpeech: pos, refinement: refinement, entities: entities, appliesNewsRules: options.newsRules, spans: spans)
        } catch {
            throw StageError("cannot load the tagger models: \(error)", hint: error.hint)
        }
    }

    /// Builds the stage around an already loaded tagger (for tests and custom runners).
    public init(options: Options = Options(), tagger: Tagger) {
        self.options = options
        self.tagger = tagger
    }

    /// Tags the document's tokens and finds its entities.
    /// - Throws: ``StageError`` when the document has no tokens.
    public func process(_ document: inout Document) throws {
        guard document.tokens != nil else {
            throw StageError("document has no tokens", hint: "run 'segment' before 'tag'")
        }
        tagger.tag(&document, partOfSpeech: options.pos, entities: options.entities)
    }

    /// The folder of the models shipped as resources of this module.
    public static var builtinModelFolder: String? {
        Bundle.module.path(forResource: "pos", ofType: "gtm", inDirectory: "Models").map { ($0 as NSString).deletingLastPathComponent }
    }
}


extension Error {
    /// The hint of a model error, if any.
    fileprivate var hint: String? { (self as? ModelFileError)?.hint }
}
