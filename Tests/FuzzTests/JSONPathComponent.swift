/// One step into a JSON document: a member of an object or an element of an array.
enum JSONPathComponent: Sendable, Hashable {
    case key(String)
    case index(Int)

    /// A path as the client's error messages write it: `.results[3].properties.email`.
    static func render(_ path: [JSONPathComponent]) -> String {
        path.map { component in
            switch component {
            case .key(let key): ".\(key)"
            case .index(let index): "[\(index)]"
            }
        }.joined()
    }
}
