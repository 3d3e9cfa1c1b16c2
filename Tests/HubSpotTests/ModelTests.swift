import Foundation
import HubSpot
import Testing

@Suite("Object types, timestamps and error bodies")
struct ModelTests {
    @Test(
        "every row of seed 000's table is in the registry, by id and by name",
        arguments: [
            ("0-2", "companies"), ("0-1", "contacts"), ("0-3", "deals"), ("0-5", "tickets"), ("0-421", "appointments"),
            ("0-48", "calls"), ("0-18", "communications"), ("0-410", "courses"), ("0-49", "emails"),
            ("0-19", "feedback_submissions"), ("0-53", "invoices"), ("0-136", "leads"), ("0-8", "line_items"),
            ("0-420", "listings"), ("0-54", "marketing_events"), ("0-47", "meetings"), ("0-46", "notes"),
            ("0-123", "orders"), ("0-101", "payments"), ("0-116", "postal_mail"), ("0-7", "products"),
            ("0-14", "quotes"), ("0-162", "services"), ("0-69", "subscriptions"), ("0-27", "tasks"), ("0-115", "users"),
        ])
    func registryRow(id: String, name: String) throws {
        let byId = try #require(ObjectTypeRegistry.standard.resolve(id))
        let byName = try #require(ObjectTypeRegistry.standard.resolve(name))
        #expect(byId == byName)
        #expect(byId.name == name)
        #expect(!byId.summary.isEmpty)
    }

    @Test("the sidebar order starts with Contacts, Companies, Deals, Tickets, then activities")
    func sidebarOrder() {
        let names = ObjectTypeRegistry.standard.all.map(\.name)
        #expect(Array(names.prefix(4)) == ["contacts", "companies", "deals", "tickets"])
        let activities = Set(["calls", "communications", "emails", "meetings", "notes", "postal_mail", "tasks"])
        #expect(Set(names[4..<11]) == activities)
        #expect(ObjectTypeRegistry.standard.all.count == 26)
    }

    @Test("required properties on create follow seed 001")
    func requiredProperties() throws {
        let registry = ObjectTypeRegistry.standard
        let deals = try #require(registry.resolve("deals"))
        #expect(deals.requiredOnCreate.missing(from: ["dealname": "X"]) == ["dealstage", "pipeline"])
        let contacts = try #require(registry.resolve("contacts"))
        #expect(contacts.requiredOnCreate.missing(from: ["lastname": "Doe"]).isEmpty)
        #expect(contacts.requiredOnCreate.missing(from: ["phone": "1"]) == ["email", "firstname", "lastname"])
        let tickets = try #require(registry.resolve("0-5"))
        #expect(tickets.requiredOnCreate == .all(["subject", "hs_pipeline_stage", "hs_pipeline"]))
        #expect(
            try #require(registry.resolve("emails")).requiredOnCreate == .all(["hs_timestamp", "hs_email_direction"]))
    }

    @Test("a contact is named by first and last name, else email, else id")
    func displayName() throws {
        let contacts = try #require(ObjectTypeRegistry.standard.resolve("contacts"))
        let date = Date(timeIntervalSince1970: 0)
        func record(_ properties: [String: String?]) -> CRMRecord {
            CRMRecord(id: "7", properties: properties, createdAt: date, updatedAt: date)
        }
        #expect(contacts.displayName(of: record(["firstname": "Ada", "lastname": "Lovelace"])) == "Ada Lovelace")
        #expect(contacts.displayName(of: record(["firstname": nil, "email": "a@b.c"])) == "a@b.c")
        #expect(contacts.displayName(of: record([:])) == "#7")
    }

    @Test(
        "HubSpot timestamps parse with and without milliseconds and print back",
        arguments: [
            ("2019-10-30T03:30:17.883Z", 1_572_406_217.883),
            ("2019-10-30T03:30:17Z", 1_572_406_217.0),
            ("2024-02-29T23:59:59.999+01:00", 1_709_247_599.999),
            ("1970-01-01T00:00:00.000Z", 0),
        ])
    func timestamps(text: String, seconds: Double) throws {
        let date = try #require(HubSpotTimestamp.parse(text))
        #expect(abs(date.timeIntervalSince1970 - seconds) < 0.0005)
        #expect(HubSpotTimestamp.parse(HubSpotTimestamp.format(date)) == date)
    }

    @Test(
        "malformed timestamps are refused",
        arguments: ["", "2019-13-01T00:00:00Z", "yesterday", "2019-10-30T03:30:17.883Zjunk"])
    func badTimestamps(text: String) {
        #expect(HubSpotTimestamp.parse(text) == nil)
    }

    @Test("an error body decodes with or without status, and a StandardError's object subCategory is tolerated")
    func errorBodies() throws {
        let decoder = HubSpotJSON.decoder()
        let docs =
            #"{"status":"error","message":"Property values were not valid","errors":[{"message":"bad","in":"amount"}],"category":"VALIDATION_ERROR","correlationId":"a43683b0"}"#
        let body = try decoder.decode(APIErrorBody.self, from: Data(docs.utf8))
        #expect(body.category == "VALIDATION_ERROR")
        #expect(body.errors?.first?.in == "amount")
        let standard = #"{"message":"x","category":"OBJECT_NOT_FOUND","subCategory":{"a":1},"context":{"id":["9"]}}"#
        let second = try decoder.decode(APIErrorBody.self, from: Data(standard.utf8))
        #expect(second.subCategory == nil)
        #expect(second.context?["id"] == ["9"])
        let rateLimit =
            #"{"status":"error","message":"You have reached your daily limit.","errorType":"RATE_LIMIT","correlationId":"c0","policyName":"DAILY","requestId":"r"}"#
        #expect(try decoder.decode(APIErrorBody.self, from: Data(rateLimit.utf8)).policyName == "DAILY")
    }

    @Test("a record with null property values decodes them as nil")
    func nullProperties() throws {
        let json =
            #"{"id":"512","archived":false,"createdAt":"2019-10-30T03:30:17.883Z","updatedAt":"2019-12-07T16:50:06.678Z","properties":{"property_number":"17","phone":null}}"#
        let record = try HubSpotJSON.decoder().decode(CRMRecord.self, from: Data(json.utf8))
        #expect(record[property: "property_number"] == "17")
        #expect(record[property: "phone"] == nil)
        #expect(record.properties.keys.contains("phone"))
    }
}

@Suite("Record names are text")
struct DisplayNameTests {
    private static func record(_ properties: [String: String]) -> CRMRecord {
        CRMRecord(
            id: "7", properties: properties.mapValues { Optional($0) }, createdAt: Date(timeIntervalSince1970: 0),
            updatedAt: Date(timeIntervalSince1970: 0))
    }

    @Test("a note named by its HTML body reads as text (issue 16, item 5); plain names keep & and <")
    func htmlBodies() throws {
        let notes = try #require(ObjectTypeRegistry.standard.resolve("notes"))
        let title = try #require(notes.titleProperties.first)
        #expect(
            notes.displayName(of: Self.record([title: "<p>Left a voicemail &amp; an email</p><br/>"]))
                == "Left a voicemail & an email")
        let companies = try #require(ObjectTypeRegistry.standard.resolve("companies"))
        #expect(companies.displayName(of: Self.record(["name": "AT&T"])) == "AT&T")
        #expect(companies.displayName(of: Self.record(["name": "Tom <3 Cakes"])) == "Tom <3 Cakes")
    }
}
