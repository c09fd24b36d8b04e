import CasebookCrypto
import CasebookModel
import CasebookProtection
import CasebookStore
import Foundation

/// What the custody log says is sealed for one witness: the SHA-256 of each sealed field's
/// ciphertext, never its value.
///
/// Deleting a sealed row with sqlite3 used to go unnoticed, and the next document carried the
/// clear name the leak scan no longer knew. Every sealing is therefore logged (`identity-sealed`,
/// one event per witness with the state of all its sealed fields after the change), so `verify`
/// and every export can tell that a sealed field has vanished or been replaced.
struct LoggedSealing: Equatable {
    /// Field (its stored name, such as `name` or `other-names`) → SHA-256 of its ciphertext.
    var fields: [String: String]
    /// Whether the log recorded the witness's sealing when the witness was added.
    var loggedAtAdd: Bool
    /// The event that recorded this state.
    var sequence: Int64
}

/// A sealed field whose stored row is not what the custody log last recorded.
struct SealingDifference: Equatable {
    enum Kind: Equatable {
        /// The log records the field; the case no longer holds it.
        case missing
        /// The stored ciphertext is not the one the log records.
        case replaced
        /// The case holds the field; the log never recorded it.
        case unlogged
    }

    let witness: Int64
    let field: String
    let kind: Kind
    /// The event that last recorded the witness's sealed fields, if any.
    let sequence: Int64?

    /// The field in a lawyer's words.
    var label: String { IdentityField(rawValue: field)?.label ?? "identity field '\(field)'" }
}

/// Why a witness's sealed fields were (re)written, as the `identity-sealed` event records it.
enum SealingReason: String {
    /// The witness was added with identity fields (by `witness add` or an import).
    case added
    /// Identity fields were changed or cleared.
    case updated
    /// Every field was re-sealed under a new passphrase.
    case resealed = "re-sealed"

    /// The words of the event's note.
    var spoken: String {
        switch self {
        case .added: "sealed when the witness was added"
        case .updated: "sealed fields changed"
        case .resealed: "re-sealed under a new passphrase"
        }
    }
}

extension Case {
    /// The prefix of a sealed field's line in an `identity-sealed` event (`sealed-name: <sha256>`).
    static let sealedLinePrefix = "sealed-"

    /// Appends one `identity-sealed` event per witness, recording the SHA-256 of every field now
    /// sealed for them, inside the caller's transaction (after the sealing itself).
    func logSealing(of witnesses: [Int64], reason: SealingReason, handler: Handler, in tx: StoreTransaction) throws {
        guard !witnesses.isEmpty else { return }
        let rows = try tx.sealedIdentities(ofWitnesses: witnesses)
        var byWitness: [Int64: [SealedIdentityRecord]] = [:]
        for row in rows { byWitness[row.witnessId, default: []].append(row) }
        var events: [NewCustodyEvent] = []
        for witness in Set(witnesses).sorted() {
            let sealed = (byWitness[witness] ?? []).sorted { Self.fieldOrder($0.field) < Self.fieldOrder($1.field) }
            var pairs: [(String, String?)] = [("witness", RecordID(.witness, witness).description), ("reason", reason.rawValue)]
            for row in sealed {
                pairs.append((Self.sealedLinePrefix + row.field, try Digest.of(Array(row.sealed), using: .sha256).hex))
            }
            let labels = sealed.map { IdentityField(rawValue: $0.field)?.label ?? $0.field }
            let state = labels.isEmpty ? "no identity field is sealed now" : "sealed now: " + labels.joined(separator: ", ")
            events.append(
                NewCustodyEvent(
                    action: .identitySealed, handler: handler,
                    note: "\(RecordID(.witness, witness)) identity \(reason.spoken); \(state) (values never logged)",
                    details: CustodyEventRecord.detailLines(pairs)))
        }
        try appendCustody(events, in: tx)
    }

    /// The fields' canonical order in an event: the order of `IdentityField`, unknown ones last.
    static func fieldOrder(_ field: String) -> Int {
        IdentityField.allCases.firstIndex { $0.rawValue == field } ?? IdentityField.allCases.count
    }

