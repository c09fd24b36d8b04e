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

    /// The assessment of one incident, judged over every day its date could mean.
    public static func assess(_ facts: JurisdictionFacts) -> IncidentJurisdiction {
        let context = JurisdictionPiece.Context(
            incident: facts.incident,
            place: JurisdictionState.resolve(facts.country),
            actors: facts.actors.map { ($0.actor, JurisdictionState.resolve($0.nationality)) })
        let first = CalendarDay(earliestOf: facts.date.start)
        let last = CalendarDay(latestOf: facts.date.end ?? facts.date.start)
        let pieces = spans(from: first, through: last, cutAt: boundaries(of: context))
            .map { JurisdictionPiece(days: $0, context: context) }
        let (route, reason, splits) = route(of: pieces, date: facts.date)
        return IncidentJurisdiction(
            incident: facts.incident,
            date: facts.date.description,
            country: facts.country,
            route: route,
            reason: reason,
            splitDates: splits,
            temporal: finding(pieces.map { ($0.days, $0.temporal) }, date: facts.date),
            territorial: finding(pieces.map { ($0.days, $0.territorial) }, date: facts.date),
            personal: finding(pieces.map { ($0.days, $0.personal) }, date: facts.date))
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
