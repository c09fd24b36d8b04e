import CasebookCore
import CasebookModel
import CasebookProtection
import CasebookStore
import Foundation

extension Case {
    /// Imports an evidence sheet: every row is checked first (the file exists, inside the sheet's
    /// folder; its metadata reads), then each new file is ingested with its own metadata through
    /// the evidence pipeline, and given its external id. A row whose external id the case already
    /// holds is left as it is: an evidence item's content never changes.
    func importEvidence(
        _ tables: [ImportTable], problems: [ImportProblem], warnings: [String], request: ImportRequest
    ) throws -> ImportSummary {
        let file = request.path
        let context = ImportContext(file: file, handler: request.handler, passphrase: .none)
        context.problems = problems
        let folder = URL(fileURLWithPath: file).deletingLastPathComponent().standardizedFileURL.resolvingSymlinksInPath().path
        var planned: [PlannedEvidence] = []
        var claimed: [RecordID: Int] = [:]
        // The notes enter the custody log for good: checked for witness identities first.
        let noteColumns = ["kind", "description", "source", "acquired_by"]
        let anyNotes = tables.flatMap(\.rows).contains { row in noteColumns.contains { row.nonEmpty($0) != nil } }
        let notes = try custodyNoteGuard(
            CustodyNoteCheck(passphrase: request.passphrase),
            notes: anyNotes ? "The kind, description, source and acquired_by columns of an evidence sheet" : nil)
        try notes.check(request.handler.name, place: "the handler's name")
        for row in tables.flatMap(\.rows) {
            for column in noteColumns {
                _ = context.attempt(row, column: column) {
                    do {
                        try notes.check(row.nonEmpty(column), place: column)
                    } catch ProtectionError.leakIntoCustodyLog(let witness, let field, _) {
                        throw ImportRowFailure(
                            column: column,
                            message:
                                "holds the protected \(field.label) of \(witness), which the custody log would keep for good and carry into every bag; refer to the witness by pseudonym or id"
                        )
                    }
                }
            }
            _ = context.attempt(row, column: "path") {
                guard let relative = row.nonEmpty("path") else {
                    throw ImportRowFailure(column: "path", message: "is empty; give the file's path relative to \(file)")
                }
                let resolved = URL(fileURLWithPath: relative, relativeTo: URL(fileURLWithPath: folder + "/"))
                    .standardizedFileURL.resolvingSymlinksInPath().path
                guard !relative.hasPrefix("/"), resolved.hasPrefix(folder + "/") else {
                    throw ImportRowFailure(
                        column: "path",
                        message:
                            "'\(relative)' is outside the folder of \(file); put the file beside the sheet or in a folder below it")
                }
                var isDirectory: ObjCBool = false
                guard FileManager.default.fileExists(atPath: resolved, isDirectory: &isDirectory), !isDirectory.boolValue else {
                    throw ImportRowFailure(column: "path", message: "there is no file '\(relative)' in the folder of \(file)")
                }
                do {
                    _ = try Self.acquisitionTime(row["acquired_at"])
                } catch let error as any CasebookFailure {
                    throw ImportRowFailure(column: "acquired_at", message: error.description)
                }
                let existing = try row.nonEmpty("external_id").flatMap { key in
                    try database.readTransaction { tx in try Self.byExternalID(key, .evidence, in: tx) }
                }
                let transcriptOf = try transcriptOf(row, existing: existing, claimed: &claimed, context)
                let reliability = try SourceReliability.parse(row["reliability"] ?? "")
                // A witness, or one of her testimonies (the item is then counted with that witness).
                let providedBy = try row.nonEmpty("provided_by").map { text in
                    if let id = try? RecordID(parsing: text), id.kind == .testimony {
                        return try resolve(text, .testimony, "provided_by", context)
                    }
                    if (try? RecordID(parsing: text)) == nil, let testimony = try? resolve(text, .testimony, "provided_by", context)
                    {
                        return testimony
                    }
                    return try resolve(text, .witness, "provided_by", context)
                }
                let derivedFrom = try row.nonEmpty("derived_from").map { text in
                    do {
                        return try resolveSource(text, context)
                    } catch let failure as ImportRowFailure {
                        throw ImportRowFailure(column: "derived_from", message: failure.message)
                    }
                }
                planned.append(
                    PlannedEvidence(
                        row: row, path: resolved, existing: existing, transcriptOf: transcriptOf, reliability: reliability,
                        providedBy: providedBy, derivedFrom: derivedFrom))
            }
        }
        if !context.problems.isEmpty { throw context.failure }
        var warnings = warnings
        for plan in planned where plan.existing == nil {
            guard let hit = notes.hit(in: (plan.path as NSString).lastPathComponent) else { continue }
            warnings.append(
                "\(file):\(plan.row.line): path: the file's name holds the protected \(hit.field.label) of \(hit.witness). The name is kept as part of the file's provenance, in the custody log, so every bag of this case will be stopped unless the handler allows \(hit.witness):\(hit.field.rawValue) for it (recorded in the custody log)."
            )
        }
        try requireUsableKey(for: request.handler)
        var count = ImportCounts(kind: .evidence)
        for (index, plan) in planned.enumerated() {
            defer { request.progress?(index + 1, planned.count) }
            if let existing = plan.existing {
                let linked = try linkTranscript(existing, to: plan.transcriptOf, handler: request.handler)
                if linked { count.updated += 1 } else { count.unchanged += 1 }
                continue
            }
            var ingest = IngestRequest(
                paths: [RawPath(plan.path)], kind: plan.row.nonEmpty("kind"), description: plan.row.nonEmpty("description"),
                source: plan.row.nonEmpty("source"), acquiredBy: plan.row.nonEmpty("acquired_by"),
                acquiredAt: plan.row.nonEmpty("acquired_at"), handler: request.handler, jobs: 1)
            ingest.reliability = plan.reliability
            ingest.reliabilityNote = plan.row.nonEmpty("reliability_note")
            ingest.noteCheck = .checkedAlready
            ingest.providedBy = plan.providedBy
            ingest.derivedFrom = plan.derivedFrom
            let report = try self.ingest(ingest)
            if let failed = report.failed.first {
                throw ImportError.unreadable(file: failed.path, reason: failed.reason)
            }
            guard let item = report.items.first else { continue }
            let linked = try linkTranscript(item.id, to: plan.transcriptOf, handler: request.handler)
            if item.sameContentAs == nil { count.added += 1 } else if linked { count.updated += 1 } else { count.unchanged += 1 }
            if let key = plan.row.nonEmpty("external_id") {
                try database.writeTransaction { tx in
                    try tx.setExternalIdIfUnset(key, evidence: item.id.number)
                }
            }
        }
        return ImportSummary(file: file, kinds: [count], warnings: warnings)
    }
}

/// One row of an evidence sheet, checked and ready to ingest.
struct PlannedEvidence {
    let row: ImportRow
    let path: String
    let existing: RecordID?
    let transcriptOf: RecordID?
    let reliability: SourceReliability?
    let providedBy: RecordID?
    let derivedFrom: RecordID?
}
