import HubSpot

// Deals, tickets, products and line items.
extension PropertyCatalog {
    static var dealProperties: [PropertyDefinition] {
        let group = "dealinformation"
        return [
            property("dealname", "Deal Name", .text, group: group, description: "The name given to this deal."),
            property("amount", "Amount", .number, group: group, description: "The total amount of the deal"),
            // A custom unique identifier, as integrations create one (`hasUniqueValue`), for upserts by idProperty.
            property(
                "deal_reference", "Deal reference", .text, group: group,
                description: "An external system's unique reference for the deal.", unique: true),
            property(
                "pipeline", "Pipeline", .select, group: group,
                options: [(PipelineCatalog.dealPipelineLabel, PipelineCatalog.dealPipelineID)],
                description: "The pipeline the deal is in."),
            property(
                "dealstage", "Deal Stage", .radio, group: group,
                options: PipelineCatalog.dealStages.map { ($0.label, $0.id) },
                description: "The stage of the deal."),
            property(
                "closedate", "Close Date", .datetime, group: group,
                description: "Date the deal was closed. Set automatically by HubSpot."),
            property(
                "dealtype", "Deal Type", .radio, group: group,
                options: [("New Business", "newbusiness"), ("Existing Business", "existingbusiness")],
                description: "The type of deal."),
            property(
                "description", "Deal Description", .textarea, group: group,
                description: "Description of the deal"),
            ownerProperty(group: group),
            property(
                "hs_priority", "Priority", .select, group: group,
                options: [("Low", "low"), ("Medium", "medium"), ("High", "high")]),
            property(
                "hs_deal_stage_probability", "Deal probability", .number, group: group,
                description: "The probability a deal will close, based on its stage.", calculated: true),
            property(
                "hs_is_closed_won", "Is Closed Won", .bool, group: group,
                description: "True if the deal is in a closed won stage.", calculated: true),
            property(
                "num_associated_contacts", "Number of Associated Contacts", .number, group: group,
                description: "The number of contacts associated with this deal", calculated: true),
        ]
    }

    static var ticketProperties: [PropertyDefinition] {
        let group = "ticketinformation"
        return [
            property("subject", "Ticket name", .text, group: group, description: "Short summary of ticket"),
            property(
                "content", "Ticket description", .textarea, group: group, description: "Text in body of the ticket"),
            property(
                "hs_pipeline", "Pipeline", .select, group: group,
                options: [(PipelineCatalog.ticketPipelineLabel, PipelineCatalog.ticketPipelineID)],
                description: "The pipeline that contains this ticket"),
            property(
                "hs_pipeline_stage", "Ticket status", .select, group: group,
                options: PipelineCatalog.ticketStages.map { ($0.label, $0.id) },
                description: "The pipeline stage that contains this ticket"),
            property(
                "hs_ticket_priority", "Priority", .select, group: group,
                options: [("Low", "LOW"), ("Medium", "MEDIUM"), ("High", "HIGH")],
                description: "The level of attention needed on the ticket"),
            property(
                "hs_ticket_category", "Category", .checkbox, group: group,
                options: [
                    ("Product issue", "PRODUCT_ISSUE"), ("Billing issue", "BILLING_ISSUE"),
                    ("Feature request", "FEATURE_REQUEST"), ("General inquiry", "GENERAL_INQUIRY"),
                ],
                description: "The main reason customer reached out for help"),
            property(
                "source_type", "Source", .select, group: group,
                options: [("Chat", "CHAT"), ("Email", "EMAIL"), ("Form", "FORM"), ("Phone", "PHONE")],
                description: "Channel where ticket was originally submitted"),
            ownerProperty(group: group),
            property(
                "closed_date", "Close date", .datetime, group: group,
                description: "The date this ticket was closed", readOnly: true),
        ]
    }

    static var productProperties: [PropertyDefinition] {
        let group = "productinformation"
        return [
            property("name", "Name", .text, group: group, description: "Product name"),
            property("description", "Description", .textarea, group: group, description: "Full description of product"),
            property("price", "Unit price", .number, group: group, description: "Cost of product"),
            property("hs_sku", "SKU", .text, group: group, description: "Unique product identifier"),
            property(
                "hs_cost_of_goods_sold", "Unit cost", .number, group: group,
                description: "The amount that sold goods cost the HubSpot customer."),
            property(
                "recurringbillingfrequency", "Billing frequency", .select, group: group,
                options: [("Monthly", "monthly"), ("Quarterly", "quarterly"), ("Annually", "annually")],
                description: "How often a line item with this product should be billed"),
            property("hs_folder", "Folder", .text, group: group, description: "The product folder"),
        ]
    }

    static var lineItemProperties: [PropertyDefinition] {
        let group = "lineiteminformation"
        return [
            property("name", "Name", .text, group: group, description: "Product name"),
            property(
                "quantity", "Quantity", .number, group: group,
                description: "How many units of a product are in this line item"),
            property("price", "Unit price", .number, group: group, description: "The price per unit"),
            property(
                "amount", "Net price", .number, group: group,
                description: "The amount of a line item", calculated: true),
            property(
                "hs_product_id", "Product ID", .number, group: group,
                description: "ID of the product this was copied from"),
            property("hs_sku", "SKU", .text, group: group, description: "Unique product identifier"),
            property(
                "recurringbillingfrequency", "Billing frequency", .select, group: group,
                options: [("Monthly", "monthly"), ("Quarterly", "quarterly"), ("Annually", "annually")]),
        ]
    }
}
