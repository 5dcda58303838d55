import Foundation
import GlossAttribute
import GlossCore
import GlossSegment
import GlossTag
import GlossTesting

/// The real pipeline the stage runs in: segment → tag → attribute, built once for all tests.
enum NewsPipeline {
    static let harness: PipelineHarness? = try? PipelineHarness(
        yaml: """
            version: 1
            stages: [segment, tag, attribute]
            """, stages: [SegmentStage.self, TagStage.self, AttributeStage.self])

    /// Runs `text` through the pipeline.
    static func run(_ text: String, id: String = "test") throws -> Document {
        guard let harness else { throw HarnessError("the segment → tag → attribute pipeline could not be built") }
        return try harness.run(text: text, id: id)
    }

    /// Each quote as "speaker: text" ("?" for none), the way the pattern tables write them.
    static func quoteLines(_ text: String) throws -> [String] {
        try run(text).quoteTexts
    }

    /// The fixtures folder.
    static var fixtures: URL {
        get throws {
            guard let url = Bundle.module.url(forResource: "Fixtures", withExtension: nil) else {
                throw HarnessError("the test fixtures are missing from the bundle")
            }
            return url
        }
    }
}
