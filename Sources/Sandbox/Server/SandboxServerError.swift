/// Why a sandbox server could not start.
public enum SandboxServerError: Error, Sendable, Equatable {
    /// The server stopped before it accepted connections (e.g. the port was taken).
    case stoppedBeforeListening(String)
    /// The access log file could not be opened for writing.
    case accessLog(String)
}
