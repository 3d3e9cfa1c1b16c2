/// Where a client error says a body was wrong: a path such as `.results[3].id`, or the body as a whole.
struct ErrorLocation: Equatable {
    /// The path as rendered (`""` for the whole body), with a missing key appended (`.results[3].id`).
    let path: String

    /// The location a `malformedResponse` detail starts with; `nil` when it names none.
    init?(detail: String) {
        let place: Substring
        let rest: Substring
        if detail.hasPrefix("body: ") {
            place = ""
            rest = detail.dropFirst(6)
        } else {
            guard detail.hasPrefix(".") || detail.hasPrefix("["), let colon = detail.range(of: ": ") else { return nil }
            place = detail[..<colon.lowerBound]
            rest = detail[colon.upperBound...]
        }
        let missingKey = "missing key \""
        if rest.hasPrefix(missingKey), let end = rest.dropFirst(missingKey.count).firstIndex(of: "\"") {
            path = place + "." + rest.dropFirst(missingKey.count)[..<end]
        } else {
            path = String(place)
        }
    }

    /// Whether this location encloses `focus`, is inside it, or is it: a single change can only break the
    /// decoding of what it is part of or what it contains.
    func isRelated(to focus: [JSONPathComponent]) -> Bool {
        let rendered = JSONPathComponent.render(focus)
        func encloses(_ outer: String, _ inner: String) -> Bool {
            outer.isEmpty || inner == outer || inner.hasPrefix(outer + ".") || inner.hasPrefix(outer + "[")
        }
        return encloses(path, rendered) || encloses(rendered, path)
    }
}
