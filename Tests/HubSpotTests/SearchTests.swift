import Foundation
import HubSpot
import Sandbox
import SpokeTestSupport
import Testing

@Suite("CRM search against the sandbox")
struct SearchTests {
    private func ids(_ client: HubSpotClient, _ type: String, _ request: SearchRequest) async throws -> [String] {
        var all: [String] = []
        for try await page in client.searchPages(type, request) { all += page.map(\.id) }
        return all
    }

    @Test("a query finds a contact by email; total counts the matches", arguments: APIVersion.clientSuite)
    func queryByEmail(_ version: APIVersion) async throws {
        try await withSandboxClient(apiVersion: version) { client, server in
            let target = server.portal.records(of: "contacts")[17]
            let email = try #require(target[property: "email"])
            let page = try await client.search("contacts", SearchRequest(query: email, properties: ["email"]))
            #expect(page.total == 1)
            #expect(page.results.first?.id == target.id)
            let prefix = try await client.search("contacts", SearchRequest(query: String(email.prefix(3))))
            #expect((prefix.total ?? 0) >= 1)
        }
    }

    @Test(
        "every operator on text, numbers and dates agrees with a filter over all records",
        arguments: APIVersion.clientSuite)
    func operators(_ version: APIVersion) async throws {
        try await withSandboxClient(apiVersion: version) { client, server in
            let deals = server.portal.records(of: "deals")
            func amount(_ record: CRMRecord) -> Double? { record[property: "amount"].flatMap(Double.init) }
            let cases: [(SearchFilter, (CRMRecord) -> Bool)] = [
                (SearchFilter("dealstage", .eq, "closedwon"), { $0[property: "dealstage"] == "closedwon" }),
                (SearchFilter("dealstage", .neq, "closedwon"), { $0[property: "dealstage"] != "closedwon" }),
                (SearchFilter("amount", .gt, "50000"), { (amount($0) ?? -1) > 50000 }),
                (SearchFilter("amount", .lte, "1800"), { amount($0).map { $0 <= 1800 } ?? false }),
                (
                    SearchFilter("amount", .between, "1000", highValue: "20000"),
                    { amount($0).map { $0 >= 1000 && $0 <= 20000 } ?? false }
                ),
                (
                    SearchFilter("dealstage", .in, values: ["closedwon", "closedlost"]),
                    { ["closedwon", "closedlost"].contains($0[property: "dealstage"] ?? "") }
                ),
                (
                    SearchFilter("dealstage", .notIn, values: ["closedwon", "closedlost"]),
                    { !["closedwon", "closedlost"].contains($0[property: "dealstage"] ?? "") }
                ),
                (SearchFilter("description", .hasProperty), { ($0[property: "description"] ?? "") != "" }),
                (SearchFilter("description", .notHasProperty), { ($0[property: "description"] ?? "") == "" }),
                (
                    SearchFilter("dealname", .containsToken, "renewal"),
                    { ($0[property: "dealname"] ?? "").lowercased().split { !$0.isLetter }.contains("renewal") }
                ),
                (
                    SearchFilter("closedate", .lt, "2026-01-01T00:00:00Z"),
                    {
                        ($0[property: "closedate"].flatMap(HubSpotTimestamp.parse) ?? .distantFuture)
                            < HubSpotTimestamp.parse("2026-01-01T00:00:00Z")!
                    }
                ),
            ]
            for (filter, predicate) in cases {
                let expected = deals.filter(predicate).map(\.id)
                let found = try await ids(
                    client, "deals", SearchRequest(filterGroups: [FilterGroup([filter])], limit: 50))
                #expect(found == expected, "\(filter.operator.rawValue) \(filter.propertyName)")
                #expect(
                    !expected.isEmpty && expected.count < deals.count,
                    "\(filter.operator.rawValue) \(filter.propertyName) must split the deals to prove anything")
            }
        }
    }

    @Test("CONTAINS_TOKEN takes wildcards, so a domain finds its contacts", arguments: APIVersion.clientSuite)
    func wildcardToken(_ version: APIVersion) async throws {
        try await withSandboxClient(apiVersion: version) { client, server in
            let domain = try #require(
                server.portal.records(of: "contacts")[0][property: "email"]?.split(separator: "@").last)
            let expected = server.portal.records(of: "contacts").filter {
                $0[property: "email"]?.hasSuffix("@\(domain)") == true
            }
            let found = try await ids(
                client, "contacts",
                SearchRequest(
                    filterGroups: [FilterGroup([SearchFilter("email", .containsToken, "*@\(domain)")])], limit: 100))
            #expect(found == expected.map(\.id))
            #expect(!found.isEmpty)
        }
    }

    @Test("groups are OR'ed, filters in a group AND'ed", arguments: APIVersion.clientSuite)
    func groupsAreOred(_ version: APIVersion) async throws {
        try await withSandboxClient(apiVersion: version) { client, _ in
            let won = FilterGroup([SearchFilter("dealstage", .eq, "closedwon")])
            let lost = FilterGroup([SearchFilter("dealstage", .eq, "closedlost")])
            let either = try await client.search("deals", SearchRequest(filterGroups: [won, lost]))
            let a = try await client.search("deals", SearchRequest(filterGroups: [won]))
            let b = try await client.search("deals", SearchRequest(filterGroups: [lost]))
            #expect(either.total == (a.total ?? 0) + (b.total ?? 0))
            let both = try await client.search(
                "deals",
                SearchRequest(filterGroups: [
                    FilterGroup([
                        SearchFilter("dealstage", .eq, "closedwon"), SearchFilter("dealstage", .eq, "closedlost"),
                    ])
                ]))
            #expect(both.total == 0)
        }
    }

    @Test("sorts in object form and string form give the same order", arguments: APIVersion.clientSuite, [true, false])
    func sorting(version: APIVersion, descending: Bool) async throws {
        try await withSandboxClient(apiVersion: version) { client, _ in
            let object = try await client.search(
                "deals",
                SearchRequest(
                    sorts: [SearchSort("amount", descending ? .descending : .ascending)], properties: ["amount"],
                    limit: 100))
            let amounts = object.results.compactMap { $0[property: "amount"].flatMap(Double.init) }
            #expect(amounts == (descending ? amounts.sorted(by: >) : amounts.sorted()))
            // The string form, sent raw as the spec types it.
            let body = #"{"sorts":["\#(descending ? "-" : "")amount"],"properties":["amount"],"limit":100}"#
            let transport = URLSessionTransport()
            let response = try await transport.send(
                HTTPRequest(
                    method: .post, url: URL(string: client.baseURL.absoluteString + client.endpoints.search("deals"))!,
                    headers: ["Content-Type": "application/json"], body: Data(body.utf8)))
            let page = try HubSpotJSON.decoder().decode(RecordPage.self, from: response.body)
            #expect(page.results.map(\.id) == object.results.map(\.id))
        }
    }

    @Test(
        "limits: page size 200, 6 filters a group, unknown properties",
        arguments: APIVersion.clientSuite,
        [
            SearchRequest(limit: 201),
            SearchRequest(filterGroups: [
                FilterGroup(Array(repeating: SearchFilter("dealname", .hasProperty), count: 7))
            ]),
            SearchRequest(filterGroups: [FilterGroup([SearchFilter("no_such_property", .eq, "x")])]),
            SearchRequest(filterGroups: [FilterGroup([SearchFilter("amount", .between, "1")])]),
        ])
    func limits(version: APIVersion, request: SearchRequest) async throws {
        try await withSandboxClient(apiVersion: version) { client, _ in
            let error = await #expect(throws: HubSpotError.self) { _ = try await client.search("deals", request) }
            #expect(error?.status == 400)
            #expect(error?.category == "VALIDATION_ERROR")
        }
    }

    @Test(
        "past 10,000 results paging stops; narrowing on hs_object_id reaches the rest, and searchPagesPastCap does it")
    func resultCap() async throws {
        let portal = Portal(seed: 7, counts: DemoCounts(contacts: 20))
        for index in 0..<10_030 { portal.insert("products", properties: ["name": "Bulk item \(index)"]) }
        var configuration = SandboxConfiguration()
        configuration.traffic.searchBudget = RateBudget(requests: 1000, interval: .seconds(1))
        try await withSandbox(configuration, portal: portal) { server in
            let client = HubSpotClient(baseURL: server.baseURL, credentials: nil)
            let total = portal.count(of: "products")
            let sortById = [SearchSort("hs_object_id")]
            var seen: [String] = []
            for try await page in client.searchPages("products", SearchRequest(sorts: sortById, limit: 200)) {
                seen += page.map(\.id)
            }
            #expect(seen.count == 10_000)
            let error = await #expect(throws: HubSpotError.self) {
                _ = try await client.search("products", SearchRequest(sorts: sortById, limit: 200, after: "10000"))
            }
            #expect(error?.status == 400)
            let rest = try await client.search(
                "products",
                SearchRequest(
                    filterGroups: [FilterGroup([SearchFilter("hs_object_id", .gt, seen.last!)])], sorts: sortById,
                    limit: 200))
            #expect(rest.total == total - 10_000)
            #expect(Set(seen).isDisjoint(with: rest.results.map(\.id)))

            // The client's own paging does that narrowing: every product, each once, nothing cut at 10,000.
            var all: [String] = []
            for try await page in client.searchPagesPastCap("products", SearchRequest(limit: 200)) {
                all += page.map(\.id)
            }
            #expect(all.count == total)
            #expect(Set(all).count == total)
        }
    }

    @Test("search has its own budget (HubSpot's SECONDLY policy) and sends no rate-limit headers")
    func searchRateLimit() async throws {
        var configuration = SandboxConfiguration()
        // Five searches per window, as HubSpot allows per second; a long window keeps a slow machine
        // from seeing it refill mid-test.
        configuration.traffic.searchBudget = RateBudget(requests: 5, interval: .seconds(30))
        try await withSandbox(configuration) { server in
            let transport = URLSessionTransport()
            let url = server.baseURL.appendingPathComponent("crm/v3/objects/contacts/search")
            var statuses: [Int] = []
            var policy: String?
            for _ in 0..<7 {
                let response = try await transport.send(HTTPRequest(method: .post, url: url, body: Data("{}".utf8)))
                statuses.append(response.status)
                if response.status == 200 { #expect(response.header("X-HubSpot-RateLimit-Max") == nil) }
                if response.status == 429 {
                    policy = try HubSpotJSON.decoder().decode(APIErrorBody.self, from: response.body).policyName
                }
            }
            #expect(statuses == [200, 200, 200, 200, 200, 429, 429])
            #expect(policy == "SECONDLY")
            let list = try await transport.send(
                HTTPRequest(method: .get, url: server.baseURL.appendingPathComponent("crm/v3/objects/contacts")))
            #expect(list.status == 200, "search's budget is its own")
        }
    }

    @Test(
        "searches are exempt from the ten-second budget, and the sandbox counts what each budget admitted and refused")
    func searchExemptFromTenSecondly() async throws {
        var configuration = SandboxConfiguration()
        // Long windows, so a slow machine never sees either refill mid-test.
        configuration.traffic.budget = RateBudget(requests: 3, interval: .seconds(30))
        configuration.traffic.searchBudget = RateBudget(requests: 5, interval: .seconds(30))
        try await withSandbox(configuration) { server in
            let transport = URLSessionTransport()
            let search = server.baseURL.appendingPathComponent("crm/v3/objects/contacts/search")
            let list = server.baseURL.appendingPathComponent("crm/v3/objects/contacts")
            var statuses: [Int] = []
            for _ in 0..<4 {
                statuses.append(
                    try await transport.send(HTTPRequest(method: .post, url: search, body: Data("{}".utf8))).status)
            }
            for _ in 0..<4 { statuses.append(try await transport.send(HTTPRequest(method: .get, url: list)).status) }
            #expect(statuses == [200, 200, 200, 200, 200, 200, 200, 429], "four searches left all three lists")
            var expected = TrafficCounts()
            expected.admitted = 3
            expected.searchesAdmitted = 4
            expected.refused = 1
            #expect(server.traffic == expected)
        }
    }
}
