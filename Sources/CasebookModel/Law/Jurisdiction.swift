/// Whether, and by which route, the ICC could exercise jurisdiction over each incident
/// (Rome Statute arts 11, 12, 13, 126, 127), from the shipped States Parties data alone.
///
/// One pure function serves `casebook jurisdiction` and the dossier, so both always say the same.
/// It never concludes more than the recorded facts allow: a date that straddles a boundary, a
/// missing country or a missing nationality makes the answer `uncertain`, with what to record.
public enum Jurisdiction {
    /// The assessment of every incident, with the count per route.
    public static func assess(_ incidents: [JurisdictionFacts]) -> JurisdictionReport {
        JurisdictionReport(incidents: incidents.map { assess($0) })
    }

    /// The assessment of one incident, judged over every day its date could mean (and, for a
    /// continuing incident, every day until its end).
    public static func assess(_ facts: JurisdictionFacts) -> IncidentJurisdiction {
        let context = self.context(of: facts)
        let first = CalendarDay(earliestOf: facts.date.start)
        var last = CalendarDay(latestOf: facts.date.end ?? facts.date.start)
        var cuts = boundaries(of: context)
        var endEarliest: CalendarDay?
        switch facts.continuation {
        case .until(let end)?:
            // It lasted until some day within its end: never past the end's last possible day.
            last = max(first, CalendarDay(latestOf: end.end ?? end.start))
            let earliest = max(first, CalendarDay(earliestOf: end.start))
            if earliest < last {
                endEarliest = earliest
                cuts = Array(Set(cuts + [earliest.next])).sorted()
            }
        case .ongoing?: last = max(last, cuts.last ?? last)
        case nil: break
        }
        let pieces = spans(from: first, through: last, cutAt: cuts).map { JurisdictionPiece(days: $0, context: context) }
        let parts = facts.parts.map { judge($0, context: context, incidentDays: first...last) }
        var (route, reason, splits) = Self.route(of: pieces, date: facts.date)
        var continuing: ContinuingJurisdiction?
        var begins = pieces.first { $0.route == route }?.since ?? StatesParties.statuteInForce
        var beganBefore = false
        var reached = first
        if let continuation = facts.continuation {
            let periods = Self.periods(pieces, ongoing: continuation == .ongoing, endEarliest: endEarliest, end: continuation)
            continuing = ContinuingJurisdiction(end: continuation.description, periods: periods)
            let answer = continuingRoute(periods, pieces: pieces, facts: facts, continuation: continuation)
            (route, reason, begins, reached, beganBefore) = (
                answer.route, answer.reason, answer.begins, answer.reached, answer.beganBefore
            )
            splits = []
        }
        (route, reason) = footnote24(
            route: route, reason: reason, facts: facts, begins: begins, reached: reached, beganBefore: beganBefore)
        let withdrawals = withdrawalNotes(of: context, on: pieces.map(\.days.lowerBound))
        if !withdrawals.isEmpty, !reason.contains(withdrawals[0]) { reason += " " + withdrawals.joined(separator: " ") }
        let continuous = facts.continuation != nil
        return IncidentJurisdiction(
            incident: facts.incident,
            date: facts.date.description,
            country: facts.country,
            route: route,
            reason: reason,
            splitDates: splits,
            temporal: finding(
                pieces.map { ($0.days, $0.temporal) }, date: facts.date, continuing: continuous,
                ongoing: facts.continuation == .ongoing),
            territorial: finding(
                pieces.map { ($0.days, $0.territorial) }, date: facts.date, continuing: continuous,
                ongoing: facts.continuation == .ongoing),
            personal: finding(
                pieces.map { ($0.days, $0.personal) }, date: facts.date, continuing: continuous,
                ongoing: facts.continuation == .ongoing),
            continuing: continuing,
            parts: parts)
    }

