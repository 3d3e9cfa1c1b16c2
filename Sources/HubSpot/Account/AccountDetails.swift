/// The portal a token belongs to (`GET …/details` of the account API); the fields Spoke uses.
public struct AccountDetails: Codable, Hashable, Sendable {
    /// The portal (hub) id.
    public var portalId: Int
    /// `STANDARD`, `DEVELOPER_TEST`, `SANDBOX`, …
    public var accountType: String?
    /// The portal's time zone, e.g. `US/Eastern`.
    public var timeZone: String?
    /// The portal's company currency, e.g. `USD`.
    public var companyCurrency: String?
    /// The web app's domain, e.g. `app.hubspot.com` (record URLs are built on it).
    public var uiDomain: String?
    /// Where the portal's data is hosted, e.g. `na1`.
    public var dataHostingLocation: String?

    /// Creates account details.
    public init(
        portalId: Int, accountType: String? = nil, timeZone: String? = nil, companyCurrency: String? = nil,
        uiDomain: String? = nil, dataHostingLocation: String? = nil
    ) {
        self.portalId = portalId
        self.accountType = accountType
        self.timeZone = timeZone
        self.companyCurrency = companyCurrency
        self.uiDomain = uiDomain
        self.dataHostingLocation = dataHostingLocation
    }
}
