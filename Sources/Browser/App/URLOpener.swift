import Foundation

/// Opens a URL in a browser when this machine has one: `$BROWSER`, else `xdg-open` under a graphical
/// session. Over SSH there is usually neither, and the caller copies the URL instead.
enum URLOpener {
    /// Starts the browser on `url` without waiting for it; false when there is no browser to start.
    static func open(_ url: String, environment: [String: String]) -> Bool {
        let command: String
        if let browser = environment["BROWSER"]?.trimmingCharacters(in: .whitespaces), !browser.isEmpty {
            command = browser
        } else if environment["DISPLAY"] != nil || environment["WAYLAND_DISPLAY"] != nil,
            FileManager.default.isExecutableFile(atPath: "/usr/bin/xdg-open")
        {
            command = "/usr/bin/xdg-open"
        } else {
            return false
        }
        // The browser's own output would scribble over the screen: it goes to /dev/null.
        let arguments = ["/bin/sh", "-c", command + " \"$1\" >/dev/null 2>&1 &", "sh", url]
        var pid = pid_t()
        let argv = arguments.map { strdup($0) } + [nil]
        defer { for argument in argv { free(argument) } }
        guard posix_spawn(&pid, "/bin/sh", nil, nil, argv, environ) == 0 else { return false }
        var status: Int32 = 0
        waitpid(pid, &status, 0)
        return true
    }
}
