/// How the Court could come to have jurisdiction over an incident, in the words a referral uses.
///
/// Exactly one per incident, so a dossier can group incidents by the route a team must argue.
public enum JurisdictionRoute: String, Codable, CodingKeyRepresentable, CaseIterable, Sendable {
    /// The territorial or an attributed actor's nationality State was a party (art. 12(2)).
    case statesParty = "12(2)"
    /// The territorial State accepted jurisdiction by a declaration (art. 12(3)).
    case declaration = "12(3)"
    /// Only a Security Council referral could open it (art. 13(b)).
    case securityCouncil = "13(b)"
    /// Before 1 July 2002: nothing can (art. 11(1)).
    case none
    /// The facts recorded do not settle it: the date straddles a boundary, or the country or an
    /// actor's nationality is missing.
    case uncertain
}

/// Whether one condition of jurisdiction is met.
public enum JurisdictionStatus: String, Codable, Sendable {
    case yes, no, uncertain
}

/// One condition's answer and the plain-English reason for it, citing the article.
public struct JurisdictionFinding: Hashable, Codable, Sendable {
    public let status: JurisdictionStatus
    public let reason: String

    public init(status: JurisdictionStatus, reason: String) {
        self.status = status
        self.reason = reason
    }
}

/// The jurisdiction assessment of one incident: the route and the three conditions behind it.
///
/// Its JSON is what `casebook jurisdiction --json` prints per incident, so its keys are part of
/// the command-line contract (`incident`, `route`, `temporal`, `territorial`, `personal`).
public struct IncidentJurisdiction: Hashable, Codable, Sendable {
    /// The incident's id, such as `I-3`.
    public let incident: String
    /// The incident's date as recorded (`2013-07`, `2012/2014`).
    public let date: String
    /// The country code as recorded, if any.
    public let country: String?
    public let route: JurisdictionRoute
    /// Why the route is what it is; for `uncertain`, what would settle it.
    public let reason: String
    /// The days inside the incident's date on which the route changes (empty unless straddling).
    public let splitDates: [CalendarDay]
    /// After 1 July 2002 (art. 11(1)), and the States' entry into force (art. 11(2)).
    public let temporal: JurisdictionFinding
    /// The place of the conduct: a State Party (art. 12(2)(a)) or a declaring State (art. 12(3)).
    public let territorial: JurisdictionFinding
    /// An attributed actor's nationality: a State Party (art. 12(2)(b)).
    public let personal: JurisdictionFinding
}
