import Foundation
import HubSpot

/// Generates the demo portal from a seed: companies, their contacts, deals, tickets and activities.
///
/// Everything derives from one `SeededRandom` consumed in a fixed order, and from a fixed reference
/// instant rather than the clock, so a seed always yields the same portal. Dictionaries are only
/// looked up, never iterated, because their order changes between processes.
struct DemoPortalBuilder {
    /// A company as later generators need it.
    struct CompanySeed {
        let id: String
        let name: String
        let domain: String
        let place: Int
        let owner: SandboxOwner
        var contacts: [Int] = []
        var deals: [String] = []
    }

    /// A contact as later generators need it.
    struct ContactSeed {
        let id: String
        let company: Int
        let firstName: String
        let fullName: String
        let createdAt: Date
        let owner: SandboxOwner
        var tickets: [String] = []
        var deals = 0
    }

    /// "Now" for the demo data: records are dated before it, open deals close after it.
    static let referenceDate = HubSpotTimestamp.parse("2026-06-01T00:00:00.000Z")!
    static let day: TimeInterval = 86_400

    var random: SeededRandom
    let counts: DemoCounts
    var state = PortalState()
    var companies: [CompanySeed] = []
    var contacts: [ContactSeed] = []
    var products: [(id: String, name: String, price: Int, sku: String, billing: String?)] = []
    private var usedEmails = Set<String>()
    private var usedDomains = Set<String>()
    private var usedCompanyNames = Set<String>()

    init(seed: UInt64, counts: DemoCounts) {
        random = SeededRandom(seed: seed)
        self.counts = counts
    }

    /// Generates every type in dependency order and returns the finished state.
    mutating func build() -> PortalState {
        state.owners = SandboxOwner.demo
        makeCompanies()
        makeContacts()
        makeProducts()
        makeDeals()
        makeTickets()
        makeActivities()
        fillCalculatedCounts()
        addAdminDemo()
        return state
    }

    // MARK: - Dates and formatting

    /// `count` increasing creation dates spread over the `days` before the reference date,
    /// so ids (allocated in creation order) and `createdAt` agree.
    mutating func creationDates(count: Int, days: Double) -> [Date] {
        let span = days * Self.day
        let start = Self.referenceDate.addingTimeInterval(-span)
        let step = span / Double(max(count, 1))
        return (0..<count).map { index in
            let offset = step * (Double(index) + random.fraction() * 0.9)
            return Self.wholeMilliseconds(start.addingTimeInterval(offset))
        }
    }

    /// A modification date between `createdAt` and the reference date.
    mutating func modifiedDate(after createdAt: Date) -> Date {
        let room = Self.referenceDate.timeIntervalSince(createdAt)
        return Self.wholeMilliseconds(createdAt.addingTimeInterval(max(0, room) * random.fraction() * 0.9))
    }

    /// Dates are kept to the millisecond because that is all HubSpot's timestamps (and JSON) carry.
    static func wholeMilliseconds(_ date: Date) -> Date {
        Date(timeIntervalSince1970: (date.timeIntervalSince1970 * 1000).rounded(.down) / 1000)
    }

    static func timestamp(_ date: Date) -> String { HubSpotTimestamp.format(date) }

