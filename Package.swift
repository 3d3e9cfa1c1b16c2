// swift-tools-version:6.0
import PackageDescription

// The one dependency rule (see ARCHITECTURE.md):
//   Browser → {TerminalUI, HubSpot};  CRMCache → HubSpot;  Sandbox → HubSpot (models only);
//   Browser → CRMCache;  TerminalUI → CNCurses;  {TerminalUI, Browser} → TOMLSupport → TOMLKit.
// TerminalUI knows nothing of CRMs, HubSpot nothing of terminals, and only `spoke` and its SpokeBench import Browser.
let package = Package(
    name: "Spoke",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "spoke", targets: ["spoke"])
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/LebJe/TOMLKit", from: "0.6.0"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        // Hummingbird's own dependencies, listed because Sandbox imports their modules: a target declares every
        // module it imports (`--explicit-target-dependency-import-check error` in .ci/run). Same URLs and lower
        // bounds as Hummingbird's Package.swift.
        .package(url: "https://github.com/apple/swift-http-types.git", from: "1.8.0"),
        .package(url: "https://github.com/apple/swift-log.git", from: "1.14.0"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle.git", from: "2.0.0"),
    ],
    targets: [
        // No pkgConfig: SwiftPM would warn about the defines it drops; shim.h sets them itself.
        .systemLibrary(name: "CNCurses", providers: [.apt(["libncursesw5-dev"])]),
        .target(name: "HubSpot"),
        .target(
            name: "Sandbox",
            dependencies: [
                "HubSpot",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdCore", package: "hummingbird"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ]
        ),
        // The guard in front of toml++ (TOMLKit): the only target that imports TOMLKit, so nothing reads TOML
        // around the checks that keep toml++ from aborting the process.
        .target(
            name: "TOMLSupport",
            dependencies: [.product(name: "TOMLKit", package: "TOMLKit")]
        ),
        .target(
            name: "TerminalUI",
            dependencies: ["CNCurses", "TOMLSupport"]
        ),
        .target(
            name: "CRMCache",
            dependencies: [
                "HubSpot",
                .product(name: "GRDB", package: "GRDB.swift"),
            ]
        ),
        .target(
            name: "Browser",
            dependencies: [
                "CRMCache", "HubSpot", "TerminalUI", "TOMLSupport", .product(name: "Logging", package: "swift-log"),
            ]
        ),
        // blockingAwait: spoke's commands and SpokeBench call async APIs from synchronous code the same way.
        .target(name: "CommandLineSupport"),
        // `spoke bench`: the benchmarks, the headless browser and the pty, so that `spoke` stays wiring.
        .target(
            name: "SpokeBench",
            dependencies: [
                "Browser", "CRMCache", "CommandLineSupport", "HubSpot", "Sandbox", "TerminalUI",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(
            name: "spoke",
            dependencies: [
                "Browser", "CRMCache", "CommandLineSupport", "HubSpot", "Sandbox", "SpokeBench", "TerminalUI",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        // What the test targets share, so none keeps its own copy: withSandbox { server in … } (always stops
        // the server), the spoke binary's locator, posix_spawn children, and assertSnapshot. A plain target
        // (test targets cannot depend on each other), as HummingbirdTesting and ArgumentParserTestHelpers are.
        .target(name: "SpokeTestSupport", dependencies: ["HubSpot", "Sandbox"], path: "Tests/SpokeTestSupport"),
        .testTarget(name: "HubSpotTests", dependencies: ["HubSpot", "Sandbox", "SpokeTestSupport"]),
        .testTarget(
            name: "SandboxTests",
            dependencies: ["Sandbox", "HubSpot", "SpokeTestSupport"]
        ),
        .testTarget(
            name: "CRMCacheTests",
            dependencies: [
                "CRMCache", "HubSpot", "Sandbox", "SpokeTestSupport", .product(name: "GRDB", package: "GRDB.swift"),
            ]
        ),
        .testTarget(name: "TerminalUITests", dependencies: ["TerminalUI"]),
        .testTarget(
            name: "BrowserTests",
            dependencies: [
                "Browser", "CRMCache", "HubSpot", "Sandbox", "SpokeTestSupport", "TerminalUI",
                .product(name: "GRDB", package: "GRDB.swift"),
            ],
            exclude: ["Snapshots"]
        ),
        // Property-based fuzzing of response decoding and the config and theme parsers (issue 7).
        .testTarget(
            name: "FuzzTests",
            dependencies: ["Browser", "HubSpot", "Sandbox", "SpokeTestSupport", "TerminalUI", "TOMLSupport"]
        ),
        // Drives the built `spoke` binary in tmux; depends on it only through the build folder.
        .testTarget(name: "EndToEndTests", dependencies: ["HubSpot", "Sandbox", "SpokeTestSupport"]),
    ],
    swiftLanguageModes: [.v6]
)
