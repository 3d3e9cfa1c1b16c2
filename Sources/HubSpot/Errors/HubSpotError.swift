import Foundation

/// Everything the client can fail with, each case carrying what a person needs to act on it.
public enum HubSpotError: Error, Sendable, Equatable {
    /// HubSpot answered with an error status and (usually) its error body.
    case api(status: Int, body: APIErrorBody)
    /// The request never got an HTTP answer: no connection, DNS, timeout, TLS.
    case transport(String)
    /// HubSpot answered 2xx but the body is not what the API documents.
    case malformedResponse(status: Int, detail: String)
    /// The request was cancelled.
    case cancelled

    /// The HTTP status, when the server answered.
    public var status: Int? {
        switch self {
        case .api(let status, _), .malformedResponse(let status, _): status
        case .transport, .cancelled: nil
        }
    }

    /// HubSpot's error category (`OBJECT_NOT_FOUND`, `VALIDATION_ERROR`, …), when it sent one.
    public var category: String? {
        if case .api(_, let body) = self { return body.category }
        return nil
    }

    /// The scopes a 403 says the token lacks (`MISSING_SCOPES`), when the body names them.
    public var missingScopes: MissingScopes? {
        guard case .api(403, let body) = self else { return nil }
        return MissingScopes(body: body)
    }

    /// HubSpot's own message, or a description of the failure.
    public var message: String {
        switch self {
        case .api(let status, let body):
            // A blank message from HubSpot says nothing, so the status speaks instead.
            if let text = body.message, !text.allSatisfy(\.isWhitespace) {
                text
            } else {
                "HTTP \(status) (\(HTTPStatus.reason(status)))"
            }
        case .transport(let detail): "cannot reach the server: \(detail)"
        case .malformedResponse(let status, let detail): "unexpected answer (HTTP \(status)): \(detail)"
        case .cancelled: "cancelled"
        }
    }

    /// Whether retrying the same request later may succeed (429, 5xx, connection failures).
    public var isTransient: Bool {
        switch self {
        case .api(let status, _): status == 429 || (500...599).contains(status)
        case .transport: true
        case .malformedResponse, .cancelled: false
        }
    }
}

extension HubSpotError: LocalizedError {
    /// The message, prefixed with the status when there is one.
    public var errorDescription: String? {
        switch self {
        case .api(let status, let body):
            "HubSpot \(status)\(body.category.map { " \($0)" } ?? ""): \(message)"
        default: message
        }
    }
}

/// Reason phrases for the statuses Spoke meets.
enum HTTPStatus {
    static func reason(_ status: Int) -> String {
        switch status {
        case 400: "Bad Request"
        case 401: "Unauthorized"
        case 403: "Forbidden"
        case 404: "Not Found"
        case 409: "Conflict"
        case 414: "URI Too Long"
        case 429: "Too Many Requests"
        case 500: "Internal Server Error"
        case 502: "Bad Gateway"
        case 503: "Service Unavailable"
        case 504: "Gateway Timeout"
        default: "HTTP \(status)"
        }
    }
}
