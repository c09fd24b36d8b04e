import CasebookModel
import CasebookStore

/// A source an assessment cites, with the day that decides whether it can show anything about a
/// recommendation's implementation.
public struct DatedSource: Codable, Sendable, Equatable {
    public let id: RecordID
    /// The source speaks of events after a day only when this day is later (YYYY-MM-DD): an
    /// incident's first possible day (one dated "2019" may have happened before May 2019), a
    /// continuing incident's last day, an interview's or an acquisition's own day.
    public let lastDay: String
    /// How it is dated, for people: "incident of 2000/2012", "cited for I-8 (2000/2012)",
    /// "interview of 2013-02-01", "acquired 2012-04-01".
    public let dated: String
    /// The day the earliest incident it is cited for decides (as `lastDay`); its own day when it
    /// is cited for none. A testimony of several incidents may be background for the earliest.
    public var earliestDay: String? = nil

    /// Whether it may speak of nothing after `day`: then it is no evidence of what was done since.
    func isBefore(_ day: String) -> Bool { lastDay <= day }

    /// Whether it speaks only of what came after `day`: then it cannot be background to it.
    func isAllAfter(_ day: String) -> Bool { (earliestDay ?? lastDay) > day }
}

extension DatedSource {
    /// Dated by the incidents it is cited for when there are any (a testimony or an item speaks
    /// of them, whenever it was recorded), else by its own date.
    init?(_ dating: SourceDating) {
        if let latest = dating.incidents.max(by: { $0.lastDay < $1.lastDay }) {
            let others = dating.incidents.count - 1
            defer { earliestDay = dating.incidents.map(\.lastDay).min() }
            self.init(
                id: dating.id, lastDay: latest.lastDay,
                dated:
                    "cited for I-\(latest.id) (\(latest.dateText))\(others > 0 ? " and \(others) earlier incident\(others == 1 ? "" : "s")" : "")"
            )
            return
        }
        guard let day = dating.ownLastDay, let text = dating.ownText else { return nil }
        let words: String =
            switch dating.id.kind {
            case .incident: "incident of \(text)"
            case .testimony: "interview of \(text)"
            default: "acquired \(text)"
            }
        self.init(id: dating.id, lastDay: day, dated: words)
    }
}

extension AppDatabase {
    /// The dated sources among `ids` (every one that exists), in the order given.
    package func datedSources(_ ids: [RecordID]) throws -> [DatedSource] {
        try readTransaction { tx in try tx.sourceDatings(ids).compactMap(DatedSource.init) }
    }
}

extension IncidentSummary {
    /// Whether the incident certainly happened on or after `day`: its first possible day is that
    /// day or later, or, continuing, it still went on that day.
    func isSince(_ day: String) -> Bool {
        continuing == nil ? earliest >= day : lastDayOfConduct >= day
    }

    /// The last day of the conduct: a continuing incident (a detention, a disappearance) lasts
    /// until its end, or to this day when it is ongoing.
    var lastDayOfConduct: String {
        guard let end = continuing else { return latest }
        return max(IncidentContinuation.lastDay(continuing: end, incidentEnd: latest), latest)
    }
}
