import GlossAttribute
import GlossClean
import GlossCore
import GlossExec
import GlossSegment
import GlossSummarize
import GlossTag

/// The stages that ship with Gloss. A custom runner extends this list with its own:
/// `GlossMain.main(stages: StandardStages.all + [MyStage.self])`.
public enum StandardStages {
    /// Every built-in stage type, in the order a news pipeline uses them.
    public static let all: [any Stage.Type] = [
        CleanStage.self, SegmentStage.self, TagStage.self, AttributeStage.self, SummarizeStage.self, ExecStage.self,
    ]
}
