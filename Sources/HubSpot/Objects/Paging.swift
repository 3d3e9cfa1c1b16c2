/// HubSpot's `paging` object: the cursor to the next page (and, for search, the previous).
public struct Paging: Codable, Hashable, Sendable {
    /// The next page's cursor (`NextPage`).
    public struct Next: Codable, Hashable, Sendable {
        /// The opaque cursor to pass as `after`.
        public var after: String
        /// A deprecated full link; ignored by Spoke.
        public var link: String?

        /// Creates a next-page cursor.
        public init(after: String, link: String? = nil) {
            self.after = after
            self.link = link
        }
    }

    /// The previous page's cursor (`PreviousPage`).
    public struct Previous: Codable, Hashable, Sendable {
        /// The opaque cursor to pass as `before`.
        public var before: String
        /// A deprecated full link.
        public var link: String?

        /// Creates a previous-page cursor.
        public init(before: String, link: String? = nil) {
            self.before = before
            self.link = link
        }
    }

    /// The next page, absent on the last page.
    public var next: Next?
    /// The previous page, where the endpoint offers one.
    public var prev: Previous?

    /// Creates a paging object.
    public init(next: Next? = nil, prev: Previous? = nil) {
        self.next = next
        self.prev = prev
    }
}

/// One page of a collection (`CollectionResponse…ForwardPaging`, and search's `…WithTotal`).
public struct CollectionPage<Element: Codable & Sendable & Hashable>: Codable, Hashable, Sendable {
    /// The elements on this page, in server order.
    public var results: [Element]
    /// The cursor to the next page; `nil` on the last page.
    public var paging: Paging?
    /// The total number of matches, sent by search only.
    public var total: Int?

    /// Creates a page.
    public init(results: [Element], paging: Paging? = nil, total: Int? = nil) {
        self.results = results
        self.paging = paging
        self.total = total
    }

    /// The `after` cursor of the next page, if there is one.
    public var nextAfter: String? { paging?.next?.after }
}

/// A page of records, as list and search return.
public typealias RecordPage = CollectionPage<CRMRecord>
