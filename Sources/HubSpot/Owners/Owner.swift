import Foundation

/// A user or queue records can be assigned to (`PublicOwner`), by `hubspot_owner_id`.
public struct Owner: Codable, Hashable, Sendable, Identifiable {
    /// A team the owner belongs to.
    public struct Team: Codable, Hashable, Sendable {
        /// The team id.
        public var id: String
        /// The team name.
        public var name: String
        /// Whether this is the owner's primary team.
        public var primary: Bool

        /// Creates a team membership.
        public init(id: String, name: String, primary: Bool) {
            self.id = id
            self.name = name
            self.primary = primary
        }
    }

    /// The owner id, the value of `hubspot_owner_id`.
    public var id: String
    /// The login email.
    public var email: String?
    /// First name.
    public var firstName: String?
    /// Last name.
    public var lastName: String?
    /// The user id behind the owner.
    public var userId: Int?
    /// `PERSON` or `QUEUE`.
    public var type: String
    /// Whether the owner is deactivated.
    public var archived: Bool
    /// When the owner was created.
    public var createdAt: Date
    /// When the owner last changed.
    public var updatedAt: Date
    /// The owner's teams.
    public var teams: [Team]?

    /// Creates an owner.
    public init(
        id: String, email: String?, firstName: String?, lastName: String?, userId: Int?,
        type: String = "PERSON", archived: Bool = false, createdAt: Date, updatedAt: Date,
        teams: [Team]? = nil
    ) {
        self.id = id
        self.email = email
        self.firstName = firstName
        self.lastName = lastName
        self.userId = userId
        self.type = type
        self.archived = archived
        self.createdAt = createdAt
        self.updatedAt = updatedAt
        self.teams = teams
    }

    /// "First Last", falling back to the email, as HubSpot's owner pickers show it.
    public var displayName: String {
        let name = [firstName, lastName].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: " ")
        return name.isEmpty ? (email ?? id) : name
    }
}
