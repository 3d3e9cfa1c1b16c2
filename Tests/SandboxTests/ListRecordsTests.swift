import Foundation
import HubSpot
import Sandbox
import Testing

@Suite("GET /crm/v3/objects/{type}")
struct ListRecordsTests {
    @Test("paging every contact with limit 100 returns each id exactly once")
    func pagesThroughEveryContact() async throws {
        try await SandboxHarness.with { sandbox in
            var ids: [String] = []
            var after: String?
            var pages = 0
            repeat {
                let query = "/crm/v3/objects/contacts?limit=100" + (after.map { "&after=\($0)" } ?? "")
                let page = try await sandbox.decode(RecordPage.self, query)
                ids += page.results.map(\.id)
                after = page.nextAfter
                if after != nil { #expect(page.paging?.next?.link?.contains("after=\(after!)") == true) }
                pages += 1
            } while after != nil && pages < 50
            #expect(ids.count == sandbox.server.portal.count(of: "contacts"))
            #expect(Set(ids).count == ids.count)
            #expect(pages == 3)
        }
    }

    @Test("the default page is 10 records and the last page has no paging")
    func defaultLimitAndLastPage() async throws {
        try await SandboxHarness.with { sandbox in
            let first = try await sandbox.decode(RecordPage.self, "/crm/v3/objects/products")
            #expect(first.results.count == 10)
            #expect(first.nextAfter != nil)
            let rest = try await sandbox.decode(RecordPage.self, "/crm/v3/objects/products?limit=100")
            #expect(rest.results.count == 20)
            let raw = try await sandbox.get("/crm/v3/objects/products?limit=100")
            let object = try JSONSerialization.jsonObject(with: raw.body) as? [String: Any]
            #expect(object?["paging"] == nil)
            #expect(raw.header("content-type") == "application/json;charset=utf-8")
        }
    }

    @Test("without properties, a contact carries exactly the default ones")
    func defaultProperties() async throws {
        try await SandboxHarness.with { sandbox in
            let page = try await sandbox.decode(RecordPage.self, "/crm/v3/objects/contacts?limit=5")
            for record in page.results {
                #expect(
                    Set(record.properties.keys) == [
                        "createdate", "email", "firstname", "hs_object_id",
                        "lastmodifieddate", "lastname",
                    ])
                #expect(record.archived == false)
            }
        }
    }

    @Test("comma-separated and repeated properties give the same answer; missing values are omitted")
    func bothPropertyForms() async throws {
        try await SandboxHarness.with { sandbox in
            let comma = try await sandbox.get("/crm/v3/objects/contacts?limit=20&properties=jobtitle,city,nonexistent")
            let repeated = try await sandbox.get(
                "/crm/v3/objects/contacts?limit=20&properties=jobtitle&properties=city&properties=nonexistent")
            #expect(comma.status == 200)
            #expect(comma.body == repeated.body)
            let page = try HubSpotJSON.decoder().decode(RecordPage.self, from: comma.body)
            for record in page.results {
                #expect(Set(record.properties.keys) == ["jobtitle", "city"])
            }
        }
    }

    @Test("type id and type name give the same list")
    func typeIDAndName() async throws {
        try await SandboxHarness.with { sandbox in
            let byName = try await sandbox.decode(
                RecordPage.self, "/crm/v3/objects/deals?limit=30&properties=dealname,amount")
            let byID = try await sandbox.decode(
                RecordPage.self, "/crm/v3/objects/0-3?limit=30&properties=dealname,amount")
            #expect(byName.results.count == 30)
            #expect(byName.results == byID.results)
            #expect(byName.nextAfter == byID.nextAfter)
            let one = try #require(byName.results.first)
            let readByName = try await sandbox.get("/crm/v3/objects/deals/\(one.id)?associations=companies")
            let readByID = try await sandbox.get("/crm/v3/objects/0-3/\(one.id)?associations=0-2")
            #expect(readByName.body == readByID.body)
        }
    }

    @Test("associations=companies lists each contact's company as contact_to_company")
    func contactCompanies() async throws {
        try await SandboxHarness.with { sandbox in
            let page = try await sandbox.decode(
                RecordPage.self, "/crm/v3/objects/contacts?limit=50&associations=companies")
            let withIDForm = try await sandbox.decode(
                RecordPage.self, "/crm/v3/objects/contacts?limit=50&associations=0-2")
            #expect(page == withIDForm)
            for record in page.results {
                let companies = try #require(record.associations?["companies"]?.results)
                #expect(companies.contains { $0.type == "contact_to_company" })
                let primary = try #require(companies.first { $0.type == "contact_to_company" })
                let company = try await sandbox.decode(CRMRecord.self, "/crm/v3/objects/companies/\(primary.id)")
                let domain = try #require(company[property: "domain"])
                let contact = try await sandbox.decode(CRMRecord.self, "/crm/v3/objects/contacts/\(record.id)")
                #expect(contact[property: "email"]?.hasSuffix("@" + domain) == true)
                break
            }
        }
    }

    @Test("a deal lists its contacts, company and line items; activities reach back to contacts")
    func dealAssociations() async throws {
        try await SandboxHarness.with { sandbox in
            let page = try await sandbox.decode(
                RecordPage.self, "/crm/v3/objects/deals?limit=100&associations=contacts,companies,line_items")
            #expect(page.results.allSatisfy { $0.associations?["companies"] != nil })
            // Every associated contact has the default type; some also carry the demo's "Champion" label.
            #expect(
                page.results.allSatisfy { deal in
                    let entries = deal.associations?["contacts"]?.results ?? []
                    let byDefault = Set(entries.filter { $0.type == "deal_to_contact" }.map(\.id))
                    return !entries.isEmpty && Set(entries.map(\.id)) == byDefault
                        && entries.allSatisfy { ["deal_to_contact", "champion"].contains($0.type) }
                })
            #expect(page.results.contains { $0.associations?["line_items"] != nil })
            let notes = try await sandbox.decode(
                RecordPage.self, "/crm/v3/objects/notes?limit=20&associations=contacts")
            #expect(notes.results.allSatisfy { $0.associations?["contacts"]?.results.first?.type == "note_to_contact" })
        }
    }

    @Test("bad parameters answer 400 naming the parameter")
    func badParameters() async throws {
        try await SandboxHarness.with { sandbox in
            let tooMany = try await sandbox.error("/crm/v3/objects/contacts?limit=101", status: 400)
            #expect(tooMany.category == "VALIDATION_ERROR")
            #expect(tooMany.message?.contains("limit") == true && tooMany.message?.contains("100") == true)
            #expect(tooMany.errors?.first?.in == "limit")
            let notNumber = try await sandbox.error("/crm/v3/objects/contacts?limit=ten", status: 400)
            #expect(notNumber.message?.contains("limit") == true)
            let cursor = try await sandbox.error("/crm/v3/objects/contacts?after=%21%21", status: 400)
            #expect(cursor.message?.contains("after") == true)
            let archived = try await sandbox.error("/crm/v3/objects/contacts?archived=maybe", status: 400)
            #expect(archived.message?.contains("archived") == true)
        }
    }

    @Test("an unknown object type answers 400 naming the type")
    func unknownType() async throws {
        try await SandboxHarness.with { sandbox in
            let body = try await sandbox.error("/crm/v3/objects/widgets", status: 400)
            #expect(body.category == "OBJECT_NOT_FOUND")
            #expect(body.message == "Unable to infer object type from: widgets")
            #expect(body.status == "error")
            #expect(body.correlationId?.count == 36)
        }
    }
}
