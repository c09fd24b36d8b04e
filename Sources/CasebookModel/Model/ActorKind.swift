import Foundation

/// Whether an actor is a natural person or an institution or unit.
public enum ActorKind: String, CaseIterable, Sendable, Codable {
    case person
    case institution

    /// Parses `person` or `institution`.
    public static func parse(_ text: String) throws(RecordError) -> ActorKind {
        guard let kind = ActorKind(rawValue: text.trimmingCharacters(in: .whitespaces).lowercased()) else {
            throw .invalidValue(field: "actor kind", value: text, accepted: "write person or institution")
        }
        return kind
    }
}
