import GlossCLI
import GlossStages

GlossMain.main(stages: StandardStages.all)
