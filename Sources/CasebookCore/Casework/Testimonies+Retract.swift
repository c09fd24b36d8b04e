import CasebookModel
import CasebookStore

/// What `testimony retract` was asked: the passage a witness withdrew, and why.
public struct PassageWithdrawal: Sendable {
    public var testimony: RecordID
    /// The pinpoint withdrawn, as citations write it ("para. 12", "p. 3", "paras. 10-14").
    public var passage: String
    /// Why, in the team's words (not shown in public documents).
    public var reason: String
    /// When the withdrawal was first recorded, for one carried over from another case's export
    /// (UTC, `YYYY-MM-DDTHH:MM:SSZ`); nil for now.
    public var recordedAt: String?

    public init(testimony: RecordID, passage: String, reason: String, recordedAt: String? = nil) {
        self.testimony = testimony
        self.passage = passage
        self.reason = reason
        self.recordedAt = recordedAt
    }
}

/// What a withdrawal did: the citations of the passage that stopped counting, so the team can see
/// which elements lost a source.
public struct PassageWithdrawalResult: Codable, Sendable, Equatable {
    public let testimony: RecordID
    public let retraction: PassageRetraction
    /// Each citation now withdrawn: the allegation (`AL-n`) or attack (`AT-n`), the element, the pinpoint.
    public let citations: [WithdrawnCitation]
}

/// A citation of a withdrawn passage.
public struct WithdrawnCitation: Codable, Sendable, Equatable {
    public let citedFor: RecordID
    /// The element key, nil for the allegation as a whole.
    public let element: String?
    public let pinpoint: String
}

extension AppDatabase {
    /// Records that the witness withdrew a passage of her testimony: the citations of that passage
    /// stop counting (they stay, shown as withdrawn), and the withdrawal enters the testimony's history.
    package func withdrawPassage(_ input: PassageWithdrawal, handler: Handler) throws -> PassageWithdrawalResult {
        let id = input.testimony
        guard id.kind == .testimony else { throw RecordError.wrongKind(id, expected: [.testimony], role: .subject) }
        let passage = try Validate.required(input.passage, "passage withdrawn")
        let reason = try Validate.required(input.reason, "reason for the withdrawal")
        let parts = PinpointParts(passage)
        guard !parts.places.isEmpty else {
            throw RecordError.invalidValue(
                field: "passage", value: passage, accepted: "write it as citations write it, for example para. 12 or p. 3")
        }
        return try writeTransaction { tx in
            try tx.requireExists(id, kind: .testimony)
            if let earlier = try tx.testimonyRetractions().first(where: {
                $0.testimonyId == id.number && PinpointParts($0.passage).covers(parts)
            }) {
                throw RecordError.passageAlreadyWithdrawn(
                    id, passage: passage, withdrawnAs: earlier.passage, date: String(earlier.recordedAt.prefix(10)))
            }
            let now = input.recordedAt.flatMap { Self.isTimestamp($0) ? $0 : nil } ?? timestampNow()
            var row = TestimonyRetractionRecord(
                testimonyId: id.number, passage: passage, reason: reason, handler: handler.name, recordedAt: now)
            try tx.insert(&row)
            try Self.appendHistory(
                [
                    FieldChange(
                        field: TrackedField.withdrawnPassage, label: TrackedField.withdrawnPassageLabel, old: nil,
                        new: "\(passage): \(reason)", sealed: false)
                ], of: id, handler: handler, in: tx)
            let covered = { (pinpoint: String?) in pinpoint.map { parts.covers(PinpointParts($0)) } ?? false }
            var citations: [WithdrawnCitation] = []
            for c in try tx.fetchAll(CitationRecord.self) where c.testimonyId == id.number && covered(c.pinpoint) {
                citations.append(
                    WithdrawnCitation(
                        citedFor: RecordID(.allegation, c.allegationId), element: c.elementKey, pinpoint: c.pinpoint ?? ""))
            }
            for c in try tx.fetchAll(AttackCitationRecord.self) where c.testimonyId == id.number && covered(c.pinpoint) {
                citations.append(
                    WithdrawnCitation(citedFor: RecordID(.attack, c.attackId), element: c.elementKey, pinpoint: c.pinpoint ?? ""))
            }
            return PassageWithdrawalResult(
                testimony: id, retraction: PassageRetraction(passage: passage, reason: reason, recordedAt: now),
                citations: citations)
        }
    }
}

extension AppDatabase {
    /// Whether `text` is a UTC timestamp as the case stores them: `2024-02-01T09:30:00Z`.
    static func isTimestamp(_ text: String) -> Bool {
        let pattern = Array("dddd-dd-ddTdd:dd:ddZ")
        let given = Array(text)
        return given.count == pattern.count
            && zip(given, pattern).allSatisfy { $1 == "d" ? $0.isASCII && $0.isNumber : $0 == $1 }
    }
}

extension Case {
    /// Records that a witness withdrew a passage of her testimony; its citations stop counting.
    public func withdrawPassage(_ input: PassageWithdrawal, handler: Handler) throws -> PassageWithdrawalResult {
        try database.withdrawPassage(input, handler: handler)
    }
}
