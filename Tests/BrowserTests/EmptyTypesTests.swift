import Browser
import CRMCache
import Foundation
import HubSpot
import Sandbox
import TerminalUI
import Testing

/// Issue 16, item 11: the sidebar dims the types known to hold no records and counts them; which are empty is
/// learned from list reads and a background probe, remembered in the cache (decision 0043).
@Suite("Empty types in the sidebar", .serialized)
struct EmptyTypesTests {
    private static func makeCache() throws -> (CRMCache, URL) {
        let directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("spoke-empty-types-\(UUID().uuidString.prefix(8))")
        return (try CRMCache(directory: directory, portalKey: "test"), directory)
    }

    /// A browser at 120×40 over `cache` that probes for empty types. The probe reads one type at a time, about 30
    /// in all on the first start, so a loaded machine (a full parallel test run) gets a generous bound.
    private static func start(
        _ cache: CRMCache, portal: Portal = Portal(seed: 42),
        configuration: SandboxConfiguration = SandboxConfiguration(), offline: Bool = false
    ) async throws -> BrowserHarness {
        try await BrowserHarness.start(
            width: 120, height: 40, portal: portal, cache: cache, offline: offline, configuration: configuration,
            startTimeout: .seconds(120), probesEmptyTypes: true)
    }

    /// Moves the sidebar to `typeID` with j/k and opens it with Enter.
    private static func open(_ typeID: String, in harness: BrowserHarness) async throws {
        let index = try #require(harness.app.state.registry.all.firstIndex { $0.id == typeID })
        try await harness.press(.backTab)
        let steps = index - harness.app.state.sidebar.selected
        for _ in 0..<abs(steps) { try await harness.press(.character(steps > 0 ? "j" : "k")) }
        try await harness.press(.enter)
        #expect(harness.app.state.selectedType.id == typeID)
    }

    /// A sandbox configuration whose access log is a fresh file, and that file.
    private static func logged() -> (SandboxConfiguration, String) {
        let log = NSTemporaryDirectory() + "spoke-empty-\(UUID().uuidString.prefix(8)).log"
        var configuration = SandboxConfiguration()
        configuration.accessLog = log
        return (configuration, log)
    }

    /// The list reads of types other than contacts (the list a session opens) the sandbox answered: the probe's.
    private static func probes(_ log: String) -> [String] {
        let text = (try? String(contentsOfFile: log, encoding: .utf8)) ?? ""
        return text.split(separator: "\n").map(String.init).filter { line in
            let parts = line.split(separator: " ")
            guard parts.count == 3, parts[0] == "GET" else { return false }
            let path = parts[1].split(separator: "/")
            return path.count == 4 && path[0] == "crm" && path[1] == "objects" && path[3] != "0-1"
        }
    }

    /// The types of the harness's sidebar that the sandbox's portal holds no records of.
    private static func emptyTypes(_ harness: BrowserHarness, _ portal: Portal) -> Set<String> {
        Set(harness.app.state.registry.all.map(\.id).filter { portal.records(of: $0).isEmpty })
    }

    /// Each visible sidebar row's type id and the role its first cell is drawn in (the selected row left out).
    private static func sidebarRoles(_ harness: BrowserHarness) -> [(String, StyleRole)] {
        let state = harness.app.state
        let rect = state.layout.sidebar
        var rows: [(String, StyleRole)] = []
        for line in 0..<(rect.height - 2) {
            let index = state.sidebar.offset + line
            guard index < state.registry.all.count, index != state.sidebar.selected else { continue }
            rows.append((state.registry.all[index].id, harness.canvas[rect.x + 1, rect.y + 1 + line].role))
        }
        return rows
    }

    /// The sidebar's bottom border as text.
    private static func sidebarFoot(_ harness: BrowserHarness) -> String {
        let rect = harness.app.state.layout.sidebar
        return (rect.x..<rect.maxX).map { harness.canvas[$0, rect.maxY - 1].text }.joined()
    }

    @Test("the demo's empty types are drawn dim and counted in the sidebar's foot; Enter still opens one")
    func emptyTypesDimmedAndCounted() async throws {
        let (cache, directory) = try Self.makeCache()
        defer { try? FileManager.default.removeItem(at: directory) }
        let harness = try await Self.start(cache)
        let portal = harness.server.portal
        let empty = Self.emptyTypes(harness, portal)
        try #require(!empty.isEmpty, "the demo portal has types without records")
        #expect(harness.app.state.session.emptyTypes == empty)
        let rows = Self.sidebarRoles(harness)
        #expect(rows.contains { empty.contains($0.0) }, "an empty type is on screen")
        for (typeID, role) in rows {
            if empty.contains(typeID) {
                #expect(role == "sidebar.empty", "\(typeID) holds no records: dim")
            } else {
                #expect(role != "sidebar.empty", "\(typeID) holds records")
            }
        }
        #expect(Self.sidebarFoot(harness).contains("\(empty.count) empty"), "\(Self.sidebarFoot(harness))")

        // j/k reach an empty type and Enter opens its (empty) list.
        let target = try #require(harness.app.state.registry.all.firstIndex { empty.contains($0.id) })
        try await Self.open(harness.app.state.registry.all[target].id, in: harness)
        #expect(harness.app.state.activeList?.rowCount == 0)
        await harness.stop()
    }

