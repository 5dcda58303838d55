// swift-tools-version: 6.0
// A custom Gloss runner for the project's tools: the built-in stages plus `keep`, which changes nothing, so
// that `gloss-layers run keep.yaml FILE.jsonl --format html` writes the layers a JSON Lines input already
// has (tools/screenshot-report.sh before the real stages exist; tools/report-load-test.sh on a synthetic
// corpus). Built the way any custom runner is (architecture §1): GlossCLI + GlossStages + its own stage.
import PackageDescription

let package = Package(
    name: "gloss-layers",
    platforms: [.macOS(.v15)],
    dependencies: [.package(name: "Gloss", path: "../..")],
    targets: [
        .executableTarget(
            name: "gloss-layers",
            dependencies: [
                .product(name: "GlossCLI", package: "Gloss"),
                .product(name: "GlossStages", package: "Gloss"),
                .product(name: "GlossCore", package: "Gloss"),
            ]
        ),
    ]
)