    /// The incident's place, actors and parts resolved to States.
    private static func context(of facts: JurisdictionFacts) -> JurisdictionPiece.Context {
        var context = JurisdictionPiece.Context(
            incident: facts.incident,
            place: JurisdictionState.resolve(facts.country),
            actors: facts.actors.filter { !$0.isInstitution }.map { ($0.actor, JurisdictionState.resolve($0.nationality)) })
        context.institutions = facts.actors.filter(\.isInstitution).map(\.actor)
        context.parts = facts.parts.compactMap { part in
            JurisdictionState.resolve(part.country).state.map { (part, $0, part.date.map(days)) }
        }
        context.continuing = facts.continuation != nil
        context.ongoing = facts.continuation == .ongoing
        // A deportation is completed where the people were driven to: a destination recorded on
        // a deportation allegation is a part of the crime on that State's territory, on the
        // incident's date (Pre-Trial Chamber I, 6 September 2018).
        let place = JurisdictionState.resolve(facts.country).state?.code
        for allegation in facts.allegations where allegation.crime == "deportation" {
            guard let state = JurisdictionState.resolve(allegation.destination).state, state.code != place,
                !context.parts.contains(where: { $0.state.code == state.code && $0.part.date == nil })
            else { continue }
            let part = IncidentPart(country: state.code, date: facts.date)
            context.parts.append((part, state, days(facts.date)))
            context.destinations.insert(state.code)
        }
        return context
    }

    /// The art. 127(2) sentences of every withdrawn State that carries the route on some day,
    /// so the incident's reason says them as well as the territorial finding.
    private static func withdrawalNotes(of context: JurisdictionPiece.Context, on days: [CalendarDay]) -> [String] {
        var notes: [String] = []
        let states = [context.place.state] + context.parts.map(\.state) + context.actors.map(\.nationality.state)
        for state in states.compactMap({ $0 }) where days.contains(where: { state.isParty(on: $0) }) {
            if let note = state.withdrawalNote, !notes.contains(note) { notes.append(note) }
        }
        return notes
    }

    /// Every day a date could mean.
    private static func days(_ span: DateSpan) -> ClosedRange<CalendarDay> {
        CalendarDay(earliestOf: span.start)...CalendarDay(latestOf: span.end ?? span.start)
    }

    /// One recorded part, judged on its own date (or the incident's) under art. 12(2)(a).
    private static func judge(_ part: IncidentPart, context: JurisdictionPiece.Context, incidentDays: ClosedRange<CalendarDay>)
        -> PartJurisdiction
    {
        guard let state = JurisdictionState.resolve(part.country).state else {
            return PartJurisdiction(
                country: part.country, date: part.date?.description, status: .uncertain,
                reason: "'\(part.country)' is not an ISO 3166-1 country code, so this part cannot be judged.")
        }
        let days = part.date.map(days) ?? incidentDays
        func opens(_ day: CalendarDay) -> Bool { state.isParty(on: day) || state.declaration(covering: day) != nil }
        let atStart = opens(days.lowerBound)
        let atEnd = opens(days.upperBound)
        let when = part.date.map { JurisdictionPiece.onOrIn($0) } ?? "on the incident's dates"
        var status: JurisdictionStatus = atStart && atEnd ? .yes : (atStart || atEnd ? .uncertain : .no)
        if part.date == nil, context.continuing, status != .no { status = .uncertain }
        let standing =
            state.party == nil && !state.declarations.isEmpty
            ? "which accepted the Court's jurisdiction by declaration" : state.membership
        let reason: String
        switch status {
        case .yes:
            reason =
                "Part of the crime took place in \(state.name) \(when), \(standing): at least one element or part of the crime on a State Party's territory meets art. 12(2)(a) (\(JurisdictionPiece.bangladeshMyanmar))."
        case .no:
            reason =
                "Part of the crime took place in \(state.name) \(when), which \(state.whyNotParty(on: days.lowerBound)) (art. 12(2)(a))."
        case .uncertain where part.date == nil:
            reason =
                "Part of the crime took place in \(state.name), \(standing), but no date is recorded for this part and a continuing incident's later days happen in its own country, so it is not known whether the Statute was in force for \(state.name) when this part took place (art. 12(2)(a)). \(JurisdictionAdvice.partDate)"
        case .uncertain:
            reason =
                "Part of the crime took place in \(state.name) \(when), \(standing); whether it was a party then depends on the exact day: record a more precise date for this part."
        }
        return PartJurisdiction(country: part.country, date: part.date?.description, status: status, reason: reason)
    }

