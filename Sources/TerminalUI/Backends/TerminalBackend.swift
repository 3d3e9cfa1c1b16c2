/// Something that shows canvases and delivers keys: a real terminal or an in-memory fake for tests.
///
/// Backends are used from one thread (the UI thread) only.
public protocol TerminalBackend: AnyObject {
    /// The current screen size in cells.
    var size: Size { get }
    /// Takes over the terminal.
    func start() throws
    /// Restores the terminal; safe to call more than once.
    func stop()
    /// Shows `canvas`, sending only what changed since the last draw.
    func draw(_ canvas: Canvas)
    /// Waits up to `timeoutMilliseconds` (negative: forever) for a key; nil on timeout or when ``waker`` was woken.
    func readKey(timeoutMilliseconds: Int) -> Key?
    /// Ends a ``readKey(timeoutMilliseconds:)`` wait early from another thread; nil when waits are not interrupted.
    var waker: TerminalWaker? { get }
    /// Shows the text cursor at `position` (for text input) or hides it when nil.
    func showCursor(at position: Point?)
    /// Draws from now on with `theme` (the next draw repaints every cell).
    func setTheme(_ theme: Theme)
    /// Writes one of Spoke's own control sequences (e.g. OSC 52 copy) straight to the terminal.
    func emit(_ sequence: ControlSequence)
    /// Hands the terminal to another program (an editor) until `resume()`.
    func suspend()
    /// Takes the terminal back after `suspend()`; the next draw repaints every cell.
    func resume()
}

extension TerminalBackend {
    /// Backends that never wait on a terminal have nothing to wake.
    public var waker: TerminalWaker? { nil }

    /// Backends without a visible cursor ignore cursor requests.
    public func showCursor(at position: Point?) {}

    /// Backends without colours ignore theme changes.
    public func setTheme(_ theme: Theme) {}

    /// Backends without a terminal drop control sequences.
    public func emit(_ sequence: ControlSequence) {}

    /// Backends without a terminal have nothing to hand over.
    public func suspend() {}

    /// Backends without a terminal have nothing to take back.
    public func resume() {}
}

/// Why a backend could not start.
public struct TerminalBackendError: Error, Sendable, CustomStringConvertible {
    /// What went wrong.
    public var message: String

    /// Creates an error.
    public init(message: String) {
        self.message = message
    }

    /// The message.
    public var description: String { message }
}
