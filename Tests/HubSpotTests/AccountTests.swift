import Foundation
import HubSpot
import Sandbox
import SpokeTestSupport
import Testing

@Suite("Account details against the sandbox")
struct AccountTests {
    @Test(
        "the details name the sandbox's portal, its time zone, currency and app domain",
        arguments: APIVersion.clientSuite)
    func details(_ version: APIVersion) async throws {
        try await withSandboxClient(apiVersion: version) { client, _ in
            // The sandbox is one developer test account, the same under every generation.
            let details = try await client.accountDetails()
            #expect(details.portalId == 1_234_567)
            #expect(details.accountType == "DEVELOPER_TEST")
            #expect(details.timeZone == "UTC")
            #expect(details.companyCurrency == "USD")
            #expect(details.uiDomain == "app.hubspot.com")
            #expect(details.dataHostingLocation == "na1")
        }
    }
}
