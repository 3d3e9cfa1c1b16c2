import CRMCache
import Foundation
import HubSpot
import TerminalUI

/// The browser's run loop: one thread owns the terminal, reads keys with a short timeout, drains
/// the inbox of finished effects, updates state, and draws when something changed.
public final class BrowserApp {
    /// The current state.
    public private(set) var state: BrowserState
    /// Where effects and signals post actions.
    public let inbox: Inbox
    private let backend: any TerminalBackend
    private let runner: EffectRunner
    private var needsDraw = true
    /// Set while an external editor owns the terminal: no keys are read and nothing is drawn.
    private var editorRunning = false
    /// Called after each frame is drawn (the first-frame benchmark stops the clock here).
    public var afterDraw: ((BrowserState) -> Void)?
    private var loadTheme: (String) -> Theme? = { _ in nil }
    private var preferencesStore: PortalPreferencesStore?
    /// Whether the terminal is inside tmux, so OSC 52 goes through tmux's passthrough.
    public var insideTmux = ProcessInfo.processInfo.environment["TMUX"] != nil

    /// Creates an app browsing `portal` through `client`, drawing on `backend`; with `cache`, reads are
    /// cache-first and changes made offline wait in its outbox. `offline` never touches the network.
    /// `firstPageAhead` is the first list page start-up already asked for. `probesEmptyTypes` reads, in the
    /// background, each type the cache has not known for a day, to dim the empty ones (decision 0043); it needs
    /// the cache, which remembers the answers.
    public init(
        client: HubSpotClient, portal: PortalInfo, backend: any TerminalBackend,
        registry: ObjectTypeRegistry = .standard, keyBindings: KeyBindings = .standard, readOnly: Bool = false,
        cache: CRMCache? = nil, offline: Bool = false, firstPageAhead: FirstPageAhead? = nil,
        probesEmptyTypes: Bool = false
    ) {
        self.backend = backend
        let inbox = Inbox()
        if let waker = backend.waker { inbox.wake(waker) }
        self.inbox = inbox
        var observed = client
        let previous = client.observer
        observed.observer = { event in
            previous?(event)
            inbox.post(.client(event))
        }
        let connectivity = Connectivity(forcedOffline: offline)
        let gateway = WriteGateway(client: observed, readOnly: readOnly, cache: cache, connectivity: connectivity)
        runner = EffectRunner(
            client: observed, gateway: gateway, inbox: inbox, cache: cache, connectivity: connectivity,
            firstPageAhead: firstPageAhead)
        state = BrowserState(
            registry: registry, portal: portal, size: backend.size, keyBindings: keyBindings, readOnly: readOnly,
            connection: ConnectionStatus(
                isOffline: offline, isForced: offline,
                pending: (try? cache?.pendingCount()) ?? 0, hasCache: cache != nil), apiVersion: client.apiVersion)
        state.network.requestTimeout = client.requestTimeout.map { Int($0.rounded()) }
        state.session.probesEmptyTypes = probesEmptyTypes && cache != nil
    }

    /// Runs until the user quits or a signal arrives. The terminal is restored on every way out.
    public func run() throws {
        try backend.start()
        defer { backend.stop() }
        dispatch(.resized(backend.size))
        start()
        while !quitRequested {
            step(timeoutMilliseconds: 30)
        }
    }

    /// Opens the first list and, when online, sends what an earlier session left in the outbox.
    public func start() {
        dispatch(.started)
        if state.connection.pending > 0, !state.connection.isOffline {
            let runner = self.runner
            Task.detached { await runner.replayOutbox() }
        }
    }

    /// Keys handled before a frame is drawn when they arrive faster than frames (a held key, a paste).
    static let burstLimit = 64

    /// One loop iteration: the keys already waiting (one burst, drawn once), then every waiting result,
    /// then one draw if needed.
    public func step(timeoutMilliseconds: Int) {
        if editorRunning {
            if timeoutMilliseconds > 0 { usleep(UInt32(timeoutMilliseconds) * 1000) }
        } else if var key = backend.readKey(timeoutMilliseconds: timeoutMilliseconds) {
            var handled = 0
            while true {
                dispatch(key == .resize ? .resized(backend.size) : .key(key))
                handled += 1
                // The editor now owns the terminal, or the app is quitting: the rest of the burst is not ours.
                guard handled < Self.burstLimit, !editorRunning, !quitRequested,
                    let next = backend.readKey(timeoutMilliseconds: 0)
                else { break }
                key = next
            }
        }
        for action in inbox.drain() {
            // Ctrl-c in the editor reaches this process too (same process group): it is the editor's, not a quit.
            if editorRunning, case .signalled("SIGINT") = action { continue }
            if case .externalEditFinished = action {
                backend.resume()
                editorRunning = false
            }
            dispatch(action)
        }
        // Once a second while anything is out (and once more after), so a slow request is named with its wait.
        let now = ContinuousClock.now
        if state.network.inFlight > 0 || state.network.longestWait != nil, now - lastTick >= .seconds(1) {
            lastTick = now
            dispatch(.tick(now))
        }
        drawIfNeeded()
    }

