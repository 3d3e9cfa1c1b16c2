import HubSpot
import Testing

@Suite("Every path by API generation (2026-09 and 2026-03 from HubSpot's published specs; legacy v3/v4)")
struct EndpointsTests {
    /// Each call's path in each generation, as HubSpot's spec files for the release spell it.
    private static let expected: [(String, @Sendable (Endpoints) -> String, [APIVersion: String])] = [
        (
            "list", { $0.objects("contacts") },
            [
                .september2026: "/crm/objects/2026-09/contacts", .march2026: "/crm/objects/2026-03/contacts",
                .legacy: "/crm/v3/objects/contacts",
            ]
        ),
        (
            "record", { $0.object("0-1", "101") },
            [
                .september2026: "/crm/objects/2026-09/0-1/101", .march2026: "/crm/objects/2026-03/0-1/101",
                .legacy: "/crm/v3/objects/0-1/101",
            ]
        ),
        (
            "batch", { $0.objectsBatch("0-2", "upsert") },
            [
                .september2026: "/crm/objects/2026-09/0-2/batch/upsert",
                .march2026: "/crm/objects/2026-03/0-2/batch/upsert",
                .legacy: "/crm/v3/objects/0-2/batch/upsert",
            ]
        ),
        (
            "search", { $0.search("deals") },
            [
                .september2026: "/crm/objects/2026-09/deals/search", .march2026: "/crm/objects/2026-03/deals/search",
                .legacy: "/crm/v3/objects/deals/search",
            ]
        ),
        (
            "association batch", { $0.associationsBatch("0-1", "0-2", "read") },
            [
                .september2026: "/crm/associations/2026-09/0-1/0-2/batch/read",
                .march2026: "/crm/associations/2026-03/0-1/0-2/batch/read",
                .legacy: "/crm/v4/associations/0-1/0-2/batch/read",
            ]
        ),
        (
            "association pair", { $0.associationPair("0-1", "101", "0-2", "5001") },
            [
                .september2026: "/crm/objects/2026-09/0-1/101/associations/0-2/5001",
                .march2026: "/crm/objects/2026-03/0-1/101/associations/0-2/5001",
                .legacy: "/crm/v4/objects/0-1/101/associations/0-2/5001",
            ]
        ),
        (
            "default association", { $0.associationDefault("0-1", "101", "0-2", "5001") },
            [
                .september2026: "/crm/objects/2026-09/0-1/101/associations/default/0-2/5001",
                .march2026: "/crm/objects/2026-03/0-1/101/associations/default/0-2/5001",
                .legacy: "/crm/v4/objects/0-1/101/associations/default/0-2/5001",
            ]
        ),
        (
            "labels", { $0.associationLabels("0-1", "0-2", legacySpelling: .documented) },
            [
                .september2026: "/crm/associations/2026-09/0-1/0-2/labels",
                .march2026: "/crm/associations/2026-03/0-1/0-2/labels", .legacy: "/crm/v4/associations/0-1/0-2/labels",
            ]
        ),
        (
            "property groups", { $0.propertyGroups("0-1", "contactinformation") },
            [
                .september2026: "/crm/properties/2026-09/0-1/groups/contactinformation",
                .march2026: "/crm/properties/2026-03/0-1/groups/contactinformation",
                .legacy: "/crm/v3/properties/0-1/groups/contactinformation",
            ]
        ),
        (
            "property validations", { $0.propertyValidations("0-1") },
            [
                .september2026: "/crm/property-validations/2026-09/0-1",
                .march2026: "/crm/property-validations/2026-03/0-1", .legacy: "/crm/v3/property-validations/0-1",
            ]
        ),
        (
            "validation rule", { $0.propertyValidationRule("0-1", "phone", "MAX_LENGTH") },
            [
                .september2026: "/crm/property-validations/2026-09/0-1/phone/rule-type/MAX_LENGTH",
                .march2026: "/crm/property-validations/2026-03/0-1/phone/rule-type/MAX_LENGTH",
                .legacy: "/crm/v3/property-validations/0-1/phone/rule-type/MAX_LENGTH",
            ]
        ),
        (
            "pipeline", { $0.pipelines("0-3", "default") },
            [
                .september2026: "/crm/pipelines/2026-09/0-3/default", .march2026: "/crm/pipelines/2026-03/0-3/default",
                .legacy: "/crm/v3/pipelines/0-3/default",
            ]
        ),
        (
            "owners", { $0.owners() },
            [
                .september2026: "/crm/owners/2026-09", .march2026: "/crm/owners/2026-03", .legacy: "/crm/v3/owners",
            ]
        ),
        (
            "schema", { $0.schemas("p_cars") },
            [
                .september2026: "/crm-object-schemas/2026-09/schemas/p_cars",
                .march2026: "/crm-object-schemas/2026-03/schemas/p_cars",
                .legacy: "/crm-object-schemas/v3/schemas/p_cars",
            ]
        ),
        (
            "account", { $0.accountDetails },
            [
                .september2026: "/account-info/2026-09/details", .march2026: "/account-info/2026-03/details",
                .legacy: "/account-info/v3/details",
            ]
        ),
    ]

    @Test("each call's path in each generation", arguments: APIVersion.allCases)
    func paths(version: APIVersion) {
        let endpoints = Endpoints(version)
        for (call, path, byVersion) in Self.expected {
            #expect(path(endpoints) == byVersion[version], "\(call) in \(version.name)")
        }
    }

    @Test(
        "every dated path maps to the legacy path of the same call (for the fallback)",
        arguments: [
            APIVersion.september2026, .march2026,
        ])
    func legacyEquivalents(version: APIVersion) {
        for (call, path, byVersion) in Self.expected {
            #expect(
                Endpoints.legacyPath(ofDated: path(Endpoints(version)), version: version) == byVersion[.legacy],
                "\(call) in \(version.name)")
        }
        #expect(Endpoints.legacyPath(ofDated: "/crm/v3/objects/0-1", version: .september2026) == nil)
        #expect(Endpoints.legacyPath(ofDated: "/crm/objects/0-1", version: .september2026) == nil)
    }

    @Test("values are percent-encoded as one path segment in every generation", arguments: APIVersion.allCases)
    func encoding(version: APIVersion) {
        let path = Endpoints(version).object("p_cars", "a/b c")
        #expect(path.hasSuffix("/p_cars/a%2Fb%20c"), "\(path)")
    }

    @Test("2026-09 has no per-record association list; legacy and 2026-03 do")
    func associationListing() {
        #expect(!APIVersion.september2026.listsAssociationsPerRecord)
        #expect(APIVersion.march2026.listsAssociationsPerRecord && APIVersion.legacy.listsAssociationsPerRecord)
    }
}