    /// A continuing incident's period cut where the route changes. Days after the earliest day
    /// its end could mean are uncertain where their route differs from the day it may have ended.
    private static func periods(
        _ pieces: [JurisdictionPiece], ongoing: Bool, endEarliest: CalendarDay?, end: IncidentContinuation
    ) -> [JurisdictionPeriod] {
        let settled = endEarliest.flatMap { day in pieces.first { $0.days.contains(day) } }
        let answers = pieces.map { piece -> (ClosedRange<CalendarDay>, RouteAnswer) in
            guard let endEarliest, let settled, piece.days.lowerBound > endEarliest, piece.route != settled.route else {
                return (piece.days, RouteAnswer(route: piece.route, reason: piece.routeReason))
            }
            return (
                piece.days,
                RouteAnswer(
                    route: .uncertain,
                    reason:
                        "The incident ended within \(end), so it may have ended before these days: record a more precise end. If it went on, \(piece.route.rawValue): \(piece.routeReason)"
                )
            )
        }
        let runs = merged(answers)
        return runs.enumerated().map { index, run in
            JurisdictionPeriod(
                from: run.days.lowerBound, to: ongoing && index == runs.count - 1 ? nil : run.days.upperBound,
                route: run.value.route, within: run.value.route != .none, reason: run.value.reason)
        }
    }

    /// A continuing incident's route, why, the day jurisdiction begins for it, and whether the
    /// incident began before that day.
    private struct ContinuingAnswer {
        let route: JurisdictionRoute
        let reason: String
        let begins: CalendarDay
        /// The first day within reach by the route.
        let reached: CalendarDay
        let beganBefore: Bool
    }

    /// The route of a continuing incident: the best route of any period within jurisdiction, with
    /// the split in words. Art. 12(2) and 12(3) are equivalent preconditions; only a period
    /// reached by a Security Council referral alone is weaker.
    private static func continuingRoute(
        _ periods: [JurisdictionPeriod], pieces: [JurisdictionPiece], facts: JurisdictionFacts, continuation: IncidentContinuation
    ) -> ContinuingAnswer {
        let span =
            "\(facts.incident) is a continuing incident, from \(periods[0].from) \(continuation == .ongoing ? "and still going on" : "to \(continuation)")."
        let words = periods.map { period in
            "\(period.to.map { period.from == $0 ? "On \($0)" : "From \(period.from) to \($0)" } ?? "From \(period.from) on"), \(period.route.rawValue): \(period.reason)"
        }
        let tiers: [Set<JurisdictionRoute>] = [[.statesParty, .declaration], [.uncertain], [.securityCouncil]]
        guard let tier = tiers.first(where: { tier in periods.contains { tier.contains($0.route) } }) else {
            return ContinuingAnswer(
                route: .none, reason: ([span] + words).joined(separator: " "), begins: periods[0].from, reached: periods[0].from,
                beganBefore: false)
        }
        let reached = periods.filter { tier.contains($0.route) }
        let best: JurisdictionRoute = reached.contains { $0.route == .statesParty } ? .statesParty : reached[0].route
        let chosen = reached[0]
        let others = periods.filter { !tier.contains($0.route) }
        let before = others.filter { $0.from < chosen.from }
        let reachedWords =
            reached.count == 1 && reached[0] == periods.last
            ? "the part from \(chosen.from)"
            : "the days "
                + reached.map { period in
                    period.to.map { to in period.from == to ? "on \(to)" : "from \(period.from) to \(to)" }
                        ?? "from \(period.from) on"
                }
                .joined(separator: ", ")
        let routeWords =
            tier.contains(.statesParty)
            ? (reached.contains { $0.route == .declaration } && reached.contains { $0.route == .statesParty }
                ? "art. 12(2) or 12(3), equivalent preconditions" : "this route")
            : "this route"
        var split: String
        if others.isEmpty {
            split = "The whole period is within the Court's temporal jurisdiction."
        } else {
            split = "Only \(reachedWords) \(reachedWords.hasPrefix("the days") ? "are" : "is") within reach by \(routeWords)"
            var rest: [String] = []
            if before.contains(where: { $0.route == .none }) {
                rest.append(
                    "the part before 1 July 2002 began before the Statute entered into force and is outside the Court's jurisdiction (art. 11)"
                )
            }
            if others.contains(where: { $0.route == .securityCouncil }) {
                rest.append("the other days are reached only by a Security Council referral (art. 13(b)), a weaker route")
            }
            if others.contains(where: { $0.route == .uncertain }) {
                rest.append("for the other days the recorded facts do not settle it")
            }
            split += rest.isEmpty ? "." : "; " + rest.joined(separator: "; ") + "."
            if rest.contains(where: { $0.contains("weaker") || $0.contains("outside") }) {
                split += " " + JurisdictionAdvice.chargeReachedDays
            }
        }
        let begins = pieces.first { $0.days.contains(chosen.from) }?.since ?? chosen.from
        return ContinuingAnswer(
            route: best, reason: ([span, split] + words).joined(separator: " "), begins: begins, reached: chosen.from,
            beganBefore: periods[0].from < chosen.from)
    }

