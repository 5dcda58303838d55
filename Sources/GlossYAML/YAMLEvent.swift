import GlossCore

/// One libyaml parse event, copied out of C memory so that libyaml can free its own right away.
enum YAMLEvent {
    /// Properties a node may carry: `&anchor` and `!tag` (the tag as libyaml resolved it, e.g.
    /// `tag:yaml.org,2002:str` for `!!str`).
    struct Properties {
        var anchor: String?
        var tag: String?
    }

    case streamStart
    case streamEnd
    case documentStart(SourceLocation)
    case documentEnd
    case scalar(String, ConfigNode.ScalarStyle, Properties, SourceLocation)
    case alias(String, SourceLocation)
    case sequenceStart(Properties, SourceLocation)
    case sequenceEnd
    case mappingStart(Properties, SourceLocation)
    case mappingEnd
}
