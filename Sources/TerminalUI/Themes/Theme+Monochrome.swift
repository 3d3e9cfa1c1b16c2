extension Theme {
    /// The built-in last resort: attributes only, no colours; also the theme for NO_COLOR.
    public static let monochrome = Theme(
        name: "monochrome",
        styles: [
            "text": Style(),
            "text.dim": Style(attributes: .dim),
            "text.control": Style(attributes: .reverse),
            "border": Style(),
            "border.focused": Style(attributes: .bold),
            "title": Style(attributes: .bold),
            "title.focused": Style(attributes: [.bold, .underline]),
            "sidebar.item": Style(),
            "sidebar.selected": Style(attributes: [.reverse, .bold]),
            "sidebar.selected.unfocused": Style(attributes: .underline),
            "sidebar.heading": Style(attributes: .bold),
            "sidebar.empty": Style(attributes: [.dim, .italic]),
            "list.header": Style(attributes: [.bold, .underline]),
            "list.row": Style(),
            "list.selected": Style(attributes: .reverse),
            "list.selected.unfocused": Style(attributes: .underline),
            "detail.label": Style(attributes: .bold),
            "detail.value": Style(),
            "detail.empty": Style(attributes: .dim),
            "status": Style(attributes: .reverse),
            "status.loading": Style(attributes: .reverse),
            "status.error": Style(attributes: [.reverse, .bold]),
            "status.ok": Style(attributes: .reverse),
            "footer.key": Style(attributes: [.reverse, .bold]),
            "footer.text": Style(),
            "badge.demo": Style(attributes: [.reverse, .bold]),
            "badge.live": Style(attributes: [.reverse, .bold]),
        ])
}