    /// Footnote 24 to the Elements of Crimes, art. 7(1)(i): enforced disappearance is within the
    /// Court's jurisdiction only if the attack occurs after the Statute entered into force (for
    /// the route relied on, from `begins`). It binds the enforced disappearance allegations alone:
    /// an incident with other crimes keeps its route, and the reason says which allegation the rule
    /// affects. A disappearance begun before `begins` whose refusal went on after it is arguable
    /// under either limb (the refusal as conduct of its own, or a detention maintained after that day,
    /// footnote 25), never for an attempt.
    private static func footnote24(
        route: JurisdictionRoute, reason: String, facts: JurisdictionFacts, begins: CalendarDay, reached: CalendarDay,
        beganBefore: Bool
    ) -> (JurisdictionRoute, String) {
        let disappearances = facts.allegations.filter { $0.crime == "enforced-disappearance" }
        guard !disappearances.isEmpty, [.statesParty, .declaration, .securityCouncil].contains(route) else {
            return (route, reason)
        }
        let from =
            begins == StatesParties.statuteInForce
            ? "1 July 2002, when the Statute entered into force"
            : "\(begins), when the Court's jurisdiction begins for route \(route.rawValue)"
        enum Verdict { case holds, arguable, outside }
        var verdicts: [Verdict] = []
        var notes: [String] = []
        for allegation in disappearances {
            let name = allegation.id.map { "\($0) (enforced disappearance)" } ?? "The enforced disappearance"
            let ends = allegation.attacks.map { CalendarDay(latestOf: $0.end ?? $0.start) }
            let starts = allegation.attacks.map { CalendarDay(earliestOf: $0.start) }
            if !ends.isEmpty, ends.allSatisfy({ $0 < begins }) {
                verdicts.append(.outside)
                notes.append(
                    "\(name): the linked attack ended before \(from): enforced disappearance is within the Court's jurisdiction only if the attack occurs after the Statute entered into force (Elements of Crimes, art. 7(1)(i), footnote 24; art. 11)."
                )
                continue
            }
            let attack =
                ends.isEmpty
                ? "No attack with a recorded period is linked to it, and footnote 24 also requires the attack to occur after the Statute entered into force."
                : starts.contains(where: { $0 < begins })
                    ? "The linked attack began before \(from): footnote 24 requires the attack to occur after entry into force, so only its later part can be relied on."
                    : "The linked attack falls after \(from), as footnote 24 requires."
            guard beganBefore else {
                verdicts.append(.holds)
                if !ends.isEmpty, starts.contains(where: { $0 < begins }) { notes.append("\(name): \(attack)") }
                continue
            }
            if allegation.attempted {
                verdicts.append(.outside)
                notes.append(
                    "\(name) is pleaded as an attempt begun before \(reached): an attempt has no continuing refusal to rely on, so its conduct falls before the Court's jurisdiction begins (art. 11; Elements of Crimes, art. 7(1)(i), footnote 24)."
                )
            } else if allegation.limb == "a" {
                verdicts.append(.arguable)
                notes.append(
                    "\(name) pleads limb (a), the deprivation of liberty followed by the refusal. The detention began before \(reached), but \"detained\" includes a perpetrator who maintained an existing detention (Elements of Crimes, art. 7(1)(i), footnote 25), so the detention kept up from \(reached) on, with the refusal that accompanied it, is arguably within jurisdiction by route \(route.rawValue). This is contested: the Court has not decided whether a disappearance begun before entry into force can be charged this way (art. 11; footnote 24). \(attack)"
                )
            } else {
                verdicts.append(.arguable)
                notes.append(
                    "\(name): the deprivation of liberty began before \(reached), but the refusal to acknowledge it or to give information on the person's fate or whereabouts continued after it: under the second limb (Elements of Crimes, art. 7(1)(i), elements 1(b)–3(b)) the refusal is itself conduct of the crime, so the part from \(reached) is arguably within jurisdiction by route \(route.rawValue). This is contested: the Court has not decided whether a disappearance begun before entry into force can be charged this way (art. 11; footnote 24). \(attack)"
                )
            }
        }
        guard !notes.isEmpty else { return (route, reason) }
        let others = facts.allegations.contains { $0.crime != "enforced-disappearance" }
        if others {
            return (
                route,
                reason
                    + " Footnote 24 (Elements of Crimes, art. 7(1)(i)) binds the enforced disappearance allegations only; the route above rests on the incident's other crimes. "
                    + notes.joined(separator: " ")
            )
        }
        if verdicts.contains(.arguable) {
            return (.arguable, reason + " " + notes.joined(separator: " "))
        }
        if verdicts.allSatisfy({ $0 == .outside }) {
            // The allegations decide the route; the days' own reach follows, marked as such.
            return (
                .none,
                notes.joined(separator: " ") + " So no allegation of this incident is within jurisdiction. "
                    + "The reach of its days, for any other crime of those days: " + reason
            )
        }
        return (route, reason + " " + notes.joined(separator: " "))
    }

