/// Pages fetched one at a time with `after` cursors, as an `AsyncSequence`. The next page is
/// requested only when the consumer asks for it, and cancelling the consuming task stops it.
public struct PageSequence<Element: Sendable>: AsyncSequence, Sendable {
    /// Fetches the page at a cursor (`nil` for the first) and returns its elements and the next cursor.
    public typealias Fetch = @Sendable (_ after: String?) async throws -> (elements: [Element], next: String?)

    private let fetch: Fetch

    /// Creates a sequence of pages produced by `fetch`.
    public init(fetch: @escaping Fetch) {
        self.fetch = fetch
    }

    /// Walks the pages.
    public struct AsyncIterator: AsyncIteratorProtocol {
        let fetch: Fetch
        var after: String?
        var finished = false
        /// Every cursor followed so far: a server that names one again would send the same pages forever.
        var followed: Set<String> = []

        /// The next page's elements, or `nil` after the last page. A next cursor already followed ends the
        /// walk with an error that says so, after the page that named it.
        public mutating func next() async throws -> [Element]? {
            guard !finished else { return nil }
            try Task.checkCancellation()
            if let after, !followed.insert(after).inserted {
                let shown = after.prefix(40).unicodeScalars.map { (32..<127).contains($0.value) ? String($0) : "?" }
                    .joined()
                finished = true
                throw HubSpotError.malformedResponse(
                    status: 200,
                    detail: "paging.next.after: the server named the cursor \"\(shown)\" again, so the pages would "
                        + "repeat forever; stopped after the records read so far")
            }
            let page = try await fetch(after)
            after = page.next
            finished = page.next == nil
            return page.elements
        }
    }

    /// An iterator starting at the first page.
    public func makeAsyncIterator() -> AsyncIterator {
        AsyncIterator(fetch: fetch)
    }

    /// The elements one by one across pages.
    public var elements: AsyncThrowingFlatMapSequence<PageSequence<Element>, AsyncThrowingStream<Element, any Error>> {
        flatMap { page in
            AsyncThrowingStream { continuation in
                for element in page { continuation.yield(element) }
                continuation.finish()
            }
        }
    }
}

// MARK: - Paging helpers
extension HubSpotClient {
    /// Every page of a list, lazily: `for try await page in client.pages("contacts") { … }`.
    public func pages(_ type: String, _ query: ListQuery = ListQuery()) -> PageSequence<CRMRecord> {
        let client = self
        return PageSequence { after in
            var pageQuery = query
            pageQuery.after = after
            let page = try await client.listRecords(type, pageQuery)
            return (page.results, page.nextAfter)
        }
    }

    /// Every page of a search (up to HubSpot's 10,000-result cap), lazily.
    public func searchPages(_ type: String, _ request: SearchRequest) -> PageSequence<CRMRecord> {
        let client = self
        return PageSequence { after in
            var pageRequest = request
            pageRequest.after = after
            let page = try await client.search(type, pageRequest)
            return (page.results, page.nextAfter)
        }
    }
}
