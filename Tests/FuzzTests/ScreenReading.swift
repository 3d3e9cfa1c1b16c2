import Browser
import Foundation

@testable import HubSpot

/// Reads decoded values the way the screens and the cache do, so a value that decodes but then breaks the code
/// reading it (a date that cannot be shown, an option list with repeats) is found too.
enum ScreenReading {
    /// One definition of each kind the record view formats differently.
    static let definitions: [PropertyDefinition] = [
        PropertyDefinition(name: "d", label: "Date", type: "date", fieldType: "date", groupName: ""),
        PropertyDefinition(name: "t", label: "Time", type: "datetime", fieldType: "date", groupName: ""),
        PropertyDefinition(name: "b", label: "Flag", type: "bool", fieldType: "booleancheckbox", groupName: ""),
        PropertyDefinition(name: "h", label: "Notes", type: "string", fieldType: "html", groupName: ""),
        PropertyDefinition(
            name: "e", label: "Stage", type: "enumeration", fieldType: "select", groupName: "",
            options: [.init(label: "A", value: "a"), .init(label: "B", value: "b"), .init(label: "A2", value: "a")]),
    ]

    /// Every property value shown and edited under every kind of definition, and the dates kept as the cache does.
    static func read(_ record: CRMRecord) {
        for (_, value) in record.properties {
            show(value ?? "")
        }
        for entries in (record.propertiesWithHistory ?? [:]).values {
            for entry in entries { show(entry.value) }
        }
        _ = HubSpotTimestamp.format(record.createdAt) + HubSpotTimestamp.format(record.updatedAt)
        _ = record.associations?.values.map { $0.paging?.next?.after }
    }

    /// A definition from the server formatting sample values, as the record view and the editor use it.
    static func read(_ definition: PropertyDefinition) {
        for value in ["a;b", "", "1700000000000", "true", "2024-01-01"] {
            _ = PropertyFormatter.display(value, definition: definition)
            _ = PropertyInput.editableText(value, for: definition)
            _ = PropertyInput.parse(value, for: definition)
        }
        _ = definition.isReadOnly
    }

    /// A page's cursor, as lists and search paging split it.
    static func read<Element>(_ page: CollectionPage<Element>) {
        _ = HubSpotClient.splitSearchCursor(page.nextAfter)
    }

    private static func show(_ value: String) {
        for definition in definitions {
            _ = PropertyFormatter.display(value, definition: definition)
            _ = PropertyInput.editableText(value, for: definition)
        }
    }
}
