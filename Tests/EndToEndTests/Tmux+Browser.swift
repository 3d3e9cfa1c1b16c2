import Foundation
import Testing

/// Steps through the browser that several tmux tests take.
extension Tmux {
    /// Esc, then a pause: a key sent right after it would reach ncurses as an Alt combination.
    func escape() async throws {
        try await send("Escape")
        try await Task.sleep(for: .milliseconds(300))
    }

    /// Presses j until the detail pane's selection is on the row labelled `label` (rows follow "updated …").
    func selectDetailRow(_ label: String) async throws {
        let lines = try await capture().split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let detailText = lines.map { line in line.components(separatedBy: "││").last ?? "" }
        let top = try #require(detailText.firstIndex { $0.contains("updated 20") }, "no loaded record on screen")
        let row = try #require(
            detailText.indices.first { $0 > top && detailText[$0].hasPrefix(" \(label)  ") },
            "no \(label) row on screen")
        for _ in 0..<(row - top - 1) { try await send("j") }
    }

    /// Opens the selected row's editor (the inline prompt, or the pick list of an enumeration), replaces
    /// its text and stages it (a pick list takes the option the text narrows to).
    func stage(_ text: String) async throws {
        try await send("e")
        try await waitFor("an editor") { $0.contains("Enter stages") || $0.contains("Enter picks") }
        try await send("C-u")
        try await send(text, literal: true)
        try await send("Enter")
    }

    /// Ctrl-s, and yes to the save question.
    func save() async throws {
        try await send("C-s")
        try await waitFor("Save these changes?")
        try await send("y")
    }
}
