import ArgumentParser
import Foundation
import Logging
import Synchronization

/// A swift-log handler that appends `time level message` lines to a file (created 0600: a log names the
/// portal's records), for `--log-file` and `SPOKE_LOG`.
struct FileLogHandler: LogHandler {
    /// The open file, shared by copies of the handler.
    private final class Sink: Sendable {
        let file: Mutex<FileHandle>
        init(_ handle: FileHandle) { file = Mutex(handle) }
    }

    private let sink: Sink
    var logLevel: Logger.Level = .info
    var metadata: Logger.Metadata = [:]

    /// Opens `path` for appending; throws a message that names the file when it cannot be written.
    init(path: String) throws {
        let manager = FileManager.default
        if !manager.fileExists(atPath: path),
            !manager.createFile(atPath: path, contents: nil, attributes: [.posixPermissions: 0o600])
        {
            throw ValidationError("cannot create the log file \(path)")
        }
        guard let handle = FileHandle(forWritingAtPath: path) else {
            throw ValidationError("cannot write to the log file \(path)")
        }
        handle.seekToEndOfFile()
        sink = Sink(handle)
    }

    subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    func log(event: LogEvent) {
        let stamp = Date.ISO8601FormatStyle(includingFractionalSeconds: true).format(Date())
        let line = "\(stamp) \(event.level) \(event.message)\n"
        sink.file.withLock { $0.write(Data(line.utf8)) }
    }
}
