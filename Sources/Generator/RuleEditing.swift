import Extractor

/// A field of a rule set by hand (`herald drafts edit ID --set field=value`) could not be set.
public struct RuleEditError: Error, Equatable, CustomStringConvertible {
    public var description: String

    public init(description: String) {
        self.description = description
    }
}

extension Rule {
    /// The fields a reviewer may set.
    public static let editableFields = [
        "id", "title", "action", "subjects", "jurisdiction", "issuer", "effective", "enforcement", "status",
    ]

    /// Sets a field from text: `subjects` takes a comma-separated list, optional fields take an empty value or
    /// `null` to clear them, and vocabularies are checked.
    public mutating func set(_ field: String, to text: String) throws {
        let value = text.trimmingCharacters(in: .whitespaces)
        let cleared = value.isEmpty || value == "null" || value == "~"
        switch field {
        case "id":
            guard !value.isEmpty, value.allSatisfy({ ($0.isASCII && ($0.isLowercase || $0.isNumber)) || $0 == "-" }),
                  slug(value) == value else {
                throw RuleEditError(description: "id must be lower-case words joined by hyphens, not '\(value)'")
            }
            id = value
        case "title":
            guard !value.isEmpty else { throw RuleEditError(description: "title cannot be empty") }
            title = value
        case "action":
            action = try Self.parse(value, field: field)
        case "status":
            status = try Self.parse(value, field: field)
        case "subjects":
            subjects = try value.split(separator: ",").map {
                try Self.parse($0.trimmingCharacters(in: .whitespaces), field: field)
            }
        case "jurisdiction":
            jurisdiction = cleared ? nil : value.uppercased()
        case "issuer":
            issuer = cleared ? nil : value
        case "effective", "enforcement":
            let date = cleared ? nil : value
            if let date, !Self.isISOValue(date) {
                throw RuleEditError(description: "\(field) must be an ISO value such as 2031-10-08, 2031-10 or 2031-Q4")
            }
            if field == "effective" { effective = date } else { enforcement = date }
        default:
            throw RuleEditError(description: "no field '\(field)'; one of \(Self.editableFields.joined(separator: ", "))")
        }
    }

    /// Sets the fields a draft's differences name to their new values.
    public mutating func apply(_ changes: [FieldChange]) throws {
        for change in changes {
            try set(change.field, to: change.to ?? "")
        }
    }

    private static func parse<Value: RawRepresentable & CaseIterable>(_ text: String, field: String) throws -> Value
    where Value.RawValue == String {
        guard let value = Value(rawValue: text) else {
            let allowed = Value.allCases.map(\.rawValue).joined(separator: ", ")
            throw RuleEditError(description: "\(field) '\(text)' is not one of \(allowed)")
        }
        return value
    }

    /// `YYYY`, `YYYY-MM`, `YYYY-MM-DD`, `YYYY-Www` or `YYYY-Qn`.
    static func isISOValue(_ text: String) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false).map(String.init)
        guard let year = parts.first, year.count == 4, Int(year) != nil else { return false }
        switch parts.count {
        case 1:
            return true
        case 2 where parts[1].hasPrefix("W"):
            return Int(parts[1].dropFirst()).map { (1...53).contains($0) } == true && parts[1].count == 3
        case 2 where parts[1].hasPrefix("Q"):
            return Int(parts[1].dropFirst()).map { (1...4).contains($0) } == true && parts[1].count == 2
        case 2:
            return parts[1].count == 2 && Int(parts[1]).map { (1...12).contains($0) } == true
        case 3:
            return CalendarDay(iso: text) != nil
        default:
            return false
        }
    }
}
