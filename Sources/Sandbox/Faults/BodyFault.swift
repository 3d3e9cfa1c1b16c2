/// A way the sandbox spoils an otherwise good answer, for drills of what a broken proxy or a
/// half-dead server sends.
public enum BodyFault: String, Sendable, Hashable, CaseIterable {
    /// The status and `Content-Type: application/json` stay, the body stops parsing halfway.
    case malformedJSON = "malformed-json"
    /// `Content-Length` promises the whole body; half of it is sent and the connection closes.
    case truncatedBody = "truncated-body"
    /// A 200 with an HTML page, as a captive portal or a misrouted proxy answers.
    case wrongContentType = "wrong-content-type"
    /// Every page names the same next cursor, as a buggy server or proxy cache did: a client that follows
    /// cursors blindly reads the same page forever.
    case repeatedCursor = "repeated-cursor"
    /// One record's string property gets half a surrogate pair (`"Kw\udc00ame"`), as a JavaScript server that
    /// cut a string inside an emoji sends: strict JSON decoders refuse the whole body.
    case loneSurrogate = "lone-surrogate"
    /// One record's string property gets a byte that is not UTF-8 (`0xFF`), as a server mixing Latin-1 sends.
    case invalidUTF8 = "invalid-utf8"
}
