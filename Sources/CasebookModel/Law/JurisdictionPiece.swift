/// The law's answer for a stretch of days over which no State involved joins, leaves, or starts
/// or ends a declaration, so one day of it stands for all of them.
///
/// A range such as `2002/2004` is cut at every such boundary and each piece judged alone; the
/// pieces are then put back together by `Jurisdiction`, which says where they disagree.
struct JurisdictionPiece: Sendable {
    let days: ClosedRange<CalendarDay>
    let route: JurisdictionRoute
    let routeReason: String
    /// The day from which the Court's jurisdiction runs for the route: the entry into force for
    /// the State that carries it, a declaration's first day, or 1 July 2002.
    let since: CalendarDay
    let temporal: JurisdictionFinding
    let territorial: JurisdictionFinding
    let personal: JurisdictionFinding

    /// An incident's facts with its place and its actors' nationalities resolved to States.
    struct Context {
        let incident: String
        let place: JurisdictionState.Resolution
        /// The attributed natural persons, whose nationality may found art. 12(2)(b).
        let actors: [(actor: String, nationality: JurisdictionState.Resolution)]
        /// The attributed institutions, named so the reason can say why they found nothing.
        var institutions: [String] = []
        /// The places of the incident's other parts, with the days each is judged on (its own
        /// date, or nil for the day being judged).
        var parts: [(part: IncidentPart, state: JurisdictionState, days: ClosedRange<CalendarDay>?)] = []
        /// Whether the incident is continuing: its later days happen in its own country unless a
        /// dated part says otherwise, so a part counts only for the days of its own date.
        var continuing = false
        /// Whether the incident is still going on (accession could reach its later days).
        var ongoing = false
        /// The States recorded as a deportation's destination, where that crime was completed.
        var destinations: Set<String> = []

        /// Every State whose dates matter: the territorial State, the actors' nationalities and
        /// the States of the parts.
        var states: [JurisdictionState] {
            var seen: Set<String> = []
            let undated = parts.filter { continuing || $0.days == nil }.map(\.state)
            return ([place.state] + actors.map(\.nationality.state) + undated).compactMap { $0 }.filter {
                seen.insert($0.code).inserted
            }
        }

        /// What each part brings to art. 12(2)(a) (or 12(3)) on the stretch of days `days`: a
        /// part counts only when the Statute was in force for its State (or a declaration covered
        /// it) on the days it took place; a date that straddles that day, or a missing date on a
        /// continuing incident, leaves it uncertain.
        func partHits(on days: ClosedRange<CalendarDay>) -> [PartHit] {
            let day = days.lowerBound
            return parts.compactMap { entry -> PartHit? in
                let state = entry.state
                let destination = destinations.contains(state.code) && entry.part.date != nil
                func opens(_ probe: CalendarDay) -> Bool { state.isParty(on: probe) || state.declaration(covering: probe) != nil }
                guard let own = entry.days else {
                    guard opens(day) else { return nil }
                    if continuing { return PartHit(part: entry.part, state: state, status: .uncertain, route: .uncertain) }
                    return PartHit(
                        part: entry.part, state: state, status: .yes,
                        route: state.isParty(on: day) ? .statesParty : .declaration)
                }
                if continuing, !own.contains(day) { return nil }
                if state.isParty(on: own.lowerBound) && state.isParty(on: own.upperBound) {
                    return PartHit(part: entry.part, state: state, status: .yes, route: .statesParty, destination: destination)
                }
                if let declaration = state.declaration(covering: own.lowerBound), declaration.covers(own.upperBound) {
                    return PartHit(part: entry.part, state: state, status: .yes, route: .declaration)
                }
                let maybe = continuing ? opens(day) : opens(own.lowerBound) || opens(own.upperBound)
                return maybe ? PartHit(part: entry.part, state: state, status: .uncertain, route: .uncertain) : nil
            }
        }
    }

    /// A part of the incident and what it brings on a stretch of days.
    struct PartHit {
        let part: IncidentPart
        let state: JurisdictionState
        /// `yes` when it meets art. 12(2)(a) or 12(3); `uncertain` when its date does not settle it.
        let status: JurisdictionStatus
        /// `12(2)` or `12(3)` for a part that opens it; `uncertain` otherwise.
        let route: JurisdictionRoute
        /// Whether the part is a deportation's recorded destination.
        var destination = false

