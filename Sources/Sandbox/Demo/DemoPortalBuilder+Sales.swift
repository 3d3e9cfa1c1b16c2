import Foundation
import HubSpot

// Products, deals with their line items, and tickets.
extension DemoPortalBuilder {
    mutating func makeProducts() {
        let dates = creationDates(count: counts.products, days: 3 * 365)
        for index in 0..<counts.products {
            let base = DemoWords.products[index % DemoWords.products.count]
            let edition = index / DemoWords.products.count
            let name = edition == 0 ? base.name : "\(base.name) (v\(edition + 1))"
            let sku = "\(base.sku)-\(String(format: "%03d", index + 1))"
            var values: [String: String] = [
                "name": name, "price": String(base.price), "hs_sku": sku,
                "description": "\(name): part of the demo catalogue.",
                "hs_cost_of_goods_sold": DemoPortalBuilder.number(Double(base.price) * 0.35),
            ]
            if let billing = base.billing { values["recurringbillingfrequency"] = billing }
            let record = state.insert(
                typeID: "0-7", properties: values, createdAt: dates[index],
                updatedAt: modifiedDate(after: dates[index]))
            products.append((String(record.id), name, base.price, sku, base.billing))
        }
    }

    mutating func makeDeals() {
        let dates = creationDates(count: counts.deals, days: 540)
        let withContacts = companies.indices.filter { !companies[$0].contacts.isEmpty }
        guard !withContacts.isEmpty else { return }
        let stages = PipelineCatalog.dealStages
        for index in 0..<counts.deals {
            let company = random.pick(withContacts)
            let createdAt = dates[index]
            let stage = random.pick(weighted: [
                (stages[0], 4), (stages[1], 4), (stages[2], 3), (stages[3], 3),
                (stages[4], 2), (stages[5], 5), (stages[6], 3),
            ])
            let closeDate: Date
            if stage.isClosed {
                let room = max(Self.day, Self.referenceDate.timeIntervalSince(createdAt) - Self.day)
                closeDate = createdAt.addingTimeInterval(min(room, Double(random.int(in: 10...120)) * Self.day))
            } else {
                closeDate = Self.referenceDate.addingTimeInterval(Double(random.int(in: 5...150)) * Self.day)
            }
            let lineItems = random.chance(counts.dealsWithLineItems) ? random.int(in: 1...3) : 0
            let picks = (0..<lineItems).map { _ in (random.pick(products), random.pick([1, 1, 2, 3, 5, 10, 25])) }
            let amount =
                picks.isEmpty
                ? Double(random.int(in: 20...3000) * 50)
                : picks.reduce(0.0) { $0 + Double($1.0.price * $1.1) }
            let contactPool = companies[company].contacts
            let dealContacts = (0..<min(contactPool.count, random.int(in: 1...3))).map { _ in random.pick(contactPool) }
            let uniqueContacts = dealContacts.enumerated().filter {
                !dealContacts.prefix($0.offset).contains($0.element)
            }
            .map(\.element)
            var values: [String: String] = [
                "dealname": "\(companies[company].name) – \(random.pick(DemoWords.dealThemes))",
                "amount": Self.number(amount), "pipeline": PipelineCatalog.dealPipelineID, "dealstage": stage.id,
                "closedate": Self.timestamp(Self.wholeMilliseconds(closeDate)),
                "dealtype": random.chance(0.6) ? "newbusiness" : "existingbusiness",
                "hubspot_owner_id": companies[company].owner.id,
                "hs_priority": random.pick(["low", "medium", "medium", "high"]),
                "hs_deal_stage_probability": Self.number(stage.probability ?? 0),
                "hs_is_closed_won": stage.id == "closedwon" ? "true" : "false",
                "num_associated_contacts": String(uniqueContacts.count),
            ]
            if random.chance(0.3) {
                values["description"] =
                    "Opportunity sourced from \(random.pick(["a webinar", "a referral", "outbound", "the website"]))."
            }
            let deal = state.insert(
                typeID: "0-3", properties: values, createdAt: createdAt,
                updatedAt: modifiedDate(after: createdAt))
            let dealKey = RecordKey(typeID: "0-3", id: String(deal.id))
            state.associatePrimary(dealKey, RecordKey(typeID: "0-2", id: companies[company].id))
            for contact in uniqueContacts {
                state.associate(dealKey, RecordKey(typeID: "0-1", id: contacts[contact].id))
                contacts[contact].deals += 1
            }
            for (product, quantity) in picks {
                let lineItem = state.insert(
                    typeID: "0-8",
                    properties: [
                        "name": product.name, "quantity": String(quantity), "price": String(product.price),
                        "amount": String(product.price * quantity), "hs_product_id": product.id, "hs_sku": product.sku,
                        "recurringbillingfrequency": product.billing ?? "",
                    ].filter { !$0.value.isEmpty }, createdAt: createdAt)
                state.associate(dealKey, RecordKey(typeID: "0-8", id: String(lineItem.id)))
            }
            companies[company].deals.append(dealKey.id)
        }
    }

