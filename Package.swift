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
        .library(name: "GlossCLI", targets: ["GlossCLI"]),
        .library(name: "GlossStages", targets: ["GlossStages"]),
        .library(name: "GlossTag", targets: ["GlossTag"]),
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
            dependencies: ["GlossCore"],
            swiftSettings: swiftSettings
        ),
        // Stage `tag`: UPOS and PER/ORG/LOC from averaged-perceptron models shipped as resources.
        .target(
            name: "GlossTag",
            dependencies: ["GlossCore"],
            resources: [.copy("Models")],
            swiftSettings: swiftSettings
        ),
        // Trains and scores the `tag` stage's models from CoNLL-U / IOB2 files.
        .executableTarget(
            name: "gloss-tagger",
            dependencies: [
                "GlossTag", "GlossCore",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: swiftSettings
        ),
        .target(
            name: "GlossStages",
            dependencies: ["GlossCore", "GlossTag"],
            swiftSettings: swiftSettings
        ),
        .target(
            name: "GlossCLI",
            dependencies: [
                "GlossCore", "GlossYAML", "GlossIO",
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

        .testTarget(
            name: "GlossTagTests",
            dependencies: ["GlossTag", "GlossCore"],
            resources: [.copy("Fixtures")],
            swiftSettings: swiftSettings
        ),
        .testTarget(name: "GlossCoreTests", dependencies: ["GlossCore"], swiftSettings: swiftSettings),
        .testTarget(name: "GlossYAMLTests", dependencies: ["GlossYAML", "GlossCore"], swiftSettings: swiftSettings),
        .testTarget(name: "GlossIOTests", dependencies: ["GlossIO", "GlossCore"], swiftSettings: swiftSettings),
        .testTarget(
            name: "GlossCLITests",
            dependencies: ["GlossCLI", "GlossStages", "GlossCore", "GlossYAML", "GlossIO"],
            swiftSettings: swiftSettings
        ),
    ]
)
