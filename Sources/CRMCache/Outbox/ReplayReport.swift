/// What one replay of the outbox did, and why it stopped.
public struct ReplayReport: Sendable, Hashable {
    /// Why replay stopped.
    public enum Stop: Sendable, Hashable {
        /// Every entry was sent.
        case finished
        /// An entry conflicts with a newer server change; the user must choose.
        case conflict(seq: Int64)
        /// The server refused an entry.
        case failed(seq: Int64, message: String)
        /// The network is down (or the server unreachable); the entry stays pending.
        case offline(message: String)
        /// An entry was already in conflict or failed before this replay.
        case blocked(seq: Int64)
        /// Another process is sending this outbox; it reports what it sends.
        case busy
        /// A create whose answer was lost could not be found or ruled out yet; it is never sent twice blindly.
        case unresolved(seq: Int64, message: String)
    }

    /// How many entries the server accepted.
    public var sent: Int
    /// Temporary ids rewritten to the server's, temporary → real.
    public var assignedIDs: [String: String]
    /// Why it stopped.
    public var stop: Stop
}
