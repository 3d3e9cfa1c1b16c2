import Foundation
import TOMLSupport
import TerminalUI
import Testing

@testable import Browser
@testable import HubSpot
@testable import Sandbox

extension Fuzzing {
    @Suite("Crashes and unclear errors the fuzzers found, replayed with their exact inputs")
    struct Regressions {
        @Test("a search cursor of Int.max followed by a last page continues above the last id instead of trapping")
        func searchCursorAtIntMax() async throws {
            let record =
                #"{"id":"9001","properties":{},"createdAt":"2024-12-08T05:27:00.695Z","updatedAt":"2024-12-08T05:27:00.695Z","archived":false}"#
            let client = ClientPath.client(answering: [
                ScriptedTransport.json(
                    200, Array(#"{"paging":{"next":{"after":"9223372036854775807"}},"results":[]}"#.utf8)),
                ScriptedTransport.json(200, Array(#"{"paging":null,"results":[\#(record)]}"#.utf8)),
            ])
            let first = try await client.searchPage("deals", SearchRequest(), cursor: nil)
            #expect(first.nextAfter == "/9223372036854775807")
            let last = try await client.searchPage("deals", SearchRequest(), cursor: first.nextAfter)
            #expect(last.nextAfter == "9001/", "an offset past the cap goes on above the last id seen")
            // A list sorted by another property (s) keeps its sort and stops at the cap, without trapping either.
            let sorted = ClientPath.client(answering: [
                ScriptedTransport.json(200, Array(#"{"paging":{"next":{"after":"1"}},"results":[\#(record)]}"#.utf8))
            ])
            let end = try await sorted.searchPage(
                "deals", SearchRequest(sorts: [SearchSort("amount")]),
                cursor: "9223372036854775807")
            #expect(end.nextAfter == nil && end.results.count == 1)
        }

        @Test("a top-level key missing or the wrong kind of body: the message says \"body\" instead of nothing")
        func topLevelErrorsNameTheBody() async throws {
            let stage =
                #"{" archived":false,"createdAt":"1970-01-01T00:00:00.000Z","displayOrder":0,"id":"appointmentscheduled","label":"Appointment Scheduled","metadata":{"isClosed":"false","probability":"0.2"},"updatedAt":"1970-01-01T00:00:00.000Z"}"#
            let missing = await #expect(throws: HubSpotError.self) {
                _ = try await ClientPath.client(answering: [ScriptedTransport.json(200, Array(stage.utf8))])
                    .pipelineStage("deals", pipelineId: "default", stageId: "appointmentscheduled")
            }
            #expect(missing?.message == #"unexpected answer (HTTP 200): body: missing key "archived""#)
            let array = await #expect(throws: HubSpotError.self) {
                _ = try await ClientPath.client(answering: [ScriptedTransport.json(200, Array(#"["1.5"]"#.utf8))])
                    .listRecords("contacts")
            }
            #expect(
                array?.message.hasPrefix("unexpected answer (HTTP 200): body: expected Dictionary") == true,
                "\(String(describing: array))")
        }

        @Test("HubSpot's message present but empty: the error says the status instead of nothing")
        func emptyHubSpotMessage() async throws {
            let body =
                #"{"category":"RATE_LIMITS","correlationId":"817e22a9-88cd-4787-89b5-0e7b1c9bbae8","errorType":"RATE_LIMIT","message":"","policyName":"TEN_SECONDLY_ROLLING","requestId":"eb0ff464-726f-42c7-9596-5389351a9773","status":"error"}"#
            let error = await #expect(throws: HubSpotError.self) {
                _ = try await ClientPath.client(answering: [ScriptedTransport.json(429, Array(body.utf8))]).record(
                    "contacts", id: "1")
            }
            #expect(error?.message == "HTTP 429 (Too Many Requests)")
            #expect(error?.errorDescription == "HubSpot 429 RATE_LIMITS: HTTP 429 (Too Many Requests)")
        }

        @Test("a config with CRLF line ends: the issue names the line of the bad value, as with LF")
        func configIssueLineWithCRLF() throws {
            var lines = try #require(TOMLSeeds.configs().first).components(separatedBy: "\n")
            #expect(lines[8].hasPrefix("portal = "))
            lines[8] = "portal = 42"
            let config = SpokeConfigParser(source: lines.joined(separator: "\r\n"), file: "config.toml").parse()
            #expect(
                config.issues.map(\.description) == ["config.toml:9: profiles.prod.portal: must be a string; ignored"])
        }

        @Test("a theme with CRLF line ends: the error names the line and role of the bad colour, as with LF")
        func themeErrorLineWithCRLF() throws {
            let terminal = try #require(TOMLSeeds.themes().first { $0.name == "terminal.toml" })
            var lines = terminal.text.components(separatedBy: "\n")
            #expect(lines[34].hasPrefix("ok "))
            lines[34] = "ok = \"#ggg\""
            let error = #expect(throws: ThemeError.self) {
                try Theme.parse(lines.joined(separator: "\r\n"), name: "terminal", file: "terminal.toml")
            }
            #expect(error?.line == 35)
            #expect(error?.role == "palette.ok")
        }

        @Test("a table header with a comment after it ([keys]  # …, as in the README): issues in it name their line")
        func headerWithComment() throws {
            var lines = try #require(TOMLSeeds.configs().first).components(separatedBy: "\n")
            // Found by content, so the README's example may grow above it.
            let header = try #require(lines.firstIndex { $0.hasPrefix("[keys] ") && $0.contains("#") })
            #expect(lines[header + 1].hasPrefix("refresh = "))
            lines[header + 1] = "refresh = 42"
            let config = SpokeConfigParser(source: lines.joined(separator: "\n"), file: "config.toml").parse()
            #expect(
                config.issues.map(\.description)
                    == ["config.toml:\(header + 2): keys.refresh: must be a string or an array of strings; ignored"])
            #expect(config.keyRemaps.map(\.line) == [header + 3, header + 4], "quit and help, on their own lines")
        }

        @Test("2,000 copies of a palette entry (a fuzzer mutation that took 15–33 s): parsed within the fuzz limit")
        func manyPaletteEntries() throws {
            let light = try #require(TOMLSeeds.themes().first { $0.name == "light.toml" })
            var lines = light.text.components(separatedBy: "\n")
            #expect(lines[21].hasPrefix("default "))
            lines.insert(contentsOf: (0..<2_000).map { "default_\($0) = \"default\"" }, at: 22)
            lines.append("\"text\" = { fg = \"default_1999x\" }")
            let started = ContinuousClock.now
            let error = #expect(throws: ThemeError.self) {
                try Theme.parse(lines.joined(separator: "\n"), name: "light", file: "light.toml")
            }
            #expect(ContinuousClock.now - started < FuzzSettings.current.slowInputLimit)
            #expect(error?.line == lines.count)
        }

        @Test("2,000 copies of a [keys] entry: every remap keeps its own line, found within the fuzz limit")
        func manyKeyEntries() throws {
            var lines = try #require(TOMLSeeds.configs().first).components(separatedBy: "\n")
            let refresh = try #require(lines.firstIndex { $0.hasPrefix("refresh = ") })
            lines.insert(contentsOf: (0..<2_000).map { "refresh_\($0) = \"R\"" }, at: refresh + 1)
            let started = ContinuousClock.now
            let config = SpokeConfigParser(source: lines.joined(separator: "\n"), file: "config.toml").parse()
            #expect(ContinuousClock.now - started < FuzzSettings.current.slowInputLimit)
            #expect(
                config.keyRemaps.first { $0.action == "refresh_1999" }?.line == refresh + 2_001,
                "\(config.issues) \(config.keyRemaps.suffix(2))")
        }

        @Test(
            "a date property holding Int64's ends in milliseconds: shown as it came, not a trap in the date formatter")
        func dateValueAtInt64Ends() throws {
            // The fuzzer's upsert answer, less a 2 KB run of backslashes in `createdate` that played no part.
            let body =
                #"{"completedAt":"2026-11-21T21:33:30.543Z","results":[{"archived":false,"createdAt":"2026-11-21T21:33:30.542Z","id":"403","new":true,"properties":{"email":"fuzz.upsert@example.com","firstname":"9223372036854775807","hs_object_id":"403","lastmodifieddate":"2026-11-21T21:33:30.542Z"},"updatedAt":"2026-11-21T21:33:30.542Z"}],"startedAt":"2026-11-21T21:33:30.542Z","status":"COMPLETE"}"#
            let batch = try HubSpotJSON.decoder().decode(BatchResponse<UpsertedRecord>.self, from: Data(body.utf8))
            let value = try #require(batch.results.first?.record[property: "firstname"])
            for definition in ScreenReading.definitions where ["date", "datetime"].contains(definition.type) {
                for text in [value, "-9223372036854775808", "253402300800000"] {
                    #expect(PropertyFormatter.display(text, definition: definition) == text)
                    #expect(PropertyInput.editableText(text, for: definition) == text)
                }
                #expect(PropertyFormatter.display("253402300799999", definition: definition).hasPrefix("9999-12-31"))
            }
        }

        @Test("a body whose 513th nested opener is its last byte: an error, not a trap inside Foundation's JSON parser")
        func nestingPastTheLimitAtTheEnd() async throws {
            let conflict =
                #"{"category":"CONFLICT","context":{"existingId":["401"],"propertyName":["email"]},"correlationId":"acd8ccc8-cc50-4d47-bfc3-c308cb27064f","errors":[{"code":"CONFLICT","context":"#
                + String(repeating: "[", count: 510)
            let refused = await #expect(throws: HubSpotError.self) {
                _ = try await ClientPath.client(answering: [ScriptedTransport.json(409, Array(conflict.utf8))]).record(
                    "contacts", id: "1")
            }
            #expect(refused?.status == 409)
            #expect(refused?.message.hasPrefix(#"HTTP 409 (Conflict): {"category":"CONFLICT""#) == true)
            let page = await #expect(throws: HubSpotError.self) {
                _ = try await ClientPath.client(answering: [
                    ScriptedTransport.json(200, Array(repeating: UInt8(ascii: "["), count: 513))
                ])
                .listRecords("contacts")
            }
            #expect(
                page?.message
                    == "unexpected answer (HTTP 200): body: The given data was not valid JSON: nested more than 512 levels deep."
            )
            let deepest = String(repeating: "[", count: 512) + String(repeating: "]", count: 512)
            let mismatch = #expect(throws: DecodingError.self) {
                try HubSpotJSON.decode(RecordPage.self, from: Data(deepest.utf8))
            }
            guard case .typeMismatch? = mismatch else {
                Issue.record(
                    "512 levels must reach the decoder (which finds no object), got \(String(describing: mismatch))")
                return
            }
            // The sandbox reads request bodies the same way: 400 INVALID_JSON, not a crashed server.
            #expect(throws: SandboxAPIError.self) {
                try SandboxJSONInput.decode(
                    [AssociationSpec].self, from: Data(repeating: UInt8(ascii: "["), count: 513))
            }
            let quoted = String(repeating: "[", count: 511) + #""[[[[\"[""# + String(repeating: "]", count: 511)
            #expect(!HubSpotJSON.nestingExceedsLimit(Data(quoted.utf8)), "brackets in strings do not count")
        }

        @Test(
            "a table header that starts with no key ([\\u{2028}profiles.demo], [.keys], [é], a lone [): a syntax error on its line, not an abort in toml++"
        )
        func headerWithoutKey() throws {
            // The fuzzer's config, less a 100,000-character line that played no part.
            var lines = try #require(TOMLSeeds.configs().first).components(separatedBy: "\n")
            #expect(lines[4] == "[profiles.demo]")
            for header in ["[\u{2028}profiles.demo]", "[.profiles.demo]", "[é]", "[", "[ \t!x]", "[[#x]]", "[\r"] {
                lines[4] = header
                let config = SpokeConfigParser(source: lines.joined(separator: "\n"), file: "config.toml").parse()
                #expect(
                    config.issues.count == 1 && config.issues.first?.line == 5 && config.profiles.isEmpty,
                    "\(header): \(config.issues)")
                let theme = #expect(throws: ThemeError.self) {
                    try Theme.parse("name = \"x\"\n\(header)\n", name: "x", file: "x.toml")
                }
                #expect(
                    theme?.line == 2 && theme?.message.hasPrefix("TOML syntax error") == true,
                    "\(header): \(String(describing: theme))")
            }
            #expect(
                throws: TOMLSyntaxError(
                    line: 1, message: "Error while parsing table header: expected a key after '[', saw '='")
            ) {
                try TOMLReader.table(from: "\u{FEFF}[=x]")
            }
            // Where a "[" starts a line but is no header, nothing is turned away.
            for valid in [
                "a = \"\"\"\n[!x]\n\"\"\"", "a = \'\'\'\n[\n\'\'\'", "# [!x]\n[b]", "a = [\n  [1],\n  [\n2]\n]\n[ok]",
                "[\"é\"]\n[-x]",
            ] {
                #expect(throws: Never.self, "\(valid)") { try TOMLReader.table(from: valid) }
            }
        }

        @Test(
            "U+2028, U+2029 or NEL where a value goes (between array elements): a syntax error on its line, not an abort in toml++"
        )
        func separatorBetweenValues() throws {
            var lines = try #require(TOMLSeeds.configs().first).components(separatedBy: "\n")
            let row = try #require(lines.firstIndex { $0.hasPrefix("contacts = [") }, "the README's [columns] example")
            for separator in ["\u{2028}", "\u{2029}", "\u{85}"] {
                lines[row] = #"contacts = ["email", "jobtitle", \#(separator)"hubspot_owner_id"]"#
                let config = SpokeConfigParser(source: lines.joined(separator: "\n"), file: "config.toml").parse()
                #expect(
                    config.issues.map(\.line) == [row + 1]
                        && config.issues.first?.message.contains("only inside strings and comments") == true,
                    "\(config.issues)")
            }
            #expect(throws: TOMLSyntaxError.self) { try TOMLReader.table(from: "a = [ # c\n\u{85}1]") }
            #expect(throws: Never.self) { try TOMLReader.table(from: "a = \"\u{2028}\" # \u{85}\nb = '\u{2029}'") }
        }
    }
}
