import Foundation
import HubSpot
import Hummingbird

// OAuth: POST /oauth/v1/token (grant_type=refresh_token), form-encoded as HubSpot's is.
extension SandboxRoutes {
    func addOAuthRoutes(to router: Router<BasicRequestContext>, issuer: OAuthIssuer?) {
        router.post("/oauth/v1/token") { request, _ in
            let body = try await request.body.collect(upTo: 64 * 1024)
            let form = Self.formFields(String(decoding: body.readableBytesView, as: UTF8.self))
            guard form["grant_type"] == "refresh_token" else {
                throw SandboxAPIError(
                    status: 400, category: "VALIDATION_ERROR",
                    message: "grant_type must be refresh_token in this sandbox")
            }
            guard let issuer,
                let token = issuer.exchange(
                    clientID: form["client_id"], clientSecret: form["client_secret"],
                    refreshToken: form["refresh_token"])
            else {
                throw SandboxAPIError(
                    status: 400, category: "BAD_REFRESH_TOKEN",
                    message: "missing or invalid refresh token")
            }
            return SandboxResponse.json(
                OAuthTokenAnswer(
                    accessToken: token, refreshToken: form["refresh_token"] ?? "",
                    expiresIn: 1800, tokenType: "bearer"))
        }
    }

    /// `a=1&b=x%40y` as a dictionary, `+` read as a space.
    static func formFields(_ text: String) -> [String: String] {
        var fields: [String: String] = [:]
        for pair in text.split(separator: "&") {
            let parts = pair.split(separator: "=", maxSplits: 1).map {
                String($0).replacingOccurrences(of: "+", with: " ").removingPercentEncoding ?? String($0)
            }
            fields[parts[0]] = parts.count > 1 ? parts[1] : ""
        }
        return fields
    }
}

/// The token endpoint's answer, in HubSpot's snake_case.
private struct OAuthTokenAnswer: Encodable {
    let accessToken: String
    let refreshToken: String
    let expiresIn: Int
    let tokenType: String

    enum CodingKeys: String, CodingKey {
        case accessToken = "access_token"
        case refreshToken = "refresh_token"
        case expiresIn = "expires_in"
        case tokenType = "token_type"
    }
}
