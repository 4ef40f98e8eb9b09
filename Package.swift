// swift-tools-version: 6.1
import PackageDescription

let strict: [SwiftSetting] = [.swiftLanguageMode(.v6)]

let package = Package(
    name: "Dateline",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "Dateline", targets: ["Dateline"]),
        .executable(name: "dateline", targets: ["DatelineCLI"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: [
        // libxml2, seen through pkg-config. Only DatelineXML may import it.
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"]), .brew(["libxml2"])]
        ),
        // The safe Swift layer over libxml2: documents, nodes, parsing, XPath, serialization.
        .target(name: "DatelineXML", dependencies: ["CLibXML2"], swiftSettings: strict),
        // Temporal expressions: tokenizer, lexicon, rules, resolver, TIMEX3 values. No I/O.
        .target(name: "DatelineNormalizer", swiftSettings: strict),
        // Events, ordering and the timeline model.
        .target(name: "DatelineTimeline", dependencies: ["DatelineNormalizer"], swiftSettings: strict),
        // Reading articles: plain text (and later HTML, TimeML, JSON Lines), publication dates.
        .target(name: "DatelineArticles", dependencies: ["DatelineNormalizer", "DatelineXML"], swiftSettings: strict),
        // TempEval-3 scoring: compares system TIMEX3 annotations with gold ones.
        .target(
            name: "DatelineEvaluation",
            dependencies: ["DatelineArticles", "DatelineNormalizer", "DatelineXML"],
            swiftSettings: strict
        ),
        // Timeline document (XML) and its HTML, Markdown and JSON renderings.
        .target(
            name: "DatelineRendering",
            dependencies: ["DatelineXML", "DatelineTimeline", "DatelineNormalizer"],
            swiftSettings: strict
        ),
        // The public face: one import, and the pipeline from articles to a rendered timeline.
        .target(
            name: "Dateline",
            dependencies: ["DatelineNormalizer", "DatelineTimeline", "DatelineArticles", "DatelineRendering", "DatelineXML", "DatelineEvaluation"],
            swiftSettings: strict
        ),
        .executableTarget(
            name: "DatelineCLI",
            dependencies: ["Dateline", .product(name: "ArgumentParser", package: "swift-argument-parser")],
            swiftSettings: strict
        ),
        .executableTarget(name: "DatelineBenchmark", dependencies: ["Dateline", "DatelineXML"], swiftSettings: strict),
        .testTarget(name: "DatelineXMLTests", dependencies: ["DatelineXML"], swiftSettings: strict),
        .testTarget(name: "DatelineNormalizerTests", dependencies: ["DatelineNormalizer"], swiftSettings: strict),
        .testTarget(name: "DatelineArticlesTests", dependencies: ["DatelineArticles"], exclude: ["Fixtures"], swiftSettings: strict),
        .testTarget(
            name: "DatelineRenderingTests",
            dependencies: ["DatelineRendering", "DatelineXML", "Dateline", "DatelineCLI"],
            exclude: ["Golden"],
            swiftSettings: strict
        ),
        .testTarget(name: "DatelineEvaluationTests", dependencies: ["DatelineEvaluation"], swiftSettings: strict),
        .testTarget(
            name: "DatelineTests",
            dependencies: ["Dateline", "DatelineCLI"],
            exclude: ["Stories", "Diffs"],
            swiftSettings: strict
        ),
    ]
)
