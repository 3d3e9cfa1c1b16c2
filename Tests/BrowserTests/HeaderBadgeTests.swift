import Browser
import Foundation
import TerminalUI
import Testing

@Suite("The header's badges")
struct HeaderBadgeTests {
    private func header(kind: PortalInfo.Kind, offline: Bool, readOnly: Bool) -> String {
        let state = BrowserState(
            registry: .standard, portal: PortalInfo(kind: kind, baseURL: URL(string: "https://api.hubapi.com")!),
            size: Size(width: 120, height: 30), keyBindings: .standard, readOnly: readOnly,
            connection: ConnectionStatus(isOffline: offline, isForced: offline, pending: 0, hasCache: true))
        return BrowserView.render(state).textLines.first ?? ""
    }

    @Test("a live portal under --offline is not called LIVE; --read-only has a badge (issue 16, item 11)")
    func badges() {
        let offline = header(kind: .live, offline: true, readOnly: false)
        #expect(offline.contains(" OFFLINE ") && !offline.contains("LIVE"), "\(offline)")
        let online = header(kind: .live, offline: false, readOnly: false)
        #expect(online.contains(" LIVE ") && !online.contains("READ-ONLY"), "\(online)")
        let readOnly = header(kind: .live, offline: false, readOnly: true)
        #expect(readOnly.contains(" LIVE ") && readOnly.contains(" READ-ONLY "), "\(readOnly)")
        let demo = header(kind: .demo, offline: true, readOnly: true)
        #expect(demo.contains(" DEMO ") && demo.contains(" READ-ONLY "), "\(demo)")
    }
}
