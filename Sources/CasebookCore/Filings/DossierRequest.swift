import CasebookModel
import CasebookStore
import Foundation

/// What part of the case a dossier covers, and the date it speaks as of.
public struct DossierRequest: Sendable {
    /// A perpetrator-centred dossier: only allegations attributed to this actor.
    public var actor: RecordID?
    /// Only allegations of this crime (a key from the taxonomy, such as `imprisonment`).
    public var crime: String?
    /// Only incidents that overlap this period (dates as precise as known: `2010`, `2010-07`, `2010-07-04`).
    public var from: String?
    public var to: String?
    /// The dossier's date (YYYY-MM-DD); nothing in the dossier depends on the clock.
    public var asOf: String
    /// The incidents the gravity figures count: nil for the default (the proprio motu route when
    /// any incident qualifies for it, else all).
    public var scope: DossierScope? = nil

    public init(actor: RecordID? = nil, crime: String? = nil, from: String? = nil, to: String? = nil, asOf: String) {
        self.actor = actor
        self.crime = crime
        self.from = from
        self.to = to
        self.asOf = asOf
    }

    /// The scope in words for the cover page, or nil for the whole case.
    func scopeDescription(actorName: String?, crimeName: String?) -> String? {
        var parts: [String] = []
        if let actor, let actorName { parts.append("allegations against \(actorName) (\(actor))") }
        if let crimeName { parts.append("\(crimeName) only") }
        switch (from, to) {
        case (let from?, let to?): parts.append("incidents between \(from) and \(to)")
        case (let from?, nil): parts.append("incidents from \(from)")
        case (nil, let to?): parts.append("incidents up to \(to)")
        case (nil, nil): break
        }
        return parts.isEmpty ? nil : "Limited to " + parts.joined(separator: "; ") + "."
    }
}

/// Which incidents a dossier's gravity figures count, by the route to the Court it asks for.
public enum DossierScope: String, Sendable, CaseIterable, Codable {
    /// Only the incidents the Prosecutor could take up without a Security Council referral: a State
    /// Party's territory or nationality (art. 12(2)) or a declaration (art. 12(3)), under art. 15.
    case proprioMotu = "proprio-motu"
    /// Every incident, whatever its route.
    case all

    /// The routes on which the Prosecutor may act on her own initiative (art. 15).
    public static let proprioMotuRoutes: Set<JurisdictionRoute> = [.statesParty, .declaration]
}

/// Why a dossier could not be built or written. Each names the thing and the problem; the command
/// line adds what to type next.
public enum DossierError: CasebookFailure, Equatable {
    /// The case has no allegation at all.
    case noAllegations
    /// The filters left nothing: the scope in words.
    case nothingMatches(String)
    /// `--from` is after `--to`.
    case reversedPeriod(from: String, to: String)
    /// A date that is not YYYY, YYYY-MM or YYYY-MM-DD for the start or the end of the period.
    case badDate(field: PeriodBound, value: String)
    /// The proprio motu scope asked for, and no incident the Prosecutor could take up on that route.
    case noIncidentProprioMotu(String)
    /// The integrity check found problems and the team did not accept writing anyway.
    case unverified(problems: Int, first: String)

    public var category: FailureCategory {
        switch self {
        case .unverified: .checkFailed
        default: .badInput
        }
    }

    public var description: String {
        switch self {
        case .noAllegations:
            "The case has no allegations yet, so there is nothing for a dossier to set out: record an incident and allege a crime first."
        case .nothingMatches(let scope):
            "No allegation matches: \(scope.dropLast()). Widen the selection, or check the actor, crime and dates."
        case .noIncidentProprioMotu(let scope):
            "No incident of the selection (\(scope.dropLast())) is one the Prosecutor could take up proprio motu: none is on the territory or by a national of a State Party (art. 12(2)) or under a declaration (art. 12(3)). Count every incident in the gravity figures instead, or widen the selection."
        case .reversedPeriod(let from, let to):
            "The start of the period (\(from)) is after its end (\(to))."
        case .badDate(let field, let value):
            "The \(field.rawValue) date of the period, \"\(value)\", is not a date: use YYYY, YYYY-MM or YYYY-MM-DD."
        case .unverified(let problems, let first):
            "The case's integrity check found \(problems) problem\(problems == 1 ? "" : "s") (first: \(first)), so the dossier was not written: its evidence cannot be vouched for."
        }
    }
}

/// The start or the end of a period.
public enum PeriodBound: String, Sendable, Equatable {
    case start, end
}
