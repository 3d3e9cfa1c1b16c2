extension CRMCache {
    /// The demo portal's key: the same seeded portal every run, whatever port its sandbox gets. The browser
    /// and the benchmarks that fill a cache for `spoke --demo --offline` both file it under this key.
    public static let demoPortalKey = "demo-portal"
}
