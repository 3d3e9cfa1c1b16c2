/// The scopes a service key (or private app) needs to read and to write records of one object type, from the
/// per-object specs of HubSpot's 2026-09 release; any one of `read` (or of `write`) is enough.
///
/// `spoke doctor` names them next to each check, the sandbox enforces them (`--scopes`), and the README's
/// table lists the same ones. A 403's own list (``MissingScopes``) is preferred over this table wherever there
/// is one.
public struct ObjectScopes: Sendable, Hashable {
    /// Scopes that let a key read the type's records (list, get, batch read, search).
    public let read: [String]
    /// Scopes that let a key create, update and archive them.
    public let write: [String]
    /// Scopes that let a key change the type's properties and pipelines (their reads take any read scope).
    public let schemaWrite: [String]

    /// The scopes of the type `idOrName` (`0-1`, `contacts`); anything that is not a standard type is a custom
    /// object.
    public init(type idOrName: String) {
        let family = Self.family(idOrName)
        switch family {
        case "tickets":
            // Tickets have one scope for everything.
            (read, write, schemaWrite) = (["tickets"], ["tickets"], ["tickets"])
        case "custom":
            (read, write, schemaWrite) = (
                ["crm.objects.custom.read"], ["crm.objects.custom.write"], ["crm.schemas.custom.write"]
            )
        case "products", "line_items", "quotes":
            (read, write, schemaWrite) = (
                ["crm.objects.\(family).read", "e-commerce"], ["crm.objects.\(family).write", "e-commerce"],
                ["crm.schemas.\(family).write", "e-commerce"]
            )
        default:
            (read, write, schemaWrite) = (
                ["crm.objects.\(family).read"], ["crm.objects.\(family).write"], ["crm.schemas.\(family).write"]
            )
        }
    }

    /// The scope family of a type: activities are guarded by the contacts scopes (the specs of notes, tasks,
    /// calls, meetings and emails say so; communications and postal mail are assumed the same), payments by
    /// `commercepayments`, and every other standard type by its own name.
    static func family(_ idOrName: String) -> String {
        guard let type = ObjectTypeRegistry.standard.resolve(idOrName), type.group != .custom else { return "custom" }
        if type.isActivity { return "contacts" }
        return type.id == "0-101" ? "commercepayments" : type.name
    }

    // MARK: - Scopes outside the object types

    /// Reads the account's details (portal id, time zone, domain) and its API usage.
    public static let accountRead = "oauth"
    /// Reads the owners (the owner pickers, `owner:` in search).
    public static let ownersRead = "crm.objects.owners.read"
    /// Reads custom-object schemas (custom types in the sidebar).
    public static let customSchemasRead = "crm.schemas.custom.read"
    /// Changes custom-object schemas.
    public static let customSchemasWrite = "crm.schemas.custom.write"
}
