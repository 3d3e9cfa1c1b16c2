import Browser
import Foundation
import HubSpot
import Sandbox
import Testing

/// What the browser sends, by API generation: every path of a session that browses, opens a record and its
/// graph, pins an activity and saves an edit belongs to the generation it speaks (issue 14).
@Suite("The browser speaks one API generation", .serialized)
struct APIVersionScreenTests {
    /// Whether `path` is one of `version`'s: a dated release's name in it, or legacy's v3/v4 prefixes.
    private static func belongs(_ path: String, to version: APIVersion) -> Bool {
        if version.isDated { return path.contains("/\(version.name)/") || path.hasSuffix("/\(version.name)") }
        let legacy = ["/crm/v3/", "/crm/v4/", "/crm/associations/v4/", "/crm-object-schemas/v3/", "/account-info/v3/"]
        return legacy.contains { path.hasPrefix($0) } && !path.contains("/2026-")
    }

    @Test(
        "browsing, the graph, pinning and saving send only the chosen generation's paths",
        arguments: [APIVersion.september2026, .legacy])
    func sessionPaths(version: APIVersion) async throws {
        let harness = try await BrowserHarness.start(width: 120, height: 40, apiVersion: version)
        try await harness.press(.enter, .character("a"))
        #expect(harness.app.state.graph != nil && harness.screen.contains("Associations"), "\(harness.screen)")
        try await harness.press(.escape, .character("p"), .enter, .escape)
        try await harness.edit("jobtitle", to: "Generation \(version.name)")
        try await harness.press(.control("s"), .character("y"))
        #expect(harness.screen.contains("saved 1 change(s)"), "\(harness.screen)")
        let paths = harness.app.state.network.log.map(\.path)
        #expect(paths.count > 8, "\(paths)")
        let foreign = paths.filter { !Self.belongs($0, to: version) }
        #expect(foreign.isEmpty, "\(version.name) sent other generations' paths: \(foreign)")
        await harness.stop()
    }

    @Test("a portal that does not know the dated API is said plainly, and browsing goes on in legacy")
    func fallbackIsSaid() async throws {
        var configuration = SandboxConfiguration()
        configuration.generations = [.legacy]
        let harness = try await BrowserHarness.start(
            width: 120, height: 40, configuration: configuration, apiVersion: .september2026)
        #expect(harness.app.state.activeList?.records.isEmpty == false, "the list loads all the same")
        #expect(harness.app.state.session.apiVersion == .legacy)
        #expect(
            harness.screen.contains("this portal does not answer HubSpot's 2026-09 API"), "\(harness.screen)")
        try await harness.press(.enter)
        #expect(harness.app.state.detail?.phase == .loaded)
        await harness.stop()
    }
}
