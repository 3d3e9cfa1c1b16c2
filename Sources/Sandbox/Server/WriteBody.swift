import Foundation

/// The JSON bodies of the write endpoints, decoded as leniently as HubSpot reads them.
///
/// HubSpot's own docs send ids and property values as JSON numbers (`"to": {"id": 123}`,
/// `"hs_pinned_engagement_id": 123`), so every id and value accepts a string, number or boolean.
enum WriteBody {
    /// A string that may have arrived as a JSON number or boolean; `null` becomes `nil`.
    struct Text: Decodable, Hashable, Sendable {
        let value: String?

        init(from decoder: any Decoder) throws {
            let container = try decoder.singleValueContainer()
            if container.decodeNil() {
                value = nil
            } else if let text = try? container.decode(String.self) {
                value = text
            } else if let integer = try? container.decode(Int64.self) {
                value = String(integer)
            } else if let number = try? container.decode(Double.self) {
                value = String(number)
            } else if let flag = try? container.decode(Bool.self) {
                value = flag ? "true" : "false"
            } else {
                throw DecodingError.dataCorruptedError(in: container, debugDescription: "expected a string or number")
            }
        }
    }

    /// `{"associationCategory": …, "associationTypeId": …}`.
    struct AssociationType: Decodable, Sendable {
        let associationCategory: String?
        let associationTypeId: Text
    }

    /// `{"to": {"id": …}, "types": […]}`.
    struct Association: Decodable, Sendable {
        struct Target: Decodable, Sendable {
            let id: Text
        }

        let to: Target
        let types: [AssociationType]?
    }

    /// One input of any write: create, PATCH, or a batch item (fields a kind does not use are ignored).
    struct Input: Decodable, Sendable {
        let id: Text?
        let idProperty: String?
        let properties: [String: Text]?
        let associations: [Association]?
        /// A batch input's trace id, echoed on its result (and named in its error).
        let objectWriteTraceId: String?

        /// Property values with JSON `null` read as `""` (clear), as HubSpot treats it.
        var values: [String: String] {
            (properties ?? [:]).mapValues { $0.value ?? "" }
        }
    }

    /// `{"inputs": […], "properties": […], "propertiesWithHistory": […], "idProperty": …}`.
    struct Batch: Decodable, Sendable {
        let inputs: [Input]?
        let properties: [String]?
        let propertiesWithHistory: [String]?
        let idProperty: String?
    }
}
