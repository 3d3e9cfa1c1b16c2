/// A portal user that records can be assigned to through `hubspot_owner_id`.
public struct SandboxOwner: Hashable, Sendable {
    /// The owner id, e.g. `71234501`.
    public let id: String
    /// The owner's login email.
    public let email: String
    /// First name.
    public let firstName: String
    /// Last name.
    public let lastName: String
    /// The user id behind the owner.
    public let userID: Int

    /// Creates an owner.
    public init(id: String, email: String, firstName: String, lastName: String, userID: Int) {
        self.id = id
        self.email = email
        self.firstName = firstName
        self.lastName = lastName
        self.userID = userID
    }

    /// "First Last", as HubSpot labels owners in pickers.
    public var fullName: String { "\(firstName) \(lastName)" }

    /// The demo portal's owners (fixed, so `hubspot_owner_id` options never depend on the seed).
    public static let demo: [SandboxOwner] = [
        SandboxOwner(
            id: "71234501", email: "maria.santos@spoke-demo.example", firstName: "Maria",
            lastName: "Santos", userID: 9_100_001),
        SandboxOwner(
            id: "71234502", email: "james.okafor@spoke-demo.example", firstName: "James",
            lastName: "Okafor", userID: 9_100_002),
        SandboxOwner(
            id: "71234503", email: "yuki.tanaka@spoke-demo.example", firstName: "Yuki",
            lastName: "Tanaka", userID: 9_100_003),
        SandboxOwner(
            id: "71234504", email: "lena.fischer@spoke-demo.example", firstName: "Lena",
            lastName: "Fischer", userID: 9_100_004),
        SandboxOwner(
            id: "71234505", email: "omar.haddad@spoke-demo.example", firstName: "Omar",
            lastName: "Haddad", userID: 9_100_005),
        SandboxOwner(
            id: "71234506", email: "chloe.martin@spoke-demo.example", firstName: "Chloé",
            lastName: "Martin", userID: 9_100_006),
    ]
}
