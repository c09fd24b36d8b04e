import CasebookModel
import CasebookStore

/// The case at a glance: what `casebook status` prints.
public struct CaseStatus: Codable, Sendable, Equatable {
    public let title: String
    public let organization: String?
    public let witnesses: Int
    public let testimonies: Int
    public let incidents: Int
    public let actors: Int
    public let allegations: Int
    /// Attacks directed against a civilian population recorded for the case.
    public let attacks: Int
    public let attributions: Int
    /// Recommendations in the register, how many of them have been assessed, and the team's own.
    public var recommendations = 0
    public var recommendationsAssessed = 0
    public var ourRecommendations = 0
    public let citations: Int
    public let evidenceItems: Int
    public let custodyEvents: Int
    /// The newest custody event's number and hash, which stand for the whole log.
    public let custodyHeadSequence: Int64
    public let custodyHeadHash: String?
    /// When `verify` last found everything intact, if ever.
    public let lastVerified: String?
    public let proofGaps: Int
    /// Unproved elements of the modes of liability and of each attributed actor's knowledge.
    public let liabilityGaps: Int
    /// 'deportation' allegations made when the key also covered forcible transfer.
    public let allegationsToReview: [RecordID]
    /// Incidents and actors whose stored country or nationality code is not a valid one.
    public var invalidCountryCodes: [InvalidCountryCode] = []
    /// Allegations linked to an attack whose period does not cover their incident.
    public var attackPeriodMismatches: [AttackPeriodMismatch] = []
    /// Where the elements stand against the case's standard of proof.
    public var weighing: ElementWeighing? = nil
    /// Case settings of the standard of proof that cannot be read, by fact key: the default applies.
    public var unreadableSettings: [String: String] = [:]
    /// Modes attributed to institutions (recorded before they were refused): to be attributed to
    /// the person who headed the institution instead.
    public var institutionAttributions: [InstitutionAttribution] = []
}

/// One allegation attributed to an institution, to be corrected.
public struct InstitutionAttribution: Codable, Sendable, Equatable {
    public let allegation: RecordID
    public let actor: RecordID
    public let actorName: String
    public let modes: [String]
}

extension AppDatabase {
    /// Records the case's title and organisation; called once, by `Workspace.create`.
    func createCase(title: String, organization: String?) throws {
        try writeTransaction { tx in
            try tx.insert(CaseInfo(title: title, organization: Validate.optional(organization), createdAt: timestampNow()))
        }
    }

    /// Counts of every kind of record and the number of proof gaps.
    package func status() throws -> CaseStatus {
        let matrix = try proofMatrix()
        let gaps = matrix.gapCount
        return try readTransaction { tx in
            let review = try tx.allegationIdsToReview()
            let info = try tx.fetchOne(CaseInfo.self, key: 1)
            let head = try tx.latestCustodyEvent()
            let lastVerified = try tx.lastVerifiedAt()
            var status = CaseStatus(
                title: info?.title ?? "(untitled case)", organization: info?.organization,
                witnesses: try tx.count(WitnessRecord.self), testimonies: try tx.count(TestimonyRecord.self),
                incidents: try tx.count(IncidentRecord.self), actors: try tx.count(ActorRecord.self),
                allegations: try tx.count(AllegationRecord.self), attacks: try tx.count(AttackRecord.self),
                attributions: try tx.count(AttributionRecord.self),
                citations: try tx.count(CitationRecord.self), evidenceItems: try tx.count(EvidenceItemRecord.self),
                custodyEvents: try tx.count(CustodyEventRecord.self), custodyHeadSequence: head?.sequence ?? 0,
                custodyHeadHash: head?.eventHash, lastVerified: lastVerified, proofGaps: gaps,
                liabilityGaps: matrix.liabilityGapCount, allegationsToReview: review.map { RecordID(.allegation, $0) })
            status.recommendations = try tx.count(RecommendationRecord.self)
            status.recommendationsAssessed = try tx.assessedRecommendationCount()
            status.ourRecommendations = try tx.count(OurRecommendationRecord.self)
            status.invalidCountryCodes = try Self.invalidCountryCodes(in: tx)
            status.attackPeriodMismatches = try Self.attackPeriodMismatches(in: tx)
            status.weighing = matrix.weighing
            status.institutionAttributions = matrix.allegations.flatMap { allegation in
                allegation.attributions.filter { $0.actorKind == ActorKind.institution.rawValue }.map {
                    InstitutionAttribution(
                        allegation: allegation.id, actor: $0.actor, actorName: $0.actorName, modes: $0.modes.map(\.key))
                }
            }
            if let record = try tx.fetchOne(CaseFactsRecord.self, key: 1) {
                status.unreadableSettings = CaseFacts(record).unreadableSettings
            }
            return status
        }
    }
}
