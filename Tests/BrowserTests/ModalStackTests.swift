import Foundation
import HubSpot
import TerminalUI
import Testing

@testable import Browser
@testable import CRMCache

@Suite("One modal stack: keys, drawing and hints follow the top modal")
struct ModalStackTests {
    private func makeState() -> BrowserState {
        BrowserState(
            registry: .standard, portal: PortalInfo(kind: .demo, baseURL: URL(string: "http://x")!),
            size: Size(width: 100, height: 30))
    }

    private static let conflict = OutboxEntry(
        seq: 7, change: .update(typeID: "0-1", id: "101", properties: ["jobtitle": "Mine"], baseUpdatedAt: nil),
        state: .conflict, createdAt: Date(timeIntervalSince1970: 0), baseValues: ["jobtitle": "Before"],
        serverRecord: CRMRecord(
            id: "101", properties: ["jobtitle": "Theirs"], createdAt: Date(timeIntervalSince1970: 0),
            updatedAt: Date(timeIntervalSince1970: 1)),
        lastError: nil)

    private func screen(_ state: BrowserState) -> [String] {
        BrowserView.render(state).textLines
    }

    @Test("an outbox conflict that arrives while help is open is drawn on top and gets the keys it shows")
    func conflictOverHelp() {
        var state = makeState()
        _ = state.apply(.key(.character("?")))
        #expect(state.showsHelp)
        _ = state.apply(.outboxConflict(Self.conflict))
        #expect(state.modals.top?.kind == .outboxConflict)

        let lines = screen(state)
        let text = lines.joined(separator: "\n")
        #expect(text.contains("Changed on the server while you were offline"), "\(text)")
        #expect(text.contains("mine:   Mine") && text.contains("theirs: Theirs"), "\(text)")
        let footer = lines.last ?? ""
        #expect(footer.contains("k keeps mine") && footer.contains("t takes theirs"), "footer: \(footer)")
        #expect(!footer.contains("scroll"), "the hidden help's keys are not offered: \(footer)")

        // k is the conflict's, not the help's: it keeps mine, and the help (unscrolled) is back on top.
        let effects = state.apply(.key(.character("k")))
        #expect(effects == [.resolveOutboxConflict(seq: 7, keepLocal: true)])
        #expect(state.outboxConflict == nil)
        #expect(state.modals.top?.kind == .help)
        #expect(state.helpOffset == 0, "the key never reached the help under the conflict")

        // A movement key while the conflict is on top leaves the help where it was.
        _ = state.apply(.outboxConflict(Self.conflict))
        _ = state.apply(.key(.character("j")))
        #expect(state.helpOffset == 0)
        #expect(state.outboxConflict == nil, "any other key leaves the conflict for later")
        _ = state.apply(.key(.character("j")))
        #expect(state.helpOffset == 1, "with the conflict gone, j scrolls the help")
        _ = state.apply(.key(.escape))
        #expect(state.modals.isEmpty)
    }

    @Test("a click under a modal reaches no screen; the wheel scrolls only a modal that scrolls")
    func mouseFollowsTheTop() {
        var state = makeState()
        _ = state.apply(.key(.character("?")))
        _ = state.apply(.key(.mouse(MouseEvent(.wheelDown, x: 10, y: 10))))
        #expect(state.helpOffset == Browser.BrowserState.wheelRows)
        _ = state.apply(.outboxConflict(Self.conflict))
        _ = state.apply(.key(.mouse(MouseEvent(.wheelDown, x: 10, y: 10))))
        #expect(state.outboxConflict != nil, "the wheel is not a key for the conflict")
        #expect(state.helpOffset == Browser.BrowserState.wheelRows)
        _ = state.apply(.key(.mouse(MouseEvent(.click, x: 2, y: 5))))
        #expect(state.focus == .list, "a click never reaches the panes under a modal")
    }

    /// One of each modal, with what it needs to show its hint line.
    private func everyModal() -> [Modal] {
        let question = Confirmation(
            question: "Save 1 change(s)? y saves, any other key keeps editing", action: .save,
            details: ["Job title: a → b"])
        let options = [Picker.Option(label: "Red", value: "r"), Picker.Option(label: "Blue", value: "b")]
        return [
            .help(offset: 0), .requestLog(offset: 0), .outboxConflict(Self.conflict), .confirmation(question),
            .picker(Picker(title: "Colour", options: options, purpose: .propertyValue(name: "colour"))),
            .picker(
                Picker(title: "Colours", options: options, purpose: .propertyValues(name: "colours"), isMulti: true)),
            .picker(
                Picker(
                    title: "Associate", options: [],
                    purpose: .associationTarget(
                        from: RecordReference(typeID: "0-1", id: "1"), toType: "0-2"))),
            .prompt(PropertyPrompt(name: "jobtitle", label: "Job title", text: "x")),
            .pinMenu,
            .fullValue(FullValue(title: "Note body", paragraphs: ["First paragraph", "Second"])),
        ]
    }

    @Test("every modal's footer hints, and the hint line it draws, come from its bindings")
    func hintsComeFromBindings() {
        for modal in everyModal() {
            var state = makeState()
            _ = state.apply(.started)
            if modal == .pinMenu {
                // The menu's hint line shows once its activities have arrived.
                _ = state.apply(
                    .cachedRecordLoaded(
                        typeID: "0-1",
                        CRMRecord(
                            id: "1", properties: [:], createdAt: .now, updatedAt: .now), fetchedAt: .now))
                state.detailScreen.pins = PinMenu(typeID: "0-1", recordID: "1")
                state.detailScreen.pins?.phase = .loaded
                state.detailScreen.pins?.items = [
                    ActivityItem(
                        typeID: "0-46", id: "9", typeLabel: "Note", timestamp: nil,
                        preview: "Called")
                ]
            }
            state.modals.push(modal)
            let bindings = modal.bindings(state.keyBindings)
            let lines = screen(state)
            let expectedFooter = " " + bindings.hinted.map { "\($0.keyLabel) \($0.label ?? "")  " }.joined()
            #expect(
                lines.last?.trimmingCharacters(in: .whitespaces)
                    == expectedFooter.trimmingCharacters(in: .whitespaces), "\(modal.kind): footer \(lines.last ?? "")")
            #expect(!bindings.hinted.isEmpty, "\(modal.kind) shows no hints")
            let text = lines.dropLast().joined(separator: "\n")
            #expect(
                text.contains(bindings.hintLine), "\(modal.kind) lacks its hint line \(bindings.hintLine):\n\(text)")
        }
    }
}
