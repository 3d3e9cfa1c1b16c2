import Foundation
import HubSpot

/// A failure the sandbox answers with HubSpot's error body and status.
public struct SandboxAPIError: Error, Sendable, Hashable {
    /// The HTTP status, e.g. 400 or 404.
    public var status: Int
    /// The body sent (its `correlationId` is filled in per response).
    public var body: APIErrorBody

    /// Creates an error with HubSpot's `status: "error"` body.
    public init(
        status: Int, category: String, message: String, errors: [APIErrorBody.Detail]? = nil,
        context: [String: [String]]? = nil
    ) {
        self.status = status
        body = APIErrorBody(message: message, category: category, errors: errors, context: context)
    }

    /// 400 `VALIDATION_ERROR` about one query parameter or field.
    public static func validation(_ message: String, field: String? = nil, code: String? = nil) -> SandboxAPIError {
        SandboxAPIError(
            status: 400, category: "VALIDATION_ERROR", message: message,
            errors: field.map { [APIErrorBody.Detail(message: message, code: code, in: $0)] })
    }

    /// 400 for a type name or id HubSpot cannot resolve, with HubSpot's own wording.
    public static func unknownObjectType(_ name: String) -> SandboxAPIError {
        SandboxAPIError(
            status: 400, category: "OBJECT_NOT_FOUND", message: "Unable to infer object type from: \(name)",
            context: ["objectType": [name]])
    }

    /// 404 `OBJECT_NOT_FOUND` for a record that does not exist (or is archived).
    public static func recordNotFound(type: String, id: String) -> SandboxAPIError {
        SandboxAPIError(
            status: 404, category: "OBJECT_NOT_FOUND",
            message: "Object not found.  objectId are usually numeric.",
            context: ["id": [id], "objectType": [type]])
    }

    /// 404 for a path no route serves (in any generation): the category a missing record has, so clients that
    /// treat 404 as "not found" keep working, and `subCategory: ROUTE_NOT_FOUND` to tell the two apart.
    public static func routeNotFound(method: String, path: String) -> SandboxAPIError {
        var error = SandboxAPIError(
            status: 404, category: "OBJECT_NOT_FOUND",
            message: "No route matches \(method) \(path)", context: ["path": [path]])
        error.body.subCategory = "ROUTE_NOT_FOUND"
        return error
    }

    /// 401 when a token is required and the request has none.
    public static let missingCredentials = SandboxAPIError(
        status: 401, category: "INVALID_AUTHENTICATION",
        message: "Authentication credentials not found. This API supports OAuth 2.0 authentication and you can "
            + "find more details at https://developers.hubspot.com/docs/methods/auth/oauth-overview")

    /// 401 when the bearer token does not match.
    public static let invalidCredentials = SandboxAPIError(
        status: 401, category: "INVALID_AUTHENTICATION",
        message: "Authentication credentials are invalid: the access token provided is invalid or expired. "
            + "This API supports OAuth 2.0 authentication and you can find more details at "
            + "https://developers.hubspot.com/docs/methods/auth/oauth-overview")

    /// 403 `MISSING_SCOPES` when the token was not granted any of `scopes`, in the shape of the bodies HubSpot
    /// is seen to send: the scopes sit in `errors[0].context.requiredGranularScopes` (see
    /// docs/decisions/0030-missing-scopes.md).
    public static func missingScopes(_ scopes: [String]) -> SandboxAPIError {
        var error = SandboxAPIError(
            status: 403, category: "MISSING_SCOPES",
            message: "This app hasn't been granted all required scopes to make this call. Read more about required "
                + "scopes here: https://developers.hubspot.com/scopes.",
            errors: [
                APIErrorBody.Detail(
                    message: "One or more of the following scopes are required.",
                    context: ["requiredGranularScopes": scopes])
            ])
        error.body.links = ["scopes": "https://developers.hubspot.com/scopes"]
        return error
    }

    /// 500 for a failure inside the sandbox itself.
    public static func internalError(_ message: String) -> SandboxAPIError {
        SandboxAPIError(status: 500, category: "INTERNAL_ERROR", message: message)
    }
}
