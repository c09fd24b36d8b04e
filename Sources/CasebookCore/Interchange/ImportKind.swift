import Foundation

/// The kinds of record a file can import, each with the columns of its `add` command.
public enum ImportKind: String, CaseIterable, Sendable, Codable {
    case witnesses, testimonies, incidents, actors, links, evidence, attacks

    /// Every column the kind accepts, in the order the README documents them.
    public var columns: [String] {
        switch self {
        case .witnesses:
            ["external_id", "pseudonym", "sex", "birth_year", "origin", "left", "consent", "risk_notes", "name", "other_names", "contact", "born", "identity_notes"]
        case .testimonies: ["external_id", "witness", "date", "interviewer", "place", "language", "summary", "reliability"]
        case .incidents:
            ["external_id", "title", "date", "place", "country", "latitude", "longitude", "victims", "victims_estimated", "victim_group", "description"]
        case .actors: ["external_id", "name", "kind", "position", "superior", "from", "to", "aliases", "nationality"]
        case .links: ["source", "incident", "crime", "element", "actor", "mode", "pinpoint", "note"]
        case .evidence: ["external_id", "path", "kind", "description", "source", "acquired_by", "acquired_at"]
        case .attacks: ["title", "period", "population", "policy", "widespread", "systematic", "description", "incidents", "allegations", "sources"]
        }
    }

    /// The columns every file of the kind must have.
    public var required: [String] {
        switch self {
        case .witnesses: ["pseudonym"]
        case .testimonies: ["witness", "date"]
        case .incidents: ["title", "date"]
        case .actors: ["name", "kind"]
        case .links: ["source", "incident", "crime"]
        case .evidence: ["path"]
        case .attacks: ["title"]
        }
    }

    /// The record kind whose external ids the rows carry (links carry none).
    var recordKind: RecordKind? {
        switch self {
        case .witnesses: .witness
        case .testimonies: .testimony
        case .incidents: .incident
        case .actors: .actor
        case .evidence: .evidence
        case .links: nil
        case .attacks: .attack
        }
    }

    /// The kind a file name announces (`incidents.csv`, `2024-witnesses.csv`, `Actor list.csv`).
    init?(fileName path: String) {
        let stem = ((path as NSString).lastPathComponent as NSString).deletingPathExtension.lowercased()
        let words = stem.split { !$0.isLetter }.map(String.init)
        let singular: [String: ImportKind] = [
            "witness": .witnesses, "testimony": .testimonies, "incident": .incidents, "actor": .actors, "link": .links, "attack": .attacks,
        ]
        for word in words {
            if let kind = ImportKind(rawValue: word) ?? singular[word] {
                self = kind
                return
            }
        }
        return nil
    }
}
