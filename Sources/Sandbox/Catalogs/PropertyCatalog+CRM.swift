import HubSpot

// Contacts and companies.
extension PropertyCatalog {
    static let lifecycleStages: [(String, String)] = [
        ("Subscriber", "subscriber"), ("Lead", "lead"), ("Marketing Qualified Lead", "marketingqualifiedlead"),
        ("Sales Qualified Lead", "salesqualifiedlead"), ("Opportunity", "opportunity"), ("Customer", "customer"),
        ("Evangelist", "evangelist"), ("Other", "other"),
    ]

    static let leadStatuses: [(String, String)] = [
        ("New", "NEW"), ("Open", "OPEN"), ("In Progress", "IN_PROGRESS"), ("Open Deal", "OPEN_DEAL"),
        ("Unqualified", "UNQUALIFIED"), ("Attempted to Contact", "ATTEMPTED_TO_CONTACT"),
        ("Connected", "CONNECTED"), ("Bad Timing", "BAD_TIMING"),
    ]

    static let industries: [(String, String)] = [
        ("Computer Software", "COMPUTER_SOFTWARE"),
        ("Information Technology and Services", "INFORMATION_TECHNOLOGY_AND_SERVICES"),
        ("Financial Services", "FINANCIAL_SERVICES"), ("Hospital & Health Care", "HOSPITAL_HEALTH_CARE"),
        ("Retail", "RETAIL"), ("Marketing and Advertising", "MARKETING_AND_ADVERTISING"),
        ("Logistics and Supply Chain", "LOGISTICS_AND_SUPPLY_CHAIN"),
        ("Renewables & Environment", "RENEWABLES_ENVIRONMENT"),
        ("Education Management", "EDUCATION_MANAGEMENT"), ("Food & Beverages", "FOOD_BEVERAGES"),
        ("Aviation & Aerospace", "AVIATION_AEROSPACE"), ("Telecommunications", "TELECOMMUNICATIONS"),
        ("Construction", "CONSTRUCTION"), ("Hospitality", "HOSPITALITY"),
    ]

    static let companyTypes: [(String, String)] = [
        ("Prospect", "PROSPECT"), ("Partner", "PARTNER"), ("Reseller", "RESELLER"), ("Vendor", "VENDOR"),
        ("Other", "OTHER"),
    ]

    static var contactProperties: [PropertyDefinition] {
        let group = "contactinformation"
        return [
            property("firstname", "First Name", .text, group: group, description: "A contact's first name"),
            property("lastname", "Last Name", .text, group: group, description: "A contact's last name"),
            property("email", "Email", .text, group: group, description: "A contact's email address", unique: true),
            property("phone", "Phone Number", .phone, group: group, description: "A contact's primary phone number"),
            property(
                "mobilephone", "Mobile Phone Number", .phone, group: group,
                description: "A contact's mobile phone number"),
            property("jobtitle", "Job Title", .text, group: group, description: "A contact's job title"),
            property(
                "company", "Company Name", .text, group: group,
                description: "Name of the contact's company. This is set independently of the company record."),
            property("city", "City", .text, group: group, description: "A contact's city of residence"),
            property("country", "Country/Region", .text, group: group, description: "The contact's country/region"),
            property(
                "lifecyclestage", "Lifecycle Stage", .radio, group: group, options: lifecycleStages,
                description: "The qualification of contacts to sales readiness."),
            property(
                "hs_lead_status", "Lead Status", .radio, group: "sales_properties", options: leadStatuses,
                description: "The contact's sales, prospecting or outreach status"),
            ownerProperty(group: group),
            property(
                "associatedcompanyid", "Primary Associated Company ID", .number, group: group,
                description: "HubSpot defined ID of a contact's primary associated company.", readOnly: true),
            property(
                "hs_email_optout", "Unsubscribed from all email", .bool, group: "emailinformation",
                description: "Indicates that the contact has opted out of all email."),
            property(
                "num_associated_deals", "Associated Deals", .number, group: "deal_information",
                description: "Count of deals associated with this contact.", calculated: true),
            property(
                "notes_last_updated", "Last Activity Date", .datetime, group: "contact_activity",
                description: "The last time a note, call, email, meeting, or task was logged for a contact.",
                readOnly: true),
        ]
    }

    static var companyProperties: [PropertyDefinition] {
        let group = "companyinformation"
        return [
            property("name", "Company name", .text, group: group, description: "The name of the company"),
            property(
                "domain", "Company Domain Name", .text, group: group,
                description: "The domain name of the company"),
            property(
                "industry", "Industry", .select, group: group, options: industries,
                description: "The type of business the company performs"),
            property(
                "type", "Type", .select, group: group, options: companyTypes,
                description: "The optional classification of this company record"),
            property("phone", "Phone Number", .phone, group: group, description: "A company's primary phone number"),
            property("city", "City", .text, group: group, description: "The city where the company is located"),
            property(
                "state", "State/Region", .text, group: group,
                description: "The state or region in which the company is located"),
            property(
                "country", "Country/Region", .text, group: group,
                description: "The country/region in which the company is located"),
            property(
                "numberofemployees", "Number of Employees", .number, group: group,
                description: "The total number of employees who work for the company"),
            property(
                "annualrevenue", "Annual Revenue", .number, group: group,
                description: "The actual or estimated annual revenue of the company"),
            property(
                "lifecyclestage", "Lifecycle Stage", .radio, group: group, options: lifecycleStages,
                description: "The qualification of companies to sales readiness."),
            property(
                "description", "Description", .textarea, group: group,
                description: "A short statement about the company's mission and goals."),
            property(
                "founded_year", "Year Founded", .text, group: group,
                description: "The year the company was created."),
            ownerProperty(group: group),
            property(
                "num_associated_contacts", "Number of Associated Contacts", .number, group: group,
                description: "The number of contacts associated with this company", calculated: true),
            property(
                "num_associated_deals", "Number of Associated Deals", .number, group: "deal_information",
                description: "The number of deals associated with this company", calculated: true),
        ]
    }
}
