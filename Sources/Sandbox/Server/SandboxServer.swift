import Foundation
import Hummingbird
import Logging
import ServiceLifecycle

/// A running sandbox: a Hummingbird server answering HubSpot's API from a `Portal`.
public final class SandboxServer: Sendable {
    /// The data the server answers from; tests may insert into it while the server runs.
    public let portal: Portal
    /// The port actually bound (the free one chosen when the configuration said 0).
    public let port: Int
    /// The host the server is bound to.
    public let host: String
    private let serviceGroup: ServiceGroup
    private let runTask: Task<Void, Never>
    private let dropper: ConnectionDropper
    private let lostAnswers: LostAnswers
    private let meter: TrafficMeter

    private init(
        portal: Portal, port: Int, host: String, serviceGroup: ServiceGroup, runTask: Task<Void, Never>,
        dropper: ConnectionDropper, lostAnswers: LostAnswers, meter: TrafficMeter
    ) {
        self.meter = meter
        self.dropper = dropper
        self.lostAnswers = lostAnswers
        self.portal = portal
        self.port = port
        self.host = host
        self.serviceGroup = serviceGroup
        self.runTask = runTask
    }

    /// The API root to point a client at, `http://HOST:PORT`.
    public var baseURL: URL {
        let authority = host.contains(":") ? "[\(host)]" : host
        // Built from a numeric port and a bindable host, so it always parses.
        return URL(string: "http://\(authority):\(port)")!
    }

    /// Starts serving `portal` (or a demo portal built from the configuration) and returns once
    /// the socket accepts connections.
    public static func start(_ configuration: SandboxConfiguration, portal: Portal? = nil) async throws -> SandboxServer
    {
        let portal = portal ?? Portal(configuration: configuration)
        // The sandbox may share a process with a full-screen terminal UI, so it must never write to stdout/stderr.
        let logger = Logger(label: "spoke.sandbox") { _ in SwiftLogNoOpLogHandler() }
        let signal = StartupSignal()
        let lostAnswers = LostAnswers(rate: configuration.traffic.lostAnswerRate, seed: portal.seed)
        let meter = TrafficMeter(policy: configuration.traffic, seed: portal.seed)
        let dropper = ConnectionDropper(
            rate: configuration.traffic.dropRate, seed: portal.seed, lostAnswers: lostAnswers)
        let app = Application(
            router: try SandboxRoutes.makeRouter(
                portal: portal, token: configuration.token, traffic: configuration.traffic, meter: meter,
                oauth: configuration.oauth, generations: configuration.generations, scopes: configuration.scopes,
                lostAnswers: lostAnswers, accessLog: configuration.accessLog),
            server: dropper.serverBuilder(),
            configuration: ApplicationConfiguration(
                address: .hostname(configuration.host, port: configuration.port), serverName: "spoke-sandbox"),
            onServerRunning: { channel in signal.succeed(port: channel.localAddress?.port ?? 0) },
            logger: logger)
        let serviceGroup = ServiceGroup(
            configuration: ServiceGroupConfiguration(
                services: [app], gracefulShutdownSignals: [],
                cancellationSignals: [], logger: logger))
        let runTask = Task {
            do {
                try await serviceGroup.run()
                signal.fail(SandboxServerError.stoppedBeforeListening("the server stopped"))
            } catch {
                signal.fail(SandboxServerError.stoppedBeforeListening(String(describing: error)))
            }
        }
        let port: Int
        do {
            port = try await signal.wait()
        } catch {
            await serviceGroup.triggerGracefulShutdown()
            await runTask.value
            throw error
        }
        return SandboxServer(
            portal: portal, port: port, host: configuration.host, serviceGroup: serviceGroup,
            runTask: runTask, dropper: dropper, lostAnswers: lostAnswers, meter: meter)
    }

    /// What the rate limits admitted and refused since the server started: a client that kept within the
    /// budgets shows no refusals.
    public var traffic: TrafficCounts { meter.totals }

    /// Changes the share of connections closed unanswered while the server runs: 1 is an outage as a
    /// client sees it (no answer at all), 0 ends it, and the port stays the server's throughout.
    public func setDropRate(_ rate: Double) {
        dropper.setRate(rate)
    }

    /// Changes the share of creates performed and then left unanswered while the server runs, and how long
    /// each such connection is held open first; a rate of 0 also releases the ones held now.
    public func setLostAnswerRate(_ rate: Double, hold: Duration = .zero) {
        lostAnswers.set(rate: rate, hold: hold)
    }

    /// Stops accepting requests, lets in-flight ones finish, and returns when the server is down; idempotent.
    public func stop() async {
        await serviceGroup.triggerGracefulShutdown()
        await runTask.value
    }
}
