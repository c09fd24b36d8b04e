import CasebookModel
import CasebookStore
import Foundation

/// What a `consent-changed` event records about one witness, as its named lines say it: the
/// witness, the consent after the event (`none` when no scope), and whether the event was
/// logged when the witness was added or for a later change.
///
/// `verify` reads these lines, never the note; only events written before the lines existed
/// are read from their note (`legacy(_:)`).
struct ConsentEvent: Equatable {
    /// Why the event was logged: its `reason` line.
    enum Reason: String {
        /// The consent given when the witness was added.
        case added
        /// A later change (`witness consent`, `witness update --consent`, an import).
        case changed
        /// The one-time conversion of the retired `icc` scope to `icc-lead`.
        case converted
    }

    let witness: RecordID
    let consent: String
    let reason: Reason

    /// The event's named lines, in the order of the README's table: `witness`, `consent`, `reason`.
    var detailLines: String {
        CustodyEventRecord.detailLines([
            ("witness", witness.description), ("consent", consent), ("reason", reason.rawValue),
        ])
    }

    /// What a consent event records: from its named lines, or for an event written before they
    /// were complete, from its note.
    init?(_ event: CustodyEventRecord) {
        let fields = event.detailFields
        guard let witness = fields["witness"].flatMap(Self.witness(_:)), let consent = fields["consent"],
            let reason = fields["reason"].flatMap(Reason.init(rawValue:))
        else {
            guard let legacy = Self.legacy(event) else { return nil }
            self = legacy
            return
        }
        self.init(witness: witness, consent: consent, reason: reason)
    }

    init(witness: RecordID, consent: String, reason: Reason) {
        self.witness = witness
        self.consent = consent
        self.reason = reason
    }

    /// LEGACY: reads a consent event written before its named lines were complete, the one place
    /// a note is read. A version 1 event has no named lines: `W-1 consent set to icc` when the
    /// witness was added, `W-1 consent changed from icc to icc,upr` for a change. A version 2
    /// event written before the `reason` line has `witness` and `consent` lines (or, when written
    /// by `witness update`, none), and the same note. These notes are signed and hashed with the
    /// event, so they are as trustworthy as the lines that replaced them.
    static func legacy(_ event: CustodyEventRecord) -> ConsentEvent? {
        let fields = event.detailFields
        let note = event.note ?? ""
        let reason: Reason = note.contains(" consent set to ") ? .added : .changed
        if let witness = fields["witness"].flatMap(Self.witness(_:)), let consent = fields["consent"] {
            return ConsentEvent(witness: witness, consent: consent, reason: reason)
        }
        guard let space = note.firstIndex(of: " "), let witness = Self.witness(String(note[..<space])),
            let to = note.range(of: " to ", options: .backwards)
        else { return nil }
        return ConsentEvent(witness: witness, consent: String(note[to.upperBound...]), reason: reason)
    }

    /// `W-12` → the witness W-12; nil for anything else.
    static func witness(_ text: String) -> RecordID? {
        guard text.hasPrefix("W-"), let number = Int64(text.dropFirst(2)) else { return nil }
        return RecordID(.witness, number)
    }
}
