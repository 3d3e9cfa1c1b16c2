import Foundation
import HubSpot
import Sandbox
import Testing

/// Property validation rules on the wire: the routes of every generation, and HubSpot's 400
/// `VALIDATION_ERROR` on every write path that breaks one.
@Suite("Property validation rules on the wire")
struct PropertyValidationWireTests {
    /// Each generation's prefix of the rules' paths and of the objects' paths.
    static let prefixes: [(APIGeneration, rules: String, objects: String)] = [
        (.legacy, "/crm/v3/property-validations", "/crm/v3/objects"),
        (.march2026, "/crm/property-validations/2026-03", "/crm/objects/2026-03"),
        (.september2026, "/crm/property-validations/2026-09", "/crm/objects/2026-09"),
    ]

    @Test("GET all, one property and one rule type, and PUT (204), under every prefix, with 0-1 or contacts")
    func routes() async throws {
        try await SandboxHarness.with { sandbox in
            for (generation, rules, _) in Self.prefixes {
                let (putStatus, putBody) = try await sandbox.send(
                    .put, "\(rules)/contacts/jobtitle/rule-type/MIN_LENGTH",
                    #"{"ruleArguments":["2"],"shouldApplyNormalization":true}"#)
                #expect(putStatus == 204 && putBody == nil, "\(generation)")
                let (allStatus, all) = try await sandbox.send(.get, "\(rules)/0-1")
                let entries = (all?["results"] as? [[String: Any]]) ?? []
                #expect(
                    allStatus == 200 && entries.compactMap { $0["propertyName"] as? String } == ["jobtitle", "phone"])
                let (oneStatus, one) = try await sandbox.send(.get, "\(rules)/0-1/jobtitle")
                let oneRules = (one?["results"] as? [[String: Any]]) ?? []
                #expect(oneStatus == 200 && oneRules.count == 1)
                let (ruleStatus, rule) = try await sandbox.send(.get, "\(rules)/contacts/jobtitle/rule-type/MIN_LENGTH")
                #expect(ruleStatus == 200 && rule?["ruleType"] as? String == "MIN_LENGTH")
                #expect(
                    rule?["ruleArguments"] as? [String] == ["2"] && rule?["shouldApplyNormalization"] as? Bool == true)
                let (missingStatus, missing) = try await sandbox.send(.get, "\(rules)/0-1/jobtitle/rule-type/REGEX")
                #expect(missingStatus == 404 && missing?["category"] as? String == "OBJECT_NOT_FOUND")
                let (badStatus, bad) = try await sandbox.send(
                    .put, "\(rules)/0-1/jobtitle/rule-type/NOT_A_RULE", #"{"ruleArguments":[]}"#)
                #expect(badStatus == 400 && bad?["category"] as? String == "VALIDATION_ERROR")
                let (typeStatus, _) = try await sandbox.send(.get, "\(rules)/nosuchtype")
                #expect(typeStatus == 400)
            }
        }
    }

    /// What `curl -X POST …/contacts -d '{"properties":{…"phone":"<26 characters>"}}'` gets.
    @Test("a create that breaks a rule gets HubSpot's 400 VALIDATION_ERROR body, the results embedded in the message")
    func singleWriteBody() async throws {
        try await SandboxHarness.with { sandbox in
            for (generation, _, objects) in Self.prefixes {
                let (status, body) = try await sandbox.send(
                    .post, "\(objects)/contacts",
                    #"{"properties":{"email":"rule-\#(generation.rawValue)@example.com","phone":"+1 617 555 0100 x 12345"}}"#
                )
                #expect(status == 400, "\(generation)")
                #expect(body?["status"] as? String == "error" && body?["category"] as? String == "VALIDATION_ERROR")
                #expect(body?["correlationId"] is String)
                let message = try #require(body?["message"] as? String)
                #expect(message.hasPrefix("Property values were not valid: ["), "\(message)")
                let decoded = try HubSpotJSON.decode(
                    APIErrorBody.self, from: JSONSerialization.data(withJSONObject: body ?? [:]))
                let result = try #require(decoded.propertyValidationResults.first)
                #expect(result.name == "phone" && !result.isValid && result.error == "INVALID_MAX_LENGTH")
                #expect(result.message == "Phone Number must be at most 20 characters (MAX_LENGTH)")
            }
        }
    }

