import Foundation
import HubSpot
import SpokeTestSupport
import Testing

/// The real binary against `spoke sandbox` in tmux, with the sandbox's access log telling which paths reached
/// it: everything a person does in a session goes through one API generation.
@Suite(
    "one API generation per session in tmux", .serialized,
    .enabled(if: Tmux.isAvailable, "tmux is not installed; skipping the terminal tests"))
struct GenerationSessionTests {
    @Test(
        "browsing, the graph, a pin, an edit and a create send only 2026-09 paths by default, only v3/v4 with --api-version legacy",
        arguments: [APIVersion.standard, .legacy])
    func oneGeneration(_ version: APIVersion) async throws {
        let tmux = try await Tmux(width: 120, height: 40)
        let sandbox = try await SandboxWindow(tmux: tmux, spoke: try SpokeBinary.required())
        defer { sandbox.remove() }
        let option = version == .standard ? "" : "--api-version \(version.name)"
        try await tmux.type(sandbox.browseCommand(option))
        try await tmux.waitFor("list has rows") { $0.contains("rows 1–") && $0.contains("@") }

        // The record; a pin: the menu lists the record's activities, Enter pins the newest.
        try await tmux.send("Enter")
        try await tmux.waitFor("detail loaded") { $0.contains("updated 20") && $0.contains("Email") }
        try await tmux.send("p")
        try await tmux.waitFor("· * pinned · Enter pins")
        try await tmux.send("Enter")
        try await tmux.waitFor("pinned activity")
        try await tmux.escape()
        try await tmux.waitFor(" Pinned ")
        // An edit, saved.
        try await tmux.selectDetailRow("Job Title")
        try await tmux.stage("Generation drill \(version.name)")
        try await tmux.save()
        try await tmux.waitFor("saved 1 change(s)")
        // The graph.
        try await tmux.send("a")
        try await tmux.waitFor("◉ Contact:")
        try await tmux.escape()
        // A create.
        try await tmux.send("n")
        try await tmux.waitFor("New contact")
        // The form opens on its first required property (an email reads as a name too).
        try await tmux.stage("generation-\(version.name)-\(UUID().uuidString.prefix(6).lowercased())@example.com")
        try await tmux.send("C-s")
        try await tmux.waitFor("created Contact ")
        try await tmux.send("q")
        try await tmux.waitFor("EXIT=0")
        try await sandbox.stop()

        let requests = sandbox.requests()
        let paths = requests.compactMap { $0.split(separator: " ").dropFirst().first.map(String.init) }
        #expect(paths.count > 10, "the session's requests were logged: \(requests)")
        let strays = paths.filter { PathGeneration.of($0) != version }
        #expect(strays.isEmpty, "every path is \(version.name)'s; these are not: \(strays)")
        let writes = requests.filter { $0.hasPrefix("POST") || $0.hasPrefix("PATCH") || $0.hasPrefix("PUT") }
        #expect(writes.contains { $0.contains("/batch/read") }, "the graph's batch reads reached the sandbox")
        #expect(requests.contains { $0.hasPrefix("PATCH") }, "the pin and the edit reached the sandbox")
        #expect(writes.contains { $0.hasPrefix("POST") && $0.hasSuffix(" 201") }, "the create reached the sandbox")
    }
}
