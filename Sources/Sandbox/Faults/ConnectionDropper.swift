import HummingbirdCore
import Synchronization

/// Closes a seeded share of connections without answering, as a flaky network or a dying
/// load balancer does; sits below the router, where the connection is at hand.
final class ConnectionDropper: Sendable {
    private let rate: Mutex<Double>
    private let random: Mutex<SeededRandom>
    /// Whose lost creates need their connection's closer.
    private let lostAnswers: LostAnswers?

    init(rate: Double, seed: UInt64, lostAnswers: LostAnswers? = nil) {
        self.rate = Mutex(rate)
        self.lostAnswers = lostAnswers
        random = Mutex(SeededRandom(seed: seed ^ 0xD80F_C0DE))
    }

    /// Changes the share of connections dropped, while the server runs (1 is a full outage).
    func setRate(_ newRate: Double) {
        rate.withLock { $0 = min(1, max(0, newRate)) }
    }

    /// An HTTP/1 server that drops `rate` of requests before the router sees them.
    func serverBuilder() -> HTTPServerBuilder {
        HTTPServerBuilder { responder in
            HTTP1Channel(responder: { request, writer, channel in
                if self.shouldDrop() {
                    // Throwing out of the responder makes Hummingbird close the connection unanswered.
                    throw SandboxFaultError.droppedOnPurpose
                }
                // Only while answers may be lost is the request rebuilt with a ticket; otherwise it goes on as
                // it came (every request of every test went through the rebuild before).
                guard self.lostAnswers?.isActive == true else {
                    try await responder(request, writer, channel)
                    return
                }
                // Lets a route that must not answer (a lost create) close this connection itself: the
                // request carries a ticket for it (the writer cannot be captured, so no task-local here).
                let ticket = LostAnswers.register { try? await channel.close().get() }
                defer { LostAnswers.unregister(ticket) }
                var head = request.head
                head.headerFields[LostAnswers.ticketField] = ticket
                try await responder(Request(head: head, body: request.body), writer, channel)
            })
        }
    }

    private func shouldDrop() -> Bool {
        let rate = rate.withLock { $0 }
        guard rate > 0 else { return false }
        return rate >= 1 || random.withLock { $0.fraction() < rate }
    }
}
