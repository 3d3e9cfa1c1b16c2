import Foundation
import HubSpot
import Sandbox
import SpokeTestSupport
import Testing

@Suite("Batch read, create, update, upsert and archive")
struct BatchTests {
    private static func contactInput(_ tag: String) -> RecordCreateInput {
        RecordCreateInput(properties: ["email": WriteTestSupport.email(tag), "firstname": tag])
    }

    @Test(
        "batch create answers 201 with every record; batch read finds them (a missing id: 207, or 200 with errors in 2026-09)",
        arguments: APIVersion.allCases)
    func createAndRead(version: APIVersion) async throws {
        try await withSandboxClient(apiVersion: version) { client, _ in
            let created = try await client.batchCreate("contacts", (0..<3).map { Self.contactInput("b\($0)") })
            #expect(created.httpStatus == 201)
            #expect(!created.isMultiStatus)
            #expect(created.results.count == 3)
            #expect(created.errors.isEmpty)
            #expect(created.response.status == "COMPLETE")
            let read = try await client.batchRead(
                "contacts", ids: created.results.map(\.id) + ["999999999"],
                properties: ["firstname"])
            #expect(read.httpStatus == (version == .september2026 ? 200 : 207))
            #expect(Set(read.results.map(\.id)) == Set(created.results.map(\.id)))
            #expect(read.results.allSatisfy { $0[property: "firstname"]?.hasPrefix("b") == true })
            #expect(read.errors.first?.status == "404")
            #expect(read.errors.first?.context["ids"] == ["999999999"])
        }
    }

    @Test(
        "some inputs failing gives 207 (2026-09: 201) with per-input errors naming the input and property",
        arguments: APIVersion.allCases)
    func multiStatus(version: APIVersion) async throws {
        try await withSandboxClient(apiVersion: version) { client, _ in
            let taken = WriteTestSupport.email("taken")
            let existing = try await client.createRecord("contacts", properties: ["email": taken])
            let result = try await client.batchCreate(
                "contacts",
                [
                    Self.contactInput("ok"),
                    RecordCreateInput(properties: ["email": taken]),
                    RecordCreateInput(properties: ["firstname": "Bad", "no_such_property": "x"]),
                ])
            // 2026-09 has no 207: a partial failure is the usual status with errors[] and numErrors in the body.
            #expect(result.httpStatus == (version == .september2026 ? 201 : 207))
            #expect(result.isMultiStatus == (version != .september2026))
            #expect(result.results.count == 1)
            #expect(result.response.numErrors == 2)
            let conflict = try #require(result.errors.first { $0.status == "409" })
            #expect(conflict.category == "CONFLICT")
            #expect(conflict.message.contains(existing.id))
            #expect(conflict.context["inputIndex"] == ["1"])
            let invalid = try #require(result.errors.first { $0.status == "400" })
            #expect(invalid.errors.first?.in == "no_such_property")
            #expect(invalid.context["propertyName"] == ["no_such_property"])
        }
    }

    @Test(
        "each input carries an objectWriteTraceId that its result or error repeats; outcomes line up with the inputs",
        arguments: APIVersion.allCases)
    func traceIds(version: APIVersion) async throws {
        try await withSandboxClient(apiVersion: version) { client, _ in
            let contacts = try await client.listRecords("contacts", ListQuery(limit: 3)).results.map(\.id)
            let result = try await client.batchUpdate(
                "contacts",
                [
                    RecordUpdateInput(id: contacts[0], properties: ["jobtitle": "First"]),
                    RecordUpdateInput(id: contacts[1], properties: ["no_such_property": "x"]),
                    RecordUpdateInput(id: contacts[2], properties: ["jobtitle": "Third"], objectWriteTraceId: "mine"),
                ])
            #expect(result.inputTraceIds == ["spoke-0", "spoke-1", "mine"])
            #expect(Set(result.results.compactMap(\.objectWriteTraceId)) == ["spoke-0", "mine"])
            #expect(result.errors.first?.context["objectWriteTraceId"] == ["spoke-1"])
            let outcomes = result.outcomes
            guard outcomes.count == 3 else {
                Issue.record("one outcome per input: \(outcomes)")
                return
            }
            if case .succeeded(let record) = outcomes[0] {
                #expect(record.id == contacts[0])
            } else {
                Issue.record("\(outcomes[0])")
            }
            if case .failed(let error) = outcomes[1] {
                #expect(error.message.contains("no_such_property"))
            } else {
                Issue.record("\(outcomes[1])")
            }
            if case .succeeded(let record) = outcomes[2] {
                #expect(record[property: "jobtitle"] == "Third")
            } else {
                Issue.record("\(outcomes[2])")
            }
        }
    }