    /// The last sealing state the log records for each witness.
    static func loggedSealing(_ events: [CustodyEventRecord]) -> [Int64: LoggedSealing] {
        var logged: [Int64: LoggedSealing] = [:]
        for event in events where event.action == CustodyAction.identitySealed.rawValue {
            let details = event.detailFields
            guard let witness = details["witness"].flatMap({ ConsentEvent.witness($0)?.number }) else { continue }
            var fields: [String: String] = [:]
            for (name, value) in details where name.hasPrefix(sealedLinePrefix) {
                fields[String(name.dropFirst(sealedLinePrefix.count))] = value
            }
            let atAdd = logged[witness]?.loggedAtAdd == true || details["reason"] == SealingReason.added.rawValue
            logged[witness] = LoggedSealing(fields: fields, loggedAtAdd: atAdd, sequence: event.sequence)
        }
        return logged
    }

    /// Compares the sealed rows with the log. A witness numbered below the first witness whose
    /// sealing was logged when it was added was sealed before this version: its unlogged fields
    /// are returned apart (`legacy`), since nothing recorded them.
    static func sealingDifferences(events: [CustodyEventRecord], rows: [SealedIdentityRecord]) -> (
        differences: [SealingDifference], legacy: [Int64]
    ) {
        let logged = loggedSealing(events)
        let firstLogged = logged.filter(\.value.loggedAtAdd).keys.min()
        var stored: [Int64: [String: String]] = [:]
        for row in rows {
            stored[row.witnessId, default: [:]][row.field] = (try? Digest.of(Array(row.sealed), using: .sha256).hex) ?? ""
        }
        var differences: [SealingDifference] = []
        var legacy: Set<Int64> = []
        for witness in Set(logged.keys).union(stored.keys).sorted() {
            let now = stored[witness] ?? [:]
            guard let record = logged[witness] else {
                if let firstLogged, witness > firstLogged {
                    for field in now.keys.sorted(by: { fieldOrder($0) < fieldOrder($1) }) {
                        differences.append(SealingDifference(witness: witness, field: field, kind: .unlogged, sequence: nil))
                    }
                } else {
                    legacy.insert(witness)
                }
                continue
            }
            for field in Set(record.fields.keys).union(now.keys).sorted(by: { fieldOrder($0) < fieldOrder($1) }) {
                switch (record.fields[field], now[field]) {
                case (.some, nil):
                    differences.append(SealingDifference(witness: witness, field: field, kind: .missing, sequence: record.sequence))
                case (nil, .some):
                    differences.append(
                        SealingDifference(witness: witness, field: field, kind: .unlogged, sequence: record.sequence))
                case (.some(let expected), .some(let actual)) where expected != actual:
                    differences.append(
                        SealingDifference(witness: witness, field: field, kind: .replaced, sequence: record.sequence))
                default:
                    break
                }
            }
        }
        return (differences, legacy.sorted())
    }

    /// `verify`'s findings: every sealed field that vanished, was replaced or was never logged,
    /// and a note naming the witnesses sealed before sealing was logged.
    static func checkSealing(_ snapshot: VerifySnapshot) -> (problems: [VerifyProblem], notes: [String]) {
        let (differences, legacy) = sealingDifferences(events: snapshot.events, rows: snapshot.sealed)
        let problems = differences.map { difference in
            let subject = RecordID(.witness, difference.witness).description
            let event = difference.sequence.map { " (event \($0))" } ?? ""
            let message: String
            switch difference.kind {
            case .missing:
                message =
                    "the custody log records this witness's sealed \(difference.label)\(event), but the case no longer holds it: it was deleted outside Casebook"
            case .replaced:
                message =
                    "this witness's sealed \(difference.label) is not the one the custody log records\(event): it was replaced outside Casebook"
            case .unlogged:
                message = "this witness's sealed \(difference.label) is not in the custody log: it was added outside Casebook"
            }
            return VerifyProblem(kind: .sealedIdentityChanged, subject: subject, message: message)
        }
        let legacyWithRows = legacy.filter { witness in snapshot.sealed.contains { $0.witnessId == witness } }
        var notes: [String] = []
        if !legacyWithRows.isEmpty {
            let names = legacyWithRows.map { RecordID(.witness, $0).description }.joined(separator: ", ")
            notes.append(
                "The sealed identity of \(names) was recorded before sealing was logged: it cannot be checked until the passphrase is next changed."
            )
        }
        return (problems, notes)
    }
}
