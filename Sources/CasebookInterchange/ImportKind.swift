import CasebookCore
import CasebookModel
import CasebookStore
import Foundation

/// The kinds of record a file can import, each with the columns of its `add` command.
public enum ImportKind: String, CaseIterable, Sendable, Codable {
    case witnesses, testimonies, incidents, actors, links, evidence, attacks
    /// The recommendations register, its assessments, and the team's own recommendations (issue 14).
    case recommendations, assessments
    case ourRecommendations = "our-recommendations"

    /// Every column the kind accepts. Those of records that can be updated come from
    /// `RecordFields`, which `update` and the history share.
    public var columns: [String] {
        switch self {
        case .witnesses: RecordFields.importColumns(of: .witness)
        case .testimonies: RecordFields.importColumns(of: .testimony)
        case .incidents: RecordFields.importColumns(of: .incident)
        case .actors: RecordFields.importColumns(of: .actor)
        case .links:
            [
                "source", "incident", "crime", "element", "actor", "mode", "pinpoint", "note", "extract", "basis", "credibility",
                "argument",
            ]
        case .evidence:
            [
                "external_id", "path", "kind", "description", "source", "acquired_by", "acquired_at", "transcript_of",
                "reliability", "reliability_note", "provided_by", "derived_from",
            ]
        case .attacks:
            [
                "title", "period", "population", "policy", "widespread", "systematic", "description", "incidents", "allegations",
                "sources",
            ]
        case .recommendations:
            ["source", "number", "state", "text", "response", "themes", "note", "state_under_review", "cycle", "date_made"]
        case .assessments: ["source", "number", "status", "date", "note", "cite", "context"]
        case .ourRecommendations: ["text", "theme", "follows_source", "follows_number", "state_under_review"]
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
        case .recommendations: ["source", "number", "state", "text", "response", "themes"]
        case .assessments: ["source", "number", "status"]
        case .ourRecommendations: ["text", "theme"]
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
        case .recommendations, .assessments, .ourRecommendations: nil
        }
    }

    /// The kind a file name announces (`incidents.csv`, `2024-witnesses.csv`, `Actor list.csv`).
    init?(fileName path: String) {
        let stem = ((path as NSString).lastPathComponent as NSString).deletingPathExtension.lowercased()
        let words = stem.split { !$0.isLetter }.map(String.init)
        if let our = words.firstIndex(of: "our"), words.dropFirst(our + 1).first?.hasPrefix("recommendation") == true {
            self = .ourRecommendations
            return
        }
        let singular: [String: ImportKind] = [
            "witness": .witnesses, "testimony": .testimonies, "incident": .incidents, "actor": .actors, "link": .links,
            "attack": .attacks,
            "recommendation": .recommendations, "assessment": .assessments,
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
