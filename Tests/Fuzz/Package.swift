// swift-tools-version: 6.0
// libFuzzer targets for Herald's parsers of untrusted input. Not part of the main package: build and run them
// with `Tests/Fuzz/run.sh TARGET SECONDS` (it passes `-sanitize=fuzzer,address`). See README.md.
import PackageDescription

let fuzzers: [(name: String, product: String)] = [
    ("FeedParserFuzzer", "Fetcher"),
    ("OPMLFuzzer", "Fetcher"),
    ("PageExtractorFuzzer", "Extractor"),
    ("DateFuzzer", "Extractor"),
    ("RulebookFuzzer", "Generator"),
]

let package = Package(
    name: "HeraldFuzz",
    platforms: [.macOS(.v14)],
    dependencies: [.package(name: "herald", path: "../..")],
    targets: [.target(name: "FuzzerDriver")] + fuzzers.map { fuzzer in
        .executableTarget(name: fuzzer.name, dependencies: [
            "FuzzerDriver",
            .product(name: fuzzer.product, package: "herald"),
        ] + (fuzzer.name == "DateFuzzer" ? [.product(name: "Fetcher", package: "herald")] : []))
    }
)