        /// "the part in Japan on 2008-03-10, a State Party since 2007-10-01".
        var words: String {
            if destination, let party = state.party {
                return
                    "the deportation's destination, \(state.name), where the crime was completed\(part.date.map { " " + JurisdictionPiece.onOrIn($0) } ?? ""), a State Party since \(party.entryIntoForce) (\(JurisdictionPiece.bangladeshMyanmar))"
            }
            let when = part.date.map { " \(JurisdictionPiece.onOrIn($0))" } ?? ""
            let standing: String
            if let party = state.party {
                standing = "a State Party since \(party.entryIntoForce)"
            } else if let declaration = state.declarations.first {
                standing =
                    "which accepted the Court's jurisdiction over crimes committed from \(declaration.coverText) (art. 12(3))"
            } else {
                standing = "not a State Party"
            }
            return "the part in \(state.name)\(when), \(standing)"
        }
    }

    /// "on 2008-03-10" for a day, "in 2008-03", "in 1995" or "in 2007/2009" for anything coarser.
    static func onOrIn(_ date: DateSpan) -> String {
        date.end == nil && date.start.day != nil ? "on \(date)" : "in \(date)"
    }

    init(days: ClosedRange<CalendarDay>, context: Context) {
        let day = days.lowerBound
        self.days = days
        let hits = context.partHits(on: days)
        temporal = Self.temporal(on: day, context)
        territorial = Self.territorial(on: day, context, hits: hits)
        personal = Self.personal(on: day, context)
        (route, routeReason) = Self.route(on: day, context, hits: hits, territorial: territorial, personal: personal)
        since = Self.since(route: route, on: day, context, hits: hits)
    }

    private static func since(route: JurisdictionRoute, on day: CalendarDay, _ context: Context, hits: [PartHit]) -> CalendarDay {
        var starts: [CalendarDay] = []
        switch route {
        case .statesParty:
            let states =
                [context.place.state] + hits.filter { $0.route == .statesParty }.map(\.state)
                + context.actors.map(\.nationality.state)
            starts = states.compactMap { state in
                guard let state, state.isParty(on: day) || hits.contains(where: { $0.state.code == state.code }) else { return nil }
                return state.party?.entryIntoForce
            }
        case .declaration:
            let states = [context.place.state] + hits.filter { $0.route == .declaration }.map(\.state)
            starts = states.compactMap {
                $0?.declarations.compactMap(\.covers).first { $0.contains(day) || $0.lowerBound <= day }?.lowerBound
            }
        default: break
        }
        return max(starts.min() ?? StatesParties.statuteInForce, StatesParties.statuteInForce)
    }

    private static func temporal(on day: CalendarDay, _ context: Context) -> JurisdictionFinding {
        guard day >= StatesParties.statuteInForce else {
            return .init(
                status: .no,
                reason:
                    "Before 1 July 2002, when the Rome Statute entered into force: the Court has no jurisdiction over anything earlier (art. 11(1))."
            )
        }
        let notes = context.states.compactMap { $0.temporalNote(on: day) }
        let detail = notes.isEmpty ? "" : "; " + notes.joined(separator: "; ")
        return .init(status: .yes, reason: "On or after 1 July 2002 (art. 11(1))\(detail).")
    }

    private static func territorial(on day: CalendarDay, _ context: Context, hits: [PartHit]) -> JurisdictionFinding {
        switch context.place {
        case .missing:
            return .init(
                status: .uncertain,
                reason:
                    "No country is recorded for \(context.incident), so art. 12(2)(a) cannot be judged: record where the conduct took place."
            )
        case .notACountry(let code):
            return .init(
                status: .uncertain,
                reason:
                    "'\(code)', recorded as the country of \(context.incident), is not an ISO 3166-1 country code, so art. 12(2)(a) cannot be judged. \(JurisdictionAdvice.countryCode)"
            )
        case .state(let state):
            if !state.isParty(on: day), let part = hits.first(where: { $0.route == .statesParty }) {
                return .init(
                    status: .yes,
                    reason:
                        "The conduct took place in \(state.name), which \(state.whyNotParty(on: day)); but part of the crime took place in \(part.state.name) (recorded as also in \(part.part)), \(part.state.membership): art. 12(2)(a) is met when at least one element or part of the crime occurred on a State Party's territory (\(Self.bangladeshMyanmar))."
                        + (part.state.withdrawalNote.map { " " + $0 } ?? "")
                )
            }
            if state.isParty(on: day) {
                let reason = "The conduct took place in \(state.name), \(state.membership) (art. 12(2)(a))."
                return .init(status: .yes, reason: [reason, state.withdrawalNote].compactMap { $0 }.joined(separator: " "))
            }
            if let declaration = state.declaration(covering: day) {
                return .init(
                    status: .yes,
                    reason:
                        "The conduct took place in \(state.name), which accepted the Court's jurisdiction over crimes committed from \(declaration.coverText) by a declaration lodged on \(declaration.lodged) (art. 12(3))."
                )
            }
            let declarations =
                state.declarations.isEmpty
                ? "it has lodged no declaration accepting jurisdiction" : "none of its declarations covers this date"
            if let part = hits.first(where: { $0.route == .declaration }) {
                return .init(
                    status: .yes,
                    reason:
                        "The conduct took place in \(state.name), which \(state.whyNotParty(on: day)); but \(part.words), and a declaration accepting the Court's jurisdiction meets the same precondition for conduct on its territory (arts 12(2)(a), 12(3); \(Self.bangladeshMyanmar))."
                )
            }
            if let part = hits.first(where: { $0.status == .uncertain }) {
                return .init(
                    status: .uncertain,
                    reason:
                        "The conduct took place in \(state.name), which \(state.whyNotParty(on: day)); part of the crime took place in \(part.state.name) (recorded as also in \(part.part)), \(part.state.membership), but its date does not show that the Statute was in force for \(part.state.name) when that part took place (art. 12(2)(a)). \(JurisdictionAdvice.partDate)"
                )
            }
            return .init(
                status: .no,
                reason:
                    "The conduct took place in \(state.name), which \(state.whyNotParty(on: day)); \(declarations) (arts 12(2)(a), 12(3))."
            )
        }
    }

