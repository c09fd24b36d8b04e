/// The law's answer for a stretch of days over which no State involved joins, leaves, or starts
/// or ends a declaration, so one day of it stands for all of them.
///
/// A range such as `2002/2004` is cut at every such boundary and each piece judged alone; the
/// pieces are then put back together by `Jurisdiction`, which says where they disagree.
struct JurisdictionPiece: Sendable {
    let days: ClosedRange<CalendarDay>
    let route: JurisdictionRoute
    let routeReason: String
    let temporal: JurisdictionFinding
    let territorial: JurisdictionFinding
    let personal: JurisdictionFinding

    /// An incident's facts with its place and its actors' nationalities resolved to States.
    struct Context {
        let incident: String
        let place: JurisdictionState.Resolution
        let actors: [(actor: String, nationality: JurisdictionState.Resolution)]
        /// The places of the incident's other parts, with the days each is judged on (its own
        /// date, or nil for the day being judged).
        var parts: [(part: IncidentPart, state: JurisdictionState, days: ClosedRange<CalendarDay>?)] = []

        /// Every State whose dates matter: the territorial State, the actors' nationalities and
        /// the States of undated parts.
        var states: [JurisdictionState] {
            var seen: Set<String> = []
            let undated = parts.filter { $0.days == nil }.map(\.state)
            return ([place.state] + actors.map(\.nationality.state) + undated).compactMap { $0 }.filter {
                seen.insert($0.code).inserted
            }
        }

        /// The parts that took place on a State Party's territory when judged on `day` (an undated
        /// part) or on every day of their own date.
        func partsOnPartyTerritory(on day: CalendarDay) -> [(part: IncidentPart, state: JurisdictionState)] {
            parts.filter { part in
                guard let days = part.days else { return part.state.isParty(on: day) }
                return part.state.isParty(on: days.lowerBound) && part.state.isParty(on: days.upperBound)
            }.map { ($0.part, $0.state) }
        }
    }

    init(days: ClosedRange<CalendarDay>, context: Context) {
        let day = days.lowerBound
        self.days = days
        temporal = Self.temporal(on: day, context)
        territorial = Self.territorial(on: day, context)
        personal = Self.personal(on: day, context)
        (route, routeReason) = Self.route(on: day, context, territorial: territorial, personal: personal)
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

    private static func territorial(on day: CalendarDay, _ context: Context) -> JurisdictionFinding {
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
                    "'\(code)', recorded as the country of \(context.incident), is not an ISO 3166-1 country code, so art. 12(2)(a) cannot be judged: record the right code."
            )
        case .state(let state):
            if !state.isParty(on: day), let part = context.partsOnPartyTerritory(on: day).first {
                return .init(
                    status: .yes,
                    reason:
                        "The conduct took place in \(state.name), which \(state.whyNotParty(on: day)); but part of the crime took place in \(part.state.name) (recorded as also in \(part.part)), \(part.state.membership): art. 12(2)(a) is met when at least one element or part of the crime occurred on a State Party's territory (\(Self.bangladeshMyanmar))."
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
            return .init(
                status: .no,
                reason:
                    "The conduct took place in \(state.name), which \(state.whyNotParty(on: day)); \(declarations) (arts 12(2)(a), 12(3))."
            )
        }
    }

    private static func personal(on day: CalendarDay, _ context: Context) -> JurisdictionFinding {
        guard !context.actors.isEmpty else {
            return .init(
                status: .no,
                reason: "No actor is attributed to \(context.incident) yet, so no nationality can found art. 12(2)(b).")
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
        if !parties.isEmpty {
            let reason = parties.joined(separator: "; ") + " (art. 12(2)(b))."
            return .init(status: .yes, reason: ([reason] + Set(notes.compactMap { $0 }).sorted()).joined(separator: " "))
        }
        if !unknown.isEmpty {
            return .init(
                status: .uncertain,
                reason: (unknown + others).joined(separator: "; ") + ". Record the missing nationality to judge art. 12(2)(b).")
        }
        return .init(status: .no, reason: others.joined(separator: "; ") + " (art. 12(2)(b)).")
    }

    private static func route(
        on day: CalendarDay, _ context: Context, territorial: JurisdictionFinding, personal: JurisdictionFinding
    ) -> (JurisdictionRoute, String) {
        guard day >= StatesParties.statuteInForce else {
            return (
                .none,
                "Before 1 July 2002 nothing can open the Court's jurisdiction, not even a Security Council referral (art. 11(1))."
            )
        }
        let place = context.place.state
        let byTerritory = (place?.isParty(on: day) ?? false) || !context.partsOnPartyTerritory(on: day).isEmpty
        if byTerritory || personal.status == .yes {
            let grounds = [
                byTerritory ? "the State where the conduct took place (art. 12(2)(a))" : nil,
                personal.status == .yes ? "the State of an attributed actor's nationality (art. 12(2)(b))" : nil,
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
        if territorial.status == .uncertain || personal.status == .uncertain {
            let missing = [
                territorial.status == .uncertain ? "the country where the conduct took place" : nil,
                personal.status == .uncertain ? "the nationality of every attributed actor" : nil,
            ]
            return (
                .uncertain,
                "Whether art. 12(2) applies or only a Security Council referral could open it (art. 13(b)) depends on facts not recorded yet: \(missing.compactMap { $0 }.joined(separator: " and "))."
            )
        }
        return (
            .securityCouncil,
            "Neither the State where the conduct took place nor the State of any attributed actor was a party on these dates or accepted jurisdiction by declaration, so only a Security Council referral could open it (art. 13(b)). \(otherDoors(on: day, context))"
        )
    }

    /// PTC I's decision that one element or part of a crime on a State Party's territory suffices.
    static let bangladeshMyanmar =
        "Pre-Trial Chamber I, Decision on the Prosecution's request for a ruling on jurisdiction under article 19(3), 6 September 2018, ICC-RoC46(3)-01/18-37, paras 64–73 [verify paras]"

    /// The doors other than the Security Council that could still open an incident: a declaration
    /// under art. 12(3) by the territorial or a nationality State, or its accession.
    static func otherDoors(on day: CalendarDay, _ context: Context) -> String {
        var named: [String] = []
        var seen: Set<String> = []
        func add(_ state: JurisdictionState?, _ role: String) {
            guard let state, !state.isParty(on: day), seen.insert(state.code).inserted else { return }
            named.append("\(state.name) (\(role))")
        }
        add(context.place.state, "where the conduct took place")
        for part in context.parts { add(part.state, "where part of it took place") }
        for (_, nationality) in context.actors { add(nationality.state, "an attributed actor's nationality") }
        let who = named.isEmpty ? "the territorial State or the State of an accused's nationality" : list(named)
        return
            "Other doors: a declaration by \(who) accepting the Court's jurisdiction under art. 12(3), which may reach back to crimes committed since 1 July 2002; or accession to the Statute by one of them, which opens crimes committed after the Statute enters into force for that State (arts 11(2), 126(2)) unless it also makes such a declaration."
    }

    /// "a", "a or b", "a, b or c".
    static func list(_ items: [String]) -> String {
        items.count < 2 ? items.joined() : items.dropLast().joined(separator: ", ") + " or " + items[items.count - 1]
    }
}
