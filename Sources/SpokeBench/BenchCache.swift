import ArgumentParser
import Browser
import CRMCache
import Foundation
import HubSpot

/// The demo portal's cache filled with N contacts, as benchmarks that browse it offline need it.
enum BenchCache {
    /// Writes `records` contacts as list pages of 100, as browsing them would have, under the demo
    /// portal's key so that `spoke --demo --offline --cache-dir DIR` opens this file.
    /// A cache that already holds exactly `records` contacts this way (a `--cache-dir` filled before) is
    /// used as it is: filling a million takes minutes.
    static func fill(_ directory: URL, records: Int) throws -> CRMCache {
        let cache = try CRMCache(directory: directory, portalKey: CRMCache.demoPortalKey, sizeCap: Int64.max)
        guard let type = ObjectTypeRegistry.standard.resolve("0-1") else { throw ValidationError("no contacts type") }
        let queryKey = EffectRunner.listQueryKey(type.listProperties)
        let lastPage = (records + 99) / 100 - 1
        if let last = try cache.listPage(typeID: "0-1", queryKey: queryKey, pageIndex: lastPage),
            last.nextCursor == nil, last.records.count == records - lastPage * 100
        {
            return cache
        }
        let first = ["Maria", "Ana", "John", "Wei", "Aisha", "Lars", "Yuki", "Omar", "Chloé", "Ravi", "Zoë", "Kwame"]
        let last = ["Smith", "Lee", "García", "Müller", "Tanaka", "Okafor", "Nyström", "Patel", "Silva", "Wright"]
        let now = Date()
        for page in 0..<(records + 99) / 100 {
            let ids = (page * 100)..<min(records, page * 100 + 100)
            let rows = ids.map { index -> CRMRecord in
                let given = first[index % first.count]
                let family = last[(index / first.count) % last.count]
                let properties: [String: String?] = [
                    "firstname": given, "lastname": family,
                    "email": "\(given.lowercased()).\(family.lowercased()).\(index)@example.com",
                    "phone": "+1 415 \(String(format: "%07d", index))", "lifecyclestage": "lead",
                    "hs_object_id": String(100_000 + index),
                ]
                return CRMRecord(id: String(100_000 + index), properties: properties, createdAt: now, updatedAt: now)
            }
            try cache.storeListPage(
                typeID: "0-1", queryKey: queryKey, pageIndex: page,
                cursor: page == 0 ? nil : String(page * 100),
                records: rows, nextCursor: ids.upperBound < records ? String(ids.upperBound) : nil)
        }
        return cache
    }

    /// This `spoke` binary, so that benchmarks run the build they belong to.
    static var spokeExecutable: String {
        // argv[0] is a bare "spoke" when it was found on PATH; the executable's own URL is not.
        (Bundle.main.executableURL ?? URL(fileURLWithPath: CommandLine.arguments[0])).resolvingSymlinksInPath().path
    }
}
