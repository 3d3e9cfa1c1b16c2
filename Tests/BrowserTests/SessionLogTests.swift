import Browser
import Foundation
import HubSpot
import Testing

@Suite("The session log's lines (--log-file)")
struct SessionLogTests {
    @Test("a response names method, path, status and time; a write names its properties but not their values")
    func lines() throws {
        let response = try #require(
            SessionLog.line(
                for: .client(
                    .response(
                        method: .get, path: "/crm/objects/2026-09/0-1", status: 200, milliseconds: 12, rateLimit: nil)
                )))
        #expect("\(response.0)" == "info")
        #expect(response.1 == "GET /crm/objects/2026-09/0-1 200 12 ms")
        let write = try #require(
            SessionLog.line(
                for: .writeFinished(
                    token: 1,
                    .update(typeID: "0-1", id: "101", changes: ["email": "private@example.com"], base: nil),
                    .rejected(WriteFailure(message: "Contact already exists")))))
        #expect("\(write.0)" == "error")
        #expect(write.1 == "update 0-1 101 (email): refused: Contact already exists")
        #expect(!write.1.contains("private@example.com"), "a write's values stay out of the log")
        #expect(SessionLog.line(for: .key(.character("j"))) == nil, "keys are not logged")
    }
}
