import Foundation
import HubSpot
import Sandbox
import SpokeTestSupport
import Testing

@Suite("Properties and property groups against the sandbox")
struct PropertyAdminTests {
    @Test("a property is created, read, changed and archived; duplicates are 409", arguments: APIVersion.clientSuite)
    func propertyLifecycle(_ version: APIVersion) async throws {
        try await withSandboxClient(apiVersion: version) { client, _ in
            let input = PropertyCreate(
                name: "favorite_color", label: "Favorite color", type: "enumeration",
                fieldType: "select", groupName: "contactinformation",
                options: [.init(label: "Red", value: "red"), .init(label: "Blue", value: "blue")])
            let created = try await client.createProperty("contacts", input)
            #expect(created.hubspotDefined == false && created.modificationMetadata?.archivable == true)
            #expect(try await client.property("contacts", name: "favorite_color") == created)
            #expect(try await client.properties(of: "contacts").contains { $0.name == "favorite_color" })
            #expect(await failureStatus { _ = try await client.createProperty("contacts", input) } == 409)
            let changed = try await client.updateProperty(
                "contacts", name: "favorite_color",
                PropertyUpdate(label: "Favourite colour"))
            #expect(changed.label == "Favourite colour" && changed.options.count == 2)
            try await client.archiveProperty("contacts", name: "favorite_color")
            #expect(await failureStatus { _ = try await client.property("contacts", name: "favorite_color") } == 404)
            #expect(try await client.property("contacts", name: "favorite_color", archived: true).archived == true)
            #expect(try await !client.properties(of: "contacts").contains { $0.name == "favorite_color" })
            #expect(try await client.properties(of: "contacts", archived: true).map(\.name) == ["favorite_color"])
        }
    }

    @Test("PropertyCreate is validated: enums, name, label and group", arguments: APIVersion.clientSuite)
    func validation(_ version: APIVersion) async throws {
        try await withSandboxClient(apiVersion: version) { client, _ in
            func create(
                _ name: String, _ type: String, _ fieldType: String, group: String = "contactinformation",
                label: String = "X"
            ) async -> Int? {
                await failureStatus {
                    _ = try await client.createProperty(
                        "contacts",
                        PropertyCreate(
                            name: name, label: label, type: type, fieldType: fieldType, groupName: group))
                }
            }
            #expect(await create("ok_one", "string", "text") == nil)
            #expect(await create("bad_type", "text", "text") == 400)
            #expect(await create("bad_field", "string", "dropdown") == 400)
            #expect(await create("Bad Name", "string", "text") == 400)
            #expect(await create("no_label", "string", "text", label: "") == 400)
            #expect(await create("no_group", "string", "text", group: "nosuchgroup") == 400)
            #expect(await create("email", "string", "text") == 409)
            #expect(await failureStatus { try await client.archiveProperty("contacts", name: "email") } == 400)
            #expect(
                await failureStatus {
                    _ = try await client.updateProperty("contacts", name: "email", PropertyUpdate(label: "Mail"))
                } == 400)
        }
    }

    @Test("batch create, read and archive", arguments: APIVersion.clientSuite)
    func batches(_ version: APIVersion) async throws {
        try await withSandboxClient(apiVersion: version) { client, _ in
            let inputs = ["tier", "region"].map {
                PropertyCreate(
                    name: $0, label: $0.capitalized, type: "string", fieldType: "text",
                    groupName: "companyinformation")
            }
            let created = try await client.batchCreateProperties("companies", inputs)
            #expect(created.results.map(\.name) == ["tier", "region"])
            let read = try await client.batchReadProperties("companies", names: ["tier", "name", "nothing"])
            #expect(read.results.map(\.name) == ["tier", "name"])
            try await client.batchArchiveProperties("companies", names: ["tier", "region", "nothing"])
            #expect(try await client.batchReadProperties("companies", names: ["tier", "region"]).results.isEmpty)
        }
    }

    @Test("groups are listed from the catalog, created, changed and archived", arguments: APIVersion.clientSuite)
    func groups(_ version: APIVersion) async throws {
        try await withSandboxClient(apiVersion: version) { client, _ in
            let groups = try await client.propertyGroups("contacts")
            #expect(groups.contains { $0.name == "contactinformation" && $0.label == "Contact information" })
            let created = try await client.createPropertyGroup(
                "contacts", name: "loyalty", label: "Loyalty",
                displayOrder: 3)
            #expect(created == PropertyGroup(name: "loyalty", label: "Loyalty", displayOrder: 3))
            #expect(
                await failureStatus {
                    _ = try await client.createPropertyGroup("contacts", name: "loyalty", label: "Again")
                } == 409)
            #expect(try await client.propertyGroup("contacts", name: "loyalty") == created)
            let renamed = try await client.updatePropertyGroup("contacts", name: "loyalty", label: "Loyalty programme")
            #expect(renamed.label == "Loyalty programme" && renamed.displayOrder == 3)
            _ = try await client.createProperty(
                "contacts",
                PropertyCreate(
                    name: "points", label: "Points", type: "number", fieldType: "number", groupName: "loyalty"))
            try await client.archivePropertyGroup("contacts", name: "loyalty")
            #expect(await failureStatus { _ = try await client.propertyGroup("contacts", name: "loyalty") } == 404)
            #expect(try await !client.propertyGroups("contacts").contains { $0.name == "loyalty" })
        }
    }
}
