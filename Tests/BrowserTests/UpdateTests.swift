import Browser
import Foundation
import HubSpot
import TerminalUI
import Testing

@Suite("Browser state updates (no I/O)")
struct UpdateTests {
    private func makeState(width: Int = 120) -> BrowserState {
        BrowserState(
            registry: .standard, portal: PortalInfo(kind: .demo, baseURL: URL(string: "http://x")!),
            size: Size(width: width, height: 40))
    }

    @Test("opening asks for the contacts' first page and definitions")
    func startLoadsContacts() {
        var state = makeState()
        let effects = state.apply(.started)
        #expect(state.selectedType.name == "contacts")
        #expect(effects.contains(.fetchDefinitions(typeID: "0-1")))
        #expect(effects.contains { if case .fetchPage(let type, 0, nil, _) = $0 { type == "0-1" } else { false } })
        #expect(state.isBusy)
    }

    @Test("Tab skips the empty detail pane; Esc walks back; q quits")
    func focusKeys() {
        var state = makeState()
        _ = state.apply(.started)
        #expect(state.focus == .list)
        _ = state.apply(.key(.tab))
        #expect(state.focus == .sidebar, "no record open, so detail is skipped")
        _ = state.apply(.key(.tab))
        #expect(state.focus == .list)
        _ = state.apply(.key(.escape))
        #expect(state.focus == .sidebar)
        let quitting = state.apply(.key(.character("q")))
        #expect(quitting == [.app(.quit(signal: nil))])
    }

    @Test("moving in the sidebar opens that type's list")
    func sidebarSelectsType() {
        var state = makeState()
        _ = state.apply(.started)
        _ = state.apply(.key(.escape))
        let effects = state.apply(.key(.character("j")))
        #expect(state.selectedType.name == "companies")
        #expect(effects.contains { if case .fetchPage("0-2", 0, nil, _) = $0 { true } else { false } })
    }

    @Test("a failed page shows the server's message, naming the type, and r retries it")
    func failureAndRetry() {
        var state = makeState()
        _ = state.apply(.started)
        _ = state.apply(.pageFailed(typeID: "0-1", page: 0, message: "HubSpot 503: unavailable"))
        #expect(state.message == StatusMessage("Contacts: HubSpot 503: unavailable", kind: .error))
        let effects = state.apply(.key(.character("r")))
        #expect(effects.contains { if case .fetchPage("0-1", 0, nil, _) = $0 { true } else { false } })
    }

    @Test("a signal ends the session and remembers which")
    func signalQuits() {
        var state = makeState()
        let effects = state.apply(.signalled(name: "SIGTERM"))
        #expect(effects == [.app(.quit(signal: "SIGTERM"))], "the quit effect carries the signal for the exit status")
    }
}

@Suite("Property values as a person reads them")
struct PropertyFormatterTests {
    private func definition(_ type: String, options: [PropertyDefinition.Option] = []) -> PropertyDefinition {
        PropertyDefinition(name: "p", label: "P", type: type, fieldType: "text", groupName: "g", options: options)
    }

    @Test(
        "values by type",
        arguments: [
            ("datetime", "2026-07-31T00:00:00.000Z", "2026-07-31"),
            ("datetime", "2026-07-31T14:05:09.000Z", "2026-07-31 14:05 UTC"),
            ("datetime", "1785456000000", "2026-07-31"),
            ("date", "1785456000000", "2026-07-31"),
            ("date", "2026-07-31", "2026-07-31"),
            ("bool", "true", "yes"),
            ("bool", "false", "no"),
            ("number", "1234.5", "1234.5"),
            ("datetime", "not a date", "not a date"),
        ])
    func byType(type: String, stored: String, shown: String) {
        #expect(PropertyFormatter.display(stored, definition: definition(type)) == shown)
    }

    @Test("enumerations show option labels; multi-select maps each part")
    func enumerations() {
        let options = [
            PropertyDefinition.Option(label: "Closed won", value: "closedwon"),
            PropertyDefinition.Option(label: "Blue", value: "b"),
        ]
        #expect(
            PropertyFormatter.display("closedwon", definition: definition("enumeration", options: options))
                == "Closed won")
        #expect(
            PropertyFormatter.display("closedwon;b;x", definition: definition("enumeration", options: options))
                == "Closed won; Blue; x")
    }

    @Test("HTML becomes one line of text")
    func html() {
        #expect(
            PropertyFormatter.oneLine("<p>Called&nbsp;back</p>\n<ul><li>pricing &amp; terms</li></ul>")
                == "Called back pricing & terms")
    }
}

@Suite("Network status from client events")
struct NetworkStatusTests {
    private func response(_ status: Int, remaining: Int?) -> ClientEvent {
        var headers = [String: String]()
        if let remaining {
            headers = ["X-HubSpot-RateLimit-Max": "190", "X-HubSpot-RateLimit-Remaining": String(remaining)]
        }
        let snapshot = RateLimitSnapshot(HTTPResponse(status: status, headers: headers, body: Data()))
        return .response(method: .get, path: "/x", status: status, milliseconds: 5, rateLimit: snapshot)
    }

    @Test("a 429 retry shows quietly and clears on the next success; the meter keeps the lowest reading")
    func retriesAndMeter() {
        var status = NetworkStatus()
        status.record(response(200, remaining: 180))
        status.record(response(200, remaining: 182))
        #expect(status.summary == "API 180/190")
        status.record(
            .retrying(
                method: .get, path: "/x", reason: .rateLimited(policy: "TEN_SECONDLY_ROLLING"),
                attempt: 1, delay: .seconds(1)))
        #expect(status.summary == "rate limited, retrying")
        status.record(response(200, remaining: 170))
        #expect(status.summary == "API 170/190")
    }
}
