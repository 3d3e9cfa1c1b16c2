import HubSpot

// MARK: - The rate-limit and daily-usage headers
extension Doctor {
    /// The budget the last answer announced (`X-HubSpot-RateLimit-*`); a spent daily limit is a failure.
    func rateLimitCheck() -> DoctorCheck {
        guard let limit = log.rateLimit else {
            // A proxy may strip them, and search answers never carry them: worth saying, not wrong.
            return .note("rate limit", "no X-HubSpot-RateLimit headers seen; Spoke paces itself without them")
        }
        let window = Self.window(limit.intervalMilliseconds)
        var detail = "\(limit.max) requests per \(window) (\(limit.remaining) left)"
        if let daily = limit.daily, let left = limit.dailyRemaining {
            detail += "; \(daily) a day (\(left) left)"
            if left == 0 {
                return .failed(
                    "rate limit", detail + ": today's limit is spent",
                    fix: "wait for midnight in the portal's time zone, when it resets (or ask HubSpot for an "
                        + "API limit increase)")
            }
        } else {
            detail += "; no daily figures (HubSpot sends none for OAuth tokens)"
        }
        return .passed("rate limit", detail)
    }

    /// "10 s", "1 s", "250 ms".
    static func window(_ milliseconds: Int) -> String {
        milliseconds % 1000 == 0 ? "\(milliseconds / 1000) s" : "\(milliseconds) ms"
    }
}
