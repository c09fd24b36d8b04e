import CasebookModel
import CasebookStore

/// A source an assessment cites, with the last day it speaks of: what decides whether it can show
/// anything about a recommendation's implementation.
public struct DatedSource: Codable, Sendable, Equatable {
    public let id: RecordID
    /// The last day the source speaks of (YYYY-MM-DD).
    public let lastDay: String
    /// How it is dated, for people: "incident of 2000/2012", "cited for I-8 (2000/2012)",
    /// "interview of 2013-02-01", "acquired 2012-04-01".
    public let dated: String

    /// Whether it speaks of nothing after `day`: then it is no evidence of what was done since.
    func isBefore(_ day: String) -> Bool { lastDay < day }
}

extension DatedSource {
    /// Dated by the incidents it is cited for when there are any (a testimony or an item speaks
    /// of them, whenever it was recorded), else by its own date.
    init?(_ dating: SourceDating) {
        if let latest = dating.incidents.max(by: { $0.lastDay < $1.lastDay }) {
            let others = dating.incidents.count - 1
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
