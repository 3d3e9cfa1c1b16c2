import Foundation

/// The README's config example, read from README.md itself, so the tests that use it follow the README.
public enum ReadmeConfigExample {
    /// README.md lost the section or its `toml` block.
    public struct Missing: Error, CustomStringConvertible {
        /// What could not be found.
        public let description: String
    }

    /// The `toml` block under "Configuration and profiles", as a user copies it.
    public static func text() throws -> String {
        // This file is Tests/SpokeTestSupport/ReadmeConfigExample.swift: three levels up is the checkout.
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        let readme = try String(contentsOf: root.appendingPathComponent("README.md"), encoding: .utf8)
        guard let section = readme.range(of: "## Configuration and profiles"),
            let open = readme.range(of: "```toml\n", range: section.upperBound..<readme.endIndex),
            let close = readme.range(of: "```", range: open.upperBound..<readme.endIndex)
        else { throw Missing(description: "README.md lost its config example under \"Configuration and profiles\"") }
        return String(readme[open.upperBound..<close.lowerBound])
    }
}
