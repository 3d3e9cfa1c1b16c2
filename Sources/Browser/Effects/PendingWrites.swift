/// The writes under way, each under the token its effect carries and the origin its outcome goes back to.
public struct PendingWrites: Sendable {
    private var nextToken = 1
    /// The origin of each write under way, by token.
    public private(set) var origins: [Int: WriteOrigin] = [:]

    /// Creates an empty set of writes.
    public init() {}

    /// The effect that hands `request` to the write gateway, remembered as `origin`'s.
    mutating func start(_ request: WriteRequest, from origin: WriteOrigin) -> Effect {
        let token = nextToken
        nextToken += 1
        origins[token] = origin
        return .write(token: token, request)
    }

    /// The origin of the write under `token`, which is done.
    mutating func finish(_ token: Int) -> WriteOrigin? {
        origins.removeValue(forKey: token)
    }

    /// Whether a write from `origin` is under way.
    public func isPending(_ origin: WriteOrigin) -> Bool {
        origins.values.contains(origin)
    }
}
