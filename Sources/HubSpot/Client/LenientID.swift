/// Decodes an id HubSpot sends as a string in one spec version and as a number in another.
enum LenientID {
    /// The id under `key` as text, whether the JSON holds a string or an integer.
    static func decode<K: CodingKey>(_ container: KeyedDecodingContainer<K>, _ key: K) throws -> String {
        if let text = try? container.decode(String.self, forKey: key) { return text }
        if let number = try? container.decode(Int64.self, forKey: key) { return String(number) }
        throw DecodingError.typeMismatch(
            String.self,
            .init(
                codingPath: container.codingPath + [key], debugDescription: "expected an id as a string or a number"))
    }
}
