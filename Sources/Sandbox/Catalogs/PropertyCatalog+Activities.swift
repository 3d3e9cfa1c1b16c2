import HubSpot

// Notes, calls, emails, meetings and tasks.
extension PropertyCatalog {
    static func activityProperties(_ typeID: String) -> [PropertyDefinition] {
        let group = "engagement"
        let shared = [
            property(
                "hs_timestamp", "Activity date", .datetime, group: group,
                description: "The date and time the activity took place (or, for tasks, is due)."),
            ownerProperty(group: group),
        ]
        switch typeID {
        case "0-46":
            return shared + [property("hs_note_body", "Note body", .html, group: group, description: "The note's text")]
        case "0-48":
            return shared + [
                property("hs_call_title", "Call Title", .text, group: group),
                property("hs_call_body", "Call notes", .html, group: group),
                property(
                    "hs_call_direction", "Call direction", .select, group: group,
                    options: [("Inbound", "INBOUND"), ("Outbound", "OUTBOUND")]),
                property(
                    "hs_call_duration", "Call duration", .number, group: group,
                    description: "The duration of the call in milliseconds."),
                property(
                    "hs_call_status", "Call status", .select, group: group,
                    options: [
                        ("Busy", "BUSY"), ("Calling CRM user", "CALLING_CRM_USER"),
                        ("Canceled", "CANCELED"), ("Completed", "COMPLETED"), ("Connecting", "CONNECTING"),
                        ("Failed", "FAILED"), ("In progress", "IN_PROGRESS"), ("No answer", "NO_ANSWER"),
                        ("Queued", "QUEUED"), ("Ringing", "RINGING"),
                    ]),
                property("hs_call_to_number", "To number", .text, group: group),
            ]
        case "0-49":
            return shared + [
                property("hs_email_subject", "Email subject", .text, group: group),
                property("hs_email_text", "Email body", .textarea, group: group),
                property(
                    "hs_email_direction", "Email direction", .select, group: group,
                    options: [
                        ("Sent by owner", "EMAIL"), ("Reply from contact", "INCOMING_EMAIL"),
                        ("Forwarded", "FORWARDED_EMAIL"),
                    ]),
                property(
                    "hs_email_status", "Email send status", .select, group: group,
                    options: [
                        ("Bounced", "BOUNCED"), ("Failed", "FAILED"), ("Scheduled", "SCHEDULED"),
                        ("Sending", "SENDING"), ("Sent", "SENT"),
                    ]),
            ]
        case "0-47":
            return shared + [
                property("hs_meeting_title", "Meeting name", .text, group: group),
                property("hs_meeting_body", "Meeting description", .html, group: group),
                property("hs_meeting_location", "Location", .text, group: group),
                property("hs_meeting_start_time", "Start Time", .datetime, group: group),
                property("hs_meeting_end_time", "End Time", .datetime, group: group),
                property(
                    "hs_meeting_outcome", "Meeting outcome", .select, group: group,
                    options: [
                        ("Scheduled", "SCHEDULED"), ("Completed", "COMPLETED"),
                        ("Rescheduled", "RESCHEDULED"), ("No Show", "NO_SHOW"), ("Canceled", "CANCELED"),
                    ]),
            ]
        default:
            return shared + [
                property("hs_task_subject", "Task Title", .text, group: group),
                property("hs_task_body", "Notes", .html, group: group),
                property(
                    "hs_task_status", "Task Status", .select, group: group,
                    options: [
                        ("Not started", "NOT_STARTED"), ("In progress", "IN_PROGRESS"),
                        ("Waiting", "WAITING"), ("Completed", "COMPLETED"), ("Deferred", "DEFERRED"),
                    ]),
                property(
                    "hs_task_priority", "Priority", .select, group: group,
                    options: [("None", "NONE"), ("Low", "LOW"), ("Medium", "MEDIUM"), ("High", "HIGH")]),
                property(
                    "hs_task_type", "Task Type", .select, group: group,
                    options: [("Call", "CALL"), ("Email", "EMAIL"), ("To-do", "TODO")]),
            ]
        }
    }
}
