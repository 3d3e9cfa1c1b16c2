import Foundation

// Running admin and association work under the portal's lock.
extension Portal {
    /// Runs `body` on the portal state under the lock, passing HubSpot errors through.
    func withState<T: Sendable>(
        _ body: (inout PortalState) throws(SandboxAPIError) -> T
    ) throws(SandboxAPIError) -> T {
        try state.withLock { (state: inout PortalState) throws(SandboxAPIError) -> T in try body(&state) }
    }
}