    private static func personal(on day: CalendarDay, _ context: Context) -> JurisdictionFinding {
        let institutions =
            context.institutions.isEmpty
            ? nil
            : "\(list(context.institutions)) \(context.institutions.count == 1 ? "is an institution" : "are institutions"): the Court tries natural persons only (art. 25(1)), so only the nationality of the persons who acted for \(context.institutions.count == 1 ? "it" : "them") can found art. 12(2)(b)"
        guard !context.actors.isEmpty else {
            guard let institutions else {
                return .init(
                    status: .no,
                    reason: "No actor is attributed to \(context.incident), so no nationality founds art. 12(2)(b).")
            }
            return .init(
                status: .no,
                reason:
                    "No natural person is attributed to \(context.incident); \(institutions)."
            )
        }
        var parties: [String] = []
        var unknown: [String] = []
        var others: [String] = []
        var notes: [String?] = []
        for (actor, nationality) in context.actors {
            switch nationality {
            case .state(let state) where state.isParty(on: day):
                parties.append("\(actor) is a national of \(state.name), \(state.membership)")
                notes.append(state.withdrawalNote)
            case .state(let state):
                others.append("\(actor) is a national of \(state.name), which \(state.whyNotParty(on: day))")
            case .missing:
                unknown.append("\(actor) has no nationality recorded")
            case .notACountry(let code):
                unknown.append("\(actor)'s nationality '\(code)' is not an ISO 3166-1 country code")
            }
        }
        others += [institutions].compactMap { $0 }
        if !parties.isEmpty {
            let reason = parties.joined(separator: "; ") + " (art. 12(2)(b))."
            return .init(status: .yes, reason: ([reason] + Set(notes.compactMap { $0 }).sorted()).joined(separator: " "))
        }
        if !unknown.isEmpty {
            return .init(
                status: .uncertain,
                reason: (unknown + others).joined(separator: "; ") + ". " + JurisdictionAdvice.missingNationality)
        }
        return .init(status: .no, reason: others.joined(separator: "; ") + " (art. 12(2)(b)).")
    }

