import CasebookModel
import CasebookStore
import GRDB

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
}

extension AppDatabase {
    /// Records the case's title and organisation; called once, by `Workspace.create`.
    func createCase(title: String, organization: String?) throws {
        try write { db in
            try CaseInfo(title: title, organization: Validate.optional(organization), createdAt: timestampNow()).insert(db)
        }
    }

    /// Counts of every kind of record and the number of proof gaps.
    public func status() throws -> CaseStatus {
        let matrix = try proofMatrix()
        let gaps = matrix.gapCount
        return try read { db in
            let review = try Int64.fetchAll(
                db, sql: "SELECT id FROM allegation WHERE crimeKeyToReview AND crimeKey = 'deportation' ORDER BY id")
            let info = try CaseInfo.fetchOne(db, key: 1)
            func count(_ table: String) throws -> Int {
                try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM \(table)") ?? 0
            }
            let head = try Row.fetchOne(db, sql: "SELECT sequence, eventHash FROM custody_event ORDER BY sequence DESC LIMIT 1")
            let lastVerified = try String.fetchOne(
                db, sql: "SELECT occurredAt FROM custody_event WHERE action = 'verified' ORDER BY sequence DESC LIMIT 1")
            var status = CaseStatus(
                title: info?.title ?? "(untitled case)", organization: info?.organization,
                witnesses: try count("witness"), testimonies: try count("testimony"), incidents: try count("incident"),
                actors: try count("actor"), allegations: try count("allegation"), attacks: try count("attack"),
                attributions: try count("attribution"),
                citations: try count("citation"), evidenceItems: try count("evidence_item"),
                custodyEvents: try count("custody_event"), custodyHeadSequence: head?["sequence"] ?? 0,
                custodyHeadHash: head?["eventHash"], lastVerified: lastVerified, proofGaps: gaps,
                liabilityGaps: matrix.liabilityGapCount, allegationsToReview: review.map { RecordID(.allegation, $0) })
            status.recommendations = try count("recommendation")
            status.recommendationsAssessed =
                try Int.fetchOne(
                    db, sql: "SELECT COUNT(DISTINCT recommendationId) FROM recommendation_assessment") ?? 0
            status.ourRecommendations = try count("our_recommendation")
            status.invalidCountryCodes = try Self.invalidCountryCodes(in: db)
            return status
        }
    }
}
