/// The reviews and reports whose recommendations Casebook can date by itself, shipped with the
/// project (data/upr-reviews/reviews.csv and its README give the sources).
///
/// A recommendation says nothing about what happened before it was made, and a stakeholder
/// submission reports on the period since the previous review; both need the day recommendations
/// were made. A team's register may give it; for the documents below it need not.
public enum RecommendationDocuments {
    /// One review or report: the State it concerns, its UPR cycle (nil outside the UPR), its
    /// document symbol (nil when unknown), and the day its recommendations were made.
    public struct Entry: Sendable, Equatable {
        public let state: String
        public let cycle: Int?
        public let document: String?
        public let body: String
        /// YYYY-MM-DD: the Working Group report's adoption, or a commission report's date.
        public let madeOn: String
        /// False where the day or the symbol is not checked against the document itself.
        public let verified: Bool
    }

    public static let entries: [Entry] = [
        Entry(state: "KP", cycle: 1, document: "A/HRC/13/13", body: "UPR Working Group", madeOn: "2009-12-09", verified: true),
        Entry(state: "KP", cycle: 2, document: "A/HRC/27/10", body: "UPR Working Group", madeOn: "2014-05-06", verified: true),
        Entry(state: "KP", cycle: 3, document: "A/HRC/42/10", body: "UPR Working Group", madeOn: "2019-05-14", verified: true),
        Entry(
            state: "KP", cycle: 3, document: "A/HRC/WG.6/33/L.8", body: "UPR Working Group", madeOn: "2019-05-14", verified: true),
        Entry(state: "KP", cycle: 4, document: nil, body: "UPR Working Group", madeOn: "2024-11-07", verified: false),
        Entry(
            state: "KP", cycle: nil, document: "A/HRC/25/63", body: "Commission of Inquiry on Human Rights in the DPRK",
            madeOn: "2014-02-07", verified: true),
    ]

    /// The entry for a document symbol ("A/HRC/42/10"), if the table holds it.
    public static func entry(document: String) -> Entry? {
        entries.first { $0.document?.caseInsensitiveCompare(document) == .orderedSame }
    }

    /// The UPR review of `state` in `cycle`, if the table holds it.
    public static func review(state: String, cycle: Int) -> Entry? {
        entries.first { $0.state == state.uppercased() && $0.cycle == cycle }
    }
}
