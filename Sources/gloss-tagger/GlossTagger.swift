import ArgumentParser
import Foundation
import GlossTag

/// `gloss-tagger`: trains and scores the models of the `tag` stage.
@main
struct GlossTagger: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "gloss-tagger",
        abstract: "Train and evaluate the part-of-speech and entity models of the 'tag' stage.",
        subcommands: [Train.self, Evaluate.self])
}
