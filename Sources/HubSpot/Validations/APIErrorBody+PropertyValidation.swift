import Foundation

// The per-property results HubSpot embeds in a VALIDATION_ERROR's message.
extension APIErrorBody {
    /// The failed entries of the JSON list embedded in `message` (`Property values were not valid: [{…}]`), or
    /// none when the message carries no such list. Never required: the list is only described in a changelog.
    public var propertyValidationResults: [PropertyValidationResult] {
        guard category == "VALIDATION_ERROR", let message, let start = message.firstIndex(of: "["),
            let end = message.lastIndex(of: "]"), start < end
        else { return [] }
        let list = Data(message[start...end].utf8)
        guard let results = try? JSONDecoder().decode([PropertyValidationResult].self, from: list) else { return [] }
        return results.filter { !$0.isValid }
    }
}
