import Foundation
import GRDB

/// The whole case as one JSON document, for scripts and for moving a case between tools.
/// Witnesses appear by pseudonym only: sealed identities are never exported.
public struct CaseExport: Codable, Sendable {
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
}

extension OpenCase {
    /// Writes the case as JSON to a new file (mode 0600), after the leak scan of its whole text.
    public func exportJSON(to path: String, handler: Handler, leakScan: LeakScanOptions = LeakScanOptions()) throws -> JSONExportSummary {
        try PosixFile.refuseExisting(path)
        let status = try database.status()
        let export = CaseExport(
            format: "casebook-case/1", exportedAt: timestampNow(), title: status.title, organization: status.organization,
            witnesses: try database.witnesses(), testimonies: try database.testimonies(), incidents: try database.incidents(),
            actors: try database.actors(), proofMatrix: try database.proofMatrix(), attacks: try database.attacks(), evidence: try evidenceItems(),
            custodyLog: try custodyLog())
        let text = try JSONOutput.encode(export) + "\n"
        let (leakGuard, warning) = try leakGuard(for: "The JSON export", options: leakScan, handler: handler)
        try leakGuard.check(text, place: "the JSON export")
        try PosixFile.writeNew(path, contents: Array(text.utf8), mode: 0o600)
        return JSONExportSummary(file: path, bytes: text.utf8.count, warnings: warning.map { [$0] } ?? [])
    }
}