    private var lastTick = ContinuousClock.now

    /// Shows a message in the status line (e.g. a theme warning at start).
    public func show(_ message: StatusMessage) {
        dispatch(.notify(message))
    }

    /// Lists problems found at start whole, in a scrollable box over the browser; one goes to the status line.
    public func show(problems: [String]) {
        if problems.count == 1 {
            show(StatusMessage(problems[0], kind: .error))
        } else {
            dispatch(.problemsFound(problems))
        }
    }

    /// Where the session's requests, writes and failures are logged (`--log-file`), if anywhere.
    public var log: SessionLog?

    /// Applies an action now: the app's own effects run here, on the loop thread, the others in the runner.
    public func dispatch(_ action: Action) {
        log?.record(action)
        for effect in state.apply(action) {
            if case .app(let appEffect) = effect {
                perform(appEffect)
            } else {
                runner.run(effect)
            }
        }
        needsDraw = true
    }

    /// Inside tmux with passthrough off the copy went nowhere: the status line says so and shows the value,
    /// instead of "copied".
    private func sayIfCopyBlocked(_ value: String) {
        guard insideTmux, let reason = TmuxClipboard.blockedReason(environment: ProcessInfo.processInfo.environment)
        else { return }
        dispatch(.notify(TmuxClipboard.message(reason, value: value)))
    }

    /// Runs one app effect; what came of it is dispatched as an action, so state changes only in `apply`.
    private func perform(_ effect: AppEffect) {
        switch effect {
        case .copy(let text):
            backend.emit(.clipboard(text, insideTmux: insideTmux))
            sayIfCopyBlocked(text)
        case .openURL(let url):
            let inBrowser = URLOpener.open(url, environment: ProcessInfo.processInfo.environment)
            if !inBrowser { backend.emit(.clipboard(url, insideTmux: insideTmux)) }
            dispatch(.urlOpened(url, inBrowser: inBrowser))
            if !inBrowser { sayIfCopyBlocked(url) }
        case .applyTheme(let name):
            if let theme = loadTheme(name) {
                backend.setTheme(theme)
                dispatch(.themeApplied(name))
            } else {
                dispatch(.themeFailed(name))
            }
        case .savePreferences(let preferences):
            // Written at once, on this thread: a small file, and a bookmark made just before q must not be lost.
            do {
                try preferencesStore?.save(preferences)
            } catch {
                dispatch(.preferencesNotSaved("\(error)"))
            }
        case .suspendForEditor(let name, let text):
            // The terminal is handed over before the editor starts, and taken back when it ends.
            drawIfNeeded()
            backend.suspend()
            editorRunning = true
            runner.run(.editExternally(name: name, text: text))
        case .quit(let signal):
            quitRequested = true
            quitSignal = signal
        }
    }

    /// Hands a change to the write gateway, as a screen would (its outcome goes to no screen).
    public func submit(_ request: WriteRequest) {
        dispatch(.submit(request))
    }

    /// Uses `store` for this portal's bookmarks, columns and sorts: reads them now, writes them on change.
    /// `configuredColumns` are the config file's `[columns]`, the defaults the picked ones override.
    /// Returns a warning naming the file when it could not be read (it is then left untouched).
    @discardableResult
    public func usePreferences(_ store: PortalPreferencesStore?, configuredColumns: [String: [String]]) -> String? {
        var loaded = PortalPreferences()
        var warning: String?
        if let store {
            do {
                loaded = try store.load()
                preferencesStore = store
            } catch {
                warning = "bookmarks and columns not loaded, and will not be saved this session: \(error)"
            }
        }
        dispatch(.preferencesLoaded(loaded, configuredColumns: configuredColumns))
        return warning
    }

    /// Offers `choices` for live switching (``Action/switchTheme(_:)``), `current` being in use;
    /// `load` reads a theme by name.
    public func offerThemes(current: String, choices: [String], load: @escaping (String) -> Theme?) {
        loadTheme = load
        dispatch(.themesOffered(current: current, choices: choices))
    }

    /// Who you are in this portal (the profile's `me` email), so the search prompt understands `owner:me`.
    public func identify(me email: String?) {
        dispatch(.identified(me: email))
    }

    /// The config file's profile names, for the command palette.
    public func offerProfiles(_ names: [String]) {
        dispatch(.profilesOffered(names))
    }

    /// Draws the current state if it changed since the last draw.
    public func drawIfNeeded() {
        guard needsDraw, !editorRunning else { return }
        needsDraw = false
        backend.draw(BrowserView.render(state))
        afterDraw?(state)
    }

    /// Ends the run loop after the current step, as q would.
    public func quit() {
        quitRequested = true
    }

    /// Whether the session is ending (q, Ctrl-c, a signal, or ``quit()``).
    public private(set) var quitRequested = false
    /// The signal that ended the session, if one did (the exit status reflects it).
    public private(set) var quitSignal: String?

    /// Whether no effect is running and no result is waiting.
    public var isIdle: Bool { runner.inFlight == 0 && inbox.isEmpty }
}
