import Foundation
import Testing

/// Finds the `spoke` executable that `swift build` put beside the test bundle.
public enum SpokeBinary {
    /// The executable's path, or nil when it was not built.
    public static var path: String? {
        var candidates: [URL] = []
        if let bundle = Bundle.main.executableURL?.resolvingSymlinksInPath() {
            candidates.append(bundle.deletingLastPathComponent().appendingPathComponent("spoke"))
        }
        let arg0 = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        candidates.append(arg0.deletingLastPathComponent().appendingPathComponent("spoke"))
        // This file is Tests/SpokeTestSupport/SpokeBinary.swift: three levels up is the checkout.
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        candidates.append(root.appendingPathComponent(".build/debug/spoke"))
        return candidates.map(\.path).first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// ``path``, or a test failure saying the binary was not built.
    public static func required(sourceLocation: SourceLocation = #_sourceLocation) throws -> String {
        try #require(
            path, "the spoke binary was not built beside the tests (run swift build first)",
            sourceLocation: sourceLocation)
    }
}
