import Foundation
import Hummingbird
import Synchronization

/// Writes one line per request to a file, `METHOD /path STATUS`, without the query string (it can carry
/// values): what a client sent, for a person curious about Spoke's traffic and for tests that check which API
/// generation it spoke.
struct AccessLogMiddleware<Context: RequestContext>: RouterMiddleware {
    /// The open file, shared by the copies the router makes.
    private final class Sink: Sendable {
        let file: Mutex<FileHandle>
        init(_ handle: FileHandle) { file = Mutex(handle) }
    }

    private let sink: Sink

    /// Appends to `path`, creating it (0600) when missing.
    init(path: String) throws {
        if !FileManager.default.fileExists(atPath: path) {
            guard FileManager.default.createFile(atPath: path, contents: nil, attributes: [.posixPermissions: 0o600])
            else { throw SandboxServerError.accessLog(path) }
        }
        guard let handle = FileHandle(forWritingAtPath: path) else { throw SandboxServerError.accessLog(path) }
        handle.seekToEndOfFile()
        sink = Sink(handle)
    }

    func handle(
        _ request: Request, context: Context, next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        let response = try await next(request, context)
        let line = "\(request.method.rawValue) \(request.uri.path) \(response.status.code)\n"
        sink.file.withLock { $0.write(Data(line.utf8)) }
        return response
    }
}
