import Foundation

extension OpenCase {
    /// The largest text item read whole for the scan (a transcript, not a database dump).
    static let largestScannedText: Int64 = 256 << 20

    /// Checks the text of every text evidence item about to leave the case (a transcript in a
    /// bag), unless the user named it in `--include-identifying` for a bag meant for a court under
    /// seal; each such inclusion is recorded in the custody log. A hit names the item and suggests
    /// its redacted copy.
    func checkTextPayloads(_ items: [EvidenceItemRecord], guard leakGuard: LeakGuard, options: LeakScanOptions, handler: Handler, what: String) throws {
        let included = Set(options.includeIdentifying)
        if leakGuard.isActive {
            for item in items where !included.contains(RecordID(.evidence, item.id ?? 0)) {
                guard let text = try readText(of: item) else { continue }
                do {
                    try leakGuard.check(text, place: "evidence item")
                } catch ProtectionError.leak(let witness, let field, _) {
                    throw ProtectionError.leakInEvidence(item: RecordID(.evidence, item.id ?? 0), name: item.originalName, witness: witness, field: field)
                }
            }
        }
        let logged = items.compactMap { $0.id }.map { RecordID(.evidence, $0) }.filter(included.contains)
        guard !logged.isEmpty else { return }
        _ = try database.write { db in
            try appendCustody(
                logged.map { id in
                    NewCustodyEvent(
                        evidenceId: id.number, action: .leakScanWaived, handler: handler,
                        note: "\(what): \(id) included without checking its text for witness identities (--include-identifying)")
                }, in: db)
        }
    }

    /// The UTF-8 text of an item that is text (by its media type, or, with none, by its content).
    private func readText(of item: EvidenceItemRecord) throws -> String? {
        let textual = item.mediaType.map { $0.hasPrefix("text/") || ["application/json", "application/xml"].contains($0) }
        guard textual != false, item.size <= Self.largestScannedText else { return nil }
        let bytes = try PosixFile.readAll(objects.objectPath(item.sha256))
        return String(validating: bytes.prefix(Int(item.size)), as: UTF8.self)
    }
}
