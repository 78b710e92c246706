// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "herald",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "herald", targets: ["herald"]),
        // For the libFuzzer package in Tests/Fuzz, which depends on this one by path.
        .library(name: "Fetcher", targets: ["Fetcher"]),
        .library(name: "Extractor", targets: ["Extractor"]),
        .library(name: "Generator", targets: ["Generator"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/swift-server/async-http-client", from: "1.37.0"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.13.0"),
        .package(url: "https://github.com/apple/swift-metrics", from: "2.13.0"),
        .package(url: "https://github.com/swift-server/swift-prometheus", from: "2.4.1"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/apple/swift-http-types", from: "1.8.0"),
        .package(url: "https://github.com/vapor/postgres-nio", from: "1.33.2"),
    ],
    targets: [
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
        .systemLibrary(name: "CZlib", pkgConfig: "zlib", providers: [.apt(["zlib1g-dev"])]),
        .target(name: "Markup", dependencies: ["CLibXML2"]),
        .target(name: "Fetcher", dependencies: [
            "Markup",
            .product(name: "Yams", package: "Yams"),
            .product(name: "Logging", package: "swift-log"),
            .product(name: "AsyncHTTPClient", package: "async-http-client"),
            .product(name: "NIOCore", package: "swift-nio"),
            .product(name: "NIOHTTP1", package: "swift-nio"),
            .product(name: "NIOConcurrencyHelpers", package: "swift-nio"),
        ]),
        .executableTarget(
            name: "FeedParsingBenchmark", dependencies: ["Fetcher"], path: "Tests/Benchmarks/FeedParsing"
        ),
        .target(name: "Extractor", dependencies: ["Markup"]),
        .target(name: "Generator", dependencies: [
            "Extractor",
            .product(name: "Yams", package: "Yams"),
        ]),
        .target(name: "Archive", dependencies: [
            "Fetcher", "Extractor", "Generator", "CZlib",
            .product(name: "GRDB", package: "GRDB.swift"),
        ]),
        .target(name: "ArchivePostgres", dependencies: [
            "Archive", "Extractor", "Generator",
            .product(name: "PostgresNIO", package: "postgres-nio"),
            .product(name: "Logging", package: "swift-log"),
        ]),
        .target(name: "Review", dependencies: ["Archive", "Generator"]),
        .target(name: "ReviewWeb", dependencies: [
            "Review", "Archive", "Generator", "Extractor",
            .product(name: "Hummingbird", package: "hummingbird"),
            .product(name: "HTTPTypes", package: "swift-http-types"),
            .product(name: "Logging", package: "swift-log"),
        ], resources: [.copy("Static")]),
        .executableTarget(name: "herald", dependencies: [
            "Fetcher", "Extractor", "Generator", "Archive", "ArchivePostgres", "Review", "ReviewWeb",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
            .product(name: "Logging", package: "swift-log"),
            .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            .product(name: "Metrics", package: "swift-metrics"),
            .product(name: "Prometheus", package: "swift-prometheus"),
            .product(name: "NIOCore", package: "swift-nio"),
            .product(name: "NIOPosix", package: "swift-nio"),
            .product(name: "NIOHTTP1", package: "swift-nio"),
        ]),
        .executableTarget(
            name: "SoakFeedServer",
            dependencies: [
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
            ],
            path: "Tests/Benchmarks/soak/FeedServer"
        ),
        .executableTarget(
            name: "ArticleExtractionBenchmark", dependencies: ["Extractor"], path: "Tests/Benchmarks/ArticleExtraction"
        ),
        .executableTarget(
            name: "LanguageBenchmark", dependencies: ["Extractor"], path: "Tests/Benchmarks/language/LanguageBenchmark"
        ),
        .executableTarget(
            name: "ArchiveBenchmark", dependencies: ["Archive", "CZlib"], path: "Tests/Benchmarks/Archive"
        ),
        .testTarget(name: "MarkupTests", dependencies: ["Markup"]),
        .testTarget(name: "FetcherTests", dependencies: [
            "Fetcher",
            .product(name: "NIOCore", package: "swift-nio"),
            .product(name: "NIOPosix", package: "swift-nio"),
            .product(name: "NIOHTTP1", package: "swift-nio"),
        ]),
        .testTarget(name: "ExtractorTests", dependencies: ["Extractor"]),
        .testTarget(name: "GeneratorTests", dependencies: ["Generator"]),
        // The PostgreSQL server the store tests and the end-to-end tests share (HERALD_TEST_POSTGRES).
        .target(name: "PostgresTestSupport", dependencies: [
            "Archive",
            .product(name: "PostgresNIO", package: "postgres-nio"),
            .product(name: "Logging", package: "swift-log"),
        ], path: "Tests/PostgresTestSupport"),
        // Fresh folders for tests, removed when the test process exits.
        .target(name: "TestFolders", path: "Tests/TestFolders"),
        .testTarget(name: "ArchiveTests", dependencies: [
            "Archive", "ArchivePostgres", "PostgresTestSupport", "TestFolders",
            .product(name: "PostgresNIO", package: "postgres-nio"),
        ]),
        .testTarget(name: "ReviewTests", dependencies: ["Review", "TestFolders"]),
        .testTarget(name: "HeraldTests", dependencies: [
            "herald", "SoakFeedServer", "Archive", "ArchivePostgres", "PostgresTestSupport", "TestFolders",
            .product(name: "PostgresNIO", package: "postgres-nio"),
        ]),
        .testTarget(name: "ReviewWebTests", dependencies: [
            "ReviewWeb", "herald", "TestFolders",
            .product(name: "HummingbirdTesting", package: "hummingbird"),
            .product(name: "AsyncHTTPClient", package: "async-http-client"),
        ]),
    ]
)
