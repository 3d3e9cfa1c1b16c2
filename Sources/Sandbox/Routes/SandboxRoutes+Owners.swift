import Foundation
import HubSpot
import Hummingbird

// Owners, over the portal's fixed owners, and the account-info details of the portal, per generation.
extension SandboxRoutes {
    /// HubSpot's default owners page size; the maximum is unconfirmed, so the sandbox allows 500.
    static let ownersDefaultLimit = 100
    static let ownersMaximumLimit = 500
    /// When the demo's owners were created.
    static let ownersCreated = HubSpotTimestamp.parse("2023-01-10T09:00:00.000Z")!

    func addOwnerRoutes(to router: Router<BasicRequestContext>, as generation: APIGeneration) {
        router.get(RouterPath(generation.ownersPath)) { request, _ in
            let limit = try request.queryInteger("limit") ?? Self.ownersDefaultLimit
            guard (1...Self.ownersMaximumLimit).contains(limit) else {
                throw SandboxAPIError.validation(
                    "limit must be between 1 and \(Self.ownersMaximumLimit)",
                    field: "limit", code: "INVALID_LIMIT")
            }
            // The demo has no deactivated owners.
            var owners = try request.queryFlag("archived") ? [] : portal.owners.map(Self.publicOwner)
            if let email = request.queryValue("email")?.lowercased() {
                owners = owners.filter { $0.email?.lowercased() == email }
            }
            let start = Int(request.queryValue("after") ?? "0") ?? 0
            let page = Array(owners.dropFirst(start).prefix(limit))
            let next = start + limit < owners.count ? String(start + limit) : nil
            let paging = next.map { Paging(next: .init(after: $0)) }
            return SandboxResponse.json(CollectionPage(results: page, paging: paging))
        }
        router.get(RouterPath("\(generation.accountInfoPath)/details")) { _, _ in
            SandboxResponse.json(PortalInformation.sandbox)
        }
        router.get(RouterPath("\(generation.ownersPath)/:ownerId")) { request, context in
            let id = Self.pathParameter("ownerId", in: context)
            let byUser = request.queryValue("idProperty") == "userId"
            let owner = portal.owners.first { byUser ? String($0.userID) == id : $0.id == id }
            guard let owner, !(try request.queryFlag("archived")) else {
                throw SandboxAPIError(
                    status: 404, category: "OBJECT_NOT_FOUND",
                    message: "Unable to find owner with \(byUser ? "userId" : "id") \(id)",
                    context: ["ownerId": [id]])
            }
            return SandboxResponse.json(Self.publicOwner(owner))
        }
    }

    /// The API form of an owner; owners alternate between two teams so team filters have something to show.
    static func publicOwner(_ owner: SandboxOwner) -> Owner {
        let sales = owner.userID % 2 == 1
        return Owner(
            id: owner.id, email: owner.email, firstName: owner.firstName, lastName: owner.lastName,
            userId: owner.userID, createdAt: ownersCreated, updatedAt: ownersCreated,
            teams: [
                Owner.Team(
                    id: sales ? "410001" : "410002", name: sales ? "Sales" : "Customer Success",
                    primary: true)
            ])
    }
}
