import Foundation
import HubSpot

/// A document to store in the same transaction as a list page: a sync's checkpoint commits with the page it
/// records, one commit (and one fsync) a page instead of two.
public struct DocumentWrite: Sendable {
    let kind: String
    let key: String
    let json: String

    /// Encodes `value` as JSON under (kind, key), as `CRMCache.storeDocument` does.
    public init(kind: String, key: String, value: some Encodable) throws {
        self.kind = kind
        self.key = key
        json = String(decoding: try HubSpotJSON.encoder().encode(value), as: UTF8.self)
    }
}
