/// A decoding error's kind for the figures: its case, and for corrupt data the gist of the reason.
enum DecodingErrorKind {
    /// "typeMismatch", "keyNotFound", "valueNotFound", or "dataCorrupted: <reason>".
    static func of(_ error: DecodingError) -> String {
        switch error {
        case .typeMismatch: "typeMismatch"
        case .valueNotFound: "valueNotFound"
        case .keyNotFound: "keyNotFound"
        case .dataCorrupted(let context): "dataCorrupted: " + FuzzStats.kind(context.debugDescription)
        @unknown default: "unknown DecodingError"
        }
    }
}
