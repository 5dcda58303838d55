// swift-tools-version: 6.0
import PackageDescription

// A custom Gloss stage in its own package: the `keywords` stage (a library), a runner that knows the
// standard stages plus this one (an executable), and tests written with GlossTesting.
let package = Package(
    name: "CustomStage",
    platforms: [.macOS(.v15)],
    products: [
        .library(name: "KeywordsStage", targets: ["KeywordsStage"]),
        .executable(name: "keywords-gloss", targets: ["keywords-gloss"]),
    ],
    dependencies: [
        // Gloss itself; in your own project: .package(url: "https://.../gloss.git", from: "1.0.0").
        .package(name: "Gloss", path: "../.."),
    ],
    targets: [
        // The stage depends on GlossCore only: the Stage protocol, Document, Layer, options decoding.
        .target(
            name: "KeywordsStage",
            dependencies: [.product(name: "GlossCore", package: "Gloss")]
        ),
        // The runner: `gloss` with one more stage.
        .executableTarget(
            name: "keywords-gloss",
            dependencies: [
                "KeywordsStage",
                .product(name: "GlossCLI", package: "Gloss"),
                .product(name: "GlossStages", package: "Gloss"),
            ]
        ),
        .testTarget(
            name: "KeywordsStageTests",
            dependencies: [
                "KeywordsStage",
                .product(name: "GlossTesting", package: "Gloss"),
                .product(name: "GlossStages", package: "Gloss"),
            ]
        ),
    ]
)
