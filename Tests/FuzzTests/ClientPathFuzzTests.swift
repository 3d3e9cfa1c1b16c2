import Foundation
import Testing

@testable import HubSpot
@testable import Sandbox

extension Fuzzing {
    @Suite("Mutated answers through the real client: a value, or an error that says what was wrong")
    struct ClientPath {
        /// A client whose every request gets `answers`, never retried.
        static func client(answering answers: [HTTPResponse]) -> HubSpotClient {
            HubSpotClient(
                baseURL: URL(string: "http://fuzz.invalid")!, credentials: nil, transport: ScriptedTransport(answers),
                retryPolicy: RetryPolicy(maxAttempts: 1, maxConnectionAttempts: 1, baseDelay: .zero, maxDelay: .zero))
        }

        @Test("a mutated 2xx body: malformedResponse with the status, naming where the body is wrong")
        func mutatedSuccessBodies() async throws {
            let samples = try await CorpusSandbox.shared.samples().filter { !ResponseTarget.all[$0.target].isErrorBody }
            let stats = await FuzzLoop(name: "client: mutated 2xx answers").run { fuzzCase in
                let sample = fuzzCase.random.pick(samples)
                let target = ResponseTarget.all[sample.target]
                let mutant = JSONMutator.mutate(sample.document, &fuzzCase.random)
                fuzzCase.show(mutant.bytes)
                let client = Self.client(answering: [ScriptedTransport.json(sample.status, mutant.bytes)])
                do {
                    try await target.calls[0](client, SampleIDs())
                    return "ok: value"
                } catch {
                    return Self.check(error, status: sample.status, focus: mutant.focus) { problem in
                        Issue.record(
                            Comment(
                                rawValue: fuzzCase.failure(
                                    "\(target.name): \(problem) (after \(mutant.steps))",
                                    input: mutant.bytes)))
                    }
                }
            }
            if !FuzzSettings.current.isShortRun {
                #expect(
                    stats.outcomes["ok: value", default: 0] > 0 && stats.errorKinds.count >= 3,
                    Comment(rawValue: "\(stats.outcomes)"))
            }
        }

        @Test("a mutated error body with a 4xx or 5xx: HubSpotError.api with that status and a message")
        func mutatedErrorBodies() async throws {
            let samples = try await CorpusSandbox.shared.samples().filter { ResponseTarget.all[$0.target].isErrorBody }
            await FuzzLoop(name: "client: mutated error answers").run { fuzzCase in
                let sample = fuzzCase.random.pick(samples)
                let mutant = JSONMutator.mutate(sample.document, &fuzzCase.random)
                let status =
                    fuzzCase.random.chance(0.5)
                    ? sample.status : fuzzCase.random.pick([400, 401, 403, 404, 409, 414, 429, 500, 503, 599])
                fuzzCase.show(mutant.bytes)
                do {
                    _ = try await Self.client(answering: [ScriptedTransport.json(status, mutant.bytes)]).record(
                        "contacts", id: "1")
                    Issue.record(
                        Comment(rawValue: fuzzCase.failure("a \(status) answer returned a record", input: mutant.bytes))
                    )
                    return "ok: no error"
                } catch HubSpotError.api(let answered, let body) {
                    let error = HubSpotError.api(status: answered, body: body)
                    if answered != status || error.message.isEmpty
                        || error.errorDescription?.contains("\(status)") != true
                    {
                        Issue.record(
                            Comment(
                                rawValue: fuzzCase.failure(
                                    "a \(status) answer became \"\(error.errorDescription ?? "")\": the status or message is missing",
                                    input: mutant.bytes)))
                    }
                    return body.message == nil ? "error: api, message from the status" : "error: api, HubSpot's message"
                } catch {
                    Issue.record(
                        Comment(
                            rawValue: fuzzCase.failure(
                                "a \(status) answer threw \(error), not HubSpotError.api", input: mutant.bytes)))
                    return "error: unexpected"
                }
            }
        }

        @Test("search paging past the cap over pages with hostile cursors: pages or an error, never a crash")
        func searchPagingCursors() async throws {
            let pages = try await CorpusSandbox.shared.samples().filter {
                ResponseTarget.all[$0.target].name == "RecordPage"
            }
            await FuzzLoop(name: "client: search paging with hostile cursors").run { fuzzCase in
                // The cursor logic reads `paging.next.after` and counts results, so those are what varies most.
                let answers = (0..<fuzzCase.random.int(in: 1...3)).map { _ in
                    var page = fuzzCase.random.pick(pages).document
                    let cursor = fuzzCase.random.pick(
                        HostileValues.numericTexts + ["", "/", "//", "7/", "/9999", "10000"])
                    page =
                        fuzzCase.random.chance(0.3)
                        ? page.replacing(at: [.key("paging")]) { _ in .null }
                        : page.replacing(at: [.key("paging")]) { _ in
                            .object([("next", .object([("after", .string(cursor))]))])
                        }
                    let bytes =
                        fuzzCase.random.chance(0.3)
                        ? JSONMutator.mutate(page, &fuzzCase.random).bytes : Array(page.text.utf8)
                    return ScriptedTransport.json(200, bytes)
                }
                let script = Array(answers.map(\.body).joined(separator: Data("\n---\n".utf8)))
                fuzzCase.show(script)
                let client = Self.client(answering: answers)
                var cursor: String?
                do {
                    for _ in 0..<answers.count {
                        let page = try await client.searchPage("deals", SearchRequest(), cursor: cursor)
                        guard let next = page.nextAfter else { break }
                        cursor = next
                    }
                    return "ok: paged"
                } catch {
                    return Self.check(error, status: 200, focus: nil) { problem in
                        Issue.record(Comment(rawValue: fuzzCase.failure(problem, input: script)))
                    }
                }
            }
        }

        /// The outcome kind of an error from a 2xx answer; `report` hears of every broken promise: it must be
        /// `malformedResponse` with the answer's status, its detail must start by naming a place, and after one
        /// structural change that place must enclose the change, sit inside it, or be it.
        static func check(_ error: any Error, status: Int, focus: [JSONPathComponent]?, report: (String) -> Void)
            -> String
        {
            guard case HubSpotError.malformedResponse(let answered, let detail)? = error as? HubSpotError else {
                report("threw \(error), not HubSpotError.malformedResponse")
                return "error: unexpected"
            }
            guard answered == status else {
                report("says HTTP \(answered) for a \(status) answer")
                return "error: wrong status"
            }
            guard let location = ErrorLocation(detail: detail) else {
                report("the message does not say where the body is wrong: \"\(detail.prefix(300))\"")
                return "error: no location"
            }
            if let focus, !location.isRelated(to: focus) {
                report(
                    "the message names \"\(location.path)\", unrelated to the change at \"\(JSONPathComponent.render(focus))\": \(detail.prefix(300))"
                )
            }
            let reason = detail.drop { $0 != ":" }.dropFirst(2)
            return "error: malformed, " + FuzzStats.kind(String(reason))
        }
    }
}
