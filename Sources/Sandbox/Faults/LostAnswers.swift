import Foundation
import HTTPTypes
import Hummingbird
import Synchronization

/// Performs a seeded share of creates and then closes the connection without answering, as a proxy
/// that forwards a POST and drops the reply does: the record exists, and the client cannot know it.
final class LostAnswers: Sendable {
    /// The header `ConnectionDropper` adds to each request: the ticket of its connection's closer.
    static let ticketField = HTTPField.Name("x-spoke-sandbox-connection")!
    private static let closers = Mutex([String: @Sendable () async -> Void]())

    /// Keeps `close` (which closes one connection) until `unregister`; returns its ticket.
    static func register(_ close: @escaping @Sendable () async -> Void) -> String {
        let ticket = UUID().uuidString
        closers.withLock { $0[ticket] = close }
        return ticket
    }

    /// Forgets a connection's closer once its request is answered.
    static func unregister(_ ticket: String) {
        _ = closers.withLock { $0.removeValue(forKey: ticket) }
    }

    private let settings: Mutex<(rate: Double, hold: Duration)>
    private let random: Mutex<SeededRandom>

    init(rate: Double, hold: Duration = .zero, seed: UInt64) {
        settings = Mutex((rate: min(1, max(0, rate)), hold: hold))
        random = Mutex(SeededRandom(seed: seed ^ 0x1057_A45E))
    }

    /// Whether any answer may be lost now; while not, requests go to the router as they came.
    var isActive: Bool { settings.withLock { $0.rate > 0 } }

    /// Changes the share of creates whose answer is lost, and how long the connection is held open,
    /// unanswered, before it closes (a client killed meanwhile never learns the outcome either).
    func set(rate: Double, hold: Duration) {
        settings.withLock { $0 = (rate: min(1, max(0, rate)), hold: hold) }
    }

    /// Called after a create was performed: when this one is drawn, holds the connection, closes it and
    /// throws, so that no answer is written.
    func loseIfDrawn(_ request: Request) async throws {
        let (rate, hold) = settings.withLock { $0 }
        guard rate > 0, rate >= 1 || random.withLock({ $0.fraction() < rate }) else { return }
        // Held in short steps so a test that turns the switch off releases it (a stopping server waits for it).
        let clock = ContinuousClock()
        let deadline = clock.now.advanced(by: hold)
        while clock.now < deadline, settings.withLock({ $0.rate }) > 0 {
            try await Task.sleep(for: .milliseconds(20))
        }
        let close = request.headers[Self.ticketField].flatMap { ticket in Self.closers.withLock { $0[ticket] } }
        await close?()
        throw SandboxFaultError.droppedOnPurpose
    }
}
