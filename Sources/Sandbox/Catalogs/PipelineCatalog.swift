/// The demo portal's pipelines: deals' "default" and tickets' "0", with HubSpot's stock stage ids.
enum PipelineCatalog {
    /// One pipeline stage: its id, label and (deals) win probability or (tickets) open/closed state.
    struct Stage: Sendable, Hashable {
        let id: String
        let label: String
        let probability: Double?
        let isClosed: Bool
    }

    static let dealPipelineID = "default"
    static let dealPipelineLabel = "Sales Pipeline"
    static let dealStages: [Stage] = [
        Stage(id: "appointmentscheduled", label: "Appointment Scheduled", probability: 0.2, isClosed: false),
        Stage(id: "qualifiedtobuy", label: "Qualified To Buy", probability: 0.4, isClosed: false),
        Stage(id: "presentationscheduled", label: "Presentation Scheduled", probability: 0.6, isClosed: false),
        Stage(id: "decisionmakerboughtin", label: "Decision Maker Bought-In", probability: 0.8, isClosed: false),
        Stage(id: "contractsent", label: "Contract Sent", probability: 0.9, isClosed: false),
        Stage(id: "closedwon", label: "Closed Won", probability: 1.0, isClosed: true),
        Stage(id: "closedlost", label: "Closed Lost", probability: 0.0, isClosed: true),
    ]

    static let ticketPipelineID = "0"
    static let ticketPipelineLabel = "Support Pipeline"
    static let ticketStages: [Stage] = [
        Stage(id: "1", label: "New", probability: nil, isClosed: false),
        Stage(id: "2", label: "Waiting on contact", probability: nil, isClosed: false),
        Stage(id: "3", label: "Waiting on us", probability: nil, isClosed: false),
        Stage(id: "4", label: "Closed", probability: nil, isClosed: true),
    ]
}
