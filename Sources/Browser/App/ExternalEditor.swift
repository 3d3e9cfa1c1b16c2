import Foundation

/// Why the external editor gave no text.
public struct ExternalEditorError: Error, Sendable, Equatable {
    /// What went wrong, naming the editor or file.
    public var message: String
}

/// Runs `$VISUAL` (or `$EDITOR`, else `vi`) on a private temporary file holding a value, and reads
/// the edited text back. The file is created 0600 and removed on every way out.
enum ExternalEditor {
    /// The editor command from the environment.
    static func command(_ environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        for name in ["VISUAL", "EDITOR"] {
            if let value = environment[name]?.trimmingCharacters(in: .whitespaces), !value.isEmpty { return value }
        }
        return "vi"
    }

    /// Edits `text`; waits for the editor without blocking a thread (polls `waitpid` between sleeps).
    static func edit(_ text: String) async -> Result<String, ExternalEditorError> {
        var template = Array((NSTemporaryDirectory() + "/spoke-edit-XXXXXX.txt").utf8CString)
        let descriptor = template.withUnsafeMutableBufferPointer { mkstemps($0.baseAddress!, 4) }
        guard descriptor >= 0 else {
            return .failure(
                ExternalEditorError(message: "cannot create a temporary file: \(String(cString: strerror(errno)))"))
        }
        let path = template.withUnsafeBufferPointer { String(cString: $0.baseAddress!) }
        defer { unlink(path) }
        let written = FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
        written.write(Data(text.utf8))
        try? written.close()
        let editor = command()
        // sh splits the command as a shell would ("code --wait", "vim -u NONE"); the path is passed as $1.
        let arguments = ["/bin/sh", "-c", editor + " \"$1\"", "sh", path]
        var pid = pid_t()
        let argv = arguments.map { strdup($0) } + [nil]
        defer { for argument in argv { free(argument) } }
        // Spoke ignores SIGINT/SIGTERM/SIGHUP (it turns them into actions); the editor gets the defaults back.
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var defaults = sigset_t()
        sigemptyset(&defaults)
        for signal in [SIGINT, SIGTERM, SIGHUP, SIGQUIT] { sigaddset(&defaults, signal) }
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGDEF))
        let spawned = posix_spawn(&pid, "/bin/sh", nil, &attributes, argv, environ)
        guard spawned == 0 else {
            return .failure(
                ExternalEditorError(message: "cannot start \(editor): \(String(cString: strerror(spawned)))"))
        }
        var status: Int32 = 0
        while true {
            let result = waitpid(pid, &status, WNOHANG)
            if result == pid { break }
            if result < 0, errno != EINTR { return .failure(ExternalEditorError(message: "lost the editor \(editor)")) }
            try? await Task.sleep(for: .milliseconds(20))
        }
        let exitCode = (status >> 8) & 0xFF
        guard status & 0x7F == 0, exitCode == 0 else {
            return .failure(ExternalEditorError(message: "\(editor) exited with status \(exitCode); nothing staged"))
        }
        guard let data = FileManager.default.contents(atPath: path), var edited = String(data: data, encoding: .utf8)
        else {
            return .failure(ExternalEditorError(message: "the edited file is not UTF-8 text; nothing staged"))
        }
        // Editors end the file with a newline the value did not have.
        if edited.hasSuffix("\n"), !text.hasSuffix("\n") { edited.removeLast() }
        return .success(edited)
    }
}