    /// Every day on which the standing of a State involved changes, and 1 July 2002.
    /// For a continuing incident, also the first day of each dated part and the day after it.
    private static func boundaries(of context: JurisdictionPiece.Context) -> [CalendarDay] {
        let parts = context.continuing ? context.parts.compactMap(\.days).flatMap { [$0.lowerBound, $0.upperBound.next] } : []
        return Array(Set([StatesParties.statuteInForce] + context.states.flatMap(\.boundaries) + parts)).sorted()
    }

    /// `first...last` cut before every boundary strictly inside it.
    private static func spans(from first: CalendarDay, through last: CalendarDay, cutAt boundaries: [CalendarDay]) -> [ClosedRange<
        CalendarDay
    >] {
        var spans: [ClosedRange<CalendarDay>] = []
        var start = first
        for boundary in boundaries where boundary > start && boundary <= last {
            spans.append(start...boundary.previous)
            start = boundary
        }
        spans.append(start...last)
        return spans
    }

    /// One route for the whole date, or `uncertain` naming the days on which it changes.
    private static func route(of pieces: [JurisdictionPiece], date: DateSpan) -> (JurisdictionRoute, String, [CalendarDay]) {
        let runs = merged(pieces.map { ($0.days, RouteAnswer(route: $0.route, reason: $0.routeReason)) })
        guard runs.count > 1 else { return (runs[0].value.route, runs[0].value.reason, []) }
        let parts = runs.map { "\(period($0.days)), \($0.value.route.rawValue): \($0.value.reason)" }
        let routes = merged(runs.map { ($0.days, $0.value.route) })
        guard routes.count > 1 else {
            return (routes[0].value, (["Throughout \(date):"] + parts).joined(separator: " "), [])
        }
        let splits = routes.dropFirst().map(\.days.lowerBound)
        let reason =
            "The incident's date, \(date), straddles \(list(splits.map(\.description))), which "
            + (splits.count == 1 ? "splits" : "split") + " the route. "
            + parts.joined(separator: " ")
            + " " + JurisdictionAdvice.preciseDate
        return (.uncertain, reason, splits)
    }

