import HubSpot
import Synchronization

/// Performs effects off the UI thread with the client core and posts their results to the inbox.
public final class EffectRunner: Sendable {
    private let client: HubSpotClient
    private let gateway: WriteGateway
    private let inbox: Inbox
    private let running = Mutex(0)

    /// Creates a runner that answers into `inbox` and writes through `gateway`.
    public init(client: HubSpotClient, gateway: WriteGateway, inbox: Inbox) {
        self.client = client
        self.gateway = gateway
        self.inbox = inbox
    }

    /// The number of effects under way. Counted from the moment an effect is handed over, so a
    /// test that waits for idle never sees a gap between "started" and "running".
    public var inFlight: Int { running.withLock { $0 } }

    /// Starts an effect in a detached task (a plain `Task` would inherit the UI thread's actor).
    public func run(_ effect: Effect) {
        running.withLock { $0 += 1 }
        Task.detached { [self] in
            let action = await Self.perform(effect, with: client, gateway: gateway)
            inbox.post(action)
            running.withLock { $0 -= 1 }
        }
    }

    private static func perform(_ effect: Effect, with client: HubSpotClient, gateway: WriteGateway) async -> Action {
        switch effect {
        case .fetchPage(let typeID, let page, let after, let properties):
            do {
                let query = ListQuery(limit: BrowserState.pageSize, after: after, properties: properties)
                return .pageLoaded(typeID: typeID, page: page, try await client.listRecords(typeID, query))
            } catch {
                return .pageFailed(typeID: typeID, page: page, message: describe(error))
            }
        case .fetchDefinitions(let typeID):
            do {
                return .definitionsLoaded(typeID: typeID, try await client.properties(of: typeID))
            } catch {
                return .definitionsFailed(typeID: typeID, message: describe(error))
            }
        case .fetchCustomTypes:
            // A portal without custom objects, or a token without the schema scope, simply has none.
            return .customTypesLoaded((try? await client.customObjectTypes()) ?? [])
        case .fetchRecord(let typeID, let id, let properties):
            do {
                return .recordLoaded(typeID: typeID, try await client.record(typeID, id: id, properties: properties))
            } catch {
                return .recordFailed(typeID: typeID, id: id, message: describe(error))
            }
        case .write(let token, let request):
            return .writeFinished(token: token, request, await gateway.perform(request))
        }
    }

    private static func describe(_ error: any Error) -> String {
        (error as? HubSpotError)?.errorDescription ?? String(describing: error)
    }
}