    @Test("update and upsert are refused the same way; a deal amount outside its range too")
    func updateAndUpsert() async throws {
        try await SandboxHarness.with { sandbox in
            let contact = try #require(try await sandbox.firstIDs("contacts", count: 1).first)
            let (updateStatus, update) = try await sandbox.send(
                .patch, "/crm/objects/2026-09/contacts/\(contact)", #"{"properties":{"phone":"012345678901234567890"}}"#
            )
            #expect(updateStatus == 400 && update?["category"] as? String == "VALIDATION_ERROR")
            let deal = try #require(try await sandbox.firstIDs("deals", count: 1).first)
            let (dealStatus, dealBody) = try await sandbox.send(
                .patch, "/crm/v3/objects/deals/\(deal)", #"{"properties":{"amount":"-5"}}"#)
            #expect(dealStatus == 400)
            #expect((dealBody?["message"] as? String)?.contains("Amount must be at least 0 (MIN_NUMBER)") == true)
            let (upsertStatus, upsert) = try await sandbox.send(
                .post, "/crm/v3/objects/contacts/batch/upsert",
                #"{"inputs":[{"id":"new-upsert@example.com","idProperty":"email","properties":{"phone":"012345678901234567890"}}]}"#
            )
            // A batch in which every input failed answers with the (first) failure itself.
            #expect(upsertStatus == 400 && upsert?["category"] as? String == "VALIDATION_ERROR")
            #expect((upsert?["message"] as? String)?.contains("(MAX_LENGTH)") == true)
        }
    }

    @Test(
        "a batch keeps the inputs that pass: 207 with errors before 2026-09, 200 with errors and numErrors in 2026-09",
        arguments: [APIGeneration.legacy, .march2026, .september2026])
    func batches(_ generation: APIGeneration) async throws {
        try await SandboxHarness.with { sandbox in
            let objects = Self.prefixes.first { $0.0 == generation }!.objects
            let ids = try await sandbox.firstIDs("deals", count: 2)
            let (status, body) = try await sandbox.send(
                .post, "\(objects)/deals/batch/update",
                #"{"inputs":[{"id":"\#(ids[0])","properties":{"amount":"99.5"}},"#
                    + #"{"id":"\#(ids[1])","properties":{"amount":"20000000"}}]}"#)
            #expect(status == (generation == .september2026 ? 200 : 207))
            #expect((body?["results"] as? [Any])?.count == 1)
            let errors = (body?["errors"] as? [[String: Any]]) ?? []
            #expect(errors.count == 1 && errors.first?["category"] as? String == "VALIDATION_ERROR")
            #expect((errors.first?["message"] as? String)?.contains("(MAX_NUMBER)") == true)
            #expect((errors.first?["context"] as? [String: [String]])?["id"] == [ids[1]])
            if generation == .september2026 { #expect(body?["numErrors"] as? Int == 1) }
            let (createStatus, created) = try await sandbox.send(
                .post, "\(objects)/deals/batch/create",
                #"{"inputs":[{"properties":{\#(Self.newDeal("Too precise")),"amount":"1.005"}},"#
                    + #"{"properties":{\#(Self.newDeal("Precise enough")),"amount":"1.05"}}]}"#)
            #expect(createStatus == (generation == .september2026 ? 201 : 207))
            #expect((created?["errors"] as? [[String: Any]])?.count == 1)
        }
    }

    /// A new deal's required properties, as JSON members.
    private static func newDeal(_ name: String) -> String {
        #""dealname":"\#(name)","pipeline":"default","dealstage":"appointmentscheduled""#
    }

    @Test("every demo record keeps the demo portal's rules")
    func demoDataKeepsItsRules() async throws {
        let portal = Portal(seed: 42)
        try await SandboxHarness.with(portal: portal) { sandbox in
            let client = sandbox.client()
            for type in ["0-1", "0-2", "0-3"] {
                let definitions = try portal.propertyDefinitions(of: type)
                for entry in try await client.propertyValidations(of: type) {
                    let label = definitions.first { $0.name == entry.propertyName }?.label ?? entry.propertyName
                    for record in portal.records(of: type) {
                        let value = (record[property: entry.propertyName] ?? nil) ?? ""
                        let broken = ValidationRuleEvaluator.violations(
                            of: value, rules: entry.propertyValidationRules, label: label)
                        #expect(broken.isEmpty, "\(type) \(record.id): \(broken.map(\.message))")
                    }
                }
            }
        }
    }
}
