import HubSpot

/// How a property is edited, decided from its definition's `type` and `fieldType`.
public enum PropertyEditorKind: Sendable, Equatable {
    /// One line typed inline (text, phone, number, date, datetime), checked by ``PropertyInput``.
    case typed
    /// Many lines (textarea, html): typed inline, or in `$VISUAL`/`$EDITOR` with E.
    case longText
    /// A toggle between true and false.
    case toggle
    /// One of the property's options, from a pick list (labels shown, values sent).
    case select
    /// Any of the property's options, joined with `;`.
    case multiSelect
    /// An owner of the portal (`hubspot_owner_id`), from the owners API.
    case owner
    /// A pipeline; the stage must then be one of its stages.
    case pipeline
    /// A stage of the record's pipeline.
    case stage
    /// Not editable, with the reason.
    case readOnly(String)

    /// Stage properties and the pipeline property that scopes each.
    static let pipelineOfStage = ["dealstage": "pipeline", "hs_pipeline_stage": "hs_pipeline"]

    /// The editor for `definition` (without one, plain text).
    public static func of(_ definition: PropertyDefinition?) -> PropertyEditorKind {
        guard let definition else { return .typed }
        if definition.calculated == true { return .readOnly("\(definition.label) is calculated by HubSpot") }
        if definition.modificationMetadata?.readOnlyValue == true {
            return .readOnly("\(definition.label) is read-only in HubSpot")
        }
        if definition.name == "hubspot_owner_id" || definition.referencedObjectType == "OWNER" { return .owner }
        if pipelineOfStage.values.contains(definition.name) { return .pipeline }
        if pipelineOfStage[definition.name] != nil { return .stage }
        switch (definition.type, definition.fieldType) {
        case ("bool", _), (_, "booleancheckbox"): return .toggle
        case ("enumeration", "checkbox") where !definition.options.isEmpty: return .multiSelect
        case ("enumeration", _) where !definition.options.isEmpty: return .select
        case (_, "textarea"), (_, "html"): return .longText
        default: return .typed
        }
    }
}
