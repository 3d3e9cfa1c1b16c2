import Foundation
import HubSpot
import Sandbox
import Testing

/// An unknown route and a missing record are both 404 `OBJECT_NOT_FOUND`; only the route says `ROUTE_NOT_FOUND`.
@Suite("Unknown routes on the wire")
struct UnknownRouteWireTests {
    @Test("a path no generation serves is told apart from a missing record", arguments: APIGeneration.allCases)
    func unknownRouteVersusMissingRecord(_ generation: APIGeneration) async throws {
        try await SandboxHarness.with { sandbox in
            let path = "\(generation.objectsPath)/contacts/1/nothing/here"
            let (routeStatus, route) = try await sandbox.send(.get, path)
            #expect(routeStatus == 404)
            #expect(route?["category"] as? String == "OBJECT_NOT_FOUND")
            #expect(route?["subCategory"] as? String == "ROUTE_NOT_FOUND")
            #expect((route?["context"] as? [String: [String]])?["path"] == [path])
            let (recordStatus, record) = try await sandbox.send(.get, "\(generation.objectsPath)/contacts/999999999")
            #expect(recordStatus == 404 && record?["category"] as? String == "OBJECT_NOT_FOUND")
            #expect(record?["subCategory"] == nil)
        }
    }
}
