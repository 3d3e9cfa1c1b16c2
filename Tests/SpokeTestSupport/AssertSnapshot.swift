import Foundation
import Testing

/// Compares text with `Snapshots/<name>.txt` beside the calling test's file. A missing snapshot is recorded and
/// the test fails saying so; `RECORD_SNAPSHOTS=1` re-records every snapshot.
public func assertSnapshot(
    _ text: String, named name: String, filePath: String = #filePath, sourceLocation: SourceLocation = #_sourceLocation
) {
    let folder = URL(fileURLWithPath: filePath).deletingLastPathComponent().appendingPathComponent("Snapshots")
    let file = folder.appendingPathComponent("\(name).txt")
    let record = ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1"
    let normalized = text.hasSuffix("\n") ? text : text + "\n"
    guard !record, let expected = try? String(contentsOf: file, encoding: .utf8) else {
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try? normalized.write(to: file, atomically: true, encoding: .utf8)
        Issue.record(
            "Recorded new baseline for \(name) at \(file.path); check it and run again",
            sourceLocation: sourceLocation)
        return
    }
    if expected != normalized {
        let actualFile = folder.appendingPathComponent("\(name).txt.new")
        try? normalized.write(to: actualFile, atomically: true, encoding: .utf8)
        Issue.record(
            """
            Snapshot \(name) differs (actual written to \(actualFile.lastPathComponent)):
            --- expected
            \(expected)
            --- actual
            \(normalized)
            """, sourceLocation: sourceLocation)
    }
}
