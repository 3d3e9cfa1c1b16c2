import Foundation
import SpokeTestSupport
import Testing

/// The scriptable commands, run as a script would run them.
@Suite("spoke list/get/search for scripts")
struct ScriptCommandTests {
    private func shell(_ command: String) async throws -> (status: Int32, output: String) {
        try await ChildProcess.run("/bin/sh", ["-c", command])
    }

    @Test("list --all --json piped to python counts every contact of the demo portal, once each")
    func listAllAsJSONLines() async throws {
        let spoke = try #require(SpokeBinary.path)
        let script =
            "import json,sys; rows=[json.loads(l) for l in sys.stdin]; print(len(rows), len({r['id'] for r in rows}))"
        let (status, output) = try await shell(
            "env -u HUBSPOT_ACCESS_TOKEN \(spoke) list contacts --all --json | python3 -c \"\(script)\"")
        #expect(status == 0, "\(output)")
        #expect(output.trimmingCharacters(in: .whitespacesAndNewlines) == "300 300")
    }

    @Test("get and search answer JSON documents; a missing record exits 3 with HubSpot's message")
    func getAndSearch() async throws {
        let spoke = try #require(SpokeBinary.path)
        let (status, output) = try await shell(
            "env -u HUBSPOT_ACCESS_TOKEN \(spoke) get contacts 103 --json --properties email,firstname")
        #expect(status == 0)
        let record = try #require(try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: Any])
        #expect(record["id"] as? String == "103")
        let (searchStatus, searchOutput) = try await shell(
            "env -u HUBSPOT_ACCESS_TOKEN \(spoke) search contacts 'José Müller' --json")
        #expect(searchStatus == 0)
        let page = try #require(try JSONSerialization.jsonObject(with: Data(searchOutput.utf8)) as? [String: Any])
        #expect(page["total"] as? Int == 1)
        let (plainStatus, plain) = try await shell(
            "env -u HUBSPOT_ACCESS_TOKEN \(spoke) get contacts 103 --properties email")
        #expect(plainStatus == 0)
        #expect(
            plain.contains("url  https://app.hubspot.com/contacts/1234567/record/0-1/103\n"),
            "the record's HubSpot URL, plain when piped (no OSC 8):\n\(plain)")
        let (linkStatus, linked) = try await shell(
            "script -q -e -c 'env -u HUBSPOT_ACCESS_TOKEN \(spoke) get contacts 103 "
                + "--properties email' /dev/null")
        #expect(linkStatus == 0)
        let url = "https://app.hubspot.com/contacts/1234567/record/0-1/103"
        #expect(linked.contains("\u{1B}]8;;\(url)\u{1B}\\\(url)\u{1B}]8;;\u{1B}\\"), "an OSC 8 link on a terminal")
        let (missing, message) = try await shell("env -u HUBSPOT_ACCESS_TOKEN \(spoke) get contacts 999999 2>&1")
        #expect(missing == 3)
        #expect(message.contains("404") && message.contains("OBJECT_NOT_FOUND"))
        let (unknown, _) = try await shell("env -u HUBSPOT_ACCESS_TOKEN \(spoke) list nosuchtype 2>&1")
        #expect(unknown == 64, "a usage error exits with EX_USAGE")
    }

    @Test(
        "without a terminal the browser says why in one line and exits 6 at once, writing no escape code (issue 15, item 6)"
    )
    func noTerminal() async throws {
        let spoke = try #require(SpokeBinary.path)
        let env = "env -u HUBSPOT_ACCESS_TOKEN"
        // Each prints the browser's exit status itself: a pipeline's own status is its last command's.
        let cases = [
            ("(\(env) timeout 20 \(spoke) < /dev/null 2>&1; echo status=$?)", "standard input is not a terminal"),
            (
                "script -q -e -c '(\(env) timeout 20 \(spoke) 2>&1; echo status=$?) | cat' /dev/null",
                "standard output is not a terminal"
            ),
            ("script -q -e -c '\(env) TERM=dumb timeout 20 \(spoke); echo status=$?' /dev/null", "TERM is \"dumb\""),
        ]
        // `timeout 20` ends a browser that spins (status 124); status 6 is the browser's own exit. A wall-clock
        // bound here failed on a loaded machine where the test's own wait resumed 20 s late.
        for (command, reason) in cases {
            let (_, output) = try await shell(command)
            #expect(output.contains("status=6"), "\(command): \(output)")
            #expect(output.contains("spoke: \(reason)") && output.contains("spoke list"), "\(command): \(output)")
            #expect(!output.unicodeScalars.contains { $0.value == 0x1B }, "no escape code reached \(command)")
        }
    }

    @Test("spoke --help names the browse options; get lists each associated record once (issue 16, item 11)")
    func helpAndAssociations() async throws {
        let spoke = try #require(SpokeBinary.path)
        let (status, help) = try await shell("\(spoke) --help")
        #expect(status == 0)
        for option in ["--offline", "--read-only", "--theme", "--log-file", "--profile"] {
            #expect(help.contains(option), "spoke --help names \(option):\n\(help)")
        }
        let (getStatus, output) = try await shell(
            "env -u HUBSPOT_ACCESS_TOKEN \(spoke) get contacts 101 --associations companies,notes")
        #expect(getStatus == 0, "\(output)")
        let lines = output.split(separator: "\n").filter { $0.hasPrefix("associations.") }
        #expect(!lines.isEmpty, "\(output)")
        for line in lines {
            let ids = line.split(separator: " ").last.map { $0.split(separator: ",") } ?? []
            #expect(Set(ids).count == ids.count, "each id once: \(line)")
        }
    }

    @Test("spoke search takes the / language: filters narrow, a bad value is refused naming it (issue 16, item 11)")
    func searchLanguage() async throws {
        let spoke = try #require(SpokeBinary.path)
        let env = "env -u HUBSPOT_ACCESS_TOKEN"
        let (status, output) = try await shell(
            "\(env) \(spoke) search deals 'amount>50000 dealstage:closedwon' --all --json")
        #expect(status == 0, "\(output)")
        let deals = output.split(separator: "\n").compactMap {
            try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]
        }
        #expect(!deals.isEmpty, "\(output)")
        for deal in deals {
            let properties = deal["properties"] as? [String: Any]
            #expect(properties?["dealstage"] as? String == "closedwon")
            #expect(Double(properties?["amount"] as? String ?? "") ?? 0 > 50000)
        }
        let (refused, message) = try await shell("\(env) \(spoke) search deals 'amount>oops' 2>&1")
        #expect(refused == 64 && message.contains("Amount takes a number, not \"oops\""), "\(message)")
    }

    @Test("--api-version chooses the generation; an unknown one is refused with the known ones (exit 64)")
    func apiVersionOption() async throws {
        let spoke = try #require(SpokeBinary.path)
        for version in ["2026-09", "2026-03", "legacy"] {
            let (status, output) = try await shell(
                "env -u HUBSPOT_ACCESS_TOKEN \(spoke) get contacts 103 --json --properties email --api-version \(version)"
            )
            #expect(status == 0, "\(version): \(output)")
            #expect(output.contains("\"id\" : \"103\"") || output.contains("\"id\":\"103\""), "\(version): \(output)")
        }
        let (status, output) = try await shell(
            "env -u HUBSPOT_ACCESS_TOKEN \(spoke) list contacts --api-version v5 2>&1")
        #expect(status == 64)
        #expect(output.contains("--api-version must be one of 2026-09, 2026-03, legacy, got \"v5\""), "\(output)")
    }

    @Test("plain tables show control characters inert")
    func plainTableIsSafe() async throws {
        let spoke = try #require(SpokeBinary.path)
        let (status, output) = try await shell("env -u HUBSPOT_ACCESS_TOKEN \(spoke) list companies --limit 100")
        #expect(status == 0)
        #expect(!output.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 })
        #expect(output.hasPrefix("ID "))
    }

    @Test("the plain list ends with its count, and says how to read on when there is more (issue 16, item 11)")
    func plainListCount() async throws {
        let spoke = try #require(SpokeBinary.path)
        let (status, page) = try await shell("env -u HUBSPOT_ACCESS_TOKEN \(spoke) list companies --limit 3")
        #expect(status == 0)
        #expect(page.hasSuffix("\n3 companies (more: --after 5004, or --all)\n"), "\(page)")
        let (_, all) = try await shell("env -u HUBSPOT_ACCESS_TOKEN \(spoke) list companies --all")
        let rows = all.split(separator: "\n").count - 2  // the header and the count (split drops the blank line)
        #expect(all.hasSuffix("\n\(rows) companies\n"), "\(all.suffix(200))")
    }
}
