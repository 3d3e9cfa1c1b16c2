import CNCurses
import Glibc

/// The real terminal, driven through ncursesw.
///
/// Use from one thread only. Signals: ncurses installs its own SIGINT/SIGTERM handlers, which exit without
/// restoring the terminal, unless the disposition is already something other than SIG_DFL. The caller must
/// therefore set those signals to SIG_IGN (and handle them itself, e.g. with a DispatchSource) before
/// ``start()``, and call ``stop()`` on the way out. Ctrl-z (SIGTSTP) is the backend's own: it stops the
/// process from ``readKey(timeoutMilliseconds:)`` and repaints on `fg`. Leave SIGWINCH alone: ncurses turns it
/// into ``Key/resize``.
public final class NCursesBackend: TerminalBackend {
    /// The theme cells are drawn with; setting it re-creates colour pairs and redraws everything.
    public var theme: Theme {
        didSet { themeDidChange() }
    }
    /// How much colour may be used; `.none` draws attributes only (NO_COLOR).
    public let colorMode: ColorMode
    /// The screen size, updated on ``Key/resize``.
    public private(set) var size: Size
    /// Whether the locale can show non-ASCII text; when false non-ASCII is drawn as "?" and borders as ASCII.
    public private(set) var isUTF8 = true
    /// Whether ``start()`` succeeded and ``stop()`` has not been called since.
    public private(set) var isStarted = false

    private var screen: OpaquePointer?
    private var previous: Canvas?
    private var needsFullRedraw = true
    private var colors = NCursesColorPairs()
    private var looksByRole: [StyleRole: NCursesLook] = [:]
    private var cursor: Point?
    private var cursorVisible = false

