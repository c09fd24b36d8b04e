/// What the jurisdiction assessment needs to know about one incident: when, where, and who.
///
/// Kept free of the database so the law can be tested day by day on its own; the store builds
/// one of these per incident from the incident's date and country and the nationalities of the
/// actors its allegations are attributed to.
public struct JurisdictionFacts: Hashable, Sendable {
    /// The incident's id as people see it, such as `I-3`.
    public var incident: String
    /// When it happened: a day, a month, a year, or a range of them.
    public var date: DateSpan
    /// The ISO 3166-1 alpha-2 code of the country where the conduct took place, if recorded.
    public var country: String?
    /// The actors the incident's allegations are attributed to, with their nationalities.
    public var actors: [AttributedActor]
    /// For a continuing incident, how long it went on; nil for one that is not continuing.
    public var continuation: IncidentContinuation?
    /// The places of its parts beside its country, for partial territoriality (art. 12(2)(a)).
    public var parts: [IncidentPart]
    /// The crimes its allegations allege, by key (enforced disappearance has its own rule).
    public var crimes: [String]
    /// The periods of the attacks its allegations are linked to (footnote 24 asks when the attack was).
    public var attacks: [DateSpan]
    /// Its allegations one by one, for the rules that bind one crime only (footnote 24 binds
    /// enforced disappearance); when none are given, one unnamed allegation per crime in `crimes`,
    /// each linked to every attack in `attacks`.
    public var allegations: [JurisdictionAllegation]

    public init(
        incident: String, date: DateSpan, country: String?, actors: [AttributedActor] = [],
        continuation: IncidentContinuation? = nil, parts: [IncidentPart] = [], crimes: [String] = [], attacks: [DateSpan] = [],
        allegations: [JurisdictionAllegation] = []
    ) {
        self.incident = incident
        self.date = date
        self.country = country
        self.actors = actors
        self.continuation = continuation
        self.parts = parts
        self.crimes = crimes
        self.attacks = attacks
        self.allegations =
            allegations.isEmpty ? crimes.map { JurisdictionAllegation(id: nil, crime: $0, attacks: attacks) } : allegations
    }
}

/// One allegation on an incident, as far as the jurisdiction assessment needs it.
public struct JurisdictionAllegation: Hashable, Sendable {
    /// Its id as people see it, such as `AL-4`; nil when not known.
    public var id: String?
    /// The crime's key, such as `enforced-disappearance`.
    public var crime: String
    /// For enforced disappearance, the limb pleaded ("a" or "b"), if recorded.
    public var limb: String?
    /// Whether it is pleaded as an attempt (art. 25(3)(f)).
    public var attempted: Bool
    /// The periods of the attacks it is linked to.
    public var attacks: [DateSpan]
    /// For deportation, the State of destination recorded (ISO 3166-1 alpha-2), if any.
    public var destination: String?

    public init(
        id: String?, crime: String, limb: String? = nil, attempted: Bool = false, attacks: [DateSpan] = [],
        destination: String? = nil
    ) {
        self.id = id
        self.crime = crime
        self.limb = limb
        self.attempted = attempted
        self.attacks = attacks
        self.destination = destination
    }
}

/// An actor attributed to an incident, with the nationality that may found art. 12(2)(b).
public struct AttributedActor: Hashable, Sendable {
    /// The actor's id as people see it, such as `A-2`.
    public var actor: String
    /// The ISO 3166-1 alpha-2 code of the actor's nationality, if recorded.
    public var nationality: String?
    /// Whether the actor is an institution. The Court tries natural persons only (art. 25(1)), so
    /// an institution's recorded State cannot found art. 12(2)(b): that turns on the nationality
    /// of the persons who acted for it.
    public var isInstitution: Bool

    public init(actor: String, nationality: String?, isInstitution: Bool = false) {
        self.actor = actor
        self.nationality = nationality
        self.isInstitution = isInstitution
    }
}
