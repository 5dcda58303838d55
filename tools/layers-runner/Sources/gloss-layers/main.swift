import GlossCLI
import GlossCore
import GlossStages

/// Changes nothing: the layers a JSON Lines input carries are written as they are.
struct Keep: Stage {
    static let name = "keep"
    static let summary = "Changes nothing; writes the layers the input already has."
    static let requires: Set<Layer> = []
    static let produces: Set<Layer> = []

    init(options: NoOptions, context: StageContext) {}

    func process(_ document: inout Document) throws {}
}

GlossMain.main(stages: StandardStages.all + [Keep.self])
