import Foundation
import HubSpot

// The demo portal's custom object: "cars", associated with contacts and companies.
extension DemoPortalBuilder {
    /// The type number of HubSpot's documentation example (`2-3465404`).
    static let carsTypeNumber = 3_465_404
    /// How many cars the demo holds.
    static let carCount = 25

    /// The schema the demo defines for cars.
    static let carsSchema = ObjectSchemaInput(
        name: "cars", labels: ObjectSchemaLabels(singular: "Car", plural: "Cars"),
        properties: [
            .init(name: "vin", label: "VIN", hasUniqueValue: true),
            .init(name: "year", label: "Year", type: "number", fieldType: "number"),
            .init(name: "make", label: "Make"),
            .init(name: "model", label: "Model"),
            .init(name: "price", label: "Price", type: "number", fieldType: "number"),
        ],
        requiredProperties: ["vin", "model"], associatedObjects: ["0-1", "0-2"], primaryDisplayProperty: "model",
        secondaryDisplayProperties: ["make", "year"], searchableProperties: ["vin", "model", "make"],
        description: "Cars the dealership sells and services.")

    mutating func addCars() {
        let defined = Self.referenceDate.addingTimeInterval(-400 * Self.day)
        guard let schema = try? state.createSchema(Self.carsSchema, at: defined, typeNumber: Self.carsTypeNumber),
            !contacts.isEmpty
        else { return }
        let models: [(String, String, Int)] = [
            ("Toyota", "Corolla", 21_000), ("Honda", "Civic", 23_000), ("Ford", "Mustang", 38_000),
            ("Volkswagen", "Golf", 26_000), ("Tesla", "Model 3", 41_000), ("BMW", "i4", 52_000),
            ("Volvo", "XC40", 39_000), ("Kia", "EV6", 44_000), ("Škoda", "Octavia", 27_000),
        ]
        let dates = creationDates(count: Self.carCount, days: 300)
        for index in 0..<Self.carCount {
            let (make, model, price) = random.pick(models)
            let year = random.int(in: 2016...2026)
            let vin = String(format: "1HGBH41JXMN%06d", 109_186 + index * 37)
            let record = state.insert(
                typeID: schema.objectTypeId,
                properties: [
                    "vin": vin, "year": String(year), "make": make, "model": model,
                    "price": String(price - random.int(in: 0...40) * 100),
                ],
                createdAt: dates[index], updatedAt: modifiedDate(after: dates[index]))
            let contact = contacts[random.index(contacts.count)]
            state.associate(
                RecordKey(typeID: schema.objectTypeId, id: String(record.id)),
                RecordKey(typeID: "0-1", id: contact.id))
        }
    }
}
