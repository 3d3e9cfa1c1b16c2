import Foundation
import HubSpot
import Sandbox
import SpokeTestSupport
import Testing

@Suite("Associations v3 and v4 against the sandbox")
struct AssociationTests {
    /// A contact and a company that are not associated yet.
    static func unrelatedPair(_ client: HubSpotClient) async throws -> (contact: String, company: String) {
        let contact = try await client.listRecords("contacts", ListQuery(limit: 1)).results[0].id
        let linked = Set(
            try await client.associations(of: "contacts", id: contact, to: "companies").results
                .map(\.toObjectId))
        let companies = try await client.listRecords("companies", ListQuery(limit: 50)).results.map(\.id)
        return (contact, try #require(companies.first { !linked.contains($0) }))
    }

    @Test("one default PUT makes contact→company 279 and company→contact 280", arguments: APIVersion.allCases)
    func bothDirections(_ version: APIVersion) async throws {
        try await withSandboxClient(apiVersion: version) { client, _ in
            let (contact, company) = try await Self.unrelatedPair(client)
            let made = try await client.associateDefault("contacts", id: contact, with: "companies", id: company)
            #expect(made.status == "COMPLETE")
            #expect(Set(made.results.map(\.associationSpec.associationTypeId)) == [279, 280])
            let forward = try await client.associations(of: "contacts", id: contact, to: "companies").results
            let toCompany = try #require(forward.first { $0.toObjectId == company })
            #expect(toCompany.associationTypes.map(\.spec) == [AssociationSpec(.hubspotDefined, 279)])
            #expect(toCompany.associationTypes.allSatisfy { $0.label == nil })
            let backward = try await client.associations(of: "0-2", id: company, to: "0-1").results
            let toContact = try #require(backward.first { $0.toObjectId == contact })
            #expect(toContact.associationTypes.map(\.typeId) == [280])
        }
    }

    @Test(
        "a labelled PUT answers with the label and the listing shows it; singular type names work",
        arguments: APIVersion.allCases)
    func labelledPut(_ version: APIVersion) async throws {
        try await withSandboxClient(apiVersion: version) { client, _ in
            let (contact, company) = try await Self.unrelatedPair(client)
            let labels = try await client.associationLabels(from: "contact", to: "company")
            let decisionMaker = try #require(labels.first { $0.label == "Decision maker" })
            #expect(decisionMaker.category == .userDefined)
            let pair = try await client.associate(
                "contact", id: contact, with: "company", id: company,
                types: [AssociationSpec(.hubspotDefined, 279), decisionMaker.spec])
            #expect(pair.labels == ["Decision maker"])
            #expect(pair.fromObjectTypeId == "0-1" && pair.toObjectId == company)
            let listed = try await client.associations(of: "contacts", id: contact, to: "companies").results
            #expect(listed.first { $0.toObjectId == company }?.labels == ["Decision maker"])
            // The inverse label shows from the company's side.
            let back = try await client.associations(of: "companies", id: company, to: "contacts").results
            #expect(back.first { $0.toObjectId == contact }?.labels == ["Decision maker at"])
        }
    }

    @Test("a type the pair does not have is a 400, a missing record a 404", arguments: APIVersion.allCases)
    func badInputs(_ version: APIVersion) async throws {
        try await withSandboxClient(apiVersion: version) { client, _ in
            let (contact, company) = try await Self.unrelatedPair(client)
            #expect(
                await failureStatus {
                    _ = try await client.associate(
                        "contacts", id: contact, with: "companies", id: company,
                        types: [AssociationSpec(.hubspotDefined, 3)])
                } == 400)
            #expect(
                await failureStatus {
                    _ = try await client.associateDefault("contacts", id: "999999999", with: "companies", id: company)
                } == 404)
        }
    }

    @Test("DELETE removes every type between the pair, both ways", arguments: APIVersion.allCases)
    func deleteRemoves(_ version: APIVersion) async throws {
        try await withSandboxClient(apiVersion: version) { client, _ in
            let contact = try await client.listRecords("contacts", ListQuery(limit: 1)).results[0].id
            let before = try await client.associations(of: "contacts", id: contact, to: "companies").results
            let company = try #require(before.first).toObjectId
            #expect(try #require(before.first).associationTypes.count >= 2, "the demo makes default and Primary")
            try await client.removeAssociations("contacts", id: contact, from: "companies", id: company)
            let after = try await client.associations(of: "contacts", id: contact, to: "companies").results
            #expect(!after.contains { $0.toObjectId == company })
            let back = try await client.associations(of: "companies", id: company, to: "contacts").results
            #expect(!back.contains { $0.toObjectId == contact })
        }
    }

    @Test(
        "more than 500 associations page with after, each exactly once (2026-09: through the batch read)",
        arguments: APIVersion.allCases)
    func pagingOverManyAssociations(version: APIVersion) async throws {
        try await withSandboxClient(apiVersion: version) { client, server in
            let company = server.portal.insert("companies", properties: ["name": "Crowded Inc"])
            var expected: Set<String> = []
            for index in 0..<620 {
                let contact = server.portal.insert(
                    "contacts", properties: ["email": "c\(index)@crowded.example"],
                    associations: [("companies", company.id)])
                expected.insert(contact.id)
            }
            var seen: [String] = []
            var after: String?
            var pages = 0
            repeat {
                let page = try await client.associations(of: "companies", id: company.id, to: "contacts", after: after)
                #expect(page.results.count <= 500)
                seen += page.results.map(\.toObjectId)
                after = page.nextAfter
                pages += 1
            } while after != nil && pages < 10
            #expect(pages == 2)
            #expect(seen.count == 620 && Set(seen) == expected)
            // The per-record list and its limit are legacy's (and 2026-03's); 2026-09 has no such call.
            guard version.listsAssociationsPerRecord else { return }
            let small = try await client.associations(of: "companies", id: company.id, to: "contacts", limit: 7)
            #expect(small.results.count == 7 && small.nextAfter != nil)
            #expect(
                await failureStatus {
                    _ = try await client.associations(of: "companies", id: company.id, to: "contacts", limit: 501)
                } == 400)
        }
    }

    @Test("batch read takes at most 1000 ids and pages each record's associations", arguments: APIVersion.allCases)
    func batchRead(_ version: APIVersion) async throws {
        try await withSandboxClient(apiVersion: version) { client, _ in
            let contacts = try await client.listRecords("contacts", ListQuery(limit: 5)).results.map(\.id)
            let read = try await client.batchReadAssociations(from: "contacts", to: "companies", ids: contacts)
            #expect(Set(read.results.map(\.from.id)) == Set(contacts))
            #expect(read.results.allSatisfy { !$0.to.isEmpty })
            #expect(read.numErrors == nil && read.errors == nil)
            let thousand = contacts + (0..<995).map { String(900_000_000 + $0) }
            let partial = try await client.batchReadAssociations(from: "contacts", to: "companies", ids: thousand)
            #expect(partial.results.count == 5 && partial.numErrors == 995)
            #expect(partial.errors?.first?.category == "OBJECT_NOT_FOUND")
            #expect(partial.errors?.first?.context["fromObjectId"]?.first == "900000000")
            #expect(
                await failureStatus {
                    _ = try await client.batchReadAssociations(from: "contacts", to: "companies", ids: thousand + ["1"])
                } == 400)
        }
    }

    @Test("batch create, associate/default, labels/archive and archive", arguments: APIVersion.allCases)
    func batchWrites(_ version: APIVersion) async throws {
        try await withSandboxClient(apiVersion: version) { client, _ in
            let (contact, company) = try await Self.unrelatedPair(client)
            let primary = AssociationSpec(.hubspotDefined, 1)
            let created = try await client.batchCreateAssociations(
                from: "contacts", to: "companies",
                [AssociationPairInput(fromId: contact, toId: company, types: [primary])])
            #expect(created.results.first?.labels == ["Primary"] && created.numErrors == nil)
            let mixed = try await client.batchCreateAssociations(
                from: "contacts", to: "companies",
                [
                    AssociationPairInput(fromId: contact, toId: company, types: [primary]),
                    AssociationPairInput(fromId: "999999999", toId: company, types: [primary]),
                ])
            #expect(mixed.results.count == 1 && mixed.numErrors == 1)
            #expect(mixed.errors?.first?.category == "OBJECT_NOT_FOUND")
            #expect(
                await failureStatus {
                    _ = try await client.batchCreateAssociations(
                        from: "contacts", to: "companies",
                        [
                            AssociationPairInput(fromId: "999999999", toId: company, types: [primary])
                        ])
                } == 404)
            let afterCreate = try await client.associations(of: "contacts", id: contact, to: "companies").results
                .first { $0.toObjectId == company }?.associationTypes.map(\.typeId)
            #expect(afterCreate.map(Set.init) == [1, 279], "a labelled association brings the default with it")
            let defaults = try await client.batchAssociateDefault(
                from: "contacts", to: "companies",
                pairs: [(contact, company)])
            #expect(defaults.results.contains { $0.associationSpec.associationTypeId == 279 })
            var types = try await client.associations(of: "contacts", id: contact, to: "companies").results
                .first { $0.toObjectId == company }?.associationTypes.map(\.typeId)
            #expect(types.map(Set.init) == [1, 279])
            try await client.batchArchiveAssociationLabels(
                from: "contacts", to: "companies",
                [AssociationPairInput(fromId: contact, toId: company, types: [primary])])
            types = try await client.associations(of: "contacts", id: contact, to: "companies").results
                .first { $0.toObjectId == company }?.associationTypes.map(\.typeId)
            #expect(types == [279])
            try await client.batchArchiveAssociations(from: "contacts", to: "companies", [contact: [company]])
            let left = try await client.associations(of: "contacts", id: contact, to: "companies").results
            #expect(!left.contains { $0.toObjectId == company })
        }
    }

    @Test(
        "v3 PUT returns the record with its associations; v3 DELETE removes that type (legacy: no release has them)")
    func v3() async throws {
        try await withSandboxClient(apiVersion: .legacy) { client, _ in
            let (contact, company) = try await Self.unrelatedPair(client)
            let record = try await client.associateV3(
                "contacts", id: contact, with: "companies", id: company,
                associationType: "279")
            #expect(record.id == contact)
            #expect(record.associations?["companies"]?.results.contains { $0.id == company } == true)
            try await client.removeAssociationV3(
                "contacts", id: contact, from: "companies", id: company,
                associationType: "contact_to_company_unlabeled")
            let left = try await client.associations(of: "contacts", id: contact, to: "companies").results
            #expect(!left.contains { $0.toObjectId == company })
        }
    }

    @Test("toObjectId decodes from a string or a number")
    func lenientIds() throws {
        let json =
            #"{"results":[{"toObjectId":123,"associationTypes":[{"category":"HUBSPOT_DEFINED","typeId":279}]},"#
            + #"{"toObjectId":"456","associationTypes":[]}]}"#
        let page = try HubSpotJSON.decoder().decode(CollectionPage<AssociatedObject>.self, from: Data(json.utf8))
        #expect(page.results.map(\.toObjectId) == ["123", "456"])
        #expect(page.results[0].associationTypes[0].label == nil)
    }
}
