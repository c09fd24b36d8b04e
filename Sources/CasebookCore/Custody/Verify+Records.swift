import CasebookModel
import CasebookStore
import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

extension Case {
    /// Each item's record must be what its `ingested` event logged, field by field; and every
    /// item the log names must still have its record and its stored copy.
    static func checkRecords(_ snapshot: VerifySnapshot, inventory: [String: String]) -> [VerifyProblem] {
        var problems: [VerifyProblem] = []
        var ingestedEvents: [Int64: CustodyEventRecord] = [:]
        var firstMention: [Int64: CustodyEventRecord] = [:]
        for event in snapshot.events {
            guard let id = event.evidenceId else { continue }
            if firstMention[id] == nil { firstMention[id] = event }
            if event.action == CustodyAction.ingested.rawValue, ingestedEvents[id] == nil { ingestedEvents[id] = event }
        }
        var recorded: Set<Int64> = []
        for item in snapshot.items {
            let id = item.id ?? 0
            recorded.insert(id)
            guard let ingested = ingestedEvents[id] else {
                problems.append(
                    VerifyProblem(
                        kind: .eventDeleted, subject: "E-\(id)", message: "the custody log has no 'ingested' event for this item"))
                continue
            }
            if ingested.encoding >= 2 {
                let logged = ingested.detailFields
                var differing: [String] = []
                if ingested.objectSha256 != item.sha256 { differing.append("SHA-256") }
                for field in ProvenanceField.allCases where logged[field.rawValue] != field.value(in: item) {
                    differing.append(field.spoken)
                }
                if !differing.isEmpty {
                    problems.append(
                        VerifyProblem(
                            kind: .recordChanged, subject: "E-\(id)",
                            message:
                                "the evidence record differs from its 'ingested' event (event \(ingested.sequence)) in: \(differing.joined(separator: ", "))"
                        ))
                }
            } else {
                // Version 1 events carry size and SHA-512 only inside their note.
                let note = ingested.note ?? ""
                let recordsHashAndSize = Self.bytes(of: note, contain: ", \(item.size) bytes, sha512 \(item.sha512)")
                if ingested.objectSha256 != item.sha256 || !recordsHashAndSize {
                    problems.append(
                        VerifyProblem(
                            kind: .recordChanged, subject: "E-\(id)",
                            message:
                                "the hashes recorded for this item differ from those logged when it was ingested (event \(ingested.sequence))"
                        ))
                }
            }
        }
        // Nothing may vanish: an item the log names has its record, and its stored copy.
        for (id, event) in firstMention.sorted(by: { $0.key < $1.key }) where !recorded.contains(id) {
            let sha = ingestedEvents[id]?.objectSha256 ?? event.objectSha256
            let objectGone = sha.map { inventory[$0] == nil } ?? true
            problems.append(
                VerifyProblem(
                    kind: .itemDeleted, subject: "E-\(id)",
                    message: "the custody log names this item (from event \(event.sequence)), but its evidence record is gone"
                        + (objectGone ? ", and so is its stored copy" : "")))
        }
        // An id SQLite handed out that neither a record nor the log accounts for: the newest
        // items and every event about them were removed.
        if snapshot.highestEvidenceID > 0 {
            for id in 1...snapshot.highestEvidenceID where !recorded.contains(id) && firstMention[id] == nil {
                problems.append(
                    VerifyProblem(
                        kind: .itemDeleted, subject: "E-\(id)",
                        message:
                            "this item was created (the database has handed out its number), but its record and every event about it are gone"
                    ))
            }
        }
        return problems
    }

    /// Each witness's consent must be the last consent the log recorded for them (the order of
    /// scopes does not matter). Since witnesses' first consent is logged when they are added, a
    /// witness with no consent event is reported, unless it was added before that (no witness
    /// with a lower number has its add logged).
    static func checkConsent(_ snapshot: VerifySnapshot) -> (problems: [VerifyProblem], notes: [String]) {
        var logged: [Int64: (consent: String, sequence: Int64)] = [:]
        var firstLoggedAdd: Int64?
        for event in snapshot.events where event.action == CustodyAction.consentChanged.rawValue {
            guard let recorded = ConsentEvent(event) else { continue }
            let witness = recorded.witness.number
            logged[witness] = (recorded.consent, event.sequence)
            if recorded.reason == .added, firstLoggedAdd.map({ witness < $0 }) ?? true {
                firstLoggedAdd = witness
            }
        }
        var problems: [VerifyProblem] = []
        var unlogged: [String] = []
        for (witness, current) in snapshot.consent.sorted(by: { $0.key < $1.key }) {
            let shown = current.isEmpty ? "none" : current
            guard let last = logged[witness] else {
                if Self.sameConsent(shown, "none") { continue }
                if let first = firstLoggedAdd, witness > first {
                    problems.append(
                        VerifyProblem(
                            kind: .consentChanged, subject: "W-\(witness)",
                            message:
                                "this witness's consent is '\(shown)', but the custody log has no record of any consent for them"))
                } else {
                    unlogged.append("W-\(witness)")
                }
                continue
            }
            if !Self.sameConsent(shown, last.consent) {
                problems.append(
                    VerifyProblem(
                        kind: .consentChanged, subject: "W-\(witness)",
                        message:
                            "this witness's consent is now '\(shown)', but the custody log last recorded '\(last.consent)' (event \(last.sequence))"
                    ))
            }
        }
        var notes: [String] = []
        if !unlogged.isEmpty {
            notes.append(
                "The consent of \(unlogged.joined(separator: ", ")) is not in the log (recorded before this version): it cannot be checked until it is next set."
            )
        }
        return (problems, notes)
    }

    /// Two consent lists with the same scopes, in any order (`none` is no scope).
    static func sameConsent(_ a: String, _ b: String) -> Bool {
        let scopes = { (text: String) -> Set<String> in
            Set(
                text.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces).lowercased() }.filter {
                    !$0.isEmpty && $0 != "none"
                })
        }
        return scopes(a) == scopes(b)
    }

    /// A plain byte search: the generic string algorithms cost more than the hashing here.
    static func bytes(of text: String, contain fragment: String) -> Bool {
        var text = text
        var fragment = fragment
        return text.withUTF8 { haystack in
            fragment.withUTF8 { needle in
                guard let first = needle.first, needle.count <= haystack.count else { return needle.isEmpty }
                for start in 0...(haystack.count - needle.count) where haystack[start] == first {
                    if memcmp(haystack.baseAddress! + start, needle.baseAddress!, needle.count) == 0 { return true }
                }
                return false
            }
        }
    }
}
