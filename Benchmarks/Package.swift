// swift-tools-version: 6.1
// Kroniek's benchmarks, a package of their own so that the main package
// does not depend on the benchmark framework. Run from this folder:
//   swift package benchmark                     (all suites)
//   swift package benchmark --target Extraction
// and write a corpus for the command-line tool with
//   swift run -c release kroniek-corpus 1000 /tmp/corpus-1000
import PackageDescription

// The main package's `strict` settings; tools 6.1 has no
// `.treatAllWarnings(as:)`, so warnings become errors by flag, for these
// targets only.
let strict: [SwiftSetting] = [
    .unsafeFlags(["-warnings-as-errors"]),
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("MemberImportVisibility"),
]

let package = Package(
    name: "KroniekBenchmarks",
    platforms: [.macOS(.v15)],
    dependencies: [
        .package(name: "kroniek", path: ".."),
        .package(url: "https://github.com/ordo-one/benchmark", from: "1.38.1", traits: ["MallocInterposer"]),
    ],
    targets: [
        .target(
            name: "KroniekCorpus",
            dependencies: [.product(name: "KroniekPacks", package: "kroniek")],
            swiftSettings: strict
        ),
        .target(
            name: "BenchmarkFixtures",
            dependencies: [
                "KroniekCorpus",
                .product(name: "KroniekCore", package: "kroniek"),
                .product(name: "KroniekPacks", package: "kroniek"),
                .product(name: "KroniekReading", package: "kroniek"),
                .product(name: "KroniekExtraction", package: "kroniek"),
            ],
            swiftSettings: strict
        ),
        .executableTarget(
            name: "kroniek-corpus",
            dependencies: ["KroniekCorpus", .product(name: "KroniekPacks", package: "kroniek")],
            swiftSettings: strict
        ),
        .executableTarget(
            name: "Extraction",
            dependencies: [
                "BenchmarkFixtures",
                .product(name: "Benchmark", package: "benchmark"),
                .product(name: "KroniekCore", package: "kroniek"),
                .product(name: "KroniekPacks", package: "kroniek"),
                .product(name: "KroniekReading", package: "kroniek"),
                .product(name: "KroniekExtraction", package: "kroniek"),
            ],
            path: "Benchmarks/Extraction",
            swiftSettings: strict,
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
        .executableTarget(
            name: "Ingest",
            dependencies: [
                "BenchmarkFixtures",
                .product(name: "Benchmark", package: "benchmark"),
                .product(name: "KroniekCore", package: "kroniek"),
                .product(name: "KroniekPacks", package: "kroniek"),
                .product(name: "KroniekReading", package: "kroniek"),
                .product(name: "KroniekExtraction", package: "kroniek"),
                .product(name: "KroniekStore", package: "kroniek"),
            ],
            path: "Benchmarks/Ingest",
            swiftSettings: strict,
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
    ]
)
