// MARK: - Finding and replacing nodes by path
extension JSONValue {
    /// Every node's path, the root (`[]`) first, depth first.
    var allPaths: [[JSONPathComponent]] {
        var paths: [[JSONPathComponent]] = []
        collectPaths(prefix: [], into: &paths)
        return paths
    }

    private func collectPaths(prefix: [JSONPathComponent], into paths: inout [[JSONPathComponent]]) {
        paths.append(prefix)
        switch self {
        case .array(let elements):
            for (index, element) in elements.enumerated() {
                element.collectPaths(prefix: prefix + [.index(index)], into: &paths)
            }
        case .object(let members):
            for member in members {
                member.value.collectPaths(prefix: prefix + [.key(member.key)], into: &paths)
            }
        default: break
        }
    }

    /// The node at `path`, if there is one (the first member when a key repeats).
    func node(at path: some Collection<JSONPathComponent>) -> JSONValue? {
        guard let first = path.first else { return self }
        switch (self, first) {
        case (.array(let elements), .index(let index)) where elements.indices.contains(index):
            return elements[index].node(at: path.dropFirst())
        case (.object(let members), .key(let key)):
            return members.first { $0.key == key }?.value.node(at: path.dropFirst())
        default:
            return nil
        }
    }

    /// This document with the node at `path` replaced by what `change` makes of it.
    func replacing(at path: some Collection<JSONPathComponent>, _ change: (JSONValue) -> JSONValue) -> JSONValue {
        guard let first = path.first else { return change(self) }
        switch (self, first) {
        case (.array(var elements), .index(let index)) where elements.indices.contains(index):
            elements[index] = elements[index].replacing(at: path.dropFirst(), change)
            return .array(elements)
        case (.object(var members), .key(let key)):
            guard let index = members.firstIndex(where: { $0.key == key }) else { return self }
            members[index].value = members[index].value.replacing(at: path.dropFirst(), change)
            return .object(members)
        default:
            return self
        }
    }
}
