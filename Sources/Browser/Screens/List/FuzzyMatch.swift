import Foundation

/// Fuzzy matching as people expect from `/` in terminal tools: the pattern's characters appear in
/// order, case ignored. Pure, so the filter and its highlighting share it.
public enum FuzzyMatch {
    /// The character offsets in `text` that match `pattern` (earliest match of each character),
    /// or `nil` when `text` does not contain the pattern's characters in order. Spaces in the
    /// pattern are ignored, so "jo mu" finds "José Müller".
    public static func positions(of pattern: String, in text: String) -> [Int]? {
        let wanted = pattern.lowercased().filter { $0 != " " }.map(fold)
        guard !wanted.isEmpty else { return [] }
        var result: [Int] = []
        var next = wanted.startIndex
        for (offset, character) in text.enumerated() where fold(Character(character.lowercased())) == wanted[next] {
            result.append(offset)
            next = wanted.index(after: next)
            if next == wanted.endIndex { return result }
        }
        return nil
    }

    /// Whether `text` matches.
    public static func matches(_ pattern: String, _ text: String) -> Bool {
        positions(of: pattern, in: text) != nil
    }

    /// Letters compared without accents, so "jose" finds "José".
    private static func fold(_ character: Character) -> Character {
        let base = String(character).decomposedStringWithCanonicalMapping.unicodeScalars.first.map(Character.init)
        return base ?? character
    }
}
