import HubSpot

/// The sandbox portal's `GET /account-info/{version}/details` body (`PortalInformationResponse`).
///
/// Every field is required by the spec in every generation, v3 included, so all nine are always sent.
struct PortalInformation: Encodable, Sendable {
    let portalId: Int
    let accountType: String
    let timeZone: String
    let companyCurrency: String
    let additionalCurrencies: [String]
    let utcOffset: String
    let utcOffsetMilliseconds: Int64
    let uiDomain: String
    let dataHostingLocation: String

    /// The demo portal: a developer test account in UTC, dollars only.
    static let sandbox = PortalInformation(
        portalId: PortalState.portalID, accountType: "DEVELOPER_TEST", timeZone: "UTC", companyCurrency: "USD",
        additionalCurrencies: [], utcOffset: "+00:00", utcOffsetMilliseconds: 0, uiDomain: "app.hubspot.com",
        dataHostingLocation: "na1")
}
