import TerminalUI

/// Where each part of the browser goes for a terminal size.
///
/// Wide terminals show sidebar, list and detail side by side; narrow ones show the detail in the
/// list's place while it has focus.
public struct BrowserLayout: Sendable, Equatable {
    /// The smallest terminal the browser draws in.
    public static let minimumSize = Size(width: 60, height: 12)
    /// Widths from here on show the detail pane beside the list.
    public static let sideBySideWidth = 110

    /// The top line: app name, portal badge, loading mark.
    public let header: Rect
    /// The object types.
    public let sidebar: Rect
    /// The record list, or `nil` when the detail covers it.
    public let list: Rect?
    /// The detail pane, or `nil` when hidden.
    public let detail: Rect?
    /// The association graph, in the list's place while it is shown.
    public let graph: Rect?
    /// The status line.
    public let status: Rect
    /// The key hints.
    public let footer: Rect
    /// Whether the terminal is below the minimum size.
    public let isTooSmall: Bool

    /// Lays out a terminal of `size` with `focus`; `showsGraph` puts the graph where the list was.
    public init(size: Size, focus: Pane, showsGraph: Bool = false) {
        let screen = Rect(x: 0, y: 0, width: size.width, height: size.height)
        isTooSmall = size.width < Self.minimumSize.width || size.height < Self.minimumSize.height
        let (header, rest) = screen.splitRows(topHeight: 1)
        let (body, bottom) = rest.splitRows(bottomHeight: 2)
        let (status, footer) = bottom.splitRows(topHeight: 1)
        self.header = header
        self.status = status
        self.footer = footer
        let sidebarWidth = min(26, max(18, size.width / 6))
        let (sidebar, main) = body.splitColumns(leftWidth: sidebarWidth)
        self.sidebar = sidebar
        if size.width >= Self.sideBySideWidth {
            // The record pane takes the room while it has focus: at 120 columns two fifths is 38 columns,
            // which cuts labels, long values and the staged `old → new` a person checks before saving.
            let detailWidth = focus == .detail ? max(40, main.width * 2 / 3) : max(40, main.width * 2 / 5)
            let (left, detail) = main.splitColumns(leftWidth: main.width - detailWidth)
            list = showsGraph ? nil : left
            graph = showsGraph ? left : nil
            self.detail = detail
        } else if focus == .detail {
            list = nil
            graph = nil
            detail = main
        } else {
            list = showsGraph ? nil : main
            graph = showsGraph ? main : nil
            detail = nil
        }
    }

    /// Rows of records visible in the list pane (inside its border, under its header row).
    public var listRowsHeight: Int { max(1, ((list ?? graph ?? detail)?.height ?? 3) - 3) }

    /// Rows of properties visible in the detail pane.
    public var detailRowsHeight: Int { max(1, ((detail ?? list ?? graph)?.height ?? 3) - 3) }

    /// Rows visible in the sidebar.
    public var sidebarRowsHeight: Int { max(1, sidebar.height - 2) }
}
