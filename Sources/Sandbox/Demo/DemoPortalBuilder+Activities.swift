import Foundation
import HubSpot

// Notes, calls, emails, meetings and tasks, each logged against a contact and often its company,
// a deal or a ticket.
extension DemoPortalBuilder {
    /// An activity before it gets an id: who it is about and when it happened.
    private struct Draft {
        let contact: Int
        let timestamp: Date
        let order: Int
    }

    mutating func makeActivities() {
        guard !contacts.isEmpty else { return }
        makeActivities(typeID: "0-46", count: counts.notes)
        makeActivities(typeID: "0-48", count: counts.calls)
        makeActivities(typeID: "0-49", count: counts.emails)
        makeActivities(typeID: "0-47", count: counts.meetings)
        makeActivities(typeID: "0-27", count: counts.tasks)
    }

    private mutating func makeActivities(typeID: String, count: Int) {
        var drafts: [Draft] = []
        for order in 0..<count {
            let contact = random.index(contacts.count)
            let since = contacts[contact].createdAt
            let room = max(60, Self.referenceDate.timeIntervalSince(since) - 3600)
            let timestamp = Self.wholeMilliseconds(since.addingTimeInterval(room * random.fraction()))
            drafts.append(Draft(contact: contact, timestamp: timestamp, order: order))
        }
        // Ids follow creation, and an activity is logged when it happens, so ids follow the timeline.
        drafts.sort { $0.timestamp != $1.timestamp ? $0.timestamp < $1.timestamp : $0.order < $1.order }
        for draft in drafts {
            let contact = contacts[draft.contact]
            var values = activityValues(typeID: typeID, contact: contact, at: draft.timestamp)
            values["hs_timestamp"] = values["hs_timestamp"] ?? Self.timestamp(draft.timestamp)
            values["hubspot_owner_id"] = contact.owner.id
            let record = state.insert(
                typeID: typeID, properties: values, createdAt: draft.timestamp,
                updatedAt: modifiedDate(after: draft.timestamp))
            let key = RecordKey(typeID: typeID, id: String(record.id))
            state.associate(key, RecordKey(typeID: "0-1", id: contact.id))
            let company = companies[contact.company]
            if random.chance(0.75) { state.associate(key, RecordKey(typeID: "0-2", id: company.id)) }
            if !company.deals.isEmpty, random.chance(0.4) {
                state.associate(key, RecordKey(typeID: "0-3", id: random.pick(company.deals)))
            } else if !contact.tickets.isEmpty, random.chance(0.35) {
                state.associate(key, RecordKey(typeID: "0-5", id: random.pick(contact.tickets)))
            }
        }
    }

    private mutating func activityValues(typeID: String, contact: ContactSeed, at date: Date) -> [String: String] {
        func fill(_ template: String) -> String {
            template.replacingOccurrences(of: "{name}", with: contact.fullName)
                .replacingOccurrences(of: "{first}", with: contact.firstName)
                .replacingOccurrences(of: "{owner}", with: contact.owner.firstName)
        }
        switch typeID {
        case "0-46":
            return ["hs_note_body": fill(random.pick(DemoWords.noteBodies))]
        case "0-48":
            let status = random.pick(weighted: [("COMPLETED", 7), ("NO_ANSWER", 2), ("BUSY", 1)])
            let seconds = status == "COMPLETED" ? random.int(in: 60...2400) : 0
            return [
                "hs_call_title": "\(random.pick(DemoWords.callTitles)) with \(contact.fullName)",
                "hs_call_body": fill(random.pick(DemoWords.callBodies)),
                "hs_call_direction": random.chance(0.7) ? "OUTBOUND" : "INBOUND",
                "hs_call_duration": String(seconds * 1000),
                "hs_call_status": status,
            ]
        case "0-49":
            return [
                "hs_email_subject": random.pick(DemoWords.emailSubjects),
                "hs_email_text": fill(random.pick(DemoWords.emailBodies)),
                "hs_email_direction": random.pick(weighted: [
                    ("EMAIL", 6), ("INCOMING_EMAIL", 4),
                    ("FORWARDED_EMAIL", 1),
                ]),
                "hs_email_status": "SENT",
            ]
        case "0-47":
            let start = Self.wholeMilliseconds(date.addingTimeInterval(Double(random.int(in: 1...14)) * Self.day))
            let end = start.addingTimeInterval(Double(random.pick([30, 45, 60, 90])) * 60)
            let past = end <= Self.referenceDate
            return [
                "hs_meeting_title": "\(random.pick(DemoWords.meetingTitles)) – \(companies[contact.company].name)",
                "hs_meeting_body": "<p>Agenda: introductions, goals, next steps.</p>",
                "hs_meeting_location": random.pick(DemoWords.meetingLocations),
                "hs_meeting_start_time": Self.timestamp(start), "hs_meeting_end_time": Self.timestamp(end),
                "hs_meeting_outcome": past
                    ? random.pick(["COMPLETED", "COMPLETED", "NO_SHOW", "RESCHEDULED"])
                    : "SCHEDULED",
                "hs_timestamp": Self.timestamp(start),
            ]
        default:
            // A task's timestamp is its due date, days after it was created.
            let due = Self.wholeMilliseconds(date.addingTimeInterval(Double(random.int(in: 1...21)) * Self.day))
            let overdue = due <= Self.referenceDate
            return [
                "hs_task_subject": fill(random.pick(DemoWords.taskSubjects)),
                "hs_task_body": "<p>\(fill("Regarding {name}"))</p>",
                "hs_task_status": overdue
                    ? random.pick(["COMPLETED", "COMPLETED", "NOT_STARTED", "DEFERRED"])
                    : random.pick(["NOT_STARTED", "IN_PROGRESS", "WAITING"]),
                "hs_task_priority": random.pick(["NONE", "LOW", "MEDIUM", "HIGH"]),
                "hs_task_type": random.pick(["CALL", "EMAIL", "TODO"]),
                "hs_timestamp": Self.timestamp(due),
            ]
        }
    }
}
