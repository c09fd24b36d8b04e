/// The jurisdiction assessment of a whole case: one entry per incident and the count per route.
///
/// The count is what a team reads first ("most incidents need a Security Council referral"),
/// the entries are what the dossier's jurisdiction section sets out.
public struct JurisdictionReport: Hashable, Codable, Sendable {
    /// One assessment per incident, in the order the facts were given.
    public let incidents: [IncidentJurisdiction]
    /// How many incidents take each route; every route is present, zero included.
    public let summary: [JurisdictionRoute: Int]

    public init(incidents: [IncidentJurisdiction]) {
        self.incidents = incidents
        var summary = Dictionary(uniqueKeysWithValues: JurisdictionRoute.allCases.map { ($0, 0) })
        for incident in incidents { summary[incident.route, default: 0] += 1 }
        self.summary = summary
    }

    /// How many incidents take `route`.
    public func count(_ route: JurisdictionRoute) -> Int {
        summary[route] ?? 0
    }
}