    /// Creates a backend; nothing touches the terminal until ``start()``.
    /// Writes `sequence` after flushing what curses buffered, so the two never interleave.
    public func emit(_ sequence: ControlSequence) {
        fflush(nil)
        sequence.bytes.withUnsafeBufferPointer { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = write(STDOUT_FILENO, buffer.baseAddress! + offset, buffer.count - offset)
                if written <= 0 { break }
                offset += written
            }
        }
    }

    /// Switches theme live: colour pairs are re-created for the new theme and everything is redrawn.
    public func setTheme(_ theme: Theme) {
        self.theme = theme
    }

    /// Whether clicks and the wheel are reported as ``Key/mouse(_:)`` (opt-in: it takes the terminal's own
    /// mouse selection away, so copying text then needs Shift).
    public let mouseEnabled: Bool

    /// Creates a backend drawing in `theme` with at most `colorMode`; `mouse` asks for clicks and the wheel.
    public init(theme: Theme, colorMode: ColorMode = .automatic, mouse: Bool = false) {
        self.theme = theme
        self.colorMode = colorMode
        self.mouseEnabled = mouse
        self.size = .zero
    }

    deinit {
        stop()
    }

    /// Takes over the terminal: locale, raw-ish input, keypad decoding, hidden cursor, colours.
    ///
    /// Expects SIGINT and SIGTERM to have been set to SIG_IGN by the caller (see the type's documentation).
    /// - Throws: ``TerminalBackendError`` when the terminal cannot be opened (e.g. unknown TERM).
    public func start() throws {
        guard !isStarted else { return }
        // Without this ncurses assumes ASCII and wide characters vanish.
        setlocale(LC_ALL, "")
        // Before ncurses changes the terminal: a crash in any thread puts these settings back.
        cn_install_crash_restore()
        // Before newterm, so ncurses does not install its own SIGTSTP handler (see cn_catch_stop_requests).
        cn_catch_stop_requests(waker?.writeDescriptor ?? -1)
        isUTF8 = cn_codeset_is_utf8() != 0
        // newterm, unlike initscr, reports failure instead of exiting the process.
        guard let screen = cn_newterm() else {
            throw TerminalBackendError(message: "cannot open the terminal; is TERM set to a known terminal type?")
        }
        self.screen = screen
        _ = set_term(screen)
        isStarted = true
        _ = cbreak()
        _ = noecho()
        _ = nonl()
        _ = keypad(cn_stdscr(), true)
        // Ctrl-S and Ctrl-V are ordinary keys for the app, not tty flow control.
        cn_pass_control_keys_through()
        // ncurses otherwise waits a full second after Esc to see whether an escape sequence follows.
        _ = set_escdelay(25)
        _ = curs_set(0)
        cursorVisible = false
        if mouseEnabled { cn_enable_mouse(1) }
        enableBracketedPaste(true)
        colors = NCursesColorPairs(mode: colorMode)
        looksByRole = [:]
        size = currentScreenSize()
        previous = nil
        needsFullRedraw = true
    }

    /// Restores the terminal; later calls do nothing until the next ``start()``.
    public func stop() {
        guard isStarted else { return }
        isStarted = false
        enableBracketedPaste(false)
        _ = endwin()
        cn_release_stop_requests()
        if let screen {
            delscreen(screen)
            self.screen = nil
        }
        previous = nil
    }

    /// Leaves curses mode (the terminal is restored for an editor); the screen stays allocated.
    public func suspend() {
        guard isStarted else { return }
        enableBracketedPaste(false)
        _ = endwin()
        // The editor has the terminal now: Ctrl-z stops us with it, nothing of ours to draw (cn_stop_at_once).
        cn_stop_at_once(1)
    }

    /// Re-enters curses mode after `suspend()`; the next draw repaints every cell.
    public func resume() {
        guard isStarted else { return }
        cn_stop_at_once(0)
        enableBracketedPaste(true)
        _ = wrefresh(cn_stdscr())
        previous = nil
        needsFullRedraw = true
        // Any Ctrl-z that came meanwhile stopped us already.
        _ = cn_take_stop_request()
    }

    /// Puts the canvas on screen, sending only cells that differ from the previous draw
    /// (everything after a start, resize or theme change).
    public func draw(_ canvas: Canvas) {
        guard isStarted else { return }
        let window = cn_stdscr()
        let fullRedraw = needsFullRedraw || previous?.size != canvas.size
        if fullRedraw {
            _ = wclear(window)
        }
        let rows = min(canvas.size.height, size.height)
        let columns = min(canvas.size.width, size.width)
        for y in 0..<rows {
            for x in 0..<columns {
                let cell = canvas[x, y]
                if !fullRedraw, let previous, previous[x, y] == cell { continue }
                if cell.width == 0 {
                    // A continuation is painted by its wide lead; only a lone one needs filling.
                    if x == 0 || canvas[x - 1, y].width != 2 {
                        put(Cell.blank(role: cell.role), x: x, y: y, columns: columns)
                    }
                    continue
                }
                put(cell, x: x, y: y, columns: columns)
            }
        }
        applyCursor(window: window)
        _ = wnoutrefresh(window)
        _ = doupdate()
        previous = canvas
        needsFullRedraw = false
    }

    /// Asks for the text cursor at `position` (nil hides it); takes effect with the next ``draw(_:)``.
    public func showCursor(at position: Point?) {
        cursor = position
    }

    /// Waits up to `timeoutMilliseconds` (negative: forever) for a key; nil on timeout or when not started.
    public func readKey(timeoutMilliseconds: Int) -> Key? {
        guard isStarted else { return nil }
        if let resumed = stopIfAsked() { return resumed }
        guard timeoutMilliseconds != 0, let waker else { return nextKey(timeoutMilliseconds: timeoutMilliseconds) }
        // Keys ncurses has already read ahead come first: the terminal's descriptor no longer shows them.
        if let key = nextKey(timeoutMilliseconds: 0) { return key }
        var descriptors = [
            pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0),
            pollfd(fd: waker.readDescriptor, events: Int16(POLLIN), revents: 0),
        ]
        let ready = poll(&descriptors, 2, Int32(clamping: timeoutMilliseconds))
        if descriptors[1].revents != 0 { waker.drain() }
        if let resumed = stopIfAsked() { return resumed }
        // A key, or a signal (SIGWINCH: ncurses answers the resize from its next read).
        if ready < 0 || descriptors[0].revents != 0 { return nextKey(timeoutMilliseconds: 0) }
        return nil
    }

    /// Ctrl-z, acted on here on the UI thread, never inside the signal handler: leaves curses mode, stops the
    /// process until `fg`, and takes the terminal back. Returns ``Key/resize``: the app must draw again, every
    /// cell, and the terminal may have changed size meanwhile.
    private func stopIfAsked() -> Key? {
        guard cn_take_stop_request() != 0 else { return nil }
        suspend()
        cn_stop_now()
        resume()
        size = currentScreenSize()
        return .resize
    }

    /// Ends a wait in ``readKey(timeoutMilliseconds:)`` from any thread.
    public let waker = TerminalWaker()

    /// ncurses' own read: up to `timeoutMilliseconds` for a key, decoded.
    private func nextKey(timeoutMilliseconds: Int) -> Key? {
        let window = cn_stdscr()
        wtimeout(window, timeoutMilliseconds < 0 ? -1 : Int32(clamping: timeoutMilliseconds))
        var character: wint_t = 0
        let result = wget_wch(window, &character)
        if result == ERR { return nil }
        if result == KEY_CODE_YES, Int32(bitPattern: character) == KEY_MOUSE {
            var x: Int32 = 0
            var y: Int32 = 0
            switch cn_read_mouse(&x, &y) {
            case 1: return .mouse(MouseEvent(.click, x: Int(x), y: Int(y)))
            case 4: return .mouse(MouseEvent(.wheelUp, x: Int(x), y: Int(y)))
            case 5: return .mouse(MouseEvent(.wheelDown, x: Int(x), y: Int(y)))
            default: return .unknown(KEY_MOUSE)
            }
        }
        if result == KEY_CODE_YES, Int32(bitPattern: character) == NCursesPaste.startCode {
            return .paste(NCursesPaste.readBody(window: window))
        }
        let key =
            result == KEY_CODE_YES
            ? NCursesKeyMap.key(forKeyCode: Int32(bitPattern: character))
            : NCursesKeyMap.key(forCharacter: UInt32(character))
        if key == .resize {
            size = currentScreenSize()
            needsFullRedraw = true
        }
        return key
    }

    /// Forces the next ``draw(_:)`` to repaint every cell, e.g. after another program used the screen.
    public func setNeedsFullRedraw() {
        needsFullRedraw = true
    }

    private func themeDidChange() {
        looksByRole = [:]
        colors.reset()
        needsFullRedraw = true
        if isStarted, let previous {
            draw(previous)
        }
    }

    /// Asks the terminal to bracket pastes (`ESC [200~` … `ESC [201~`), so a paste arrives as one input.
    private func enableBracketedPaste(_ on: Bool) {
        if on { NCursesPaste.defineKeys() }
        emit(.bracketedPaste(on))
    }

    private func currentScreenSize() -> Size {
        let window = cn_stdscr()
        return Size(width: Int(getmaxx(window)), height: Int(getmaxy(window)))
    }

    private func look(for role: StyleRole) -> NCursesLook {
        if let cached = looksByRole[role] { return cached }
        let look = colors.look(for: theme.drawnStyle(for: role, colorCount: colors.colorCount))
        looksByRole[role] = look
        return look
    }

    /// Draws one cell, keeping ncurses' idea of character widths in step with the canvas.
    private func put(_ cell: Cell, x: Int, y: Int, columns: Int) {
        let look = look(for: cell.role)
        guard cell.width < 2 || x + 1 < columns else {
            putGlyph([0x20], look: look, x: x, y: y)
            return
        }
        let glyph = NCursesGlyph(cell: cell, utf8: isUTF8)
        putGlyph(glyph.characters, look: look, x: x, y: y)
        if cell.width == 2, glyph.width < 2 {
            putGlyph([0x20], look: look, x: x + 1, y: y)
        }
    }

    private func putGlyph(_ characters: [wchar_t], look: NCursesLook, x: Int, y: Int) {
        let terminated = characters + [0]
        terminated.withUnsafeBufferPointer { buffer in
            // Writing the bottom-right cell reports ERR because the cursor cannot advance; the cell is drawn anyway.
            _ = cn_put_cell(Int32(y), Int32(x), buffer.baseAddress, look.attributes, look.pair)
        }
    }

    private func applyCursor(window: UnsafeMutablePointer<WINDOW>?) {
        if let cursor, cursor.x >= 0, cursor.y >= 0, cursor.x < size.width, cursor.y < size.height {
            if !cursorVisible {
                _ = curs_set(1)
                cursorVisible = true
            }
            _ = wmove(window, Int32(cursor.y), Int32(cursor.x))
        } else if cursorVisible {
            _ = curs_set(0)
            cursorVisible = false
        }
    }
}
