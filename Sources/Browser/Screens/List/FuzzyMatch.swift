import Foundation

/// Matching as people expect from `/` in terminal tools: the pattern as typed (case and accents ignored)
/// appears in the text, or in pieces that each start a word ("jo mu" finds "José Müller", "jmul" too). Letters
/// scattered anywhere do not count: "silva" must not find "Olivia Williams". Pure, so the filter, its
/// ranking and its highlighting share it.
public enum FuzzyMatch {
    /// A pattern folded once (lowercased, accents and spaces dropped), then matched against many rows in
    /// time linear in the row and the pattern: folding it again for every row made a pasted pattern take minutes.
    public struct Pattern: Sendable {
        /// The folded characters.
        let wanted: [Character]

        /// Folds `pattern`.
        public init(_ pattern: String) {
            wanted = pattern.filter { $0 != " " }.map(FuzzyMatch.fold)
        }

        /// Whether the pattern is empty (every text matches).
        public var isEmpty: Bool { wanted.isEmpty }

        /// The match in `text`, or nil.
        public func match(in text: String) -> Match? {
            guard !wanted.isEmpty else { return Match(positions: [], score: 0) }
            let folded = text.map(FuzzyMatch.fold)
            guard folded.count >= wanted.count else { return nil }
            if let start = Self.firstOccurrence(of: wanted, in: folded) {
                // Whole and contiguous: the best kind, better still where it starts a word, and earlier.
                let bonus = FuzzyMatch.startsWord(folded, at: start, original: Array(text)) ? 2_000 : 1_000
                return Match(positions: Array(start..<start + wanted.count), score: bonus - min(start, 999))
            }
            return wordStarts(in: folded, original: Array(text))
        }

        /// Pieces that each start a word, taken greedily (each piece as long as the text keeps matching).
        private func wordStarts(in folded: [Character], original: [Character]) -> Match? {
            var positions: [Int] = []
            var next = 0
            var index = 0
            var pieces = 0
            while next < wanted.count {
                // The next word start holding the wanted character.
                while index < folded.count,
                    !(folded[index] == wanted[next] && FuzzyMatch.startsWord(folded, at: index, original: original))
                {
                    index += 1
                }
                guard index < folded.count else { return nil }
                pieces += 1
                while index < folded.count, next < wanted.count, folded[index] == wanted[next] {
                    positions.append(index)
                    index += 1
                    next += 1
                }
            }
            return Match(positions: positions, score: 500 - pieces * 20 - min(positions[0], 400))
        }

        /// The first index where `needle` occurs in `haystack` (a plain scan: rows are short).
        private static func firstOccurrence(of needle: [Character], in haystack: [Character]) -> Int? {
            guard let first = needle.first, haystack.count >= needle.count else { return nil }
            var start = 0
            while start <= haystack.count - needle.count {
                if haystack[start] == first, haystack[start..<start + needle.count].elementsEqual(needle) {
                    return start
                }
                start += 1
            }
            return nil
        }
    }

    /// Where a pattern matched, and how well (higher is better).
    public struct Match: Sendable, Equatable {
        /// The character offsets in the text that matched.
        public var positions: [Int]
        /// The quality: a contiguous match beats word-start pieces; a word start and an early place beat others.
        public var score: Int
    }

    /// The character offsets in `text` that match `pattern`, or `nil` when it does not match.
    public static func positions(of pattern: String, in text: String) -> [Int]? {
        Pattern(pattern).match(in: text)?.positions
    }

    /// Whether `text` matches.
    public static func matches(_ pattern: String, _ text: String) -> Bool {
        Pattern(pattern).match(in: text) != nil
    }

    /// Whether offset `index` starts a word: the text's start, after a character that is not a letter or
    /// digit, or a capital after a small letter ("McAllister", "firstName").
    static func startsWord(_ folded: [Character], at index: Int, original: [Character]) -> Bool {
        guard index > 0 else { return true }
        let before = original[index - 1]
        if !(before.isLetter || before.isNumber) { return true }
        return original[index].isUppercase && before.isLowercase
    }

    /// Lower-case letters compared without accents, so "jose" finds "José".
    static func fold(_ character: Character) -> Character {
        guard !character.isASCII else { return Character(character.lowercased()) }
        let lower = character.lowercased()
        let base = lower.decomposedStringWithCanonicalMapping.unicodeScalars.first.map(Character.init)
        return base ?? Character(lower)
    }
}
