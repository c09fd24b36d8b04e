import CasebookCore
import CasebookModel
import CasebookProtection
import CasebookStore
import Foundation

/// The whole case as one JSON document, for scripts and for moving a case between tools.
/// Witnesses appear by pseudonym only: sealed identities are never exported.
struct CaseExport: Codable, Sendable {
    public let format: String
    public let exportedAt: String
    public let title: String
    public let organization: String?
    public let witnesses: [WitnessSummary]
    public let testimonies: [TestimonySummary]
    public let incidents: [IncidentSummary]
    public let actors: [ActorSummary]
    public let proofMatrix: ProofMatrix
    /// The attacks, each with the proof of its own elements (the matrix links allegations to them).
    public let attacks: [AttackSummary]
    public let evidence: [EvidenceSummary]
    public let custodyLog: [CustodyEntry]
}

/// What `export json` wrote.
public struct JSONExportSummary: Codable, Sendable, Equatable {
    public let file: String
    public let bytes: Int
    public let warnings: [String]
    /// The items whose metadata gives a GPS position or names a person (a warning, not a refusal).
    public var metadataNotices: [MetadataNotice]? = nil
}

extension Case {
    /// Writes the case as JSON to a new file (mode 0600), after the leak scan of every record.
    /// Witnesses' risk notes are left out: they can identify a person as surely as a name.
    public func exportJSON(to path: String, handler: Handler, leakScan: LeakScanOptions = LeakScanOptions()) throws
        -> JSONExportSummary
    {
        try PosixFile.refuseExisting(path)
        try refuseCaseFile(path)
        let status = try database.status()
        let export = CaseExport(
            format: "casebook-case/1", exportedAt: timestampNow(), title: status.title, organization: status.organization,
            witnesses: try database.witnesses().map(\.withoutRiskNotes), testimonies: try database.testimonies(),
            incidents: try database.incidents(), actors: try database.actors(), proofMatrix: try database.proofMatrix(),
            attacks: try database.attacks(), evidence: try evidenceItems(withMetadata: true), custodyLog: try custodyLog())
        let text = try JSONOutput.encode(export) + "\n"
        let (leakGuard, warning) = try leakGuard(for: "The JSON export", options: leakScan, handler: handler)
        try leakGuard.check(export.title, place: "the case title in the JSON export")
        try leakGuard.check(export.organization ?? "", place: "the organisation's name in the JSON export")
        try leakGuard.checkRecords(export.witnesses, kind: "witness", id: \.id.description)
        try leakGuard.checkRecords(export.testimonies, kind: "testimony", id: \.id.description)
        try leakGuard.checkRecords(export.incidents, kind: "incident", id: \.id.description)
        try leakGuard.checkRecords(export.actors, kind: "actor", id: \.id.description)
        try leakGuard.checkRecords(export.attacks, kind: "attack", id: \.id.description)
        // Each item's metadata first, so that a hit names the field it is in.
        let records = try database.readTransaction { tx in try tx.evidenceItems() }
        let notices = try checkMetadata(records, guard: leakGuard, inBag: false)
        let unread = try metadataCapWarnings(records, guard: leakGuard)
        try leakGuard.checkRecords(export.evidence, kind: "evidence item", id: \.id.description)
        try leakGuard.checkRecords(export.custodyLog, kind: "custody event", id: { String($0.sequence) })
        try leakGuard.checkRecords([export.proofMatrix], kind: "proof matrix", id: { _ in "" })
        // Last, the whole text as it will be written, in case a field was missed above.
        try leakGuard.check(Self.unescapedStrings(ofJSON: text).map(\.value).joined(separator: "\n"), place: "the JSON export")
        try PosixFile.writeNew(path, contents: Array(text.utf8), mode: 0o600)
        try logUsedWaivers(leakGuard, what: "The JSON export", handler: handler)
        var summary = JSONExportSummary(file: path, bytes: text.utf8.count, warnings: (warning.map { [$0] } ?? []) + unread)
        summary.metadataNotices = notices.isEmpty ? nil : notices
        return summary
    }
}

extension Case {
    /// Every string of a JSON text, unescaped, with the name of the member that holds it: scanned
    /// as written, an escaped line break ("Kim\\nChol-su") would put an "n" inside a name.
    static func unescapedStrings(ofJSON text: String) throws -> [(member: String, value: String)] {
        var strings: [(String, String)] = []
        func collect(_ value: Any, member: String) {
            switch value {
            case let string as String: strings.append((member, string))
            case let array as [Any]: for element in array { collect(element, member: member) }
            case let object as [String: Any]:
                for (key, element) in object.sorted(by: { $0.key < $1.key }) {
                    strings.append(("name of a member", key))
                    collect(element, member: key)
                }
            default: break
            }
        }
        collect(try JSONSerialization.jsonObject(with: Data(text.utf8), options: [.fragmentsAllowed]), member: "value")
        return strings
    }
}

extension LeakGuard {
    /// Checks each record on its own and each of its text fields, so that a hit names the record
    /// and the field to correct: "the description of incident I-3 in the JSON export".
    func checkRecords<Record: Encodable>(_ records: [Record], kind: String, id: (Record) -> String) throws {
        guard isActive else { return }
        for record in records {
            let name = id(record).isEmpty ? "the \(kind)" : "\(kind) \(id(record))"
            for (member, value) in try Case.unescapedStrings(ofJSON: try JSONOutput.encode(record)) {
                try check(value, place: "the \(Self.fieldName(member)) of \(name) in the JSON export")
            }
        }
    }

    /// A JSON member's name as a lawyer would say it: "originalName" → "original name".
    static func fieldName(_ member: String) -> String {
        var words = ""
        for character in member {
            if character.isUppercase, !words.isEmpty { words.append(" ") }
            words.append(Character(character.lowercased()))
        }
        return words
    }
}
