/// A headless backend for tests: records what was drawn and replays queued keys.
public final class MemoryBackend: TerminalBackend {
    /// The pretend screen size; tests change it to simulate a resize.
    public var size: Size
    /// Keys still to be returned by ``readKey(timeoutMilliseconds:)``, front first.
    public var keys: [Key]
    /// The most recently drawn canvas.
    public private(set) var lastCanvas: Canvas?
    /// How many times ``draw(_:)`` was called.
    public private(set) var drawCount: Int = 0
    /// Whether ``start()`` was called without a later ``stop()``.
    public private(set) var isStarted = false
    /// How many times ``stop()`` actually stopped a started backend.
    public private(set) var stopCount = 0
    /// Where the cursor was last asked to be, nil when hidden.
    public private(set) var cursorPosition: Point?

    /// Creates a backend of `size` with `keys` queued.
    /// Every control sequence emitted, in order (the bytes a terminal would have received).
    public private(set) var emitted: [ControlSequence] = []

    /// Records the sequence.
    public func emit(_ sequence: ControlSequence) {
        emitted.append(sequence)
    }

    /// The theme last set with ``setTheme(_:)``, if any.
    public private(set) var theme: Theme?

    /// Records the theme, so tests can see a live switch happen.
    public func setTheme(_ theme: Theme) {
        self.theme = theme
    }

    public init(size: Size, keys: [Key] = []) {
        self.size = size
        self.keys = keys
    }

    /// The last canvas's ``Canvas/textLines`` joined with newlines; "" before the first draw.
    public var text: String {
        lastCanvas?.textLines.joined(separator: "\n") ?? ""
    }

    /// Marks the backend started.
    public func start() throws {
        isStarted = true
    }

    /// Marks the backend stopped; repeated calls do nothing.
    public func stop() {
        guard isStarted else { return }
        isStarted = false
        stopCount += 1
    }

    /// Records the canvas.
    public func draw(_ canvas: Canvas) {
        lastCanvas = canvas
        drawCount += 1
    }

    /// Pops the next queued key, nil when none are left (the timeout is not waited for).
    public func readKey(timeoutMilliseconds: Int) -> Key? {
        keys.isEmpty ? nil : keys.removeFirst()
    }

    /// How many times the terminal was handed to another program.
    public private(set) var suspendCount = 0
    /// Whether the terminal is handed over now.
    public private(set) var isSuspended = false

    /// Records the hand-over.
    public func suspend() {
        suspendCount += 1
        isSuspended = true
    }

    /// Records taking the terminal back.
    public func resume() {
        isSuspended = false
    }

    /// Records the cursor position.
    public func showCursor(at position: Point?) {
        cursorPosition = position
    }
}
