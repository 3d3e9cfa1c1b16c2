import Foundation
import HubSpot
import Sandbox
import SpokeTestSupport
import Testing

@Suite("Custom object schemas against the sandbox")
struct SchemaTests {
    @Test(
        "the demo's cars schema is listed and found by type id, qualified name and name",
        arguments: APIVersion.clientSuite
    )
    func carsSchema(_ version: APIVersion) async throws {
        try await withSandboxClient(apiVersion: version) { client, _ in
            let schemas = try await client.schemas()
            let cars = try #require(schemas.first { $0.name == "cars" })
            #expect(cars.objectTypeId == "2-3465404")
            #expect(cars.fullyQualifiedName == "p1234567_cars")
            #expect(cars.requiredProperties == ["vin", "model"])
            #expect(cars.primaryDisplayProperty == "model")
            #expect(cars.properties.first { $0.name == "vin" }?.hasUniqueValue == true)
            #expect(Set(cars.associations.map(\.toObjectTypeId)) == ["0-1", "0-2"])
            for identifier in ["2-3465404", "p1234567_cars", "cars"] {
                #expect(try await client.schema(identifier) == cars)
            }
            #expect(await failureStatus { _ = try await client.schema("2-1") } == 404)
        }
    }

    @Test(
        "car records list by type id and by name, carry required properties, and link to contacts",
        arguments: APIVersion.clientSuite)
    func carRecords(_ version: APIVersion) async throws {
        try await withSandboxClient(apiVersion: version) { client, _ in
            let byID = try await client.listRecords("2-3465404", ListQuery(limit: 100, properties: ["vin", "model"]))
            let byName = try await client.listRecords("cars", ListQuery(limit: 100, properties: ["vin", "model"]))
            #expect(byID.results.count == 25 && byID == byName)
            #expect(byID.results.allSatisfy { $0[property: "vin"]?.isEmpty == false && $0[property: "model"] != nil })
            let car = byID.results[0]
            let contacts = try await client.associations(of: "cars", id: car.id, to: "contacts").results
            let contact = try #require(contacts.first)
            #expect(contact.associationTypes.first?.category == .userDefined)
            let back = try await client.associations(of: "contacts", id: contact.toObjectId, to: "2-3465404").results
            #expect(back.contains { $0.toObjectId == car.id })
            let properties = try await client.properties(of: "cars")
            #expect(properties.contains { $0.name == "price" } && properties.contains { $0.name == "hs_object_id" })
        }
    }

    @Test(
        "the schema becomes a registry type named by its display property and requiring its properties",
        arguments: APIVersion.clientSuite)
    func objectType(_ version: APIVersion) async throws {
        try await withSandboxClient(apiVersion: version) { client, _ in
            var registry = ObjectTypeRegistry.standard
            for type in try await client.customObjectTypes() { registry.register(type) }
            let cars = try #require(registry.resolve("cars"))
            #expect(cars.id == "2-3465404" && cars.group == .custom && cars.isCustom)
            #expect(cars.requiredOnCreate == .all(["vin", "model"]))
            #expect(cars.titleProperties == ["model"])
            #expect(registry.resolve("Car")?.id == "2-3465404")
        }
    }

    @Test(
        "a new schema registers a type every object route serves; bad schemas are refused",
        arguments: APIVersion.clientSuite)
    func createSchema(_ version: APIVersion) async throws {
        try await withSandboxClient(apiVersion: version) { client, server in
            let input = ObjectSchemaInput(
                name: "boats", labels: ObjectSchemaLabels(singular: "Boat", plural: "Boats"),
                properties: [
                    .init(name: "hull_id", label: "Hull ID", hasUniqueValue: true),
                    .init(name: "length", label: "Length", type: "number", fieldType: "number"),
                ],
                requiredProperties: ["hull_id"], associatedObjects: ["contacts"], primaryDisplayProperty: "hull_id")
            let boats = try await client.createSchema(input)
            #expect(boats.objectTypeId.hasPrefix("2-") && boats.fullyQualifiedName == "p1234567_boats")
            #expect(boats.associations.count == 1)
            #expect(try await client.listRecords(boats.objectTypeId).results.isEmpty)
            let boat = server.portal.insert("boats", properties: ["hull_id": "H-1", "length": "12"])
            let listed = try await client.listRecords("boats", ListQuery(properties: ["hull_id"]))
            #expect(listed.results.map(\.id) == [boat.id])
            #expect(
                try await client.record(boats.fullyQualifiedName, id: boat.id, properties: ["length"])[
                    property: "length"] == "12")
            #expect(try await client.schemas().count == 2)
            #expect(await failureStatus { _ = try await client.createSchema(input) } == 409)
            var bad = input
            bad.name = "planes"
            bad.requiredProperties = ["wingspan"]
            #expect(await failureStatus { _ = try await client.createSchema(bad) } == 400)
            let patched = try await client.updateSchema(
                "boats", ObjectSchemaPatch(requiredProperties: ["hull_id", "length"]))
            #expect(patched.requiredProperties == ["hull_id", "length"])
            let link = try await client.createSchemaAssociation(boats.objectTypeId, from: boats.objectTypeId, to: "0-2")
            #expect(try await client.schema("boats").associations.contains { $0.id == link.id })
            try await client.deleteSchemaAssociation("boats", associationId: link.id)
            #expect(try await client.schema("boats").associations.count == 1)
            #expect(await failureStatus { try await client.deleteSchema("boats") } == 400)
            server.portal.archive("boats", id: boat.id)
            try await client.deleteSchema("boats")
            #expect(await failureStatus { _ = try await client.schema("boats") } == 404)
        }
    }
}
