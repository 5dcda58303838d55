// swift-tools-version: 6.0
import PackageDescription

/// Settings every Gloss target shares (Swift 6 language mode with strict concurrency comes with tools 6.0).
let swiftSettings: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
]

let package = Package(
    name: "Gloss",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "gloss", targets: ["gloss"]),
        .library(name: "GlossCore", targets: ["GlossCore"]),
        .library(name: "GlossYAML", targets: ["GlossYAML"]),
        .library(name: "GlossIO", targets: ["GlossIO"]),
        .library(name: "GlossCLI", targets: ["GlossCLI"]),
        .library(name: "GlossStages", targets: ["GlossStages"]),
        .library(name: "GlossClean", targets: ["GlossClean"]),
        .library(name: "GlossSegment", targets: ["GlossSegment"]),
        .library(name: "GlossTag", targets: ["GlossTag"]),
        .library(name: "GlossAttribute", targets: ["GlossAttribute"]),
        .library(name: "GlossSummarize", targets: ["GlossSummarize"]),
        .library(name: "GlossTesting", targets: ["GlossTesting"]),
        .executable(name: "gloss-tagger", targets: ["gloss-tagger"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.6.0"),
    ],
    targets: [
        // The system libyaml (pkg-config yaml-0.1; Debian/Ubuntu package libyaml-dev).
        .systemLibrary(
            name: "CLibYAML",
            pkgConfig: "yaml-0.1",
            providers: [.apt(["libyaml-dev"]), .brew(["libyaml"])]
        ),
        // The ground floor: documents, stages, pipelines, the runner. No stage, no file format, no YAML.
        .target(
            name: "GlossCore",
            dependencies: [.product(name: "Logging", package: "swift-log")],
            swiftSettings: swiftSettings
        ),
        .target(
            name: "GlossYAML",
            dependencies: ["GlossCore", "CLibYAML"],
            swiftSettings: swiftSettings
        ),
        .target(
            name: "GlossIO",
            dependencies: ["GlossCore", "CGlossFile"],
            swiftSettings: swiftSettings
        ),
        // Stage `clean`: scraped HTML or feed text in, the article's text and its metadata out.
        .target(
            name: "GlossClean",
            dependencies: ["GlossCore"],
            exclude: ["README.md"],
            swiftSettings: swiftSettings
        ),
        // Stage `segment`: sentences and tokens over UTF-8 bytes (SentenceSegmenter, Tokenizer).
        .target(
            name: "GlossSegment",
            dependencies: ["GlossCore"],
            exclude: ["README.md"],
            swiftSettings: swiftSettings
        ),
        // Scoring on UD treebanks and generated news text for the segmenter; used by gloss-segment-eval and tests.
        .target(
            name: "GlossSegmentEvaluation",
            dependencies: ["GlossCore", "GlossSegment"],
            swiftSettings: swiftSettings
        ),
        .executableTarget(
            name: "gloss-segment-eval",
            dependencies: ["GlossCore", "GlossSegment", "GlossSegmentEvaluation", "GlossBenchmarkSupport"],
            swiftSettings: swiftSettings
        ),
        // Stage `summarize`: extractive summaries (position, LexRank centrality, entity/speaker salience, MMR).
        .target(
            name: "GlossSummarize",
            dependencies: ["GlossCore"],
            exclude: ["README.md"],
            swiftSettings: swiftSettings
        ),
        // ROUGE, the GUM reader and the weight fitting behind gloss-summarize-eval; tested by GlossSummarizeTests.
        .target(
            name: "GlossSummarizeEvaluation",
            dependencies: ["GlossCore", "GlossSummarize"],
            swiftSettings: swiftSettings
        ),
        .executableTarget(
            name: "gloss-summarize-eval",
            dependencies: ["GlossCore", "GlossSegment", "GlossSummarize", "GlossSummarizeEvaluation", "GlossBenchmarkSupport"],
            swiftSettings: swiftSettings
        ),
        // posix_spawn with the GNU extensions (pipe2, addchdir_np, addclosefrom_np) Swift's Glibc hides.
        .target(name: "CGlossSpawn"),
        // The tagger's inner loops (summing weight rows, hashing tokens), in C for straight vector code.
        .target(name: "CGlossKernels"),
        // sync_file_range (a GNU extension Swift's Glibc hides), to write output files back as they grow.
        .target(name: "CGlossFile"),
        // Stage `exec`: a program in any language, speaking JSON Lines, as a stage.
        .target(
            name: "GlossExec",
            dependencies: ["GlossCore", "CGlossSpawn", .product(name: "Logging", package: "swift-log")],
            swiftSettings: swiftSettings
        ),
        // Stage `tag`: UPOS and PER/ORG/LOC from averaged-perceptron models shipped as resources.
        .target(
            name: "GlossTag",
            dependencies: ["GlossCore", "CGlossKernels"],
            exclude: ["README.md"],
            resources: [.copy("Models")],
            swiftSettings: swiftSettings
        ),
        // Trains and scores the `tag` stage's models from CoNLL-U / IOB2 files.
        .executableTarget(
            name: "gloss-tagger",
            dependencies: [
                // GlossSegment only for `eval --raw` (scoring on raw text through the real tokenizer);
                // the GlossTag library itself depends on GlossCore alone.
                "GlossTag", "GlossCore", "GlossSegment",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: swiftSettings
        ),
        // Stage `attribute`: quotations and reported speech with their speakers (rules and a cue lexicon).
        .target(
            name: "GlossAttribute",
            dependencies: ["GlossCore"],
            exclude: ["README.md"],
            resources: [.copy("Resources/speech-cues.txt"), .copy("Resources/given-names.txt")],
            swiftSettings: swiftSettings
        ),
        .target(
            name: "GlossStages",
            dependencies: ["GlossCore", "GlossClean", "GlossSegment", "GlossTag", "GlossAttribute", "GlossSummarize", "GlossExec"],
            swiftSettings: swiftSettings
        ),
        // Helpers for testing stages and pipelines, and the expectations behind `gloss test`.
        .target(
            name: "GlossTesting",
            dependencies: ["GlossCore", "GlossYAML"],
            swiftSettings: swiftSettings
        ),
        .target(
            name: "GlossCLI",
            dependencies: [
                "GlossCore", "GlossYAML", "GlossIO", "GlossTesting",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: swiftSettings
        ),
        .executableTarget(
            name: "gloss",
            dependencies: ["GlossCLI", "GlossStages"],
            swiftSettings: swiftSettings
        ),
        // The synthetic scraped-news corpus and the result table shared by gloss-bench and the stages' own
        // evaluation tools.
        .target(
            name: "GlossBenchmarkSupport",
            dependencies: ["GlossCore", "GlossClean"],
            swiftSettings: swiftSettings
        ),
        // `swift run -c release gloss-bench`: every stage alone, the pipeline, and `gloss run` end to end.
        .executableTarget(
            name: "gloss-bench",
            dependencies: [
                "GlossBenchmarkSupport", "GlossCore", "GlossIO", "GlossCLI", "GlossStages",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: swiftSettings
        ),

        .testTarget(
            name: "GlossTagTests",
            dependencies: ["GlossTag", "GlossCore", "CGlossKernels"],
            resources: [.copy("Fixtures")],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "GlossAttributeTests",
            dependencies: ["GlossAttribute", "GlossSegment", "GlossTag", "GlossTesting", "GlossCore"],
            resources: [.copy("Fixtures")],
            swiftSettings: swiftSettings
        ),
        .testTarget(name: "GlossCoreTests", dependencies: ["GlossCore"], swiftSettings: swiftSettings),
        .testTarget(
            name: "GlossYAMLTests",
            dependencies: ["GlossYAML", "GlossCore"],
            resources: [.copy("Fixtures")],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "GlossSegmentTests",
            dependencies: ["GlossSegment", "GlossSegmentEvaluation", "GlossCore"],
            resources: [.copy("Fixtures")],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "GlossSummarizeTests",
            dependencies: ["GlossSummarize", "GlossSummarizeEvaluation", "GlossSegment", "GlossTesting", "GlossCore"],
            resources: [.copy("Fixtures")],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "GlossExecTests",
            dependencies: ["GlossExec", "GlossCore"],
            resources: [.copy("Fixtures")],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "GlossTestingTests",
            dependencies: ["GlossTesting", "GlossCore"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "GlossIOTests",
            dependencies: ["GlossIO", "GlossCore"],
            resources: [.copy("Fixtures")],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "GlossCleanTests",
            dependencies: ["GlossClean", "GlossCore"],
            resources: [.copy("Fixtures")],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "GlossBenchmarkSupportTests",
            // gloss-bench itself: built before the tests, which run it on the example articles.
            dependencies: ["GlossBenchmarkSupport", "GlossClean", "GlossCore", "gloss-bench"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "GlossCLITests",
            dependencies: ["GlossCLI", "GlossStages", "GlossCore", "GlossYAML", "GlossIO"],
            resources: [.copy("Fixtures")],
            swiftSettings: swiftSettings
        ),
    ]
)