    private static func route(
        on day: CalendarDay, _ context: Context, hits: [PartHit], territorial: JurisdictionFinding, personal: JurisdictionFinding
    ) -> (JurisdictionRoute, String) {
        guard day >= StatesParties.statuteInForce else {
            return (
                .none,
                "Before 1 July 2002 nothing can open the Court's jurisdiction, not even a Security Council referral (art. 11(1))."
            )
        }
        let place = context.place.state
        let byPlace = place?.isParty(on: day) ?? false
        let byPart = byPlace ? nil : hits.first { $0.route == .statesParty }
        if byPlace || byPart != nil || personal.status == .yes {
            let grounds = [
                byPlace ? "the State where the conduct took place (art. 12(2)(a))" : nil,
                byPart.map { "\($0.words) (art. 12(2)(a))" },
                personal.status == .yes ? "the State of an attributed person's nationality (art. 12(2)(b))" : nil,
            ]
            return (
                .statesParty,
                "A State Party is involved — \(grounds.compactMap { $0 }.joined(separator: " and ")) — so a State Party's referral (art. 13(a)) or the Prosecutor proprio motu (arts 13(c), 15) can open it (art. 12(2))."
            )
        }
        if let place, let declaration = place.declaration(covering: day) {
            return (
                .declaration,
                "A declaration by \(place.name) under art. 12(3) covers crimes committed from \(declaration.coverText), so for conduct on its territory a State Party's referral (art. 13(a)) or the Prosecutor proprio motu (arts 13(c), 15) can open it."
            )
        }
        if let part = hits.first(where: { $0.route == .declaration }) {
            return (
                .declaration,
                "A declaration under art. 12(3) covers \(part.words), so a State Party's referral (art. 13(a)) or the Prosecutor proprio motu (arts 13(c), 15) can open it; such a declaration meets the same precondition as a State Party's territory (art. 12(2)(a), (3))."
            )
        }
        if let part = hits.first(where: { $0.status == .uncertain }) {
            return (
                .uncertain,
                "Part of the crime is recorded in \(part.state.name) (\(part.part)), \(part.state.membership), but its date does not settle whether the Statute was in force for \(part.state.name) when that part took place, so art. 12(2)(a) cannot rest on it yet (\(Self.bangladeshMyanmar)). \(JurisdictionAdvice.partDate)"
            )
        }
        if territorial.status == .uncertain || personal.status == .uncertain {
            let missing = [
                territorial.status == .uncertain ? "the country where the conduct took place" : nil,
                personal.status == .uncertain ? "the nationality of every attributed actor" : nil,
            ]
            return (
                .uncertain,
                "Whether art. 12(2) applies or only a Security Council referral could open it (art. 13(b)) depends on facts not recorded: \(missing.compactMap { $0 }.joined(separator: " and "))."
            )
        }
        return (
            .securityCouncil,
            "Neither the State where the conduct took place nor the State of nationality of any attributed person was a party on these dates or accepted jurisdiction by declaration, so only a Security Council referral could open it (art. 13(b)). \(otherDoors(on: day, context))"
        )
    }

    /// PTC I's decision that one element or part of a crime on a State Party's territory suffices.
    static let bangladeshMyanmar =
        "Pre-Trial Chamber I, Decision on the \"Prosecution's Request for a Ruling on Jurisdiction under Article 19(3) of the Statute\", 6 September 2018, ICC-RoC46(3)-01/18-37: at least one element or part of the crime on a State Party's territory suffices"

    /// The doors other than the Security Council that could still open an incident: a declaration
    /// under art. 12(3) by the territorial or a nationality State, or its accession, named only
    /// where accession could reach the incident (art. 11(2)).
    static func otherDoors(on day: CalendarDay, _ context: Context) -> String {
        var named: [JurisdictionState] = []
        var roles: [String] = []
        func add(_ state: JurisdictionState?, _ role: String) {
            guard let state, !state.isParty(on: day), !named.contains(where: { $0.code == state.code }) else { return }
            named.append(state)
            roles.append("\(state.name) (\(role))")
        }
        add(context.place.state, "where the conduct took place")
        // A continuing incident's dated part is in its State only on the days of its date.
        for part in context.parts where !context.continuing || part.days?.contains(day) ?? true {
            add(part.state, "where part of it took place")
        }
        for (_, nationality) in context.actors { add(nationality.state, "an attributed person's nationality") }
        let who = roles.isEmpty ? "the territorial State or the State of an accused's nationality" : list(roles)
        let declaration =
            "Other doors: a declaration by \(who) accepting the Court's jurisdiction under art. 12(3), which may reach back to crimes committed since 1 July 2002"
        // A State that is a party today cannot accede again; one that never joined or has left can.
        let joinable = roles.isEmpty ? [] : named.filter { $0.party == nil || $0.party?.withdrawalEffective != nil }
        guard roles.isEmpty || !joinable.isEmpty else { return declaration + "." }
        let acceding = joinable.count == 1 ? joinable[0].name : "one of them"
        guard context.ongoing else {
            return declaration
                + "; accession to the Statute by \(roles.isEmpty ? "such a State" : acceding) would not open it on its own: the Statute applies to a State that accedes only for crimes committed after it enters into force for that State (arts 11(2), 126(2)), unless that State also makes a declaration under art. 12(3)."
        }
        return declaration
            + "; accession to the Statute by \(roles.isEmpty ? "such a State" : acceding) would open only the days of this still-continuing incident after the Statute enters into force for that State (arts 11(2), 126(2)); the days before need a declaration under art. 12(3) as well."
    }

    /// "a", "a or b", "a, b or c".
    static func list(_ items: [String]) -> String {
        items.count < 2 ? items.joined() : items.dropLast().joined(separator: ", ") + " or " + items[items.count - 1]
    }
}
