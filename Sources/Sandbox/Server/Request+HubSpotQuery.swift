import Foundation
import Hummingbird

// Query-string reading with HubSpot's conventions.
extension Request {
    /// A list parameter given comma-separated (`properties=a,b`), repeated (`properties=a&properties=b`),
    /// or both; `nil` when absent or empty, so callers fall back to defaults.
    func queryList(_ name: String) -> [String]? {
        let values = uri.queryParameters.getAll(name)
            .flatMap { $0.split(separator: ",") }
            .map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }
        return values.isEmpty ? nil : values
    }

    /// A single parameter's value, if present.
    func queryValue(_ name: String) -> String? {
        uri.queryParameters.get(name)
    }

    /// A boolean parameter; anything but `true`/`false` is a 400 naming the parameter.
    func queryFlag(_ name: String, default defaultValue: Bool = false) throws(SandboxAPIError) -> Bool {
        guard let text = queryValue(name) else { return defaultValue }
        switch text.lowercased() {
        case "true": return true
        case "false": return false
        default: throw .validation("\(name) must be true or false, but was '\(text)'", field: name)
        }
    }

    /// An integer parameter; a non-number is a 400 naming the parameter.
    func queryInteger(_ name: String) throws(SandboxAPIError) -> Int? {
        guard let text = queryValue(name) else { return nil }
        guard let value = Int(text.trimmingCharacters(in: .whitespaces)) else {
            throw .validation("\(name) must be an integer, but was '\(text)'", field: name, code: "INVALID_INTEGER")
        }
        return value
    }
}
