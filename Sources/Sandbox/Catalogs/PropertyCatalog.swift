import Foundation
import HubSpot

/// The property definitions the sandbox serves, per object type, shaped like HubSpot's.
enum PropertyCatalog {
    /// How a property is stored and edited: HubSpot's (`type`, `fieldType`) pairs.
    enum Kind {
        case text, textarea, html, select, radio, checkbox, number, date, datetime, bool, phone

        var typeAndField: (String, String) {
            switch self {
            case .text: ("string", "text")
            case .textarea: ("string", "textarea")
            case .html: ("string", "html")
            case .select: ("enumeration", "select")
            case .radio: ("enumeration", "radio")
            case .checkbox: ("enumeration", "checkbox")
            case .number: ("number", "number")
            case .date: ("date", "date")
            case .datetime: ("datetime", "date")
            case .bool: ("bool", "booleancheckbox")
            case .phone: ("phone_number", "phonenumber")
            }
        }
    }

    /// Definitions are dated at a fixed instant so the properties endpoint is as deterministic as the data.
    static let definedAt = HubSpotTimestamp.parse("2020-01-01T00:00:00.000Z")!

    /// Builds one HubSpot-defined property; `readOnly` marks system-set values (ids, dates).
    static func property(
        _ name: String, _ label: String, _ kind: Kind, group: String, options: [(String, String)] = [],
        description: String = "", readOnly: Bool = false, calculated: Bool = false, unique: Bool = false,
        hidden: Bool = false, referencedObjectType: String? = nil
    ) -> PropertyDefinition {
        let (type, fieldType) = kind.typeAndField
        var optionValues = options.enumerated().map { index, option in
            PropertyDefinition.Option(label: option.0, value: option.1, hidden: false, displayOrder: index)
        }
        if kind == .bool && optionValues.isEmpty {
            optionValues = [
                .init(label: "Yes", value: "true", displayOrder: 0),
                .init(label: "No", value: "false", displayOrder: 1),
            ]
        }
        let systemSet = readOnly || calculated
        return PropertyDefinition(
            name: name, label: label, type: type, fieldType: fieldType, groupName: group,
            description: description, options: optionValues, displayOrder: -1, hasUniqueValue: unique,
            hidden: hidden, formField: !systemSet && !hidden, calculated: calculated, externalOptions: false,
            hubspotDefined: true,
            modificationMetadata: .init(archivable: false, readOnlyDefinition: true, readOnlyValue: systemSet),
            referencedObjectType: referencedObjectType, createdAt: definedAt, updatedAt: definedAt,
            archived: false)
    }

    /// The definitions for `type`: the full catalog for the demo types, a minimal set for the rest.
    static func definitions(for type: ObjectType) -> [PropertyDefinition] {
        let specific: [PropertyDefinition]
        switch type.id {
        case "0-1": specific = contactProperties
        case "0-2": specific = companyProperties
        case "0-3": specific = dealProperties
        case "0-5": specific = ticketProperties
        case "0-7": specific = productProperties
        case "0-8": specific = lineItemProperties
        case "0-46", "0-48", "0-49", "0-47", "0-27": specific = activityProperties(type.id)
        default: specific = minimalProperties(type)
        }
        // Records that can pin an activity carry the pin as a property (seed 001's pinning rule).
        let pin =
            type.canPinActivity
            ? [
                property(
                    "hs_pinned_engagement_id", "Pinned Engagement ID", .number, group: groupName(type),
                    description: "The id of the activity pinned to the top of this record's timeline.")
            ]
            : []
        return numbered(specific + pin + systemProperties(typeID: type.id, group: groupName(type)))
    }

    /// What `GET /crm/v3/objects/{type}` returns when no `properties` are asked for.
    static func defaultPropertyNames(typeID: String) -> [String] {
        switch typeID {
        case "0-1": ["createdate", "email", "firstname", "hs_object_id", "lastmodifieddate", "lastname"]
        case "0-2": ["createdate", "domain", "hs_lastmodifieddate", "hs_object_id", "name"]
        case "0-3":
            [
                "amount", "closedate", "createdate", "dealname", "dealstage", "hs_lastmodifieddate",
                "hs_object_id", "pipeline",
            ]
        case "0-5":
            [
                "content", "createdate", "hs_lastmodifieddate", "hs_object_id", "hs_pipeline",
                "hs_pipeline_stage", "hs_ticket_category", "hs_ticket_priority", "subject",
            ]
        default: ["hs_createdate", "hs_lastmodifieddate", "hs_object_id"]
        }
    }

    /// `contactinformation`, `dealinformation`, …: HubSpot's main group name per type.
    static func groupName(_ type: ObjectType) -> String {
        type.singularLabel.lowercased().replacingOccurrences(of: " ", with: "") + "information"
    }

    /// The owner picker: an enumeration whose options are the portal's owners.
    static func ownerProperty(group: String) -> PropertyDefinition {
        property(
            "hubspot_owner_id", "Owner", .select, group: group,
            options: SandboxOwner.demo.map { ($0.fullName, $0.id) },
            description: "The owner of the record.", referencedObjectType: "OWNER")
    }

    // MARK: - Shared pieces

    private static func systemProperties(typeID: String, group: String) -> [PropertyDefinition] {
        var result = [
            property(
                "hs_object_id", "Record ID", .number, group: group,
                description: "The unique ID for this record. This value is set automatically by HubSpot.",
                readOnly: true)
        ]
        let created = PortalState.createdDateNames(typeID: typeID)
        if created.contains("createdate") {
            result.append(
                property(
                    "createdate", "Create Date", .datetime, group: group,
                    description: "The date the record was created.", readOnly: true))
        }
        if created.contains("hs_createdate") {
            result.append(
                property(
                    "hs_createdate", "Created at", .datetime, group: group,
                    description: "The date and time at which this object was created.",
                    readOnly: true))
        }
        for name in PortalState.modifiedDateNames(typeID: typeID) {
            result.append(
                property(
                    name, "Last Modified Date",
                    .datetime, group: group,
                    description: "Most recent timestamp of any property update for this record.",
                    readOnly: true))
        }
        return result
    }

    private static func minimalProperties(_ type: ObjectType) -> [PropertyDefinition] {
        var seen = Set(["hs_object_id", "createdate", "hs_createdate", "hs_lastmodifieddate", "lastmodifieddate"])
        let names = (type.titleProperties + type.requiredOnCreate.propertyNames).filter { seen.insert($0).inserted }
        return names.map { name in
            property(
                name, label(fromName: name), name.hasSuffix("_date") || name.hasSuffix("_start") ? .datetime : .text,
                group: groupName(type))
        }
    }

    /// "hs_course_name" → "Course name": a readable label for properties the catalog does not describe.
    private static func label(fromName name: String) -> String {
        let words = name.split(separator: "_").map(String.init).filter { $0 != "hs" }
        let text = words.joined(separator: " ")
        return text.prefix(1).uppercased() + text.dropFirst()
    }

    /// HubSpot numbers properties within their group; the catalog's order is the display order.
    private static func numbered(_ definitions: [PropertyDefinition]) -> [PropertyDefinition] {
        var next: [String: Int] = [:]
        return definitions.map { definition in
            var copy = definition
            if copy.modificationMetadata?.readOnlyValue == true || copy.hidden == true {
                copy.displayOrder = -1
            } else {
                copy.displayOrder = next[copy.groupName, default: 0]
                next[copy.groupName, default: 0] += 1
            }
            return copy
        }
    }
}