    mutating func makeTickets() {
        let dates = creationDates(count: counts.tickets, days: 365)
        let withContacts = companies.indices.filter { !companies[$0].contacts.isEmpty }
        guard !withContacts.isEmpty else { return }
        let stages = PipelineCatalog.ticketStages
        for index in 0..<counts.tickets {
            let company = random.pick(withContacts)
            let contact = random.pick(companies[company].contacts)
            let createdAt = dates[index]
            let stage = random.pick(weighted: [(stages[0], 3), (stages[1], 2), (stages[2], 2), (stages[3], 4)])
            var values: [String: String] = [
                "subject": random.pick(DemoWords.ticketSubjects), "content": random.pick(DemoWords.ticketBodies),
                "hs_pipeline": PipelineCatalog.ticketPipelineID, "hs_pipeline_stage": stage.id,
                "hs_ticket_priority": random.pick(weighted: [("LOW", 3), ("MEDIUM", 4), ("HIGH", 2)]),
                "hs_ticket_category": random.pick([
                    "PRODUCT_ISSUE", "BILLING_ISSUE", "FEATURE_REQUEST",
                    "GENERAL_INQUIRY",
                ]),
                "source_type": random.pick(["EMAIL", "CHAT", "PHONE", "FORM"]),
                "hubspot_owner_id": random.pick(SandboxOwner.demo).id,
            ]
            let updatedAt = modifiedDate(after: createdAt)
            if stage.isClosed { values["closed_date"] = Self.timestamp(updatedAt) }
            let ticket = state.insert(typeID: "0-5", properties: values, createdAt: createdAt, updatedAt: updatedAt)
            let ticketKey = RecordKey(typeID: "0-5", id: String(ticket.id))
            state.associate(ticketKey, RecordKey(typeID: "0-1", id: contacts[contact].id))
            state.associatePrimary(ticketKey, RecordKey(typeID: "0-2", id: companies[company].id))
            if !companies[company].deals.isEmpty, random.chance(0.25) {
                state.associate(RecordKey(typeID: "0-3", id: random.pick(companies[company].deals)), ticketKey)
            }
            contacts[contact].tickets.append(ticketKey.id)
        }
    }

    /// Counts HubSpot keeps on companies and contacts, set once every association exists.
    mutating func fillCalculatedCounts() {
        for company in companies {
            guard let id = UInt64(company.id) else { continue }
            state.setCalculated(
                typeID: "0-2", id: id,
                [
                    "num_associated_contacts": String(company.contacts.count),
                    "num_associated_deals": String(company.deals.count),
                ])
        }
        for contact in contacts {
            guard let id = UInt64(contact.id) else { continue }
            state.setCalculated(typeID: "0-1", id: id, ["num_associated_deals": String(contact.deals)])
        }
    }
}
