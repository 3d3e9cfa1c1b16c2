import ArgumentParser
import Browser
import CommandLineSupport
import Foundation
import HubSpot

/// `spoke list TYPE`: records of a type, one page or all of them.
struct ListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list", abstract: "List records of a type (JSON with --json, JSON lines with --all --json).")

    @Argument(help: "An object type id (0-1) or name (contacts).") var type: String
    @Option(name: .long, help: "Properties to return, comma-separated (default: the type's columns).")
    var properties: String?
    @Option(name: .long, help: "Records per page (1–100).") var limit: Int = 100
    @Flag(name: .long, help: "Every record, following the after cursors.") var all = false
    @Option(name: .long, help: "Start after this cursor.") var after: String?
    @Flag(name: .long, help: "Output JSON.") var json = false
    @OptionGroup var portal: PortalOptions

    func validate() throws {
        guard (1...100).contains(limit) else { throw ValidationError("--limit must be 1–100, got \(limit)") }
    }

    func run() throws {
        let (client, sandbox, _) = try portal.connect()
        defer { if let sandbox { blockingAwait { await sandbox.stop() } } }
        let objectType = try RecordCommandSupport.objectType(type, client: client)
        let names = properties.map(RecordCommandSupport.split) ?? objectType.listProperties
        try ScriptExit.run {
            let query = ListQuery(limit: limit, after: after, properties: names)
            if all {
                // JSON lines go out page by page, so a pipe sees the first records at once.
                let streamJSON = json
                let records = try blockingAwait {
                    var collected: [CRMRecord] = []
                    for try await page in client.pages(objectType.id, query) {
                        if streamJSON {
                            for record in page { try ScriptOutput.json(record, pretty: false) }
                        } else {
                            collected += page
                        }
                    }
                    return collected
                }
                if !json {
                    RecordCommandSupport.printTable(records, properties: names)
                    print("\n\(records.count) \(objectType.pluralLabel.lowercased())")
                }
            } else {
                let page = try blockingAwait { try await client.listRecords(objectType.id, query) }
                if json {
                    try ScriptOutput.json(page)
                } else {
                    RecordCommandSupport.printTable(page.results, properties: names)
                    // The list API gives no total: say how far this page goes and how to see the rest.
                    let more = page.nextAfter.map { " (more: --after \($0), or --all)" } ?? ""
                    print("\n\(page.results.count) \(objectType.pluralLabel.lowercased())\(more)")
                }
            }
        }
    }

}

/// `spoke get TYPE ID`: one record.
struct GetCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "get", abstract: "Show one record.")

    @Argument(help: "An object type id or name.") var type: String
    @Argument(help: "The record id (or a unique value with --id-property).") var id: String
    @Option(name: .long, help: "Properties to return, comma-separated (default: every property).")
    var properties: String?
    @Option(name: .long, help: "Associated types whose ids to include, comma-separated.") var associations: String?
    @Option(name: .long, help: "Look the record up by this unique property (e.g. email).") var idProperty: String?
    @Flag(name: .long, help: "Output JSON.") var json = false
    @OptionGroup var portal: PortalOptions

    func run() throws {
        let (client, sandbox, _) = try portal.connect()
        defer { if let sandbox { blockingAwait { await sandbox.stop() } } }
        let objectType = try RecordCommandSupport.objectType(type, client: client)
        try ScriptExit.run {
            let record = try blockingAwait {
                var names = properties.map(RecordCommandSupport.split) ?? []
                if names.isEmpty { names = try await client.properties(of: objectType.id).map(\.name) }
                return try await client.record(
                    objectType.id, id: id, properties: names,
                    associations: associations.map(RecordCommandSupport.split) ?? [], idProperty: idProperty)
            }
            if json {
                try ScriptOutput.json(record)
                return
            }
            var rows = record.properties.compactMap { name, value in value.map { [name, $0] } }.sorted { $0[0] < $1[0] }
            for (type, page) in (record.associations ?? [:]).sorted(by: { $0.key < $1.key }) {
                // HubSpot lists an id once per association type (labelled and unlabelled): each record once here.
                var seen = Set<String>()
                let ids = page.results.map(\.id).filter { seen.insert($0).inserted }
                rows.append(["associations.\(type)", ids.joined(separator: ",")])
            }
            ScriptOutput.table(headers: ["PROPERTY", "VALUE"], rows: rows)
            // The record's page in HubSpot, when the portal says who it is (a link on a terminal).
            if let account = try? blockingAwait({ try await client.accountDetails() }) {
                print("\nurl  " + ScriptOutput.link(account.recordURL(typeID: objectType.id, id: record.id)))
            }
        }
    }
}

