import HubSpot

// MARK: - What the key can read: each object type Spoke shows, the owners, custom objects
extension Doctor {
    /// The types the README's scope table covers: the four core types and the activities pinned on records.
    static let checkedTypes = [
        "contacts", "companies", "deals", "tickets", "notes", "tasks", "calls", "meetings", "emails",
    ]

    /// How many custom object types are tried, one record each (a portal may have dozens).
    static let customTypesChecked = 5

    /// Reports one record of each type, the owners, the custom-object schemas and one record of each custom type.
    func readChecks() {
        for name in Self.checkedTypes {
            report.add(readCheck(name, typeID: name))
        }
        let owners = ask { _ = try await $0.owners(limit: 1) }
        report.add(Self.readLine(owners, name: "owners", scopes: [ObjectScopes.ownersRead]))
        switch ask({ try await $0.customObjectTypes() }) {
        case .success(let types):
            let count = types.count == 1 ? "1 type" : "\(types.count) types"
            report.add(.passed("custom objects", "readable (\(ObjectScopes.customSchemasRead)): \(count)"))
            for type in types.prefix(Self.customTypesChecked) {
                report.add(readCheck(type.pluralLabel, typeID: type.id))
            }
        case .failure(let error):
            report.add(Self.readFailure("custom objects", error))
        }
    }

    /// Lists one record of `typeID`.
    private func readCheck(_ name: String, typeID: String) -> DoctorCheck {
        let result = ask { _ = try await $0.listRecords(typeID, ListQuery(limit: 1)) }
        return Self.readLine(result, name: name, scopes: ObjectScopes(type: typeID).read)
    }

    /// "readable (crm.objects.contacts.read)", or the failure naming the scope the key lacks.
    static func readLine(_ result: Result<Void, HubSpotError>, name: String, scopes: [String]) -> DoctorCheck {
        switch result {
        case .success: .passed(name, "readable (\(scopes.joined(separator: " or ")))")
        case .failure(let error): readFailure(name, error)
        }
    }
}
