import HubSpot

/// The HTTP status a call failed with, or `nil` when it succeeded (or failed without an answer).
func failureStatus(_ call: () async throws -> Void) async -> Int? {
    do {
        try await call()
        return nil
    } catch let error as HubSpotError {
        return error.status
    } catch {
        return nil
    }
}
