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
    /// An enforced disappearance begun before entry into force whose refusal to give information
    /// went on after it: a route can be argued for the later part, but it is contested (art. 11;
    /// Elements of Crimes, art. 7(1)(i), footnote 24).
    case arguable = "arguable (continuing refusal)"
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
    /// For a continuing incident, its period split at every entry into force, each part with its
    /// route and whether it is within the Court's temporal jurisdiction; nil for one that is not.
    public let continuing: ContinuingJurisdiction?
    /// The places of the incident's parts beside its country (`--also-in`), each judged under
    /// art. 12(2)(a); empty when none is recorded.
    public let parts: [PartJurisdiction]

    private enum CodingKeys: String, CodingKey {
        case incident, date, country, route, reason, splitDates, temporal, territorial, personal, continuing, parts
    }

    /// Writes every key, `continuing` as null when the incident is not continuing, so the JSON
    /// contract of `casebook jurisdiction --json` always has the same keys.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(incident, forKey: .incident)
        try container.encode(date, forKey: .date)
        try container.encodeIfPresent(country, forKey: .country)
        try container.encode(route, forKey: .route)
        try container.encode(reason, forKey: .reason)
        try container.encode(splitDates, forKey: .splitDates)
        try container.encode(temporal, forKey: .temporal)
        try container.encode(territorial, forKey: .territorial)
        try container.encode(personal, forKey: .personal)
        if let continuing {
            try container.encode(continuing, forKey: .continuing)
        } else {
            try container.encodeNil(forKey: .continuing)
        }
        try container.encode(parts, forKey: .parts)
    }
}

/// A continuing incident's period as the assessment splits it.
public struct ContinuingJurisdiction: Hashable, Codable, Sendable {
    /// `ongoing`, or the end date as recorded.
    public let end: String
    /// The period cut at every day on which the answer changes, in order.
    public let periods: [JurisdictionPeriod]
}

/// One stretch of a continuing incident over which the route does not change.
public struct JurisdictionPeriod: Hashable, Codable, Sendable {
    public let from: CalendarDay
    /// The last day; nil for the last stretch of an incident still going on.
    public let to: CalendarDay?
    public let route: JurisdictionRoute
    /// Whether this stretch is within the Court's temporal jurisdiction (on or after entry into force).
    public let within: Bool
    public let reason: String
}

/// One recorded part of an incident in another State, judged under art. 12(2)(a).
public struct PartJurisdiction: Hashable, Codable, Sendable {
    /// The State's code, as recorded.
    public let country: String
    /// When the part took place, as recorded; nil when it shares the incident's date.
    public let date: String?
    /// Whether this part, on its own, meets art. 12(2)(a).
    public let status: JurisdictionStatus
    public let reason: String
}
