import HubSpot

/// The bodies of the v4 association batch endpoints, decoded leniently (ids as strings or numbers).
enum AssociationBatchInputs {
    /// `batch/read`: `{inputs:[{id, after?}]}`.
    struct Read: Decodable, Sendable {
        struct Input: Decodable, Sendable {
            let id: String
            let after: String?

            private enum CodingKeys: String, CodingKey { case id, after }

            init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: CodingKeys.self)
                id = try ObjectReference(from: decoder).id
                after = try c.decodeIfPresent(String.self, forKey: .after)
            }
        }

        let inputs: [Input]
    }

    /// `batch/create`, `batch/associate/default` and `batch/labels/archive`: `{inputs:[{from, to, types?}]}`.
    struct Pairs: Decodable, Sendable {
        let inputs: [AssociationPairInput]
    }

    /// `batch/archive`: `{inputs:[{from:{id}, to:[{id}]}]}`.
    struct Archive: Decodable, Sendable {
        struct Input: Decodable, Sendable {
            let from: ObjectReference
            let to: [ObjectReference]
        }

        let inputs: [Input]
    }
}
