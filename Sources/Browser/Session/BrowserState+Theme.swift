/// Switching themes live (the command palette's `:theme NAME`).
extension BrowserState {
    /// Makes `name` the theme in use when it is one of ``themeChoices``; otherwise says which exist.
    mutating func switchTheme(to name: String) -> [Effect] {
        guard themeChoices.contains(name) else {
            let known =
                themeChoices.isEmpty ? "no theme files were found" : "themes: " + themeChoices.joined(separator: ", ")
            message = StatusMessage("unknown theme \"\(name)\" (\(known))", kind: .error)
            return []
        }
        // The name changes once the app has loaded the file and the backend draws with it.
        return [.app(.applyTheme(name))]
    }
}
