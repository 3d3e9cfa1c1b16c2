import Foundation
import HubSpot

// The errors of the write endpoints, worded as HubSpot words them.
extension SandboxAPIError {
    /// One invalid property: its name, HubSpot's code and a message.
    struct PropertyProblem: Sendable, Hashable {
        let name: String
        let code: String
        let message: String
    }

    /// 400 `VALIDATION_ERROR` listing every invalid property, with one `errors` entry per property
    /// (`in` and `context.propertyName` name it, so a form can show the message beside the field).
    static func invalidProperties(_ problems: [PropertyProblem]) -> SandboxAPIError {
        // HubSpot embeds a JSON array of the failures in its message; clients show the message as is.
        let listed: [[String: Any]] = problems.map {
            ["isValid": false, "message": $0.message, "error": $0.code, "name": $0.name]
        }
        let json =
            (try? JSONSerialization.data(withJSONObject: listed, options: [.sortedKeys]))
            .map { String(decoding: $0, as: UTF8.self) } ?? ""
        return SandboxAPIError(
            status: 400, category: "VALIDATION_ERROR", message: "Property values were not valid: \(json)",
            errors: problems.map {
                APIErrorBody.Detail(
                    message: $0.message, code: $0.code, in: $0.name,
                    context: ["propertyName": [$0.name]])
            },
            context: ["propertyName": problems.map(\.name)])
    }

    /// 409 for a contact email already in use, with HubSpot's exact message.
    static func contactExists(existingID: String) -> SandboxAPIError {
        SandboxAPIError(
            status: 409, category: "CONFLICT", message: "Contact already exists. Existing ID: \(existingID)",
            errors: [
                APIErrorBody.Detail(
                    message: "Contact already exists. Existing ID: \(existingID)",
                    code: "CONFLICT", in: "email", context: ["propertyName": ["email"]])
            ],
            context: ["existingId": [existingID], "propertyName": ["email"]])
    }

    /// 409 for a value of a `hasUniqueValue` property that another record already holds.
    static func uniqueValueTaken(property: String, value: String, existingID: String) -> SandboxAPIError {
        let message = "A record with \(property) '\(value)' already exists. Existing ID: \(existingID)"
        return SandboxAPIError(
            status: 409, category: "CONFLICT", message: message,
            errors: [
                APIErrorBody.Detail(
                    message: message, code: "CONFLICT", in: property,
                    context: ["propertyName": [property]])
            ],
            context: ["existingId": [existingID], "propertyName": [property]])
    }

    /// 400 for a batch with too many inputs; the message states the limit.
    static func tooManyInputs(_ count: Int, limit: Int, withHistory: Bool) -> SandboxAPIError {
        let message =
            withHistory
            ? "The maximum number of inputs supported in a batch request for property histories is \(limit). "
                + "Please reduce the number of items and try again"
            : "The maximum number of inputs supported in a batch request is \(limit), but \(count) were given. "
                + "Please reduce the number of items and try again"
        return SandboxAPIError(
            status: 400, category: "VALIDATION_ERROR", message: message,
            context: ["inputs": [String(count)], "limit": [String(limit)]])
    }

    /// 400 for an association input that names no valid type or no existing record.
    static func invalidAssociation(_ message: String, toID: String) -> SandboxAPIError {
        SandboxAPIError(
            status: 400, category: "VALIDATION_ERROR", message: message,
            errors: [APIErrorBody.Detail(message: message, code: "INVALID_ASSOCIATION", in: "associations")],
            context: ["toObjectId": [toID]])
    }
}
