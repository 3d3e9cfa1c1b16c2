import Foundation
import XCTest

@testable import TerminalUI

final class BackendTests: XCTestCase {
    func testMemoryBackendRecordsDrawsAndReplaysKeys() throws {
        let backend = MemoryBackend(size: Size(width: 10, height: 2), keys: [.character("j"), .control("s")])
        try backend.start()
        XCTAssertEqual(backend.text, "")
        var canvas = Canvas(size: backend.size)
        canvas.write("hi 株", at: Point(x: 0, y: 1), role: "text")
        backend.draw(canvas)
        XCTAssertEqual(backend.drawCount, 1)
        XCTAssertEqual(backend.text, "\nhi 株")
        XCTAssertEqual(backend.lastCanvas, canvas)
        XCTAssertEqual(backend.readKey(timeoutMilliseconds: 100), .character("j"))
        XCTAssertEqual(backend.readKey(timeoutMilliseconds: 100), .control("s"))
        XCTAssertNil(backend.readKey(timeoutMilliseconds: 100))
        backend.stop()
        backend.stop()
        XCTAssertEqual(backend.stopCount, 1, "stop is idempotent")
    }

    func testKeyDisplayNames() {
        XCTAssertEqual(Key.character("j").displayName, "j")
        XCTAssertEqual(Key.character(" ").displayName, "Space")
        XCTAssertEqual(Key.control("s").displayName, "Ctrl-s")
        XCTAssertEqual(Key.pageDown.displayName, "PgDn")
        XCTAssertEqual(Key.enter.displayName, "Enter")
        XCTAssertEqual(Key.escape.displayName, "Esc")
        XCTAssertEqual(Key.backTab.displayName, "Shift-Tab")
        XCTAssertEqual(Key.up.displayName, "↑")
        XCTAssertEqual(Key.up.asciiDisplayName, "Up")
        XCTAssertEqual(Key.function(5).displayName, "F5")
    }

    func testNCursesCharacterMapping() {
        XCTAssertEqual(NCursesKeyMap.key(forCharacter: 1), .control("a"))
        XCTAssertEqual(NCursesKeyMap.key(forCharacter: 19), .control("s"))
        XCTAssertEqual(NCursesKeyMap.key(forCharacter: 9), .tab)
        XCTAssertEqual(NCursesKeyMap.key(forCharacter: 13), .enter)
        XCTAssertEqual(NCursesKeyMap.key(forCharacter: 10), .enter)
        XCTAssertEqual(NCursesKeyMap.key(forCharacter: 27), .escape)
        XCTAssertEqual(NCursesKeyMap.key(forCharacter: 127), .backspace)
        XCTAssertEqual(NCursesKeyMap.key(forCharacter: 8), .backspace)
        XCTAssertEqual(NCursesKeyMap.key(forCharacter: 0x20), .character(" "))
        XCTAssertEqual(NCursesKeyMap.key(forCharacter: 0x682A), .character("株"))
        XCTAssertEqual(NCursesKeyMap.key(forCharacter: 0x9B), .unknown(0x9B))
    }

    func testNCursesKeyCodeMapping() {
        XCTAssertEqual(NCursesKeyMap.key(forKeyCode: 0o403), .up)
        XCTAssertEqual(NCursesKeyMap.key(forKeyCode: 0o402), .down)
        XCTAssertEqual(NCursesKeyMap.key(forKeyCode: 0o522), .pageDown)
        XCTAssertEqual(NCursesKeyMap.key(forKeyCode: 0o541), .backTab)
        XCTAssertEqual(NCursesKeyMap.key(forKeyCode: 0o407), .backspace)
        XCTAssertEqual(NCursesKeyMap.key(forKeyCode: 0o632), .resize)
        XCTAssertEqual(NCursesKeyMap.key(forKeyCode: 0o410 + 3), .function(3))
    }