/// `spoke search TYPE QUERY`: CRM search over the type's searchable properties.
struct SearchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search", abstract: "Search records of a type by text (HubSpot's search, up to 10,000 results).")

    @Argument(help: "An object type id or name.") var type: String
    @Argument(
        help: """
            The text to search for, in the browser's / language: words are text, and a word with an operator a \
            filter (dealstage:closedwon amount>5000 owner:maria@example.com "closedate>=2025-01-01").
            """) var query: String
    @Option(name: .long, help: "Properties to return, comma-separated.") var properties: String?
    @Option(name: .long, help: "Results per page (1–200).") var limit: Int = 100
    @Flag(name: .long, help: "Every result (JSON lines with --json).") var all = false
    @Flag(name: .long, help: "Output JSON.") var json = false
    @OptionGroup var portal: PortalOptions

    func validate() throws {
        guard (1...200).contains(limit) else { throw ValidationError("--limit must be 1–200, got \(limit)") }
    }

    func run() throws {
        let (client, sandbox, _) = try portal.connect()
        defer { if let sandbox { blockingAwait { await sandbox.stop() } } }
        let objectType = try RecordCommandSupport.objectType(type, client: client)
        let names = properties.map(RecordCommandSupport.split) ?? objectType.listProperties
        var parsed = try Self.request(query, typeID: objectType.id, client: client)
        parsed.properties = names
        parsed.limit = limit
        let request = parsed
        try ScriptExit.run {
            if all {
                let records = try blockingAwait {
                    var collected: [CRMRecord] = []
                    for try await page in client.searchPages(objectType.id, request) { collected += page }
                    return collected
                }
                if json {
                    for record in records { try ScriptOutput.json(record, pretty: false) }
                } else {
                    RecordCommandSupport.printTable(records, properties: names)
                }
            } else {
                let page = try blockingAwait { try await client.search(objectType.id, request) }
                if json {
                    try ScriptOutput.json(page)
                } else {
                    RecordCommandSupport.printTable(page.results, properties: names)
                    let total = page.total.map { " of \($0)" } ?? ""
                    let more = page.nextAfter == nil ? "" : " (--all for every one)"
                    print("\n\(page.results.count)\(total) \(objectType.pluralLabel.lowercased())\(more)")
                }
            }
        }
    }

    /// The search `text` asks for, in the browser's `/` language. The type's definitions and the owners are
    /// read only when a word is a filter (they turn labels, owner names and dates into values).
    static func request(_ text: String, typeID: String, client: HubSpotClient) throws -> SearchRequest {
        let filters = ["=", ":", ">", "<", "!"]
        let hasFilter = SearchQuery.words(text).contains { word in filters.contains { word.contains($0) } }
        let (definitions, owners): ([PropertyDefinition], [Owner]?) =
            hasFilter
            ? try blockingAwait {
                (try await client.properties(of: typeID), try? await client.owners(limit: 100).results)
            } : ([], nil)
        switch SearchQuery.parse(text, typeID: typeID, definitions: definitions, owners: owners) {
        case .success(let request): return request
        case .failure(let error): throw ValidationError(error.message)
        }
    }
}

/// What the record commands share.
enum RecordCommandSupport {
    /// A standard type, or else one of the portal's custom object types.
    static func objectType(_ name: String, client: HubSpotClient) throws -> ObjectType {
        if let type = ObjectTypeRegistry.standard.resolve(name) { return type }
        let custom = (try? blockingAwait { try await client.customObjectTypes() }) ?? []
        guard
            let type = ObjectTypeRegistry(types: custom).resolve(name)
                ?? custom.first(where: {
                    $0.name.lowercased() == name.lowercased()
                })
        else {
            throw ValidationError(
                "unknown object type \"\(name)\"; use a type id like 0-1, a name like contacts, "
                    + "or a custom object's name")
        }
        return type
    }

    static func split(_ list: String) -> [String] {
        list.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    static func printTable(_ records: [CRMRecord], properties: [String]) {
        ScriptOutput.table(
            headers: ["ID"] + properties.map { $0.uppercased() },
            rows: records.map { record in [record.id] + properties.map { record[property: $0] ?? "" } })
    }
}