    /// HubSpot's number text: no trailing `.0` on whole values.
    static func number(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int64(value)) : String(value)
    }

    mutating func phoneNumber(place: Int) -> String {
        let prefix = DemoWords.places[place].phone
        return "\(prefix) \(random.int(in: 200...989)) \(random.int(in: 1000...9999))"
    }

    // MARK: - Companies

    private mutating func makeCompanies() {
        let dates = creationDates(count: counts.companies, days: 3 * 365)
        for index in 0..<counts.companies {
            let (name, domain, fixedPlace) = companyName(index)
            let place = fixedPlace ?? random.index(DemoWords.places.count)
            let owner = random.pick(SandboxOwner.demo)
            let createdAt = dates[index]
            var values: [String: String] = [
                "name": name, "domain": domain,
                "industry": random.pick(PropertyCatalog.industries).1,
                "type": random.pick(weighted: [("PROSPECT", 6), ("PARTNER", 2), ("RESELLER", 1), ("VENDOR", 1)]),
                "phone": phoneNumber(place: place),
                "city": DemoWords.places[place].city, "state": DemoWords.places[place].state,
                "country": DemoWords.places[place].country,
                "numberofemployees": String(random.pick([5, 12, 25, 48, 80, 150, 320, 750, 1200, 5000])),
                "annualrevenue": String(random.int(in: 2...900) * 50_000),
                "lifecyclestage": random.pick(weighted: [
                    ("lead", 3), ("opportunity", 3), ("customer", 4),
                    ("evangelist", 1), ("other", 1),
                ]),
                "hubspot_owner_id": owner.id,
                "founded_year": String(random.int(in: 1950...2022)),
            ]
            if random.chance(0.6) { values["description"] = random.pick(DemoWords.companyDescriptions) }
            let record = state.insert(
                typeID: "0-2", properties: values, createdAt: createdAt,
                updatedAt: modifiedDate(after: createdAt))
            companies.append(CompanySeed(id: String(record.id), name: name, domain: domain, place: place, owner: owner))
        }
    }

    /// The company's name and domain; two fixed entries show off non-Latin text and emoji.
    private mutating func companyName(_ index: Int) -> (String, String, Int?) {
        if index == 3 { return claim("株式会社サクラ", domain: "sakura.co.jp", place: 14) }
        if index == 7 { return claim("🚀 Rocket Labs", domain: "rocketlabs.io", place: nil) }
        for attempt in 0..<40 {
            let stem = random.pick(DemoWords.companyStems)
            let suffix = random.pick(DemoWords.companySuffixes)
            var name = "\(stem) \(suffix)"
            if attempt >= 30 { name += " \(index)" }
            guard !usedCompanyNames.contains(name) else { continue }
            let tld = random.pick(DemoWords.topLevelDomains)
            let base = "\(stem)\(suffix)".lowercased()
            var domain = "\(base).\(tld)"
            var counter = 2
            while usedDomains.contains(domain) {
                domain = "\(base)\(counter).\(tld)"
                counter += 1
            }
            return claim(name, domain: domain, place: nil)
        }
        return claim("Company \(index)", domain: "company\(index).example", place: nil)
    }

    private mutating func claim(_ name: String, domain: String, place: Int?) -> (String, String, Int?) {
        usedCompanyNames.insert(name)
        usedDomains.insert(domain)
        return (name, domain, place)
    }

    // MARK: - Contacts

    private mutating func makeContacts() {
        let dates = creationDates(count: counts.contacts, days: 2 * 365)
        let companyRecords = state.table("0-2")!.records
        var existing = 0
        for index in 0..<counts.contacts {
            // Only companies that already existed, skewed toward the oldest so account sizes vary.
            while existing < companyRecords.count, companyRecords[existing].createdAt <= dates[index] { existing += 1 }
            let eligible = max(1, existing)
            let company = min(eligible - 1, Int(pow(random.fraction(), 1.3) * Double(eligible)))
            let (first, last, local) = contactName(index)
            let domain = companies[company].domain
            var email = "\(local)@\(domain)"
            var counter = 2
            while usedEmails.contains(email) {
                email = "\(local)\(counter)@\(domain)"
                counter += 1
            }
            usedEmails.insert(email)
            let place = random.chance(0.7) ? companies[company].place : random.index(DemoWords.places.count)
            let owner = random.chance(0.8) ? companies[company].owner : random.pick(SandboxOwner.demo)
            let stage = random.pick(weighted: [
                ("subscriber", 2), ("lead", 5), ("marketingqualifiedlead", 3),
                ("salesqualifiedlead", 2), ("opportunity", 3), ("customer", 5),
                ("evangelist", 1), ("other", 1),
            ])
            let createdAt = dates[index]
            var values: [String: String] = [
                "firstname": first, "lastname": last, "email": email,
                "phone": phoneNumber(place: place), "jobtitle": random.pick(DemoWords.jobTitles),
                "company": companies[company].name, "city": DemoWords.places[place].city,
                "country": DemoWords.places[place].country, "lifecyclestage": stage,
                "hubspot_owner_id": owner.id, "associatedcompanyid": companies[company].id,
                "hs_email_optout": random.chance(0.05) ? "true" : "false",
            ]
            if random.chance(0.4) { values["mobilephone"] = phoneNumber(place: place) }
            if ["lead", "marketingqualifiedlead", "salesqualifiedlead"].contains(stage) {
                values["hs_lead_status"] = random.pick(PropertyCatalog.leadStatuses).1
            }
            let record = state.insert(
                typeID: "0-1", properties: values, createdAt: createdAt,
                updatedAt: modifiedDate(after: createdAt))
            let id = String(record.id)
            state.associatePrimary(
                RecordKey(typeID: "0-1", id: id), RecordKey(typeID: "0-2", id: companies[company].id))
            companies[company].contacts.append(contacts.count)
            contacts.append(
                ContactSeed(
                    id: id, company: company, firstName: first, fullName: "\(first) \(last)",
                    createdAt: createdAt, owner: owner))
        }
    }

    /// First name, last name and email local part; a few fixed entries guarantee non-ASCII names exist.
    private mutating func contactName(_ index: Int) -> (String, String, String) {
        switch index {
        case 2: return ("José", "Müller", "jose.muller")
        case 4: return ("Zoë", "Nyström", "zoe.nystrom")
        case 6:
            let name = DemoWords.cjkNames[0]
            return (name.first, name.last, name.ascii)
        default: break
        }
        if random.chance(0.04) {
            let name = random.pick(DemoWords.cjkNames)
            return (name.first, name.last, name.ascii)
        }
        let first = random.pick(DemoWords.firstNames)
        let last = random.pick(DemoWords.lastNames)
        let local = random.chance(0.2) ? "\(first.1.prefix(1))\(last.1)" : "\(first.1).\(last.1)"
        return (first.0, last.0, local)
    }
}
