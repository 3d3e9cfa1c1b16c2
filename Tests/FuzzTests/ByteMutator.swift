@testable import Sandbox

/// Spoils bytes the way a broken proxy, a bad disk or an attacker does: cut short, invalid UTF-8, stray control
/// bytes, flipped bits, repeated or missing runs, or nothing but noise.
enum ByteMutator {
    /// Byte sequences that are not UTF-8: lone continuation, overlong, surrogate, past U+10FFFF, cut short.
    static let invalidUTF8: [[UInt8]] = [
        [0xFF], [0xFE], [0x80], [0xC0, 0x80], [0xC1, 0xBF], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80],
        [0xE2, 0x82], [0xF0, 0x9F, 0x98], [0xF8, 0x88, 0x80, 0x80, 0x80],
    ]
    private static let controlBytes: [UInt8] = [0x00, 0x01, 0x07, 0x08, 0x0B, 0x0C, 0x0D, 0x1B, 0x7F]

    /// `bytes` spoiled one way, and the name of the way.
    static func mutate(_ bytes: [UInt8], alphabet: [UInt8], _ random: inout SeededRandom) -> (
        bytes: [UInt8], step: String
    ) {
        var bytes = bytes
        let at = random.index(bytes.count + 1)
        switch random.index(10) {
        case 0:
            return (Array(bytes.prefix(at)), "truncate at \(at)")
        case 1:
            // Inside a string is where a decoder has to look at the bytes themselves.
            let quotes = bytes.indices.filter { bytes[$0] == 0x22 }
            let position = quotes.isEmpty || random.chance(0.3) ? at : random.pick(quotes) + 1
            bytes.insert(contentsOf: random.pick(invalidUTF8), at: position)
            return (bytes, "invalid UTF-8 at \(position)")
        case 2:
            bytes.insert(random.pick(controlBytes), at: at)
            return (bytes, "control byte at \(at)")
        case 3 where !bytes.isEmpty:
            let index = random.index(bytes.count)
            bytes[index] ^= UInt8(truncatingIfNeeded: random.next() | 1)
            return (bytes, "flip byte \(index)")
        case 4 where !bytes.isEmpty:
            let end = min(bytes.count, at + random.int(in: 1...64))
            bytes.removeSubrange(min(at, bytes.count - 1)..<end)
            return (bytes, "delete from \(at)")
        case 5 where !bytes.isEmpty:
            let start = random.index(bytes.count)
            let run = Array(bytes[start..<min(bytes.count, start + random.int(in: 1...256))])
            bytes.insert(contentsOf: run, at: at)
            return (bytes, "repeat \(run.count) bytes at \(at)")
        case 6:
            return ([0xEF, 0xBB, 0xBF] + bytes, "byte order mark")
        case 7:
            bytes.insert(random.pick(alphabet), at: at)
            return (bytes, "stray \(random.pick(alphabet)) at \(at)")
        case 8:
            return (bytes + noise(alphabet: alphabet, &random), "trailing noise")
        default:
            return (noise(alphabet: alphabet, &random), "noise")
        }
    }

    /// Random bytes (up to 2 KB), half of them from the format's own `alphabet` so parsers get past the first byte.
    static func noise(alphabet: [UInt8], _ random: inout SeededRandom) -> [UInt8] {
        (0..<random.index(2049)).map { _ in
            random.chance(0.5) ? random.pick(alphabet) : UInt8(truncatingIfNeeded: random.next())
        }
    }
}
