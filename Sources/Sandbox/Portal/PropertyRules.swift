/// HubSpot's `PropertyCreate` enums and the combinations of them the sandbox accepts.
enum PropertyRules {
    /// `type` values.
    static let types: Set<String> = ["bool", "date", "datetime", "enumeration", "number", "phone_number", "string"]
    /// `fieldType` values.
    static let fieldTypes: Set<String> = [
        "booleancheckbox", "calculation_equation", "checkbox", "date", "file", "html", "number", "phonenumber",
        "radio", "select", "text", "textarea",
    ]

    /// 400 naming the field when `type` or `fieldType` is outside HubSpot's enums.
    static func validateTypes(type: String, fieldType: String) throws(SandboxAPIError) {
        guard types.contains(type) else {
            throw .validation(
                "type must be one of \(types.sorted().joined(separator: ", ")), but was '\(type)'",
                field: "type", code: "INVALID_ENUM")
        }
        guard fieldTypes.contains(fieldType) else {
            throw .validation(
                "fieldType must be one of \(fieldTypes.sorted().joined(separator: ", ")), but was '\(fieldType)'",
                field: "fieldType", code: "INVALID_ENUM")
        }
    }
}
