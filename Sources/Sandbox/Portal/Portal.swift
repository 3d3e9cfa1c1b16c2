import Foundation
import HubSpot
import Synchronization

/// An in-memory HubSpot portal: records, associations and property definitions, safe to share across tasks.
public final class Portal: Sendable {
    /// The seed the demo data came from.
    public let seed: UInt64
    /// The object types the portal knows, custom objects included (a snapshot: schemas may add more).
    public var registry: ObjectTypeRegistry { state.withLock { $0.registry } }
    let state: Mutex<PortalState>
    let clock: @Sendable () -> Date

    /// Builds the demo portal for `seed`; the same seed and counts always give the same data.
    /// - Parameters:
    ///   - scale: multiplies the standard record counts (ignored when `counts` is given).
    ///   - counts: exact record counts; `nil` derives them from `scale`.
    ///   - clock: the time stamped on records inserted later (generation never reads it).
    public init(
        seed: UInt64, scale: Double = 1.0, counts: DemoCounts? = nil,
        clock: @escaping @Sendable () -> Date = { Date() }
    ) {
        self.seed = seed
        self.clock = clock
        state = Mutex(Self.demoState(seed: seed, counts: counts ?? DemoCounts(scale: scale)))
    }

    /// Demo states already built, by seed and counts. Generation reads no clock, so a seed and counts always give
    /// the same state, and the state is a value: each portal gets its own copy (copied on its first write).
    /// Building one is seconds of CPU in a debug build; the test suites build hundreds, on the two threads of the
    /// concurrency pool the in-process sandboxes answer on, and starved each other's requests into timeouts.
    private static let builtStates = Mutex<[DemoStateKey: PortalState]>([:])

    /// States of more records than this are built each time rather than kept (a large bench portal is built once).
    private static let keptRecordLimit = 20_000

    private struct DemoStateKey: Hashable {
        let seed: UInt64
        let counts: DemoCounts
    }

    private static func demoState(seed: UInt64, counts: DemoCounts) -> PortalState {
        let key = DemoStateKey(seed: seed, counts: counts)
        if let built = builtStates.withLock({ $0[key] }) { return built }
        var builder = DemoPortalBuilder(seed: seed, counts: counts)
        let state = builder.build()
        let records = [
            counts.companies, counts.contacts, counts.deals, counts.tickets, counts.products, counts.notes,
            counts.calls, counts.emails, counts.meetings, counts.tasks,
        ].reduce(0, +)
        if records <= keptRecordLimit { builtStates.withLock { $0[key] = state } }
        return state
    }

    /// Builds the demo portal a server configuration describes.
    public convenience init(configuration: SandboxConfiguration) {
        self.init(seed: configuration.seed, counts: configuration.demoCounts)
    }

    /// The type named by `idOrName` (`0-1`, `contacts`), or HubSpot's 400 for an unknown one.
    public func objectType(_ idOrName: String) throws(SandboxAPIError) -> ObjectType {
        let found = state.withLock { $0.registry.resolve(idOrName) ?? $0.schemaType(idOrName) }
        guard let type = found else { throw .unknownObjectType(idOrName) }
        return type
    }

    // MARK: - Writing

    /// Adds a record now (for tests and tools), filling in `hs_object_id` and the date properties,
    /// and associates it with each `(toType, toId)` using the pair's default association type.
    @discardableResult
    public func insert(
        _ type: String, properties: [String: String], associations: [(toType: String, toId: String)] = []
    ) -> CRMRecord {
        let typeID = registry.resolve(type)?.id ?? type
        let now = clock()
        let targets = associations.map { RecordKey(typeID: registry.resolve($0.toType)?.id ?? $0.toType, id: $0.toId) }
        return state.withLock { state in
            let record = state.insert(typeID: typeID, properties: properties, createdAt: now)
            let key = RecordKey(typeID: typeID, id: String(record.id))
            for target in targets { state.associate(key, target) }
            return record.apiRecord(propertyNames: nil)
        }
    }

    /// Associates two existing records (default type unless `typeID` is given); `false` if HubSpot has no such type.
    @discardableResult
    public func associate(_ from: RecordKey, with to: RecordKey, typeID: Int? = nil) -> Bool {
        state.withLock { $0.associate(from, to, typeID: typeID) }
    }

    /// Moves a record to the recycle bin, as `DELETE /crm/v3/objects/{type}/{id}` does; `false` if there is none.
    @discardableResult
    public func archive(_ type: String, id: String) -> Bool {
        guard let typeID = registry.resolve(type)?.id, let numericID = Self.numericID(id) else { return false }
        let now = clock()
        return state.withLock { state in
            guard let record = state.table(typeID)?.record(id: numericID), !record.archived else { return false }
            state.setArchived(typeID: typeID, id: numericID, archivedAt: now)
            return true
        }
    }

    // MARK: - Reading

    /// How many live (not archived) records of `type` there are; 0 for an unknown type.
    public func count(of type: String, archived: Bool = false) -> Int {
        guard let typeID = registry.resolve(type)?.id else { return 0 }
        return state.withLock { $0.table(typeID)?.count(archived: archived) ?? 0 }
    }

    /// Every record of `type` with all its properties, in id order.
    public func records(of type: String, archived: Bool = false) -> [CRMRecord] {
        guard let typeID = registry.resolve(type)?.id else { return [] }
        return state.withLock { state in
            (state.table(typeID)?.records ?? []).filter { $0.archived == archived }.map {
                $0.apiRecord(propertyNames: nil)
            }
        }
    }

    /// The association edges leaving a record, optionally only those to `toType`.
    public func associations(of record: RecordKey, toType: String? = nil) -> [AssociationEdge] {
        let toTypeID = toType.map { registry.resolve($0)?.id ?? $0 }
        return state.withLock { $0.edges(from: record, toTypeID: toTypeID) }
    }

    /// The property definitions of `type`, as `GET /crm/v3/properties/{type}` returns them.
    /// With `archived`, the custom properties archived through the API instead.
    public func propertyDefinitions(of type: String, archived: Bool = false) throws(SandboxAPIError)
        -> [PropertyDefinition]
    {
        let typeID = try objectType(type).id
        return state.withLock { archived ? $0.admin.archivedProperties[typeID] ?? [] : $0.properties[typeID] ?? [] }
    }

    /// The portal's owners (`hubspot_owner_id` values).
    public var owners: [SandboxOwner] {
        state.withLock { $0.owners }
    }
}
