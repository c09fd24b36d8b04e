/// The identity fields kept sealed, by the name used on the command line and in the database.
public enum IdentityField: String, CaseIterable, Sendable, Codable {
    case name
    case otherNames = "other-names"
    case contact
    case born
    case notes
    /// Risks to the witness or their family ("mother still in Hoeryong"): they identify a person
    /// as surely as a name, so they are sealed too.
    case riskNotes = "risk-notes"

    /// The field in the users' words, for messages (never with its value).
    public var label: String {
        switch self {
        case .name: "real name"
        case .otherNames: "other names"
        case .contact: "contact details"
        case .born: "exact date of birth"
        case .notes: "identifying notes"
        case .riskNotes: "risk notes"
        }
    }

    /// "was" or "were", to go with `label` in a sentence.
    public var verb: String { self == .name || self == .born ? "was" : "were" }
}
