import CasebookModel
import Foundation
import GRDB

/// Evidence items, their inspection and metadata, and the objects pending storage.
extension StoreTransaction {
    /// Every evidence item, oldest first.
    package func evidenceItems() throws -> [EvidenceItemRecord] {
        try EvidenceItemRecord.order(EvidenceItemRecord.Columns.id).fetchAll(db)
    }

    /// The evidence item whose content has SHA-256 `sha256`, if any.
    package func evidenceItem(sha256: String) throws -> EvidenceItemRecord? {
        try EvidenceItemRecord.filter(EvidenceItemRecord.Columns.sha256 == sha256).fetchOne(db)
    }

    /// Notes that an object with SHA-256 `sha256` is being stored, unless it is noted already.
    package func notePendingObject(sha256: String, createdAt: String) throws {
        try db.execute(
            sql: "INSERT OR IGNORE INTO pending_object (sha256, createdAt) VALUES (?, ?)", arguments: [sha256, createdAt])
    }

    /// Forgets the note that an object was being stored, once its evidence row is committed.
    package func forgetPendingObject(sha256: String) throws {
        try AppDatabase.forgetPendingObject(sha256: sha256, in: db)
    }

    /// Records that evidence item `copy` is a redacted copy of `original`.
    package func markRedactedCopy(_ copy: Int64, of original: Int64) throws {
        try AppDatabase.markRedactedCopy(copy, of: original, in: db)
    }

    /// Forgets what an older version of the reader found in one item's file, so that it is read again.
    package func forgetInspection(evidenceId: Int64) throws {
        try EvidenceInspectionRecord.forget(evidenceId: evidenceId, in: db)
    }

    /// Stores what reading an item's file found, keeping what an earlier reading stored.
    package func storeInspection(_ inspection: EvidenceInspectionRecord, fields: [EvidenceMetadataRecord]) throws {
        try inspection.insert(db, onConflict: .ignore)
        for var field in fields { try field.insert(db, onConflict: .ignore) }
    }

    /// The inspections of the evidence items numbered `evidenceIds`.
    package func inspections(ofEvidence evidenceIds: [Int64]) throws -> [EvidenceInspectionRecord] {
        try EvidenceInspectionRecord.filter(evidenceIds.contains(EvidenceInspectionRecord.Columns.evidenceId)).fetchAll(db)
    }

    /// The metadata fields of the evidence items numbered `evidenceIds`, by item and position.
    package func metadataFields(ofEvidence evidenceIds: [Int64]) throws -> [EvidenceMetadataRecord] {
        try EvidenceMetadataRecord.filter(evidenceIds.contains(EvidenceMetadataRecord.Columns.evidenceId))
            .order(EvidenceMetadataRecord.Columns.evidenceId, EvidenceMetadataRecord.Columns.position).fetchAll(db)
    }
}
