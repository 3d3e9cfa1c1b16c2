// The texts deals, tickets and activities are written from.
extension DemoWords {
    static let dealThemes: [String] = [
        "Annual renewal", "Platform expansion", "New business", "Pilot project", "Enterprise upgrade",
        "Q3 rollout", "Multi-year agreement", "Add-on seats", "Regional launch", "Proof of concept",
    ]

    static let ticketSubjects: [String] = [
        "Cannot log in after password reset", "Invoice shows the wrong amount", "Export to CSV times out",
        "Request: dark mode for the dashboard", "Sync with calendar stopped working", "How do I add a new user?",
        "Refund for duplicate charge", "API returns 500 on large uploads", "Feature request: bulk edit",
        "Mobile app crashes on launch", "Need a copy of our contract", "Data missing after import",
    ]

    static let ticketBodies: [String] = [
        "Customer reports the problem started this morning and affects the whole team.",
        "Steps to reproduce are attached. Happens in both Chrome and Firefox.",
        "They would like an update by end of week; this blocks their month-end close.",
        "Low urgency, but they asked twice already.",
        "Escalated by their account manager after a call.",
    ]

    static let noteBodies: [String] = [
        "<p>Spoke with {name} about next quarter's budget. They are <strong>interested</strong> in expanding.</p>",
        "<p>{name} mentioned a competitor is offering a discount. Follow up with pricing options.</p>",
        "<p>Shared the case study. {name} will circulate it internally.</p>",
        "<p>Key concerns: onboarding time and data migration.</p><ul><li>Send migration guide</li><li>Book a demo</li></ul>",
        "<p>{name} is the decision maker; procurement needs 2 weeks.</p>",
        "<p>Left a voicemail &amp; sent a follow-up email.</p>",
    ]

    static let callTitles: [String] = [
        "Discovery call", "Follow-up call", "Pricing discussion", "Check-in", "Renewal call", "Support callback",
    ]

    static let callBodies: [String] = [
        "<p>Discussed timeline and next steps. {name} will confirm by Friday.</p>",
        "<p>No decision yet; they are waiting on budget approval.</p>",
        "<p>Walked through the new features. Positive reaction.</p>",
        "<p>Resolved the login issue together on the call.</p>",
    ]

    static let emailSubjects: [String] = [
        "Following up on our conversation", "Proposal attached", "Quick question", "Re: Pricing",
        "Meeting recap", "Your renewal is coming up", "Fwd: Security questionnaire", "Introduction",
    ]

    static let emailBodies: [String] = [
        "Hi {first},\n\nThanks for your time today. Attached is the proposal we discussed.\n\nBest,\n{owner}",
        "Hi {first},\n\nJust checking in — do you have any questions about the quote?\n\nCheers,\n{owner}",
        "Hello {owner},\n\nWe reviewed the contract internally and have a few comments.\n\nRegards,\n{first}",
        "Hi {first},\n\nForwarding the security questionnaire our IT team filled in.\n\nThanks,\n{owner}",
    ]

    static let meetingTitles: [String] = [
        "Product demo", "Quarterly business review", "Kick-off meeting", "Contract review", "Onboarding session",
        "Executive sponsor sync",
    ]

    static let meetingLocations = ["Zoom", "Google Meet", "Microsoft Teams", "Customer office", "Our office"]

    static let taskSubjects: [String] = [
        "Send proposal to {name}", "Call {name} back", "Prepare QBR deck", "Update contract terms",
        "Follow up on invoice", "Schedule demo with {name}", "Review support ticket", "Send welcome pack",
    ]
}
