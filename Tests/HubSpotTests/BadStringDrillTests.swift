import Foundation
import Sandbox
import SpokeTestSupport
import Testing

@testable import HubSpot

@Suite("Fault drills: one bad string in a page (issue 15, item 4)")
struct BadStringDrillTests {
    @Test(
        "a lone surrogate or a non-UTF-8 byte in one record's property: every record arrives, the bad one with U+FFFD",
        arguments: [BodyFault.loneSurrogate, .invalidUTF8])
    func oneBadStringKeepsThePage(fault: BodyFault) async throws {
        var configuration = SandboxConfiguration()
        configuration.traffic = TrafficPolicy(bodyFault: fault)
        try await withSandbox(configuration) { server in
            let client = HubSpotClient(baseURL: server.baseURL, credentials: nil)
            let page = try await client.listRecords(
                "contacts", ListQuery(limit: 10, properties: ["firstname", "email"]))
            #expect(page.results.count == 10)
            let damaged = page.results.filter { record in
                record.properties.values.contains { $0?.contains("\u{FFFD}") == true }
            }
            #expect(damaged.map(\.id) == [page.results[0].id], "only the first record's string was spoiled")
            let name = try #require(page.results[0][property: "firstname"])
            #expect(name.count >= 3 && Array(name)[2] == "\u{FFFD}", "the mark sits where the damage was: \(name)")
            let one = try await client.record("contacts", id: page.results[1].id, properties: ["firstname"])
            #expect(one[property: "firstname"]?.contains("\u{FFFD}") == true, "a single record is mended too")
        }
    }

    @Test("the mending touches only what strict decoding refuses")
    func repairIsNarrow() throws {
        func repaired(_ text: String) -> String? {
            JSONTextRepair.repaired(Data(text.utf8)).map { String(decoding: $0, as: UTF8.self) }
        }
        // What Foundation does without the mending: the whole body is refused.
        #expect(throws: (any Error).self) {
            _ = try JSONDecoder().decode([String: String].self, from: Data(#"{"a":"Kw\udc00ame"}"#.utf8))
        }
        #expect(repaired(#"{"a":"Kw\udc00ame"}"#) == #"{"a":"Kw\uFFFDame"}"#)
        #expect(repaired(#"{"a":"x\ud83d"}"#) == #"{"a":"x\uFFFD"}"#, "a high half at the end")
        #expect(repaired(#"{"a":"\ud83d\ude00"}"#) == nil, "a whole pair is left alone")
        #expect(repaired(#"{"a":"\\udc00"}"#) == nil, "an escaped backslash, then text")
        #expect(repaired(#"{"\udc00":1}"#) == #"{"\uFFFD":1}"#)
        // {"a":"José"} in Latin-1.
        let latin1 = Data([0x7B, 0x22, 0x61, 0x22, 0x3A, 0x22, 0x4A, 0x6F, 0x73, 0xE9, 0x22, 0x7D])
        #expect(throws: (any Error).self) { _ = try JSONDecoder().decode([String: String].self, from: latin1) }
        let mended = try #require(JSONTextRepair.repaired(latin1))
        let decoded = try HubSpotJSON.decode([String: String].self, from: latin1)
        #expect(decoded["a"] == "Jos\u{FFFD}" && String(decoding: mended, as: UTF8.self) == "{\"a\":\"Jos\u{FFFD}\"}")
        #expect(throws: DecodingError.self) {
            _ = try HubSpotJSON.decode([String: String].self, from: Data("{\"a\":".utf8))
        }
    }
}
