import Browser
import HubSpot
import Testing

@Suite("Typed values are checked before anything is staged")
struct PropertyInputTests {
    private static let amount = PropertyDefinition(
        name: "amount", label: "Amount", type: "number", fieldType: "number", groupName: "deal")
    private static let notes = PropertyDefinition(
        name: "notes", label: "Notes", type: "string", fieldType: "textarea", groupName: "deal")

    @Test("numbers in decimal notation are taken as typed", arguments: ["12", "-12.75", "+3", ".5", "1e3", "2.5E-2"])
    func decimals(text: String) {
        #expect(PropertyInput.parse(text, for: Self.amount) == .success(text))
    }

    @Test(
        "what Double reads but is no number a person types is refused, naming the value (issue 15, item 10)",
        arguments: ["0x1p3", "inf", "nan", "1_000", "12abc", "1.2.3"])
    func notDecimals(text: String) {
        #expect(
            PropertyInput.parse(text, for: Self.amount)
                == .failure(InputError("Amount takes a number, not \"\(text)\"")))
    }

    @Test("a value longer than HubSpot's 65,536 characters is refused before it is sent")
    func tooLong() {
        let long = String(repeating: "x", count: 100_000)
        #expect(
            PropertyInput.parse(long, for: Self.notes)
                == .failure(InputError("Notes is 100000 characters long; HubSpot takes at most 65536")))
        let longest = String(repeating: "x", count: PropertyInput.maximumLength)
        #expect(PropertyInput.parse(longest, for: Self.notes) == .success(longest))
    }
}
