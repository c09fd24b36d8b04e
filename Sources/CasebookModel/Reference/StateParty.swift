/// A State that has joined the Rome Statute, with the dates that decide when the Court may act
/// on its territory or its nationals (arts 11, 12(2), 126, 127).
///
/// Former parties stay in the list: crimes committed while they were parties remain within the
/// Court's jurisdiction (art. 127(2)), so the dates they joined and left still matter.
struct StateParty: Hashable, Sendable {
    /// ISO 3166-1 alpha-2 code.
    public let code: String
    /// The State's name as the UN depositary lists it.
    public let name: String
    /// When its instrument (ratification, accession, acceptance, succession) was deposited.
    public let deposited: CalendarDay
    /// When the Statute entered into force for it (art. 126): the first day it is a party.
    public let entryIntoForce: CalendarDay
    /// When it notified a withdrawal (art. 127(1)); set with no `withdrawalEffective` when the
    /// withdrawal was revoked before it took effect.
    public let withdrawalNotified: CalendarDay?
    /// The day its withdrawal took (or will take) effect: the first day it is no longer a party.
    public let withdrawalEffective: CalendarDay?

    public init(
        _ code: String, _ name: String, deposited: CalendarDay, inForce: CalendarDay,
        withdrawalNotified: CalendarDay? = nil, withdrawalEffective: CalendarDay? = nil
    ) {
        self.code = code
        self.name = name
        self.deposited = deposited
        self.entryIntoForce = inForce
        self.withdrawalNotified = withdrawalNotified
        self.withdrawalEffective = withdrawalEffective
    }

    /// Whether the State was a party on `day`: on or after entry into force, and before any
    /// withdrawal took effect.
    func isParty(on day: CalendarDay) -> Bool {
        day >= entryIntoForce && withdrawalEffective.map { day < $0 } ?? true
    }
}

/// A declaration by which a State not (yet) a party accepted the Court's jurisdiction for a
/// period (art. 12(3)), such as Ukraine's for 2014 onwards or Côte d'Ivoire's for 2002–2013.
///
/// Every declaration shipped covers conduct on the declaring State's territory, so Casebook
/// applies them to the place of an incident, not to actors' nationalities.
struct JurisdictionDeclaration: Hashable, Sendable {
    /// ISO 3166-1 alpha-2 code of the declaring State.
    public let code: String
    /// The State's name.
    public let name: String
    /// When the declaration was lodged with the Registrar.
    public let lodged: CalendarDay
    /// The days the declaration covers, first and last; nil for a declaration never given effect
    /// (Palestine's of 2009), which is listed only for completeness.
    public let covers: ClosedRange<CalendarDay>?

    public init(_ code: String, _ name: String, lodged: CalendarDay, from first: CalendarDay?, through last: CalendarDay?) {
        self.code = code
        self.name = name
        self.lodged = lodged
        if let first, let last, first <= last {
            covers = first...last
        } else {
            covers = nil
        }
    }

    /// "2014-02-20 to 2024-12-31", the period a reason quotes.
    var coverText: String {
        covers.map { "\($0.lowerBound) to \($0.upperBound)" } ?? "no period (never given effect)"
    }

    /// Whether the declaration covers `day`.
    public func covers(_ day: CalendarDay) -> Bool {
        covers?.contains(day) ?? false
    }
}
