import Foundation
import HubSpot
import Sandbox
import SpokeTestSupport
import Testing

/// The property validation API through the client, against the sandbox, in 2026-09 and legacy.
@Suite("Property validation rules against the sandbox")
struct PropertyValidationTests {
    static let versions: [APIVersion] = [.september2026, .legacy]

    @Test("the demo's rules are read per type, per property and per rule type", arguments: versions)
    func demoRules(_ version: APIVersion) async throws {
        try await withSandboxClient(apiVersion: version) { client, _ in
            let deals = try await client.propertyValidations(of: "0-3")
            #expect(deals.map(\.propertyName) == ["amount"])
            #expect(deals.first?.propertyValidationRules.map(\.ruleType) == [.minNumber, .maxNumber, .decimal])
            #expect(try await client.propertyValidations(of: "contacts").map(\.propertyName) == ["phone"])
            #expect(
                try await client.propertyValidationRules("0-1", property: "phone")
                    == [PropertyValidationRule(.maxLength, ["20"])])
            #expect(try await client.propertyValidationRules("0-1", property: "firstname").isEmpty)
            #expect(
                try await client.propertyValidationRule("0-3", property: "amount", ruleType: .maxNumber).ruleArguments
                    == ["10000000"])
            #expect(
                await failureStatus {
                    _ = try await client.propertyValidationRule("0-1", property: "phone", ruleType: .regex)
                } == 404)
            #expect(
                await failureStatus { _ = try await client.propertyValidationRules("0-1", property: "nope") } == 404)
        }
    }

    @Test("PUT sets a rule (204), replaces one of the same type and leaves the others", arguments: versions)
    func setRule(_ version: APIVersion) async throws {
        try await withSandboxClient(apiVersion: version) { client, _ in
            try await client.setPropertyValidationRule(
                "contacts", property: "firstname", ruleType: .alphanumeric, arguments: ["ALPHA_ONLY"])
            try await client.setPropertyValidationRule(
                "0-1", property: "firstname", ruleType: .maxLength, arguments: ["30"], shouldApplyNormalization: true)
            try await client.setPropertyValidationRule(
                "0-1", property: "firstname", ruleType: .maxLength, arguments: ["12"])
            #expect(
                try await client.propertyValidationRules("0-1", property: "firstname")
                    == [
                        PropertyValidationRule(.alphanumeric, ["ALPHA_ONLY"]),
                        PropertyValidationRule(.maxLength, ["12"]),
                    ])
            #expect(
                await failureStatus {
                    try await client.setPropertyValidationRule(
                        "0-1", property: "firstname", ruleType: "NOT_A_RULE", arguments: [])
                } == 400)
            #expect(
                await failureStatus {
                    try await client.setPropertyValidationRule(
                        "0-1", property: "firstname", ruleType: .minLength, arguments: ["short"])
                } == 400)
        }
    }

    @Test("a write that breaks a rule is a 400 VALIDATION_ERROR whose message names the rule", arguments: versions)
    func enforcedOnWrites(_ version: APIVersion) async throws {
        try await withSandboxClient(apiVersion: version) { client, _ in
            let long = "+1 617 555 0100 ext. 12345"
            do {
                _ = try await client.createRecord("contacts", properties: ["email": "long@example.com", "phone": long])
                Issue.record("a 26-character phone was accepted")
            } catch let error as HubSpotError {
                guard case .api(400, let body) = error else { throw error }
                #expect(body.category == "VALIDATION_ERROR")
                #expect(error.message.contains("Phone Number must be at most 20 characters (MAX_LENGTH)"))
                #expect(body.propertyValidationResults.map(\.name) == ["phone"])
            }
            let contact = try await client.createRecord(
                "contacts", properties: ["email": "short@example.com", "phone": "+1 617 555 0100"])
            #expect(
                await failureStatus {
                    _ = try await client.updateRecord("contacts", id: contact.id, properties: ["phone": long])
                } == 400)
            let cleared = try await client.updateRecord("contacts", id: contact.id, properties: ["phone": ""])
            #expect((cleared[property: "phone"] ?? nil) == nil, "clearing a value breaks no rule")
        }
    }
}
