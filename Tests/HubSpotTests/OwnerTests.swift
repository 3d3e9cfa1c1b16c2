import Foundation
import HubSpot
import Sandbox
import SpokeTestSupport
import Testing

@Suite("Owners against the sandbox")
struct OwnerTests {
    @Test("owners page with after, each exactly once", arguments: APIVersion.clientSuite)
    func paging(_ version: APIVersion) async throws {
        try await withSandboxClient(apiVersion: version) { client, server in
            var seen: [String] = []
            var after: String?
            var pages = 0
            repeat {
                let page = try await client.owners(after: after, limit: 4)
                seen += page.results.map(\.id)
                after = page.nextAfter
                pages += 1
            } while after != nil && pages < 10
            #expect(seen == server.portal.owners.map(\.id))
            #expect(pages == 2)
            let all = try await client.owners()
            #expect(all.results.count == 6 && all.nextAfter == nil)
            #expect(all.results.allSatisfy { $0.type == "PERSON" && !$0.archived && $0.teams?.count == 1 })
            #expect(try await client.owners(archived: true).results.isEmpty)
        }
    }

    @Test("an owner is found by email, by id and by user id", arguments: APIVersion.clientSuite)
    func lookup(_ version: APIVersion) async throws {
        try await withSandboxClient(apiVersion: version) { client, _ in
            let found = try await client.owners(email: "Yuki.Tanaka@spoke-demo.example").results
            let yuki = try #require(found.first)
            #expect(found.count == 1 && yuki.firstName == "Yuki" && yuki.displayName == "Yuki Tanaka")
            #expect(try await client.owner(id: yuki.id) == yuki)
            let userId = try #require(yuki.userId)
            #expect(try await client.owner(id: String(userId), byUserId: true) == yuki)
            #expect(await failureStatus { _ = try await client.owner(id: String(userId)) } == 404)
            #expect(try await client.owners(email: "nobody@example.com").results.isEmpty)
        }
    }
}
