import Foundation

// MARK: - Record URLs in HubSpot's web app
extension AccountDetails {
    /// The record's page in HubSpot's web app, e.g. `https://app.hubspot.com/contacts/123/record/0-1/101`.
    /// A `uiDomain` that is not a plain host name (it comes from the server) is not trusted: the default is used.
    public func recordURL(typeID: String, id: String) -> String {
        let domain =
            uiDomain.flatMap { $0.isEmpty || !$0.allSatisfy(Self.isHostCharacter) ? nil : $0 } ?? "app.hubspot.com"
        let path = [typeID, id].map {
            $0.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed.subtracting(["/"])) ?? ""
        }
        return "https://\(domain)/contacts/\(portalId)/record/\(path[0])/\(path[1])"
    }

    private static func isHostCharacter(_ character: Character) -> Bool {
        character.isASCII && (character.isLetter || character.isNumber || character == "." || character == "-")
    }
}
