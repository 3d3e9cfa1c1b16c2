@testable import Sandbox

/// Structure-aware mutations of a valid JSON document (keys dropped, renamed or repeated, values of the wrong
/// kind, huge arrays, deep nesting), then, for some inputs, byte-level spoiling of its text.
enum JSONMutator {
    /// A mutated document.
    struct Mutant {
        /// The body to decode.
        var bytes: [UInt8]
        /// What was done, in order, for failure messages.
        var steps: [String]
        /// Where the one structural change was made, when it was the only change; a decoding error must name
        /// this place, an enclosing one or one inside it.
        var focus: [JSONPathComponent]?
    }

    /// JSON's own punctuation and literals, for noise that gets past a parser's first byte.
    static let alphabet = Array("{}[]\":,-.0123456789eEtrufalsn \\u".utf8)

    /// `document` mutated: one structural change (45%), several (20%), or some followed by byte damage (35%).
    static func mutate(_ document: JSONValue, _ random: inout SeededRandom) -> Mutant {
        let roll = random.fraction()
        if roll < 0.45 {
            let (mutated, step, focus) = structural(document, &random)
            return Mutant(bytes: Array(mutated.text.utf8), steps: [step], focus: focus)
        }
        var tree = document
        var steps: [String] = []
        for _ in 0..<(roll < 0.65 ? random.int(in: 2...4) : random.int(in: 0...2)) {
            let (mutated, step, _) = structural(tree, &random)
            tree = mutated
            steps.append(step)
        }
        var bytes = Array(tree.text.utf8)
        if roll >= 0.65 {
            for _ in 0..<random.int(in: 1...2) {
                let (spoiled, step) = ByteMutator.mutate(bytes, alphabet: alphabet, &random)
                bytes = spoiled
                steps.append(step)
            }
        }
        return Mutant(bytes: bytes, steps: steps, focus: nil)
    }

    /// One structural change: the new tree, its description, and where it was made (nil when in two places).
    private static func structural(
        _ document: JSONValue, _ random: inout SeededRandom
    ) -> (JSONValue, String, [JSONPathComponent]?) {
        let paths = document.allPaths
        let objects = paths.filter {
            if case .object(let members)? = document.node(at: $0) { !members.isEmpty } else { false }
        }
        let arrays = paths.filter { if case .array? = document.node(at: $0) { true } else { false } }
        // The root is replaced rarely: most of what a server gets wrong is deep inside a good body.
        let target = paths.count > 1 && random.chance(0.97) ? paths[1 + random.index(paths.count - 1)] : []
        switch random.index(9) {
        case 0 where !objects.isEmpty:
            let path = random.pick(objects)
            let key = memberKey(document, path, &random)
            return (
                editMembers(document, path) { $0.removeAll { $0.key == key } }, "drop key \(key)", path + [.key(key)]
            )
        case 1 where !objects.isEmpty:
            let path = random.pick(objects)
            let key = memberKey(document, path, &random)
            let renamed = random.pick([
                key.uppercased(), key + " ", " " + key, "", key + "\u{0}", String(key.dropLast()), key + key,
            ])
            return (
                editMembers(document, path) { members in
                    if let index = members.firstIndex(where: { $0.key == key }) { members[index].key = renamed }
                }, "rename key \(key)", path + [.key(key)]
            )
        case 2 where !objects.isEmpty:
            let path = random.pick(objects)
            let key = memberKey(document, path, &random)
            let extra = (key: key, value: HostileValues.value(&random))
            let first = random.chance(0.5)
            return (
                editMembers(document, path) { first ? $0.insert(extra, at: 0) : $0.append(extra) },
                "repeat key \(key)", path + [.key(key)]
            )
        case 3 where !arrays.isEmpty:
            let path = random.pick(arrays)
            return (arrayChurn(document, path, &random), "change the length of \(JSONPathComponent.render(path))", path)
        case 4:
            let depth = random.pick([2, 100, 600, 3_000])
            return (
                document.replacing(at: target) { _ in
                    HostileValues.deepNesting(depth: depth, objects: random.chance(0.5))
                },
                "nest \(depth) deep", target
            )
        case 5 where paths.count > 2:
            let other = paths[1 + random.index(paths.count - 1)]
            guard let a = document.node(at: target), let b = document.node(at: other) else { break }
            return (document.replacing(at: target) { _ in b }.replacing(at: other) { _ in a }, "swap two values", nil)
        case 6:
            return (document.replacing(at: target) { .array([$0]) }, "wrap in an array", target)
        case 7:
            // Same kind, hostile content: ids, cursors and dates are strings the client parses further.
            guard let replacement = HostileValues.sameKind(as: document.node(at: target), &random) else { break }
            return (
                document.replacing(at: target) { _ in replacement }, "replace a \(replacement.kind)'s content", target
            )
        default:
            break
        }
        let kind = document.node(at: target)?.kind
        let replacement = HostileValues.value(unlike: kind, &random)
        return (
            document.replacing(at: target) { _ in replacement }, "replace a \(kind ?? "?") with a \(replacement.kind)",
            target
        )
    }

    private static func memberKey(_ document: JSONValue, _ path: [JSONPathComponent], _ random: inout SeededRandom)
        -> String
    {
        guard case .object(let members)? = document.node(at: path) else { return "" }
        return random.pick(members).key
    }

    private static func editMembers(
        _ document: JSONValue, _ path: [JSONPathComponent], _ edit: (inout [(key: String, value: JSONValue)]) -> Void
    ) -> JSONValue {
        document.replacing(at: path) { node in
            guard case .object(var members) = node else { return node }
            edit(&members)
            return .object(members)
        }
    }

    /// An array emptied, cut, grown to thousands of copies of one element (at most ~1 MB), or given a stranger.
    private static func arrayChurn(_ document: JSONValue, _ path: [JSONPathComponent], _ random: inout SeededRandom)
        -> JSONValue
    {
        let choice = random.index(4)
        let stranger = HostileValues.value(&random)
        return document.replacing(at: path) { node in
            guard case .array(var elements) = node else { return node }
            switch choice {
            case 0: elements = []
            case 1 where !elements.isEmpty: elements.remove(at: random.index(elements.count))
            case 2 where !elements.isEmpty:
                let element = random.pick(elements)
                let copies = min(3_000, 1_000_000 / max(1, element.text.utf8.count))
                elements += Array(repeating: element, count: copies)
            default: elements.insert(stranger, at: random.index(elements.count + 1))
            }
            return .array(elements)
        }
    }
}
