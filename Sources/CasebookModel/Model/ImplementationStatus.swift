/// How far a recommendation was implemented, in the team's assessment.
///
/// It lives with the model so the store can read its column as this type, not as free text.
public enum ImplementationStatus: String, CaseIterable, Codable, Sendable {
    case notImplemented = "not-implemented"
    case partiallyImplemented = "partially-implemented"
    case implemented
    case unclear
}
