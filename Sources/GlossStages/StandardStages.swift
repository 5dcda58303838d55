import GlossAttribute
import GlossCore
import GlossExec
import GlossSegment
import GlossTag

/// The stages that ship with Gloss. A custom runner extends this list with its own:
/// `GlossCommand.main(stages: StandardStages.all + [MyStage.self])`.
public enum StandardStages {
    /// Every built-in stage type, in the order a news pipeline uses them.
    public static let all: [any Stage.Type] = [SegmentStage.self, TagStage.self, AttributeStage.self, ExecStage.self]
}
