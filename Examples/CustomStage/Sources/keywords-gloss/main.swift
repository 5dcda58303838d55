import GlossCLI
import GlossStages
import KeywordsStage

// Everything `gloss` does (run, check, inspect, stages, test), knowing one more stage.
GlossMain.main(stages: StandardStages.all + [Keywords.self])
