import Foundation
import HubSpot

/// Turns stored property values into what a person reads: option labels, dates, yes/no.
public enum PropertyFormatter {
    /// The display form of `value` for `definition`; unknown shapes come back unchanged.
    public static func display(_ value: String, definition: PropertyDefinition?) -> String {
        guard let definition else { return value }
        switch definition.type {
        case "enumeration":
            return definition.displayValue(value)
        case "bool":
            switch value.lowercased() {
            case "true": return "yes"
            case "false": return "no"
            default: return value
            }
        case "date":
            return HubSpotTimestamp.parsePropertyValue(value).map { String(HubSpotTimestamp.format($0).prefix(10)) }
                ?? value
        case "datetime":
            guard let date = HubSpotTimestamp.parsePropertyValue(value) else { return value }
            let text = HubSpotTimestamp.format(date)
            // Dates kept in datetime properties (a deal's close date) sit at midnight UTC.
            if text.hasSuffix("T00:00:00.000Z") { return String(text.prefix(10)) }
            return "\(text.prefix(10)) \(text.dropFirst(11).prefix(5)) UTC"
        default:
            if definition.fieldType == "html" || definition.fieldType == "textarea" {
                return oneLine(value)
            }
            return value
        }
    }

    /// Text with HTML tags dropped, common entities decoded, and whitespace runs collapsed.
    public static func oneLine(_ value: String) -> String {
        var text = ""
        var inTag = false
        for character in value {
            if character == "<" {
                inTag = true
                text.append(" ")
                continue
            }
            if character == ">", inTag {
                inTag = false
                continue
            }
            if !inTag { text.append(character) }
        }
        for (entity, replacement) in [
            "&nbsp;": " ", "&amp;": "&", "&lt;": "<", "&gt;": ">", "&quot;": "\"", "&#39;": "'",
        ] {
            text = text.replacingOccurrences(of: entity, with: replacement)
        }
        return text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" || $0 == "\r" })
            .joined(separator: " ")
    }
}
