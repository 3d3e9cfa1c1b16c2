import Foundation
import HubSpot
import Sandbox
import SpokeTestSupport
import Synchronization
import Testing

@Suite("Lists and searches as async sequences")
struct PageSequenceTests {
    @Test("elements run across pages; pages are fetched only as they are consumed")
    func lazyPages() async throws {
        let fetched = Mutex<[String?]>([])
        let sequence = PageSequence<Int> { after in
            fetched.withLock { $0.append(after) }
            let start = Int(after ?? "0")!
            return (Array(start..<min(start + 3, 10)), start + 3 < 10 ? String(start + 3) : nil)
        }
        var seen: [Int] = []
        for try await value in sequence.elements {
            seen.append(value)
            if value == 4 { break }
        }
        #expect(seen == [0, 1, 2, 3, 4])
        #expect(fetched.withLock { $0 } == [nil, "3"], "the third page was never needed")
        var all: [Int] = []
        for try await page in sequence { all += page }
        #expect(all == Array(0..<10))
    }

    @Test("cancelling the consuming task stops the paging")
    func cancellation() async throws {
        let calls = Mutex(0)
        let sequence = PageSequence<Int> { after in
            calls.withLock { $0 += 1 }
            try await Task.sleep(for: .milliseconds(20))
            return ([1], String(Int(after ?? "0")! + 1))
        }
        let task = Task {
            var count = 0
            for try await _ in sequence { count += 1 }
            return count
        }
        try await Task.sleep(for: .milliseconds(120))
        task.cancel()
        let result = await task.result
        #expect(throws: (any Error).self) { try result.get() }
        let callsAtCancel = calls.withLock { $0 }
        try await Task.sleep(for: .milliseconds(100))
        #expect(calls.withLock { $0 } == callsAtCancel, "no fetch after cancellation")
    }

    @Test("client.pages walks a real list with after cursors")
    func clientPages() async throws {
        try await withSandboxClient { client, server in
            var ids: [String] = []
            for try await page in client.pages("companies", ListQuery(limit: 9)) { ids += page.map(\.id) }
            #expect(ids == server.portal.records(of: "companies").map(\.id))
        }
    }
}
