// swift-tools-version: 6.2
import PackageDescription

let strict: [SwiftSetting] = [
    .treatAllWarnings(as: .error),
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("MemberImportVisibility"),
]

let package = Package(
    name: "kroniek",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "kroniek", targets: ["kroniek"]),
        .library(name: "KroniekCore", targets: ["KroniekCore"]),
        .library(name: "KroniekExtraction", targets: ["KroniekExtraction"]),
        // For the Benchmarks package, which depends on this one by path.
        .library(name: "KroniekPacks", targets: ["KroniekPacks"]),
        .library(name: "KroniekReading", targets: ["KroniekReading"]),
        .library(name: "KroniekStore", targets: ["KroniekStore"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-http-types", from: "1.8.0"),
        .package(url: "https://github.com/vapor/postgres-nio", from: "1.33.2"),
    ],
    targets: [
        .target(name: "KroniekCore", swiftSettings: strict),
        .target(
            name: "KroniekPacks",
            dependencies: ["KroniekCore"],
            resources: [.copy("Packs")],
            swiftSettings: strict
        ),
        .target(name: "KroniekReading", dependencies: ["KroniekCore", "KroniekPacks"], swiftSettings: strict),
        .target(name: "KroniekExtraction", dependencies: ["KroniekCore", "KroniekPacks"], swiftSettings: strict),
        .target(
            name: "KroniekStore",
            dependencies: [
                "KroniekCore", .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "NIOCore", package: "swift-nio"), .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: strict
        ),
        .target(
            name: "KroniekServer",
            dependencies: [
                "KroniekCore", "KroniekStore", .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdCore", package: "hummingbird"), .product(name: "NIOCore", package: "swift-nio"), .product(name: "Logging", package: "swift-log"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
            ],
            resources: [.copy("Resources/web")],
            swiftSettings: strict
        ),
        .executableTarget(
            name: "kroniek",
            dependencies: [
                "KroniekCore", "KroniekPacks", "KroniekReading", "KroniekExtraction", "KroniekStore", "KroniekServer",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: strict
        ),
        .testTarget(name: "KroniekCoreTests", dependencies: ["KroniekCore"], swiftSettings: strict),
        .testTarget(name: "KroniekPacksTests", dependencies: ["KroniekPacks"], swiftSettings: strict),
        .testTarget(
            name: "KroniekReadingTests", dependencies: ["KroniekReading", "KroniekPacks"], swiftSettings: strict),
        .testTarget(
            name: "KroniekExtractionTests", dependencies: ["KroniekExtraction", "KroniekPacks", "KroniekReading"],
            swiftSettings: strict),
        .testTarget(name: "kroniekTests", dependencies: ["kroniek"], swiftSettings: strict),
        .testTarget(
            name: "KroniekStoreTests",
            dependencies: [
                "KroniekStore", "KroniekCore", "KroniekExtraction", "KroniekPacks", "KroniekReading", "kroniek",
                .product(name: "GRDB", package: "GRDB.swift"),
            ],
            swiftSettings: strict),
        .testTarget(
            name: "KroniekServerTests",
            dependencies: [
                "KroniekServer", "KroniekStore", "KroniekCore",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdTesting", package: "hummingbird"),
                .product(name: "NIOCore", package: "swift-nio"), .product(name: "HTTPTypes", package: "swift-http-types"),
            ],
            swiftSettings: strict),
    ]
)
