import Foundation
import HubSpot
import Testing

// Raw JSON exchanges for the wire tests, which assert HubSpot's exact statuses and keys.
extension SandboxHarness {
    /// Sends `json` with `method` and returns the status and the body as a JSON object (`nil` when empty).
    func send(_ method: HTTPMethod, _ path: String, _ json: String? = nil) async throws -> (Int, [String: Any]?) {
        let url = try #require(URL(string: server.baseURL.absoluteString + path))
        var headers = ["Accept": "application/json"]
        if json != nil { headers["Content-Type"] = "application/json" }
        let response = try await transport.send(
            HTTPRequest(method: method, url: url, headers: headers, body: json.map { Data($0.utf8) }))
        let body = response.body.isEmpty ? nil : try JSONSerialization.jsonObject(with: response.body)
        return (response.status, body as? [String: Any])
    }

    /// The ids of the first `count` records of `type`, read over the legacy path.
    func firstIDs(_ type: String, count: Int) async throws -> [String] {
        try await decode(RecordPage.self, "/crm/v3/objects/\(type)?limit=\(count)").results.map(\.id)
    }
}
