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
    /// The element key, nil for the allegation as a whole (or an actor's linkage evidence).
    public let element: String?
    /// The actor it was cited for (linkage evidence, or an element of the actor's liability).
    public let actor: RecordID?
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
        if let recorded = input.recordedAt, !Self.isPastTimestamp(recorded) {
            throw RecordError.invalidValue(
                field: "time the withdrawal was recorded", value: recorded,
                accepted: "give a UTC time such as 2024-02-01T09:30:00Z, no later than now")
        }
        let parts = PinpointParts(passage)
        guard parts.unreadable.isEmpty, !parts.places.isEmpty else {
            let bad = parts.unreadable.first.map { "'\($0)' names no page, paragraph or line; " } ?? ""
            throw RecordError.invalidValue(
                field: "passage", value: passage,
                accepted: bad
                    + "write it as citations write it, with its numbers: p. 3, para. 12, paras. 10-14 (at most \(PinpointParts.longestRange - 1) apart), l. 4"
            )
        }
        return try writeTransaction { tx in
            try tx.requireExists(id, kind: .testimony)
            let earlier = try tx.testimonyRetractions(of: id.number)
            let earlierParts = earlier.map { PinpointParts($0.passage) }
            if PinpointParts.covered(parts, by: earlierParts) {
                let overlapping = earlier.filter { old in
                    PinpointParts(old.passage).places.contains { kind, values in
                        !(parts.places[kind] ?? []).isDisjoint(with: values)
                    }
                }
                let first = overlapping.first ?? earlier[0]
                throw RecordError.passageAlreadyWithdrawn(
                    id, passage: passage, withdrawnAs: overlapping.map(\.passage).joined(separator: "', '"),
                    date: String(first.recordedAt.prefix(10)))
            }
            let now = input.recordedAt ?? timestampNow()
            var row = TestimonyRetractionRecord(
                testimonyId: id.number, passage: passage, reason: reason, handler: handler.name, recordedAt: now)
            try tx.insert(&row)
            try Self.appendHistory(
                [
                    FieldChange(
                        field: TrackedField.withdrawnPassage, label: TrackedField.withdrawnPassageLabel, old: nil,
                        new: "\(passage): \(reason)", sealed: false)
                ], of: id, handler: handler, in: tx)
            let all = earlierParts + [parts]
            let covered = { (pinpoint: String?) in pinpoint.map { PinpointParts.covered(PinpointParts($0), by: all) } ?? false }
            var citations: [WithdrawnCitation] = []
            let cited = try tx.citations(ofTestimony: id.number)
            for c in cited.allegations where covered(c.pinpoint) {
                citations.append(
                    WithdrawnCitation(
                        citedFor: RecordID(.allegation, c.allegationId), element: c.elementKey,
                        actor: c.actorId.map { RecordID(.actor, $0) }, pinpoint: c.pinpoint ?? ""))
            }
            for c in cited.attacks where covered(c.pinpoint) {
                citations.append(
                    WithdrawnCitation(
                        citedFor: RecordID(.attack, c.attackId), element: c.elementKey, actor: nil, pinpoint: c.pinpoint ?? ""))
            }
            return PassageWithdrawalResult(
                testimony: id, retraction: PassageRetraction(passage: passage, reason: reason, recordedAt: now),
                citations: citations)
        }
    }
}

extension AppDatabase {
    /// Whether `text` is a real UTC time as the case stores them (`2024-02-01T09:30:00Z`), not after now.
    static func isPastTimestamp(_ text: String) -> Bool {
        let pattern = Array("dddd-dd-ddTdd:dd:ddZ")
        let given = Array(text)
        guard given.count == pattern.count,
            zip(given, pattern).allSatisfy({ $1 == "d" ? $0.isASCII && $0.isNumber : $0 == $1 }),
            (try? DateSpan(parsing: String(text.prefix(10)))) != nil,
            let hour = Int(text.dropFirst(11).prefix(2)), let minute = Int(text.dropFirst(14).prefix(2)),
            let second = Int(text.dropFirst(17).prefix(2)), hour < 24, minute < 60, second < 60
        else { return false }
        return text <= timestampNow()
    }
}

extension Case {
    /// Records that a witness withdrew a passage of her testimony; its citations stop counting.
    public func withdrawPassage(_ input: PassageWithdrawal, handler: Handler) throws -> PassageWithdrawalResult {
        try database.withdrawPassage(input, handler: handler)
    }
}
