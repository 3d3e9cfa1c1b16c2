import ArgumentParser
import Foundation
import Sandbox

/// `spoke sandbox`: the HubSpot-compatible demo server on its own.
struct SandboxCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sandbox",
        abstract: "Run the HubSpot-compatible sandbox server with a seeded demo portal."
    )

    @Option(name: .long, help: "The port to listen on (0 picks a free one).")
    var port: Int = 0

    @Option(name: .long, help: "The address to listen on.")
    var host: String = "127.0.0.1"

    @Option(name: .long, help: "Demo data seed: the same seed gives the same portal.")
    var seed: UInt64 = 42

    @Option(name: .long, help: "How many contacts to generate (other types scale with it).")
    var records: Int?

    @Option(name: .long, help: "Demand 'Authorization: Bearer TOKEN' on every request.")
    var token: String?

    @Option(
        name: .long,
        help: ArgumentHelp(
            "Act as a key granted only these scopes, comma-separated (default: every scope); other calls answer 403 MISSING_SCOPES.",
            valueName: "scope,…"))
    var scopes: String?

    @Option(name: .long, help: "Request budget per rolling window, e.g. 20/10s (HubSpot's TEN_SECONDLY_ROLLING).")
    var rateLimit: String?

    @Option(name: .long, help: "Search's own budget, e.g. 5/1s (HubSpot's SECONDLY).")
    var searchRateLimit: String?

    @Option(name: .long, help: "Milliseconds of latency added to every answer.")
    var latency: Int = 0

    @Option(name: .long, help: "Share of requests answered with an injected 5xx, e.g. 0.2 or 20%.")
    var errorRate: String?

    @Option(name: .long, help: "The statuses injected errors carry, e.g. 500,503.")
    var errorStatus: String = "503"

    @Option(name: .long, help: "Share of requests whose connection is closed without an answer, e.g. 0.1 or 10%.")
    var dropRate: String?

    @Option(
        name: .long,
        help: "Share of creates performed and then left unanswered (the connection closes), e.g. 1 or 50%.")
    var lostAnswerRate: String?

    @Option(
        name: .long, help: "Spoil 2xx answers: \(BodyFault.allCases.map(\.rawValue).joined(separator: ", ")).")
    var bodyFault: String?

    @Option(
        name: .long,
        help: ArgumentHelp(
            "Append one line per request to this file: method, path (no query string) and status.",
            valueName: "path"))
    var accessLog: String?

    @Option(name: .long, help: "Share of 2xx answers --body-fault spoils (default all).")
    var bodyFaultRate: String?

    @Flag(name: .long, help: "--body-fault spoils only the answers to writes (a create that lands, unreadably).")
    var bodyFaultWritesOnly = false

    @Option(
        name: .long,
        help: ArgumentHelp(
            "Send this Retry-After on every 429 instead of the real wait, e.g. inf or 1e308 (use with --rate-limit).",
            valueName: "value"))
    var retryAfter: String?

    func validate() throws {
        guard (0...65_535).contains(port) else { throw ValidationError("--port must be 0–65535, got \(port)") }
        if let records, records < 1 { throw ValidationError("--records must be at least 1, got \(records)") }
        if let scopes, grantedScopes(scopes).isEmpty {
            throw ValidationError("--scopes must name at least one scope, e.g. crm.objects.contacts.read")
        }
        _ = try traffic()
    }

    /// The traffic policy the flags describe; names the flag that is malformed.
    func traffic() throws -> TrafficPolicy {
        var policy = TrafficPolicy()
        if let rateLimit {
            guard let budget = RateBudget(parsing: rateLimit) else {
                throw ValidationError("--rate-limit must look like 20/10s or 5/1s, got \"\(rateLimit)\"")
            }
            policy.budget = budget
        }
        if let searchRateLimit {
            guard let budget = RateBudget(parsing: searchRateLimit) else {
                throw ValidationError("--search-rate-limit must look like 5/1s, got \"\(searchRateLimit)\"")
            }
            policy.searchBudget = budget
        }
        guard latency >= 0 else { throw ValidationError("--latency must be 0 or more milliseconds, got \(latency)") }
        policy.latency = .milliseconds(latency)
        if let errorRate {
            guard let rate = TrafficPolicy.parseRate(errorRate) else {
                throw ValidationError(
                    "--error-rate must be a fraction (0.2) or a percentage (20%), got \"\(errorRate)\"")
            }
            policy.errorRate = rate
        }
        let statuses = errorStatus.split(separator: ",").map { Int($0.trimmingCharacters(in: .whitespaces)) }
        guard !statuses.isEmpty, statuses.allSatisfy({ $0.map { (500...599).contains($0) } ?? false }) else {
            throw ValidationError("--error-status must be 5xx codes separated by commas, got \"\(errorStatus)\"")
        }
        policy.injectedStatuses = statuses.compactMap { $0 }
        if let dropRate {
            guard let rate = TrafficPolicy.parseRate(dropRate) else {
                throw ValidationError("--drop-rate must be a fraction (0.1) or a percentage (10%), got \"\(dropRate)\"")
            }
            policy.dropRate = rate
        }
        if let lostAnswerRate {
            guard let rate = TrafficPolicy.parseRate(lostAnswerRate) else {
                throw ValidationError(
                    "--lost-answer-rate must be a fraction (0.5) or a percentage (50%), got \"\(lostAnswerRate)\"")
            }
            policy.lostAnswerRate = rate
        }
        if let bodyFault {
            guard let fault = BodyFault(rawValue: bodyFault) else {
                let names = BodyFault.allCases.map(\.rawValue).joined(separator: ", ")
                throw ValidationError("--body-fault must be one of \(names), got \"\(bodyFault)\"")
            }
            policy.bodyFault = fault
        }
        policy.bodyFaultOnWritesOnly = bodyFaultWritesOnly
        if let retryAfter {
            // Any text a header may carry, silly numbers included; never a line break that would end the header.
            guard !retryAfter.isEmpty, retryAfter.count <= 64,
                retryAfter.utf8.allSatisfy({ (0x21...0x7E).contains($0) })
            else {
                throw ValidationError("--retry-after must be 1–64 visible ASCII characters, got \"\(retryAfter)\"")
            }
            policy.retryAfter = retryAfter
        }
        if let bodyFaultRate {
            guard let rate = TrafficPolicy.parseRate(bodyFaultRate) else {
                throw ValidationError("--body-fault-rate must be a fraction or a percentage, got \"\(bodyFaultRate)\"")
            }
            policy.bodyFaultRate = rate
        }
        return policy
    }

    /// The scopes `--scopes` lists.
    func grantedScopes(_ list: String) -> Set<String> {
        Set(list.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty })
    }

    func run() async throws {
        var configuration = SandboxConfiguration()
        configuration.host = host
        configuration.port = port
        configuration.seed = seed
        configuration.token = token
        if let records { configuration.contactCount = records }
        configuration.scopes = scopes.map(grantedScopes)
        configuration.traffic = try traffic()
        configuration.accessLog = accessLog
        let server = try await SandboxServer.start(configuration)
        print("listening on \(server.baseURL.absoluteString)")
        fflush(nil)  // stdout may be a pipe: whoever waits for this line must see it now
        await SignalWaiter.waitForTermination()
        await server.stop()
    }
}

/// Waits for SIGINT or SIGTERM without letting either kill the process before cleanup.
enum SignalWaiter {
    static func waitForTermination() async {
        let stream = AsyncStream<Void> { continuation in
            let sources = SignalSources([SIGINT, SIGTERM, SIGHUP]) { continuation.yield() }
            continuation.onTermination = { _ in sources.cancel() }
        }
        for await _ in stream { break }
    }
}

/// Signal sources that ignore the signals' default action and call `handler` instead.
final class SignalSources: @unchecked Sendable {
    // Dispatch sources are thread-safe; this array is written only in init.
    private let sources: [any DispatchSourceSignal]

    init(_ signals: [Int32], handler: @escaping @Sendable () -> Void) {
        sources = signals.map { number in
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler(handler: handler)
            source.resume()
            return source
        }
    }

    func cancel() {
        for source in sources { source.cancel() }
    }
}