    /// A route and why, as one value so that runs of days can be compared.
    private struct RouteAnswer: Equatable {
        let route: JurisdictionRoute
        let reason: String
    }

    /// One condition over the whole date: its answer when every day agrees, else `uncertain`
    /// with the answer for each part of the date.
    private static func finding(
        _ pieces: [(ClosedRange<CalendarDay>, JurisdictionFinding)], date: DateSpan, continuing: Bool = false,
        ongoing: Bool = false
    ) -> JurisdictionFinding {
        let runs = merged(pieces)
        guard runs.count > 1 else { return runs[0].value }
        let statuses = Set(runs.map(\.value.status))
        // The last run of a still-continuing incident has no end.
        let parts = runs.enumerated().map { index, run in
            let days = ongoing && index == runs.count - 1 ? "From \(run.days.lowerBound) on" : period(run.days)
            return "\(days) (\(run.value.status.rawValue)): \(run.value.reason)"
        }
        if continuing {
            // A continuing incident happened on every one of its days: the split settles it, and
            // the condition is met from the first day on which it is met.
            let status: JurisdictionStatus =
                statuses.contains(.yes) ? .yes : (statuses.contains(.uncertain) ? .uncertain : .no)
            let met = runs.first { $0.value.status == status }.map { " from \($0.days.lowerBound)" } ?? ""
            let lead =
                "Over the continuing period, day by day, \(status == .yes ? "met" : status == .no ? "not met" : "unsettled")\(met):"
            return JurisdictionFinding(status: status, reason: ([lead] + parts).joined(separator: " "))
        }
        let status = statuses.count == 1 ? runs[0].value.status : .uncertain
        let lead =
            status == .uncertain
            ? "It depends on when within \(date) the incident happened: the answer changes on \(list(runs.dropFirst().map(\.days.lowerBound.description)))."
            : "Throughout \(date):"
        return JurisdictionFinding(status: status, reason: ([lead] + parts).joined(separator: " "))
    }

    /// Adjacent pieces with the same value joined into one run of days.
    private static func merged<Value: Equatable>(_ pieces: [(ClosedRange<CalendarDay>, Value)]) -> [(
        days: ClosedRange<CalendarDay>, value: Value
    )] {
        var runs: [(days: ClosedRange<CalendarDay>, value: Value)] = []
        for (days, value) in pieces {
            if let last = runs.last, last.value == value {
                runs[runs.count - 1].days = last.days.lowerBound...days.upperBound
            } else {
                runs.append((days, value))
            }
        }
        return runs
    }

    /// "From 2003-01-01 to 2003-01-31" or "On 2003-01-31".
    private static func period(_ days: ClosedRange<CalendarDay>) -> String {
        days.lowerBound == days.upperBound ? "On \(days.lowerBound)" : "From \(days.lowerBound) to \(days.upperBound)"
    }

    /// "a", "a and b", "a, b and c".
    private static func list(_ items: [String]) -> String {
        items.count < 2 ? items.joined() : items.dropLast().joined(separator: ", ") + " and " + items[items.count - 1]
    }
}
