import Foundation
import HubSpot
import Sandbox
import SpokeTestSupport
import Testing

@Suite("The rules HubSpot enforces on writes")
struct RulesTests {
    @Test(
        "a duplicate contact email is a 409 CONFLICT naming the existing id, on create and on update",
        arguments: APIVersion.clientSuite)
    func duplicateEmail(_ version: APIVersion) async throws {
        try await withSandboxClient(apiVersion: version) { client, _ in
            let email = WriteTestSupport.email("dup")
            let first = try await client.createRecord("contacts", properties: ["email": email])
            let onCreate = await #expect(throws: HubSpotError.self) {
                _ = try await client.createRecord("contacts", properties: ["email": email.uppercased()])
            }
            guard let (status, body) = WriteTestSupport.apiError(onCreate) else { return }
            #expect(status == 409)
            #expect(body.category == "CONFLICT")
            #expect(body.message == "Contact already exists. Existing ID: \(first.id)")
            let other = try await client.createRecord(
                "contacts", properties: ["email": WriteTestSupport.email("other")])
            let onUpdate = await #expect(throws: HubSpotError.self) {
                _ = try await client.updateRecord("contacts", id: other.id, properties: ["email": email])
            }
            #expect(onUpdate?.status == 409)
            #expect(onUpdate?.message.contains(first.id) == true)
        }
    }

    @Test(
        "a value of a hasUniqueValue property held by another record is a 409 naming it",
        arguments: APIVersion.clientSuite
    )
    func uniqueProperty(_ version: APIVersion) async throws {
        try await withSandboxClient(apiVersion: version) { client, _ in
            let deal = [
                "dealname": "Unique", "pipeline": "default", "dealstage": "qualifiedtobuy",
                "deal_reference": "REF-1",
            ]
            let first = try await client.createRecord("deals", properties: deal)
            let error = await #expect(throws: HubSpotError.self) {
                _ = try await client.createRecord("deals", properties: deal)
            }
            guard let (status, body) = WriteTestSupport.apiError(error) else { return }
            #expect(status == 409)
            #expect(body.message?.contains("deal_reference") == true)
            #expect(body.message?.contains(first.id) == true)
            #expect(body.errors?.first?.in == "deal_reference")
        }
    }

    @Test("a missing required property is a 400 naming it", arguments: APIVersion.clientSuite)
    func missingRequired(_ version: APIVersion) async throws {
        try await withSandboxClient(apiVersion: version) { client, _ in
            let error = await #expect(throws: HubSpotError.self) {
                _ = try await client.createRecord("deals", properties: ["dealname": "No stage", "pipeline": "default"])
            }
            guard let (status, body) = WriteTestSupport.apiError(error) else { return }
            #expect(status == 400)
            #expect(body.category == "VALIDATION_ERROR")
            #expect(body.message?.hasPrefix("Property values were not valid") == true)
            #expect(body.message?.contains("dealstage") == true)
            #expect(body.errors?.map(\.in) == ["dealstage"])
            #expect(body.errors?.first?.code == "REQUIRED_FIELD")
            #expect(body.errors?.first?.context?["propertyName"] == ["dealstage"])
            let contact = await #expect(throws: HubSpotError.self) {
                _ = try await client.createRecord("contacts", properties: ["jobtitle": "Nobody"])
            }
            #expect(contact?.status == 400)
            #expect(
                Set(WriteTestSupport.apiError(contact)?.body.errors?.compactMap(\.in) ?? [])
                    == ["email", "firstname", "lastname"])
        }
    }

    @Test(
        "unknown and read-only properties are 400s naming the property",
        arguments: APIVersion.clientSuite,
        [
            ("no_such_property", "PROPERTY_DOESNT_EXIST"), ("hs_object_id", "READ_ONLY_VALUE"),
            ("createdate", "READ_ONLY_VALUE"), ("num_associated_deals", "READ_ONLY_VALUE"),
        ])
    func unknownAndReadOnly(version: APIVersion, case: (property: String, code: String)) async throws {
        let (property, code) = `case`
        try await withSandboxClient(apiVersion: version) { client, _ in
            let contact = try await client.listRecords("contacts", ListQuery(limit: 1)).results[0]
            let error = await #expect(throws: HubSpotError.self) {
                _ = try await client.updateRecord("contacts", id: contact.id, properties: [property: "123"])
            }
            guard let (status, body) = WriteTestSupport.apiError(error) else { return }
            #expect(status == 400)
            #expect(body.message?.contains(property) == true)
            #expect(body.errors?.first?.in == property)
            #expect(body.errors?.first?.code == code)
        }
    }

    @Test(
        "values are checked against the property's type",
        arguments: APIVersion.clientSuite,
        [
            ("amount", "12abc", "INVALID_DECIMAL"), ("dealstage", "nonsense", "INVALID_OPTION"),
            // Decimal notation only: Swift's Double reads these, HubSpot does not (issue 15, item 10).
            ("amount", "0x1p3", "INVALID_DECIMAL"), ("amount", "0x10", "INVALID_DECIMAL"),
            ("closedate", "yesterday", "INVALID_DATETIME"), ("hs_is_closed_won", "yes", "READ_ONLY_VALUE"),
            ("hs_priority", "urgent", "INVALID_OPTION"),
            // Surrounding whitespace in a value that is not a string is refused, invisible characters too.
            ("amount", " 12", "INVALID_WHITESPACE"), ("dealstage", "closedwon ", "INVALID_WHITESPACE"),
            ("closedate", "\u{200B}1767225600000", "INVALID_WHITESPACE"),
        ])
    func typeChecks(version: APIVersion, case: (property: String, value: String, code: String)) async throws {
        let (property, value, code) = `case`
        try await withSandboxClient(apiVersion: version) { client, _ in
            let deal = try await client.listRecords("deals", ListQuery(limit: 1)).results[0]
            let error = await #expect(throws: HubSpotError.self) {
                _ = try await client.updateRecord("deals", id: deal.id, properties: [property: value])
            }
            guard let (status, body) = WriteTestSupport.apiError(error) else { return }
            #expect(status == 400)
            #expect(body.errors?.first?.in == property)
            #expect(body.errors?.first?.code == code)
        }
    }

    @Test(
        "a contact's email must be an address (INVALID_EMAIL); text properties may keep their spaces",
        arguments: APIVersion.clientSuite,
        ["not-an-email", "two@@example.com", "no-domain@", "a@b", "spaced out@example.com", "a@b..com"])
    func contactEmails(version: APIVersion, email: String) async throws {
        try await withSandboxClient(apiVersion: version) { client, _ in
            let contact = try await client.listRecords("contacts", ListQuery(limit: 1)).results[0]
            let error = await #expect(throws: HubSpotError.self) {
                _ = try await client.updateRecord("contacts", id: contact.id, properties: ["email": email])
            }
            guard let (status, body) = WriteTestSupport.apiError(error) else { return }
            #expect(status == 400)
            #expect(body.category == "VALIDATION_ERROR")
            #expect(body.errors?.first?.code == "INVALID_EMAIL", "\(email): \(body)")
            let created = await #expect(throws: HubSpotError.self) {
                _ = try await client.createRecord("contacts", properties: ["email": email])
            }
            #expect(WriteTestSupport.apiError(created)?.1.errors?.first?.code == "INVALID_EMAIL")
            let spaced = try await client.updateRecord("contacts", id: contact.id, properties: ["jobtitle": " Chief "])
            #expect(spaced[property: "jobtitle"] == " Chief ", "a string keeps its spaces")
        }
    }

    @Test("good values of each type are accepted", arguments: APIVersion.clientSuite)
    func goodValues(_ version: APIVersion) async throws {
        try await withSandboxClient(apiVersion: version) { client, _ in
            let deal = try await client.listRecords("deals", ListQuery(limit: 1)).results[0]
            // Not negative: the demo portal's validation rules keep a deal's amount between 0 and 10,000,000.
            for (property, value) in [
                ("amount", "12.75"), ("closedate", "1767225600000"),
                ("closedate", "2026-03-01T12:00:00Z"), ("dealstage", "closedwon"),
            ] {
                let updated = try await client.updateRecord("deals", id: deal.id, properties: [property: value])
                #expect(updated[property: property] == value)
            }
            let ticket = try await client.listRecords("tickets", ListQuery(limit: 1)).results[0]
            let defs = try await client.properties(of: "tickets")
            let category = try #require(defs.first { $0.name == "hs_ticket_category" })
            let both = category.options.prefix(2).map(\.value).joined(separator: ";")
            let updated = try await client.updateRecord(
                "tickets", id: ticket.id, properties: ["hs_ticket_category": both])
            #expect(updated[property: "hs_ticket_category"] == both)
            let bad = await #expect(throws: HubSpotError.self) {
                _ = try await client.updateRecord(
                    "tickets", id: ticket.id,
                    properties: ["hs_ticket_category": "\(both);BOGUS"])
            }
            #expect(WriteTestSupport.apiError(bad)?.body.errors?.first?.code == "INVALID_OPTION")
            let contact = try await client.listRecords("contacts", ListQuery(limit: 1)).results[0]
            let optedOut = try await client.updateRecord(
                "contacts", id: contact.id,
                properties: ["hs_email_optout": "true"])
            #expect(optedOut[property: "hs_email_optout"] == "true")
            let notBool = await #expect(throws: HubSpotError.self) {
                _ = try await client.updateRecord("contacts", id: contact.id, properties: ["hs_email_optout": "maybe"])
            }
            #expect(WriteTestSupport.apiError(notBool)?.body.errors?.first?.code == "INVALID_BOOLEAN")
        }
    }

    @Test(
        "pinning: an unassociated activity is a 400, an associated one pins, \"\" unpins",
        arguments: APIVersion.clientSuite)
    func pinning(_ version: APIVersion) async throws {
        try await withSandboxClient(apiVersion: version) { client, _ in
            let contact = try await client.createRecord(
                "contacts", properties: ["email": WriteTestSupport.email("pin")])
            let loose = try await client.createRecord(
                "notes",
                properties: [
                    "hs_timestamp": WriteTestSupport.timestamp, "hs_note_body": "not linked",
                ])
            let error = await #expect(throws: HubSpotError.self) {
                _ = try await client.updateRecord(
                    "contacts", id: contact.id,
                    properties: ["hs_pinned_engagement_id": loose.id])
            }
            guard let (status, body) = WriteTestSupport.apiError(error) else { return }
            #expect(status == 400)
            #expect(body.errors?.first?.in == "hs_pinned_engagement_id")
            #expect(body.message?.contains("hs_pinned_engagement_id") == true)

            let linked = try await client.createRecord(
                "notes", properties: ["hs_timestamp": WriteTestSupport.timestamp, "hs_note_body": "linked"],
                associations: [AssociationInput(toId: contact.id, types: [AssociationSpec(.hubspotDefined, 202)])])
            let pinned = try await client.updateRecord(
                "contacts", id: contact.id,
                properties: ["hs_pinned_engagement_id": linked.id])
            #expect(pinned[property: "hs_pinned_engagement_id"] == linked.id)
            let unpinned = try await client.updateRecord(
                "contacts", id: contact.id,
                properties: ["hs_pinned_engagement_id": ""])
            #expect(unpinned.properties["hs_pinned_engagement_id"] == nil)
        }
    }

    @Test("pinning on create: the activity must be associated in the same request", arguments: APIVersion.clientSuite)
    func pinningOnCreate(_ version: APIVersion) async throws {
        try await withSandboxClient(apiVersion: version) { client, _ in
            let note = try await client.createRecord("notes", properties: ["hs_timestamp": WriteTestSupport.timestamp])
            let deal = [
                "dealname": "Pinned", "pipeline": "default", "dealstage": "qualifiedtobuy",
                "hs_pinned_engagement_id": note.id,
            ]
            let error = await #expect(throws: HubSpotError.self) {
                _ = try await client.createRecord("deals", properties: deal)
            }
            #expect(error?.status == 400)
            let created = try await client.createRecord(
                "deals", properties: deal,
                associations: [AssociationInput(toId: note.id, types: [AssociationSpec(.hubspotDefined, 213)])])
            #expect(created[property: "hs_pinned_engagement_id"] == note.id)
        }
    }
}
