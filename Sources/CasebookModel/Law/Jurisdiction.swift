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
        var context = JurisdictionPiece.Context(
            incident: facts.incident,
            place: JurisdictionState.resolve(facts.country),
            actors: facts.actors.map { ($0.actor, JurisdictionState.resolve($0.nationality)) })
        context.parts = facts.parts.compactMap { part in
            JurisdictionState.resolve(part.country).state.map { (part, $0, part.date.map(days)) }
        }
        let first = CalendarDay(earliestOf: facts.date.start)
        var last = CalendarDay(latestOf: facts.date.end ?? facts.date.start)
        let cuts = boundaries(of: context)
        switch facts.continuation {
        case .until(let end)?: last = max(last, CalendarDay(latestOf: end.end ?? end.start))
        case .ongoing?: last = max(last, cuts.last ?? last)
        case nil: break
        }
        let pieces = spans(from: first, through: last, cutAt: cuts).map { JurisdictionPiece(days: $0, context: context) }
        let parts = facts.parts.map { judge($0, context: context, incidentDays: first...last) }
        var (route, reason, splits) = Self.route(of: pieces, date: facts.date)
        var continuing: ContinuingJurisdiction?
        if let continuation = facts.continuation {
            let periods = Self.periods(pieces, ongoing: continuation == .ongoing)
            continuing = ContinuingJurisdiction(end: continuation.description, periods: periods)
            (route, reason) = continuingRoute(periods, facts: facts, continuation: continuation)
            splits = []
        }
        return IncidentJurisdiction(
            incident: facts.incident,
            date: facts.date.description,
            country: facts.country,
            route: route,
            reason: reason,
            splitDates: splits,
            temporal: finding(pieces.map { ($0.days, $0.temporal) }, date: facts.date),
            territorial: finding(pieces.map { ($0.days, $0.territorial) }, date: facts.date),
            personal: finding(pieces.map { ($0.days, $0.personal) }, date: facts.date),
            continuing: continuing,
            parts: parts)
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
        let atStart = state.isParty(on: days.lowerBound)
        let atEnd = state.isParty(on: days.upperBound)
        let when = part.date.map { "on \($0)" } ?? "on the incident's dates"
        let status: JurisdictionStatus = atStart && atEnd ? .yes : (atStart || atEnd ? .uncertain : .no)
        let reason: String
        switch status {
        case .yes:
            reason =
                "Part of the crime took place in \(state.name) \(when), \(state.membership): at least one element or part of the crime on a State Party's territory meets art. 12(2)(a) (\(JurisdictionPiece.bangladeshMyanmar))."
        case .no:
            reason =
                "Part of the crime took place in \(state.name) \(when), which \(state.whyNotParty(on: days.lowerBound)) (art. 12(2)(a))."
        case .uncertain:
            reason =
                "Part of the crime took place in \(state.name) \(when), \(state.membership); whether it was a party then depends on the exact day: record a more precise date for this part."
        }
        return PartJurisdiction(country: part.country, date: part.date?.description, status: status, reason: reason)
    }

    /// A continuing incident's period cut where the route changes.
    private static func periods(_ pieces: [JurisdictionPiece], ongoing: Bool) -> [JurisdictionPeriod] {
        let runs = merged(pieces.map { ($0.days, RouteAnswer(route: $0.route, reason: $0.routeReason)) })
        return runs.enumerated().map { index, run in
            JurisdictionPeriod(
                from: run.days.lowerBound, to: ongoing && index == runs.count - 1 ? nil : run.days.upperBound,
                route: run.value.route, within: run.value.route != .none, reason: run.value.reason)
        }
    }

    /// The route of a continuing incident: the best route of any part within jurisdiction, with
    /// the split in words; for an enforced disappearance begun before entry into force whose
    /// refusal went on after it, `arguable`.
    private static func continuingRoute(
        _ periods: [JurisdictionPeriod], facts: JurisdictionFacts, continuation: IncidentContinuation
    ) -> (JurisdictionRoute, String) {
        let order: [JurisdictionRoute] = [.statesParty, .declaration, .securityCouncil, .uncertain]
        let span =
            "\(facts.incident) is a continuing incident, from \(periods[0].from) \(continuation == .ongoing ? "and still going on" : "to \(continuation)")."
        let words = periods.map { period in
            "\(period.to.map { period.from == $0 ? "On \($0)" : "From \(period.from) to \($0)" } ?? "From \(period.from) on"), \(period.route.rawValue): \(period.reason)"
        }
        guard let best = order.first(where: { route in periods.contains { $0.route == route } }),
            let chosen = periods.first(where: { $0.route == best })
        else {
            return (.none, ([span] + words).joined(separator: " "))
        }
        let outside = periods.filter { $0.from < chosen.from }
        let split =
            outside.isEmpty
            ? "The whole period is within the Court's temporal jurisdiction."
            : "Only the part from \(chosen.from) is within reach by this route; the part before it \(outside.contains { $0.route == .none } ? "began before the Statute entered into force and is outside the Court's jurisdiction (art. 11)" : "is reached only by a weaker route") — charge the conduct of the later part."
        let disappearance = facts.crimes.contains("enforced-disappearance") && !outside.isEmpty
        guard disappearance else {
            return (best, ([span, split] + words).joined(separator: " "))
        }
        let attack: String
        let attackStarts = facts.attacks.map { CalendarDay(earliestOf: $0.start) }
        let attackEnds = facts.attacks.map { CalendarDay(latestOf: $0.end ?? $0.start) }
        if attackEnds.isEmpty {
            attack =
                "No attack with a recorded period is linked yet: footnote 24 also requires the attack to occur after the Statute entered into force."
        } else if attackEnds.allSatisfy({ $0 < StatesParties.statuteInForce }) {
            return (
                .none,
                ([
                    span,
                    "The linked attack ended before 1 July 2002: enforced disappearance is within the Court's jurisdiction only if the attack occurs after the Statute entered into force (Elements of Crimes, art. 7(1)(i), footnote 24).",
                ] + words).joined(separator: " ")
            )
        } else if attackStarts.contains(where: { $0 < StatesParties.statuteInForce }) {
            attack =
                "The linked attack began before 1 July 2002: footnote 24 requires the attack to occur after entry into force, so only its later part can be relied on."
        } else {
            attack = "The linked attack falls after 1 July 2002, as footnote 24 requires."
        }
        let reasoning =
            "The deprivation of liberty began before \(chosen.from), but the refusal to acknowledge it or to give information on the person's fate or whereabouts continued after it: under the second limb (Elements of Crimes, art. 7(1)(i), elements 1(b)–3(b)) the refusal is itself conduct of the crime, so the part from \(chosen.from) is arguably within jurisdiction by route \(best.rawValue). This is contested: the Court has not decided whether a disappearance begun before entry into force can be charged this way (art. 11; footnote 24). \(attack)"
        return (.arguable, ([span, reasoning] + words).joined(separator: " "))
    }

    /// Every day on which the standing of a State involved changes, and 1 July 2002.
    private static func boundaries(of context: JurisdictionPiece.Context) -> [CalendarDay] {
        Array(Set([StatesParties.statuteInForce] + context.states.flatMap(\.boundaries))).sorted()
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
            + " Record a more precise date to settle it."
        return (.uncertain, reason, splits)
    }

    /// A route and why, as one value so that runs of days can be compared.
    private struct RouteAnswer: Equatable {
        let route: JurisdictionRoute
        let reason: String
    }

    /// One condition over the whole date: its answer when every day agrees, else `uncertain`
    /// with the answer for each part of the date.
    private static func finding(_ pieces: [(ClosedRange<CalendarDay>, JurisdictionFinding)], date: DateSpan) -> JurisdictionFinding
    {
        let runs = merged(pieces)
        guard runs.count > 1 else { return runs[0].value }
        let statuses = Set(runs.map(\.value.status))
        let status = statuses.count == 1 ? runs[0].value.status : .uncertain
        let parts = runs.map { "\(period($0.days)) (\($0.value.status.rawValue)): \($0.value.reason)" }
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
