import HubSpot
import Synchronization

/// Answers requests from a script, the last answer repeating, so any body can be fed through the real client.
final class ScriptedTransport: HTTPTransport {
    private let answers: [HTTPResponse]
    private let sent = Atomic<Int>(0)

    /// A transport answering `answers` in order (at least one).
    init(_ answers: [HTTPResponse]) {
        precondition(!answers.isEmpty, "a script needs an answer")
        self.answers = answers
    }

    /// A JSON answer with `status` and `body`.
    static func json(_ status: Int, _ body: [UInt8]) -> HTTPResponse {
        HTTPResponse(status: status, headers: ["Content-Type": "application/json;charset=utf-8"], body: .init(body))
    }

    /// The next answer of the script.
    func send(_ request: HTTPRequest) async throws -> HTTPResponse {
        let index = sent.add(1, ordering: .relaxed).oldValue
        return answers[min(index, answers.count - 1)]
    }
}
