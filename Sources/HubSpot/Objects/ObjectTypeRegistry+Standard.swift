// The rows of seed 000's object-type table, with seed 001's required properties on create.
extension ObjectTypeRegistry {
    static let standardTypes: [ObjectType] = [
        ObjectType(
            id: "0-1", name: "contacts", singularLabel: "Contact", pluralLabel: "Contacts",
            summary: "Stores information about an individual person.",
            requiredOnCreate: .anyOf(["email", "firstname", "lastname"]),
            titleProperties: ["firstname", "lastname"], fallbackTitleProperties: ["email"],
            defaultColumns: [
                ObjectColumn("Name", ["firstname", "lastname"], minWidth: 14, weight: 3),
                ObjectColumn("Email", ["email"], minWidth: 16, weight: 3),
                ObjectColumn("Phone", ["phone"], minWidth: 12, weight: 1),
                ObjectColumn("Lifecycle", ["lifecyclestage"], minWidth: 10, weight: 1),
            ],
            group: .core),
        ObjectType(
            id: "0-2", name: "companies", singularLabel: "Company", pluralLabel: "Companies",
            summary: "Stores information about a business or organization.",
            requiredOnCreate: .anyOf(["domain", "name"]),
            titleProperties: ["name"], fallbackTitleProperties: ["domain"],
            defaultColumns: [
                ObjectColumn("Name", ["name"], minWidth: 14, weight: 3),
                ObjectColumn("Domain", ["domain"], minWidth: 14, weight: 2),
                ObjectColumn("City", ["city"], minWidth: 10, weight: 1),
                ObjectColumn("Industry", ["industry"], minWidth: 10, weight: 1),
            ],
            group: .core),
        ObjectType(
            id: "0-3", name: "deals", singularLabel: "Deal", pluralLabel: "Deals",
            summary: "Represent sales opportunities and transactions, tracked through pipeline stages.",
            requiredOnCreate: .all(["dealname", "dealstage", "pipeline"]),
            titleProperties: ["dealname"],
            defaultColumns: [
                ObjectColumn("Deal name", ["dealname"], minWidth: 16, weight: 3),
                ObjectColumn("Amount", ["amount"], minWidth: 9, weight: 1),
                ObjectColumn("Stage", ["dealstage"], minWidth: 12, weight: 1),
                ObjectColumn("Close date", ["closedate"], minWidth: 10, weight: 1),
            ],
            group: .core),
        ObjectType(
            id: "0-5", name: "tickets", singularLabel: "Ticket", pluralLabel: "Tickets",
            summary: "Represent customer requests for help or support, tracked through pipeline statuses.",
            requiredOnCreate: .all(["subject", "hs_pipeline_stage", "hs_pipeline"]),
            titleProperties: ["subject"],
            defaultColumns: [
                ObjectColumn("Subject", ["subject"], minWidth: 16, weight: 3),
                ObjectColumn("Status", ["hs_pipeline_stage"], minWidth: 8, weight: 1),
                ObjectColumn("Priority", ["hs_ticket_priority"], minWidth: 8, weight: 1),
            ],
            group: .core),
        activity(
            "0-48", "calls", "Call", "Calls",
            "A type of activity that represents phone call interactions associated with your records.",
            required: ["hs_timestamp"], title: "hs_call_title", preview: "hs_call_body"),
        activity(
            "0-18", "communications", "Communication", "Communications",
            "A type of activity that represents SMS, LinkedIn, and WhatsApp message interactions associated with your records.",
            required: ["hs_timestamp", "hs_communication_channel_type"],
            title: "hs_communication_body", preview: "hs_communication_channel_type"),
        activity(
            "0-49", "emails", "Email", "Emails",
            "A type of activity that represents one-to-one email interactions associated with your records.",
            required: ["hs_timestamp", "hs_email_direction"], title: "hs_email_subject", preview: "hs_email_text"),
        activity(
            "0-47", "meetings", "Meeting", "Meetings",
            "A type of activity that represents meeting interactions associated with your records.",
            required: ["hs_timestamp"], title: "hs_meeting_title", preview: "hs_meeting_body"),
        activity(
            "0-46", "notes", "Note", "Notes",
            "A type of activity that represents notes associated with your records.",
            required: ["hs_timestamp"], title: "hs_note_body", preview: nil),
        activity(
            "0-116", "postal_mail", "Postal mail", "Postal mail",
            "A type of activity that represents physical mail interactions associated with your records.",
            required: ["hs_timestamp"], title: "hs_postal_mail_body", preview: nil),
        activity(
            "0-27", "tasks", "Task", "Tasks",
            "A type of activity that represents to-dos associated with your records.",
            required: ["hs_timestamp"], title: "hs_task_subject", preview: "hs_task_status"),
        simple(
            "0-7", "products", "Product", "Products",
            "Represent goods or services for sale.",
            .all(["hs_sku", "hs_folder", "price", "name", "description"]), title: "name",
            extra: [ObjectColumn("Price", ["price"]), ObjectColumn("SKU", ["hs_sku"])], group: .commerce),
        simple(
            "0-8", "line_items", "Line item", "Line items",
            "Represent individual products and services sold in a deal.",
            .recommended(["name", "price", "quantity"]), title: "name",
            extra: [ObjectColumn("Quantity", ["quantity"]), ObjectColumn("Price", ["price"])], group: .commerce),
        simple(
            "0-14", "quotes", "Quote", "Quotes",
            "Represent pricing information shared with potential buyers.",
            .all(["hs_title", "hs_expiration_date"]), title: "hs_title",
            extra: [ObjectColumn("Expires", ["hs_expiration_date"])], group: .commerce),
        simple(
            "0-53", "invoices", "Invoice", "Invoices",
            "Represent the invoices sent for sales transactions.",
            .all([]), title: "hs_number", extra: [ObjectColumn("Amount", ["hs_amount_billed"])], group: .commerce),
        simple(
            "0-123", "orders", "Order", "Orders",
            "Represent ecommerce purchases in HubSpot.",
            .all(["hs_order_name"]), title: "hs_order_name", extra: [], group: .commerce),
        simple(
            "0-101", "payments", "Payment", "Payments",
            "The payments made by buyers through invoices, payment links, and quotes.",
            .all([]), title: "hs_reference_number", extra: [ObjectColumn("Amount", ["hs_initial_amount"])],
            group: .commerce),
        simple(
            "0-69", "subscriptions", "Subscription", "Subscriptions",
            "Represent recurring payments scheduled through payment links and quotes.",
            .all(["hs_name"]), title: "hs_name", extra: [], group: .commerce),
        simple(
            "0-421", "appointments", "Appointment", "Appointments",
            "Represent encounters or services scheduled for an individual.",
            .all(["hs_appointment_start"]), title: "hs_appointment_name",
            extra: [ObjectColumn("Start", ["hs_appointment_start"])], group: .other),
        simple(
            "0-410", "courses", "Course", "Courses",
            "Represent structured programs or series of lessons, trainings, or educational modules.",
            .all(["hs_course_name"]), title: "hs_course_name", extra: [], group: .other),
        simple(
            "0-19", "feedback_submissions", "Feedback submission", "Feedback submissions",
            "Stores information submitted to a feedback survey.",
            .all([]), title: "hs_content", extra: [], group: .other),
        simple(
            "0-136", "leads", "Lead", "Leads",
            "Represent potential customers who have shown interest in your products or services.",
            .all([
                "hs_associated_contact_email", "hs_associated_contact_lastname", "hs_lead_name",
                "hs_associated_company_domain", "hs_associated_contact_firstname",
                "hs_associated_company_name",
            ]),
            title: "hs_lead_name", extra: [ObjectColumn("Contact", ["hs_associated_contact_email"])], group: .other),
        simple(
            "0-420", "listings", "Listing", "Listings",
            "Represent properties or units to be bought, sold, or rented.",
            .all(["hs_name"]), title: "hs_name", extra: [], group: .other),
        simple(
            "0-54", "marketing_events", "Marketing event", "Marketing events",
            "Represent events related to your marketing efforts.",
            .all(["hs_event_description", "hs_event_name"]), title: "hs_event_name", extra: [], group: .other),
        simple(
            "0-162", "services", "Service", "Services",
            "Represent intangible offerings provided to customers.",
            .all(["hs_name", "hs_pipeline", "hs_pipeline_stage"]), title: "hs_name", extra: [], group: .other),
        simple(
            "0-115", "users", "User", "Users",
            "Represent the users in your HubSpot account.",
            .all(["hs_internal_user_id", "hs_email"]), title: "hs_email", extra: [], group: .other),
    ]

    private static func activity(
        _ id: String, _ name: String, _ singular: String, _ plural: String, _ summary: String,
        required: [String], title: String, preview: String?
    ) -> ObjectType {
        var columns = [
            ObjectColumn("Subject", [title], minWidth: 16, weight: 3),
            ObjectColumn("When", ["hs_timestamp"], minWidth: 12, weight: 1),
        ]
        if let preview { columns.append(ObjectColumn("Detail", [preview], minWidth: 10, weight: 2)) }
        return ObjectType(
            id: id, name: name, singularLabel: singular, pluralLabel: plural, summary: summary,
            requiredOnCreate: .all(required), titleProperties: [title],
            defaultColumns: columns, group: .activity)
    }

    private static func simple(
        _ id: String, _ name: String, _ singular: String, _ plural: String, _ summary: String,
        _ required: RequiredProperties, title: String, extra: [ObjectColumn], group: ObjectType.Group
    ) -> ObjectType {
        ObjectType(
            id: id, name: name, singularLabel: singular, pluralLabel: plural, summary: summary,
            requiredOnCreate: required, titleProperties: [title],
            defaultColumns: [ObjectColumn("Name", [title], minWidth: 16, weight: 3)] + extra, group: group)
    }
}
