import Foundation
import Testing

@testable import Browser
@testable import TerminalUI

@Suite("A result wakes the UI thread waiting for a key")
struct InboxWakeTests {
    /// Whether the waker's pipe has a wake-up waiting, without waiting.
    private func isAwake(_ waker: TerminalWaker) -> Bool {
        var descriptor = pollfd(fd: waker.readDescriptor, events: Int16(POLLIN), revents: 0)
        return poll(&descriptor, 1, 0) == 1
    }

    @Test("Posting an action wakes the backend's waker; draining it ends that wake-up")
    func postWakes() throws {
        let waker = try #require(TerminalWaker())
        let inbox = Inbox()
        inbox.wake(waker)
        #expect(!isAwake(waker))
        inbox.post(.notify(StatusMessage("saved")))
        #expect(isAwake(waker))
        waker.drain()
        #expect(!isAwake(waker))
        #expect(inbox.drain().count == 1)
    }

    @Test("Many posts with nobody reading never block the poster (the pipe fills, wake-ups merge)")
    func manyPostsNeverBlock() throws {
        let waker = try #require(TerminalWaker())
        let inbox = Inbox()
        inbox.wake(waker)
        // A pipe holds 64 KiB: 100,000 one-byte wake-ups would block a blocking write.
        for _ in 0..<100_000 { inbox.post(.notify(StatusMessage("tick"))) }
        #expect(isAwake(waker))
        waker.drain()
        #expect(!isAwake(waker))
        #expect(inbox.drain().count == 100_000)
    }
}