    @Test("when every input fails the call fails with the first error's status", arguments: APIVersion.allCases)
    func allFail(_ version: APIVersion) async throws {
        try await withSandboxClient(apiVersion: version) { client, _ in
            let error = await #expect(throws: HubSpotError.self) {
                _ = try await client.batchUpdate(
                    "contacts",
                    [
                        RecordUpdateInput(id: "999999998", properties: ["firstname": "x"]),
                        RecordUpdateInput(id: "999999999", properties: ["firstname": "y"]),
                    ])
            }
            #expect(error?.status == 404)
        }
    }

    @Test("batch update changes each record", arguments: APIVersion.allCases)
    func update(_ version: APIVersion) async throws {
        try await withSandboxClient(apiVersion: version) { client, _ in
            let contacts = try await client.listRecords("contacts", ListQuery(limit: 2)).results
            let result = try await client.batchUpdate(
                "contacts",
                contacts.map {
                    RecordUpdateInput(id: $0.id, properties: ["jobtitle": "Batch \($0.id)"])
                })
            #expect(result.httpStatus == 200)
            #expect(result.results.map { $0[property: "jobtitle"] } == contacts.map { "Batch \($0.id)" })
        }
    }

    @Test("upsert by email creates first (new: true), then updates (new: false)", arguments: APIVersion.allCases)
    func upsert(_ version: APIVersion) async throws {
        try await withSandboxClient(apiVersion: version) { client, _ in
            let email = WriteTestSupport.email("upsert")
            let first = try await client.batchUpsert(
                "contacts",
                [
                    RecordUpsertInput(id: email, idProperty: "email", properties: ["firstname": "One"])
                ])
            #expect(first.results.count == 1)
            #expect(first.results[0].isNew == true)
            #expect(first.results[0].record[property: "email"] == email)
            let second = try await client.batchUpsert(
                "contacts",
                [
                    RecordUpsertInput(id: email, idProperty: "email", properties: ["firstname": "Two"])
                ])
            #expect(second.results[0].isNew == false)
            #expect(second.results[0].record.id == first.results[0].record.id)
            #expect(second.results[0].record[property: "firstname"] == "Two")
        }
    }

    @Test("upsert by a hasUniqueValue property of deals", arguments: APIVersion.allCases)
    func upsertByUniqueProperty(_ version: APIVersion) async throws {
        try await withSandboxClient(apiVersion: version) { client, _ in
            let input = RecordUpsertInput(
                id: "EXT-42", idProperty: "deal_reference",
                properties: [
                    "dealname": "External", "pipeline": "default", "dealstage": "qualifiedtobuy",
                ])
            let first = try await client.batchUpsert("deals", [input])
            #expect(first.results[0].isNew)
            let second = try await client.batchUpsert("deals", [input])
            #expect(!second.results[0].isNew)
            #expect(second.results[0].record.id == first.results[0].record.id)
        }
    }

    @Test("batch archive answers 204 and the records leave reads", arguments: APIVersion.allCases)
    func archive(_ version: APIVersion) async throws {
        try await withSandboxClient(apiVersion: version) { client, _ in
            let created = try await client.batchCreate("contacts", [Self.contactInput("arch")])
            try await client.batchArchive("contacts", ids: created.results.map(\.id) + ["999999999"])
            let error = await #expect(throws: HubSpotError.self) {
                _ = try await client.batchRead("contacts", ids: created.results.map(\.id))
            }
            #expect(error?.status == 404)
            let archived = try await client.batchRead("contacts", ids: created.results.map(\.id), archived: true)
            #expect(archived.results.first?.archived == true)
        }
    }

    @Test("more than 100 inputs, or 50 with histories, is a 400 stating the limit", arguments: APIVersion.allCases)
    func limits(_ version: APIVersion) async throws {
        try await withSandboxClient(apiVersion: version) { client, _ in
            let ids = (0..<101).map { String(100 + $0) }
            let tooMany = await #expect(throws: HubSpotError.self) {
                _ = try await client.batchRead("contacts", ids: ids)
            }
            #expect(tooMany?.status == 400)
            #expect(tooMany?.message.contains("100") == true)
            let exactly = try await client.batchRead("contacts", ids: Array(ids.prefix(100)))
            #expect(exactly.results.count + exactly.errors.count == 100)
            let history = await #expect(throws: HubSpotError.self) {
                _ = try await client.batchRead("contacts", ids: Array(ids.prefix(51)), propertiesWithHistory: ["email"])
            }
            #expect(history?.status == 400)
            #expect(
                history?.message == "The maximum number of inputs supported in a batch request for property "
                    + "histories is 50. Please reduce the number of items and try again")
            let createTooMany = await #expect(throws: HubSpotError.self) {
                _ = try await client.batchCreate("contacts", (0..<101).map { Self.contactInput("n\($0)") })
            }
            #expect(createTooMany?.status == 400)
        }
    }

    @Test("batch read with propertiesWithHistory returns the histories", arguments: APIVersion.allCases)
    func readHistory(_ version: APIVersion) async throws {
        try await withSandboxClient(apiVersion: version) { client, _ in
            let contact = try await client.listRecords("contacts", ListQuery(limit: 1)).results[0]
            _ = try await client.updateRecord("contacts", id: contact.id, properties: ["city": "Ghent"])
            _ = try await client.updateRecord("contacts", id: contact.id, properties: ["city": "Bruges"])
            let read = try await client.batchRead("contacts", ids: [contact.id], propertiesWithHistory: ["city"])
            let values = read.results.first?.propertiesWithHistory?["city"]?.map(\.value) ?? []
            #expect(Array(values.prefix(2)) == ["Bruges", "Ghent"])
        }
    }
}
