import Foundation

// Rules on dates and datetimes: the earliest and latest allowed.
extension ValidationRuleEvaluator {
    /// START_DATE / END_DATE `[day]`, START_DATETIME / END_DATETIME `[instant]`: inclusive bounds, each given in
    /// any form a date property takes (`2026-01-31`, ISO 8601, milliseconds).
    static func dateBound(_ value: String, _ type: ValidationRuleType, _ arguments: [String]) -> Check {
        guard let text = arguments.first.map(trimmed), let limit = HubSpotTimestamp.parsePropertyValue(text),
            let date = HubSpotTimestamp.parsePropertyValue(value)
        else { return .unknown }
        let isDay = type == .startDate || type == .endDate
        let shown = isDay ? String(HubSpotTimestamp.format(limit).prefix(10)) : HubSpotTimestamp.format(limit)
        if type == .startDate || type == .startDatetime {
            return date >= limit ? .pass : .fail("must be on or after \(shown)")
        }
        return date <= limit ? .pass : .fail("must be on or before \(shown)")
    }
}
