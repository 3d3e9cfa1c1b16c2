import Foundation
import HubSpot

/// A property definition with options and dates, to check documents round-trip every field.
enum PropertyDefinitionSample {
    static let firstname = PropertyDefinition(
        name: "lifecyclestage", label: "Lifecycle stage", type: "enumeration", fieldType: "select",
        groupName: "contactinformation", description: "The stage",
        options: [.init(label: "Lead", value: "lead", displayOrder: 1)], displayOrder: 3,
        hubspotDefined: true, createdAt: CacheTestSupport.date(1), updatedAt: CacheTestSupport.date(2))
}