    func testColourMapping() {
        XCTAssertEqual(TerminalColor.terminalDefault.paletteIndex(colorCount: 256), -1)
        XCTAssertEqual(TerminalColor.indexed(200).paletteIndex(colorCount: 256), 200)
        XCTAssertEqual(TerminalColor.rgb(0, 0x5F, 0x87).paletteIndex(colorCount: 256), 24, "exact cube entry")
        XCTAssertEqual(TerminalColor.rgb(0x3A, 0x3A, 0x3A).paletteIndex(colorCount: 256), 237, "exact gray entry")
        XCTAssertEqual(TerminalColor.rgb(255, 0, 0).paletteIndex(colorCount: 256), 196)
        XCTAssertEqual(TerminalColor.rgb(250, 10, 10).paletteIndex(colorCount: 8), 1, "red among 8")
        XCTAssertEqual(TerminalColor.rgb(255, 80, 80).paletteIndex(colorCount: 16), 9, "bright red among 16")
        XCTAssertEqual(TerminalColor.indexed(196).paletteIndex(colorCount: 8), 1, "index too high for the terminal")
        XCTAssertEqual(TerminalColor.rgb(20, 20, 20).paletteIndex(colorCount: 8), 0)
    }

    func testGlyphFallbackWithoutUTF8() {
        XCTAssertEqual(NCursesGlyph.asciiFallback(for: "─"), "-")
        XCTAssertEqual(NCursesGlyph.asciiFallback(for: "│"), "|")
        XCTAssertEqual(NCursesGlyph.asciiFallback(for: "┌"), "+")
        XCTAssertEqual(NCursesGlyph.asciiFallback(for: "株"), "?")
        XCTAssertEqual(NCursesGlyph.asciiFallback(for: "a"), "a")
        let glyph = NCursesGlyph(cell: Cell(text: "株", width: 2, role: "text"), utf8: false)
        XCTAssertEqual(glyph.width, 1, "the backend pads the second column itself")
    }

    func testGlyphsAgreeWithLibcInUTF8() throws {
        let previous = String(cString: setlocale(LC_ALL, nil))
        defer { setlocale(LC_ALL, previous) }
        guard setlocale(LC_ALL, "C.UTF-8") != nil else { throw XCTSkip("C.UTF-8 locale unavailable") }
        func glyph(_ text: String, width: Int) -> NCursesGlyph {
            NCursesGlyph(cell: Cell(text: text, width: width, role: "text"), utf8: true)
        }
        XCTAssertEqual(glyph("株", width: 2).characters, [0x682A])
        XCTAssertEqual(glyph("株", width: 2).width, 2)
        XCTAssertEqual(glyph("👨‍👩‍👧", width: 2).characters, [0x1F468], "only the base of a ZWJ sequence is sent")
        XCTAssertEqual(glyph("e\u{0301}", width: 1).characters, [0x65, 0x301], "combining marks travel with the base")
        let heart = glyph("❤️", width: 2)
        XCTAssertEqual(heart.characters, [0x2764], "VS16 dropped where libc calls the base narrow")
        XCTAssertEqual(heart.width, 1, "so the backend pads the second column")
        XCTAssertEqual(glyph("株", width: 1).characters, [0x3F], "wider than the canvas allowed")
    }

    func testColorModeRespectsNoColor() {
        XCTAssertEqual(ColorMode.respectingNoColor(environment: ["NO_COLOR": "1"]), ColorMode.none)
        XCTAssertEqual(ColorMode.respectingNoColor(environment: ["NO_COLOR": ""]), .automatic)
        XCTAssertEqual(ColorMode.respectingNoColor(environment: [:], otherwise: .basic), .basic)
    }

    func testNCursesBackendIsInertBeforeStart() {
        let backend = NCursesBackend(theme: .monochrome, colorMode: .none)
        XCTAssertFalse(backend.isStarted)
        XCTAssertNil(backend.readKey(timeoutMilliseconds: 0))
        backend.draw(Canvas(size: Size(width: 2, height: 2)))
        backend.stop()
        backend.theme = Theme.monochrome
        XCTAssertEqual(backend.size, .zero)
    }
}
