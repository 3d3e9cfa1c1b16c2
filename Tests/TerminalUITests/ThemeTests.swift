import Foundation
import TerminalUI
import XCTest

final class ThemeTests: XCTestCase {
    static let appRoles: [StyleRole] = [
        "text", "text.dim", "text.control", "border", "border.focused", "title", "title.focused",
        "sidebar.item", "sidebar.selected", "sidebar.selected.unfocused", "sidebar.heading", "sidebar.empty",
        "list.header", "list.row", "list.selected", "list.selected.unfocused",
        "detail.label", "detail.value", "detail.empty",
        "status", "status.loading", "status.error", "status.ok",
        "footer.key", "footer.text", "badge.demo", "badge.live",
    ]

    /// The package's themes/ folder, found from this file so tests run from any directory.
    static var themesDirectory: URL {
        var directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        while directory.path != "/" {
            let candidate = directory.appendingPathComponent("themes")
            if FileManager.default.fileExists(atPath: candidate.appendingPathComponent("default.toml").path) {
                return candidate
            }
            directory = directory.deletingLastPathComponent()
        }
        return directory
    }

    func testDefaultThemeDefinesEveryAppRole() throws {
        let url = try XCTUnwrap(Theme.locate(named: "default", searchPaths: [Self.themesDirectory]))
        let theme = try Theme.load(from: url)
        XCTAssertEqual(theme.name, "default")
        for role in Self.appRoles {
            XCTAssertTrue(theme.defines(role), "default.toml lacks \(role)")
        }
        XCTAssertEqual(theme.style(for: "list.selected").attributes, [.bold])
        XCTAssertEqual(theme.style(for: "list.selected").background, .rgb(0x00, 0x5F, 0x87))
        XCTAssertEqual(theme.style(for: "text").background, .terminalDefault)
        XCTAssertNotEqual(theme.style(for: "status.error"), theme.style(for: "status"))
    }

    func testMonochromeDefinesEveryAppRoleWithoutColour() {
        for role in Self.appRoles {
            XCTAssertTrue(Theme.monochrome.defines(role), "monochrome lacks \(role)")
            let style = Theme.monochrome.style(for: role)
            XCTAssertEqual(style.foreground, .terminalDefault)
            XCTAssertEqual(style.background, .terminalDefault)
        }
    }

    func testDottedFallback() throws {
        let theme = try Theme.parse(
            """
            [palette]
            red = "#ff0000"
            [roles]
            text = { bold = true }
            list = { fg = "red" }
            "list.selected" = { reverse = true }
            """, name: "t", file: "t.toml")
        XCTAssertEqual(theme.style(for: "list.selected.unfocused").attributes, [.reverse])
        XCTAssertEqual(theme.style(for: "list.header").foreground, .rgb(255, 0, 0))
        XCTAssertEqual(theme.style(for: "nothing.here").attributes, [.bold], "falls back to text")
        XCTAssertEqual(theme.name, "t", "name falls back to the given one")
    }

    func testSubTablesAndLiteralColours() throws {
        let theme = try Theme.parse(
            """
            name = "nested"
            [roles.list]
            fg = 33
            selected = { bg = "#abc", underline = true }
            """, name: "x", file: "nested.toml")
        XCTAssertEqual(theme.name, "nested")
        XCTAssertEqual(theme.style(for: "list").foreground, .indexed(33))
        XCTAssertEqual(theme.style(for: "list.selected").background, .rgb(0xAA, 0xBB, 0xCC))
        XCTAssertEqual(theme.style(for: "list.selected").attributes, [.underline])
    }

    func testUnknownPaletteNameNamesFileLineAndRole() {
        let toml = """
            [palette]
            blue = "#0000ff"
            [roles]
            text = { fg = "blue" }
            "list.selected" = { fg = "blu" }
            """
        XCTAssertThrowsError(try Theme.parse(toml, name: "bad", file: "bad.toml")) { error in
            guard let themeError = error as? ThemeError else { return XCTFail("not a ThemeError: \(error)") }
            XCTAssertEqual(themeError.role, "list.selected")
            XCTAssertEqual(themeError.line, 5)
            XCTAssertTrue(themeError.description.contains("bad.toml:5"), themeError.description)
            XCTAssertTrue(themeError.description.contains("list.selected"), themeError.description)
            XCTAssertTrue(themeError.description.contains("blu"), themeError.description)
        }
    }

    func testErrorLineInsideSubTable() {
        let toml = """
            name = "x"
            [roles.list]
            fg = "default"
            selected = { fg = "nope" }
            """
        XCTAssertThrowsError(try Theme.parse(toml, name: "x", file: "nested.toml")) { error in
            guard let themeError = error as? ThemeError else { return XCTFail("not a ThemeError: \(error)") }
            XCTAssertEqual(themeError.role, "list.selected")
            XCTAssertEqual(themeError.line, 4)
        }
    }

    func testBadColourStringIsRejected() {
        let toml = """
            [palette]
            good = "#112233"
            broken = "#12345z"
            [roles]
            text = { fg = "good" }
            """
        XCTAssertThrowsError(try Theme.parse(toml, name: "bad", file: "colour.toml")) { error in
            let description = String(describing: error)
            XCTAssertTrue(description.contains("colour.toml:3"), description)
            XCTAssertTrue(description.contains("broken"), description)
        }
        XCTAssertThrowsError(try Theme.parse("[roles]\ntext = { fg = 300 }", name: "x", file: "index.toml")) { error in
            XCTAssertTrue(String(describing: error).contains("text"), String(describing: error))
        }
    }

    func testSyntaxErrorNamesTheLine() {
        let toml = """
            name = "broken"
            [roles]
            text = { fg = "x"
            """
        XCTAssertThrowsError(try Theme.parse(toml, name: "x", file: "syntax.toml")) { error in
            guard let themeError = error as? ThemeError else { return XCTFail("not a ThemeError: \(error)") }
            XCTAssertEqual(themeError.line, 3)
            XCTAssertTrue(themeError.description.hasPrefix("syntax.toml:3:"), themeError.description)
        }
    }

    func testUnknownAttributeAndMissingRolesAreErrors() {
        XCTAssertThrowsError(try Theme.parse("[roles]\ntext = { blink = true }", name: "x", file: "a.toml")) { error in
            XCTAssertTrue(String(describing: error).contains("blink"))
        }
        XCTAssertThrowsError(try Theme.parse("name = \"x\"", name: "x", file: "b.toml"))
    }

    func testLocateSearchesPathsInOrder() throws {
        let first = FileManager.default.temporaryDirectory.appendingPathComponent("spoke-theme-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: first, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: first) }
        try "[roles]\ntext = {}".write(
            to: first.appendingPathComponent("default.toml"), atomically: true, encoding: .utf8)
        XCTAssertEqual(
            Theme.locate(named: "default", searchPaths: [first, Self.themesDirectory])?.path,
            first.appendingPathComponent("default.toml").path)
        XCTAssertEqual(
            Theme.locate(named: "default", searchPaths: [Self.themesDirectory])?.lastPathComponent, "default.toml")
        XCTAssertNil(Theme.locate(named: "missing", searchPaths: [first]))
        XCTAssertNil(Theme.locate(named: "../themes/default", searchPaths: [first]))
    }

    func testLoadMissingFileThrowsThemeError() {
        XCTAssertThrowsError(try Theme.load(from: URL(fileURLWithPath: "/nonexistent/x.toml"))) { error in
            XCTAssertTrue(error is ThemeError)
        }
    }
}
