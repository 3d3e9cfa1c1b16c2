import TerminalUI

/// Key hints, generated from the live key table so they never drift from what keys do. Help and
/// quit are pinned to the right so a narrow terminal never hides how to get out or learn more.
enum FooterView {
    private static let pinned: Set<Command> = [.help, .quit]

    static func draw(_ state: BrowserState, into canvas: inout Canvas, rect: Rect) {
        canvas.fill(rect, role: "footer.text")
        if let modal = state.modals.top {
            // A modal takes every key, so the footer shows its keys, from the rows that handle them.
            var x = rect.x + 1
            for binding in modal.bindings(state.keyBindings).hinted {
                x += draw(binding.keyLabel, binding.label ?? "", at: x, y: rect.y, into: &canvas, clip: rect)
            }
            return
        }
        let hints = state.keyBindings.bindings.compactMap { binding -> (key: String, label: String, pinned: Bool)? in
            guard let label = binding.footerLabel, !binding.keys.isEmpty, binding.disabledReason(state) == nil else {
                return nil
            }
            return (binding.keys.first?.displayName ?? "", label, pinned.contains(binding.command))
        }
        func width(_ hint: (key: String, label: String, pinned: Bool)) -> Int {
            TerminalText.displayWidth(hint.key) + TerminalText.displayWidth(hint.label) + 3
        }
        let right = hints.filter(\.pinned)
        var rightX = rect.maxX - right.reduce(0) { $0 + width($1) }
        let limit = rightX
        var x = rect.x + 1
        for hint in hints where !hint.pinned {
            guard x + width(hint) <= limit else { break }
            x += draw(hint.key, hint.label, at: x, y: rect.y, into: &canvas, clip: rect)
        }
        for hint in right where rightX >= rect.x {
            rightX += draw(hint.key, hint.label, at: rightX, y: rect.y, into: &canvas, clip: rect)
        }
    }

    private static func draw(_ key: String, _ label: String, at x: Int, y: Int, into canvas: inout Canvas, clip: Rect)
        -> Int
    {
        let used = canvas.write(key, at: Point(x: x, y: y), role: "footer.key", clip: clip)
        return used + canvas.write(" \(label)  ", at: Point(x: x + used, y: y), role: "footer.text", clip: clip)
    }
}
