import Foundation
import HubSpot
import Testing

/// Shared helpers for the write tests: pulling HubSpot's error body out of a thrown error.
enum WriteTestSupport {
    /// The status and body of an API error, or a recorded issue and `nil` for anything else.
    static func apiError(_ error: HubSpotError?, sourceLocation: SourceLocation = #_sourceLocation)
        -> (status: Int, body: APIErrorBody)?
    {
        guard case .api(let status, let body) = error else {
            Issue.record("expected an API error, got \(String(describing: error))", sourceLocation: sourceLocation)
            return nil
        }
        return (status, body)
    }

    /// A fresh, unique email for a test contact.
    static func email(_ tag: String) -> String {
        "\(tag)-\(UUID().uuidString.prefix(8).lowercased())@spoke-tests.example"
    }

    /// An `hs_timestamp` value activities require.
    static let timestamp = "2026-01-15T10:00:00.000Z"
}
