import Foundation
import HubSpot
import Sandbox
import Testing

@Suite("GET /crm/v3/properties/{type}")
struct PropertiesTests {
    @Test("contacts have firstname with its label, and read-only system properties")
    func contactProperties() async throws {
        try await SandboxHarness.with { sandbox in
            let page = try await sandbox.decode(CollectionPage<PropertyDefinition>.self, "/crm/v3/properties/contacts")
            #expect(page.paging == nil)
            let byName = Dictionary(uniqueKeysWithValues: page.results.map { ($0.name, $0) })
            let firstname = try #require(byName["firstname"])
            #expect(firstname.label == "First Name")
            #expect(firstname.type == "string" && firstname.fieldType == "text")
            #expect(firstname.groupName == "contactinformation")
            #expect(firstname.modificationMetadata?.readOnlyValue == false)
            for name in ["hs_object_id", "createdate", "lastmodifieddate"] {
                #expect(byName[name]?.modificationMetadata?.readOnlyValue == true, "\(name)")
            }
            let stage = try #require(byName["lifecyclestage"])
            #expect(stage.type == "enumeration")
            #expect(stage.options.map(\.value).contains("marketingqualifiedlead"))
            #expect(byName["num_associated_deals"]?.calculated == true)
            #expect(byName["hubspot_owner_id"]?.referencedObjectType == "OWNER")
        }
    }

    @Test("every demo type has definitions covering the values its records hold")
    func definitionsCoverValues() throws {
        let portal = Portal(seed: 5, scale: 0.2)
        for type in [
            "contacts", "companies", "deals", "tickets", "products", "line_items", "notes", "calls",
            "emails", "meetings", "tasks",
        ] {
            let names = Set(try portal.propertyDefinitions(of: type).map(\.name))
            for record in portal.records(of: type) {
                let unknown = Set(record.properties.keys).subtracting(names)
                #expect(unknown.isEmpty, "\(type) \(record.id) has undefined \(unknown)")
            }
        }
    }

    @Test("enumeration values stored on records are among the options")
    func enumerationValuesAreOptions() throws {
        let portal = Portal(seed: 11)
        for type in ["deals", "tickets", "contacts", "calls", "tasks", "emails"] {
            let enumerations = try portal.propertyDefinitions(of: type).filter { $0.type == "enumeration" }
            for record in portal.records(of: type) {
                for definition in enumerations {
                    guard let value = record[property: definition.name] else { continue }
                    #expect(
                        definition.options.contains { $0.value == value },
                        "\(type).\(definition.name) = \(value)")
                }
            }
        }
    }

    @Test("a type outside the demo gets the minimal set; an unknown type is a 400")
    func minimalAndUnknown() async throws {
        try await SandboxHarness.with { sandbox in
            let page = try await sandbox.decode(CollectionPage<PropertyDefinition>.self, "/crm/v3/properties/0-421")
            let names = Set(page.results.map(\.name))
            #expect(
                names.isSuperset(of: ["hs_object_id", "hs_createdate", "hs_lastmodifieddate", "hs_appointment_name"]))
            let body = try await sandbox.error("/crm/v3/properties/gadgets", status: 400)
            #expect(body.message?.contains("gadgets") == true)
        }
    }
}