    @Test("the probe's answers are cached: a second start sends no probe; a note older than a day is read again")
    func probeCached() async throws {
        let (cache, directory) = try Self.makeCache()
        defer { try? FileManager.default.removeItem(at: directory) }
        let portal = Portal(seed: 42)
        let (first, firstLog) = Self.logged()
        defer { try? FileManager.default.removeItem(atPath: firstLog) }
        let harness = try await Self.start(cache, portal: portal, configuration: first)
        let empty = Self.emptyTypes(harness, portal)
        #expect(!Self.probes(firstLog).isEmpty, "the first start probes the types")
        await harness.stop()

        let (second, secondLog) = Self.logged()
        defer { try? FileManager.default.removeItem(atPath: secondLog) }
        let again = try await Self.start(cache, portal: portal, configuration: second)
        #expect(Self.probes(secondLog).isEmpty, "\(Self.probes(secondLog))")
        #expect(again.app.state.session.emptyTypes == empty, "the cache said which are empty")
        #expect(Self.sidebarFoot(again).contains("\(empty.count) empty"))
        await again.stop()

        let stale = try #require(empty.sorted().first)
        try cache.storeDocument(
            kind: TypeOccupancyNote.documentKind, key: stale, value: TypeOccupancyNote(hasRecords: false),
            fetchedAt: Date().addingTimeInterval(-2 * 24 * 60 * 60))
        let (third, thirdLog) = Self.logged()
        defer { try? FileManager.default.removeItem(atPath: thirdLog) }
        let later = try await Self.start(cache, portal: portal, configuration: third)
        #expect(Self.probes(thirdLog).count == 1 && Self.probes(thirdLog).first?.contains("/\(stale) ") == true)
        await later.stop()
    }

    @Test("offline, nothing is probed; the remembered empty types are still dimmed")
    func noProbeOffline() async throws {
        let (cache, directory) = try Self.makeCache()
        defer { try? FileManager.default.removeItem(at: directory) }
        // Notes older than a day: online they would be read again.
        let old = Date().addingTimeInterval(-2 * 24 * 60 * 60)
        for (typeID, hasRecords) in [("0-3", true), ("0-5", false)] {
            try cache.storeDocument(
                kind: TypeOccupancyNote.documentKind, key: typeID, value: TypeOccupancyNote(hasRecords: hasRecords),
                fetchedAt: old)
        }
        let (configuration, log) = Self.logged()
        defer { try? FileManager.default.removeItem(atPath: log) }
        let harness = try await Self.start(cache, configuration: configuration, offline: true)
        let text = (try? String(contentsOfFile: log, encoding: .utf8)) ?? ""
        #expect(text.isEmpty, "offline sends nothing: \(text)")
        #expect(harness.app.state.session.emptyTypes == ["0-5"])
        #expect(Self.sidebarFoot(harness).contains("1 empty"))
        await harness.stop()
    }

    @Test("a type whose list is read with rows is no longer dimmed")
    func undimmedWhenRecordsAppear() async throws {
        let (cache, directory) = try Self.makeCache()
        defer { try? FileManager.default.removeItem(at: directory) }
        let harness = try await Self.start(cache)
        let portal = harness.server.portal
        let all = harness.app.state.registry.all
        let index = try #require(all.firstIndex { harness.app.state.session.emptyTypes.contains($0.id) })
        let type = all[index]
        // A record appears on the server (another user, say); the list read of the type sees it.
        portal.insert(type.id, properties: ["name": "First one"])
        try await harness.press(.backTab)
        let steps = index - harness.app.state.sidebar.selected
        for _ in 0..<abs(steps) { try await harness.press(steps > 0 ? .down : .up) }
        try await harness.press(.enter)
        #expect(!harness.app.state.session.emptyTypes.contains(type.id))
        let note = try cache.document(kind: TypeOccupancyNote.documentKind, key: type.id, as: TypeOccupancyNote.self)
        #expect(note?.value.hasRecords == true, "the cache remembers it")
        await harness.stop()
    }

    @Test("a record created from Spoke in an empty type undims it, and the cache remembers")
    func undimmedByCreate() async throws {
        let (cache, directory) = try Self.makeCache()
        defer { try? FileManager.default.removeItem(at: directory) }
        let harness = try await Self.start(cache)
        try #require(harness.app.state.session.emptyTypes.contains("0-123"), "the demo has no orders")
        try await Self.open("0-123", in: harness)
        try await harness.press(.character("n"))
        try await harness.edit("hs_order_name", to: "First order")
        try await harness.press(.control("s"))
        #expect(harness.server.portal.count(of: "0-123") == 1, "\(harness.screen)")
        #expect(!harness.app.state.session.emptyTypes.contains("0-123"))
        let note = try cache.document(kind: TypeOccupancyNote.documentKind, key: "0-123", as: TypeOccupancyNote.self)
        #expect(note?.value.hasRecords == true)
        await harness.stop()
    }
}
