/// How many records of each type the demo portal generates.
public struct DemoCounts: Sendable, Hashable {
    /// Companies (`0-2`).
    public var companies: Int
    /// Contacts (`0-1`), each at one company.
    public var contacts: Int
    /// Deals (`0-3`).
    public var deals: Int
    /// Tickets (`0-5`).
    public var tickets: Int
    /// Products (`0-7`).
    public var products: Int
    /// Notes (`0-46`).
    public var notes: Int
    /// Calls (`0-48`).
    public var calls: Int
    /// Emails (`0-49`).
    public var emails: Int
    /// Meetings (`0-47`).
    public var meetings: Int
    /// Tasks (`0-27`).
    public var tasks: Int
    /// The share of deals that carry line items (1–3 each).
    public var dealsWithLineItems: Double

    /// The counts at `scale` (1.0 is the standard demo portal); every type keeps at least one record.
    public init(scale: Double = 1.0) {
        func scaled(_ base: Int) -> Int { max(1, Int((Double(base) * max(0, scale)).rounded())) }
        companies = scaled(50)
        contacts = scaled(300)
        deals = scaled(80)
        tickets = scaled(60)
        products = scaled(20)
        notes = scaled(150)
        calls = scaled(100)
        emails = scaled(120)
        meetings = scaled(60)
        tasks = scaled(80)
        dealsWithLineItems = 0.6
    }

    /// The counts for exactly `contacts` contacts, other types in the standard proportions.
    public init(contacts: Int) {
        self.init(scale: Double(max(1, contacts)) / 300)
        self.contacts = max(1, contacts)
    }
}
