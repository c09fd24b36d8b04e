import CasebookModel
import GRDB

/// Every schema change the case database has ever had, in order.
///
/// Case databases outlive versions of Casebook and may be evidence themselves:
/// a shipped migration is never edited, only followed by a new one.
extension AppDatabase {
    package static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()

        migrator.registerMigration("v1: case records, links, evidence and custody") { db in
            try db.create(table: "case_info") { t in
                t.primaryKey("id", .integer).check { $0 == 1 }
                t.column("title", .text).notNull()
                t.column("organization", .text)
                t.column("createdAt", .text).notNull()
            }
            try db.create(table: "witness") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("pseudonym", .text).notNull().unique().collate(.nocase)
                t.column("sex", .text)
                t.column("birthYear", .integer)
                t.column("origin", .text)
                t.column("leftYear", .integer)
                t.column("consent", .text).notNull().defaults(to: "")
                t.column("riskNotes", .text)
                t.column("createdAt", .text).notNull()
            }
            try db.create(table: "evidence_item") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("sha256", .text).notNull().unique()
                t.column("sha512", .text).notNull()
                t.column("size", .integer).notNull()
                t.column("mediaType", .text)
                t.column("kind", .text)
                t.column("originalName", .text).notNull()
                t.column("description", .text)
                t.column("source", .text)
                t.column("acquiredBy", .text)
                t.column("acquiredAt", .text)
                t.column("ingestedAt", .text).notNull()
            }
            try db.create(table: "testimony") { t in
                t.autoIncrementedPrimaryKey("id")
                t.belongsTo("witness", onDelete: .restrict).notNull()
                t.column("dateText", .text).notNull()
                t.column("dateStart", .text).notNull()
                t.column("dateEnd", .text).notNull()
                t.column("interviewer", .text)
                t.column("place", .text)
                t.column("language", .text)
                t.column("summary", .text)
                t.column("reliabilityNotes", .text)
                t.belongsTo("transcript", inTable: "evidence_item", onDelete: .restrict)
                t.column("createdAt", .text).notNull()
            }
            try db.create(table: "incident") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("title", .text).notNull()
                t.column("dateText", .text).notNull()
                t.column("dateStart", .text).notNull()
                t.column("dateEnd", .text).notNull()
                t.column("place", .text)
                t.column("country", .text)
                t.column("latitude", .double)
                t.column("longitude", .double)
                t.column("victims", .integer)
                t.column("victimsEstimated", .boolean).notNull().defaults(to: false)
                t.column("victimGroup", .text)
                t.column("description", .text)
                t.column("createdAt", .text).notNull()
            }
            try db.create(table: "actor") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("name", .text).notNull()
                t.column("kind", .text).notNull().check { ["person", "institution"].contains($0) }
                t.column("position", .text)
                t.column("aliases", .text).notNull().defaults(to: "[]")
                t.column("createdAt", .text).notNull()
            }
            try db.create(table: "actor_superior") { t in
                t.autoIncrementedPrimaryKey("id")
                t.belongsTo("actor", onDelete: .cascade).notNull()
                t.belongsTo("superior", inTable: "actor", onDelete: .restrict).notNull()
                t.column("tenureFrom", .text)
                t.column("tenureTo", .text)
                t.uniqueKey(["actorId", "superiorId"])
                t.check(sql: "actorId <> superiorId")
            }
            try db.create(table: "allegation") { t in
                t.autoIncrementedPrimaryKey("id")
                t.belongsTo("incident", onDelete: .restrict).notNull()
                t.column("crimeKey", .text).notNull()
                t.column("createdAt", .text).notNull()
                t.uniqueKey(["incidentId", "crimeKey"])
            }
            try db.create(table: "attribution") { t in
                t.autoIncrementedPrimaryKey("id")
                t.belongsTo("allegation", onDelete: .restrict).notNull()
                t.belongsTo("actor", onDelete: .restrict).notNull()
                t.column("mode", .text).notNull()
                t.column("createdAt", .text).notNull()
                t.uniqueKey(["allegationId", "actorId", "mode"])
            }
            try db.create(table: "citation") { t in
                t.autoIncrementedPrimaryKey("id")
                t.belongsTo("allegation", onDelete: .restrict).notNull()
                t.belongsTo("testimony", onDelete: .restrict)
                t.belongsTo("evidence", inTable: "evidence_item", onDelete: .restrict)
                t.column("elementKey", .text)
                t.belongsTo("actor", onDelete: .restrict)
                t.column("pinpoint", .text)
                t.column("note", .text)
                t.column("createdAt", .text).notNull()
                t.check(sql: "(testimonyId IS NULL) <> (evidenceId IS NULL)")
            }
            try db.create(table: "custody_event") { t in
                t.primaryKey("sequence", .integer)
                t.belongsTo("evidence", inTable: "evidence_item", onDelete: .restrict)
                t.column("action", .text).notNull()
                t.column("handler", .text).notNull()
                t.column("occurredAt", .text).notNull()
                t.column("objectSha256", .text)
                t.column("note", .text)
                t.column("previousHash", .text).notNull()
                t.column("eventHash", .text).notNull()
                t.column("signature", .blob)
            }
        }

        migrator.registerMigration("v2: custody signatures, interrupted ingests, anchors") { db in
            try db.alter(table: "evidence_item") { t in
                t.add(column: "wasSymlink", .boolean).notNull().defaults(to: false)
            }
            try db.alter(table: "custody_event") { t in
                t.add(column: "keyFingerprint", .text)
            }
            try db.create(index: "custody_event_on_evidence", on: "custody_event", columns: ["evidenceId"])
            try db.create(table: "handler_key") { t in
                t.primaryKey("handler", .text)
                t.column("publicKeyPEM", .text).notNull()
                t.column("fingerprint", .text).notNull().unique()
                t.column("createdAt", .text).notNull()
            }
            try db.create(table: "pending_object") { t in
                t.primaryKey("sha256", .text)
                t.column("createdAt", .text).notNull()
            }
            try db.create(table: "anchor") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("sequence", .integer).notNull()
                t.column("headHash", .text).notNull()
                t.column("response", .blob).notNull()
                t.column("genTime", .text)
                t.column("importedAt", .text).notNull()
            }
        }

        migrator.registerMigration("v3: sealed witness identities, redacted copies") { db in
            try db.create(table: "protection") { t in
                t.primaryKey("id", .integer).check { $0 == 1 }
                t.column("salt", .blob).notNull()
                t.column("log2N", .integer).notNull()
                t.column("r", .integer).notNull()
                t.column("p", .integer).notNull()
                t.column("checkValue", .blob).notNull()
                t.column("changedAt", .text).notNull()
            }
            try db.create(table: "witness_identity") { t in
                t.belongsTo("witness", onDelete: .cascade).notNull()
                t.column("field", .text).notNull()
                t.column("sealed", .blob).notNull()
                t.primaryKey(["witnessId", "field"])
            }
            try db.alter(table: "evidence_item") { t in
                t.add(column: "redactedFromId", .integer).references("evidence_item", onDelete: .restrict)
            }
        }

        migrator.registerMigration("v11-attack: the attack directed against a civilian population, with its proof") { db in
            try db.create(table: "attack") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("title", .text).notNull()
                t.column("periodText", .text)
                t.column("periodStart", .text)
                t.column("periodEnd", .text)
                t.column("population", .text)
                t.column("policy", .text)
                t.column("widespread", .text)
                t.column("systematic", .text)
                t.column("description", .text)
                t.column("createdAt", .text).notNull()
            }
            try db.create(table: "attack_citation") { t in
                t.autoIncrementedPrimaryKey("id")
                t.belongsTo("attack", onDelete: .restrict).notNull()
                t.belongsTo("testimony", onDelete: .restrict)
                t.belongsTo("evidence", inTable: "evidence_item", onDelete: .restrict)
                t.column("elementKey", .text).notNull()
                t.column("pinpoint", .text)
                t.column("note", .text)
                t.column("createdAt", .text).notNull()
                t.check(sql: "(testimonyId IS NULL) <> (evidenceId IS NULL)")
            }
        }

        migrator.registerMigration("v11-allegation-details: nexus, attempt, destination, limb, persecution grounds") { db in
            try db.alter(table: "allegation") { t in
                t.add(column: "attackId", .integer).references("attack", onDelete: .restrict)
                t.add(column: "attempted", .boolean).notNull().defaults(to: false)
                t.add(column: "abandonment", .text)
                t.add(column: "destinationState", .text)
                t.add(column: "disappearanceLimb", .text).check { ["a", "b"].contains($0) }
                t.add(column: "persecutionGrounds", .text).notNull().defaults(to: "[]")
                t.add(column: "targetedGroup", .text)
                t.add(column: "connectedAllegationId", .integer).references("allegation", onDelete: .restrict)
                t.add(column: "crimeKeyToReview", .boolean).notNull().defaults(to: false)
            }
            // 'deportation' used to cover forcible transfer too: every such allegation is flagged
            // for a lawyer to confirm or re-key as forcible-transfer.
            try db.execute(sql: "UPDATE allegation SET crimeKeyToReview = 1 WHERE crimeKey = 'deportation'")
        }

        migrator.registerMigration("v10-record-history") { db in
            try db.create(table: "record_history") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("recordKind", .text).notNull().check { ["W", "T", "I", "A"].contains($0) }
                t.column("recordNumber", .integer).notNull()
                t.column("field", .text).notNull()
                t.column("oldValue", .text)
                t.column("newValue", .text)
                t.column("sealed", .boolean).notNull().defaults(to: false)
                t.column("handler", .text).notNull()
                t.column("changedAt", .text).notNull()
                t.check(sql: "sealed = 0 OR (oldValue IS NULL AND newValue IS NULL)")
            }
            try db.create(index: "record_history_on_record", on: "record_history", columns: ["recordKind", "recordNumber"])
            try db.execute(
                sql: """
                    CREATE TRIGGER record_history_refuses_update BEFORE UPDATE ON record_history
                    BEGIN SELECT RAISE(ABORT, 'record_history is append-only: a recorded change cannot be altered'); END;
                    CREATE TRIGGER record_history_refuses_delete BEFORE DELETE ON record_history
                    BEGIN SELECT RAISE(ABORT, 'record_history is append-only: a recorded change cannot be deleted'); END;
                    """)
        }

        migrator.registerMigration("v11r-abandonment: abandonment of an attempt is recorded per person") { db in
            // Art. 25(3)(f): abandonment frees only the person who abandoned. The allegation's own
            // 'abandonment' column is kept as it was, for notes recorded before this migration.
            try db.create(table: "attempt_abandonment") { t in
                t.autoIncrementedPrimaryKey("id")
                t.belongsTo("allegation", onDelete: .restrict).notNull()
                t.belongsTo("actor", onDelete: .restrict).notNull()
                t.column("note", .text).notNull()
                t.column("createdAt", .text).notNull()
                t.uniqueKey(["allegationId", "actorId"])
            }
        }

        migrator.registerMigration("v11r-basis: the basis of knowledge of each citation") { db in
            let basis = "basis IS NULL OR basis IN ('first-hand', 'hearsay', 'documentary', 'expert', 'open-source')"
            try db.alter(table: "citation") { t in t.add(column: "basis", .text).check(sql: basis) }
            try db.alter(table: "attack_citation") { t in t.add(column: "basis", .text).check(sql: basis) }
        }

        migrator.registerMigration("v9-custody-provenance") { db in
            // Version 2 of the event encoding: the extra named lines (provenance, consent, anchors)
            // are kept as their canonical text so the hash can be rebuilt byte for byte.
            try db.alter(table: "custody_event") { t in
                t.add(column: "encoding", .integer).notNull().defaults(to: 1)
                t.add(column: "details", .text)
            }
        }

        migrator.registerMigration("v9-anchor-authority") { db in
            // The authority certificate an anchor was checked against when it was imported, if any.
            try db.alter(table: "anchor") { t in
                t.add(column: "authorityPEM", .text)
            }
        }

        migrator.registerMigration("v9-key-registration") { db in
            // The newest custody event when a key was created: every later event of its handler
            // must be signed. Null for keys created before this migration.
            try db.alter(table: "handler_key") { t in
                t.add(column: "registeredAfter", .integer)
            }
        }

        migrator.registerMigration("v9r-case-identifier: a random identifier per case, for the head verify remembers") { db in
            // The remembered head is found by this identifier as well as by the folder's path,
            // so renaming or moving the folder does not make verify forget it.
            try db.alter(table: "case_info") { t in
                t.add(column: "caseIdentifier", .text)
            }
            try db.execute(sql: "UPDATE case_info SET caseIdentifier = lower(hex(randomblob(16))) WHERE caseIdentifier IS NULL")
            try db.execute(
                sql: """
                    CREATE TRIGGER case_info_identifier AFTER INSERT ON case_info WHEN NEW.caseIdentifier IS NULL
                    BEGIN UPDATE case_info SET caseIdentifier = lower(hex(randomblob(16))) WHERE id = NEW.id; END
                    """)
        }

        migrator.registerMigration("v12-external-id") { db in
            // The team's own key from its spreadsheets, unique per kind, so that a re-import
            // updates the record it names instead of adding a second one.
            for table in ["witness", "testimony", "incident", "actor", "evidence_item"] {
                try db.alter(table: table) { t in
                    t.add(column: "externalId", .text)
                }
                try db.create(index: "\(table)_on_externalId", on: table, columns: ["externalId"], unique: true)
            }
        }

        migrator.registerMigration("v14-recommendations: the recommendations register, assessments, our recommendations") { db in
            // A recommendation is one (source, number): the document and the paragraph.item number
            // exactly as the source gives them, so a re-import updates instead of adding a second.
            try db.create(table: "recommendation") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("source", .text).notNull()
                t.column("number", .text).notNull()
                t.column("state", .text).notNull()
                t.column("text", .text).notNull().check(sql: "length(text) <= 5000")
                // NULL for a commission's recommendations, which no State formally answers.
                t.column("response", .text).check(
                    sql: "response IS NULL OR response IN ('supported', 'noted', 'partially-supported')")
                t.column("themes", .text).notNull().defaults(to: "")
                t.column("note", .text)
                t.column("createdAt", .text).notNull()
                t.uniqueKey(["source", "number"])
            }
            // Assessments and their cited sources are append-only: a later one never erases an earlier.
            try db.create(table: "recommendation_assessment") { t in
                t.autoIncrementedPrimaryKey("id")
                t.belongsTo("recommendation", onDelete: .restrict).notNull()
                t.column("status", .text).notNull()
                    .check(sql: "status IN ('not-implemented', 'partially-implemented', 'implemented', 'unclear')")
                t.column("note", .text)
                t.column("assessedOn", .text).notNull()
                t.column("handler", .text).notNull()
                t.column("createdAt", .text).notNull()
            }
            try db.create(table: "assessment_source") { t in
                t.autoIncrementedPrimaryKey("id")
                t.belongsTo("assessment", inTable: "recommendation_assessment", onDelete: .restrict).notNull()
                t.belongsTo("testimony", onDelete: .restrict)
                t.belongsTo("evidence", inTable: "evidence_item", onDelete: .restrict)
                t.belongsTo("incident", onDelete: .restrict)
                t.check(sql: "(testimonyId IS NOT NULL) + (evidenceId IS NOT NULL) + (incidentId IS NOT NULL) = 1")
            }
            try db.create(table: "our_recommendation") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("text", .text).notNull().check(sql: "length(text) <= 5000")
                t.column("theme", .text).notNull()
                t.belongsTo("follows", inTable: "recommendation", onDelete: .restrict)
                t.column("findings", .text).notNull().defaults(to: "")
                t.column("handler", .text).notNull()
                t.column("createdAt", .text).notNull()
            }
            // The record_history table accepts only the kinds of v10; a recommendation's changes
            // (a re-import that updates it) are kept here, just as append-only.
            try db.create(table: "recommendation_change") { t in
                t.autoIncrementedPrimaryKey("id")
                t.belongsTo("recommendation", onDelete: .restrict).notNull()
                t.column("field", .text).notNull()
                t.column("oldValue", .text)
                t.column("newValue", .text)
                t.column("handler", .text).notNull()
                t.column("changedAt", .text).notNull()
            }
            for table in ["recommendation_assessment", "assessment_source", "recommendation_change"] {
                try db.execute(
                    sql: """
                        CREATE TRIGGER \(table)_refuses_update BEFORE UPDATE ON \(table)
                        BEGIN SELECT RAISE(ABORT, '\(table) is append-only: what was recorded cannot be altered'); END;
                        CREATE TRIGGER \(table)_refuses_delete BEFORE DELETE ON \(table)
                        BEGIN SELECT RAISE(ABORT, '\(table) is append-only: what was recorded cannot be deleted'); END;
                        """)
            }
        }

        migrator.registerMigration("v13-case-facts: the facts documents need, and their history") { db in
            // Columns on the one case_info row (not a key-value table): the case is one record whose
            // title and organisation already live there, and each fact is a typed column a reader
            // can see in the schema. Their changes go to a table of their own because
            // record_history only accepts the kinds W, T, I and A, and shipped migrations are not edited.
            try db.alter(table: "case_info") { t in
                t.add(column: "organizationDescription", .text)
                t.add(column: "contact", .text)
                t.add(column: "situation", .text)
                t.add(column: "periodText", .text)
                t.add(column: "periodStart", .text)
                t.add(column: "periodEnd", .text)
                t.add(column: "complementarity", .text)
                t.add(column: "gravity", .text)
                t.add(column: "requests", .text)
                t.add(column: "confidentiality", .text)
            }
            try db.create(table: "case_fact_history") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("field", .text).notNull()
                t.column("oldValue", .text)
                t.column("newValue", .text)
                t.column("handler", .text).notNull()
                t.column("changedAt", .text).notNull()
            }
            try db.execute(
                sql: """
                    CREATE TRIGGER case_fact_history_refuses_update BEFORE UPDATE ON case_fact_history
                    BEGIN SELECT RAISE(ABORT, 'case_fact_history is append-only: a recorded change cannot be altered'); END;
                    CREATE TRIGGER case_fact_history_refuses_delete BEFORE DELETE ON case_fact_history
                    BEGIN SELECT RAISE(ABORT, 'case_fact_history is append-only: a recorded change cannot be deleted'); END;
                    """)
        }

        migrator.registerMigration("v13-actor-nationality: an actor's nationality, for art. 12(2)(b)") { db in
            try db.alter(table: "actor") { t in
                t.add(column: "nationality", .text)
            }
        }

        migrator.registerMigration("v15-transcript-once: an evidence item is the transcript of one testimony at most") { db in
            // A transcript is withheld with its testimony: two testimonies sharing one would make that ambiguous.
            try db.create(index: "testimony_transcript_once", on: "testimony", columns: ["transcriptId"], unique: true)
        }

        migrator.registerMigration("v16-evidence-metadata: what each file says about itself, and its type by content and by name") {
            db in
            // One row per item once its file has been read (at ingest; for older items, the first
            // time a command needs it), so that a missing row means "not read yet", never "none".
            try db.create(table: "evidence_inspection") { t in
                t.primaryKey("evidenceId", .integer).references("evidence_item", onDelete: .restrict)
                t.column("format", .text)
                t.column("typeByContent", .text)
                t.column("typeByName", .text)
                t.column("notes", .text).notNull().defaults(to: "[]")
                t.column("readerVersion", .integer).notNull()
                t.column("inspectedAt", .text).notNull()
            }
            try db.create(table: "evidence_metadata") { t in
                t.autoIncrementedPrimaryKey("id")
                t.belongsTo("evidence", inTable: "evidence_item", onDelete: .restrict).notNull()
                t.column("position", .integer).notNull()
                t.column("key", .text).notNull()
                t.column("name", .text).notNull()
                t.column("value", .text).notNull()
                t.column("category", .text).notNull().check { ["person", "place", "text", "other"].contains($0) }
                t.uniqueKey(["evidenceId", "position"])
            }
        }

        migrator.registerMigration("v17-incident-continuing-parts: continuing incidents and the places of their parts") { db in
            // continuingEnd: nil for an incident that is not continuing, "ongoing", or its end date.
            // alsoIn: the places of its parts beside its country, "CC[:DATE]" joined by ";".
            try db.alter(table: "incident") { t in
                t.add(column: "continuingEnd", .text)
                t.add(column: "alsoIn", .text)
            }
        }

        migrator.registerMigration("v18-grades: source reliability (A-F) and information credibility (1-6)") { db in
            let reliability = "reliabilityGrade IS NULL OR reliabilityGrade IN ('A', 'B', 'C', 'D', 'E', 'F')"
            let credibility = "credibility IS NULL OR credibility BETWEEN 1 AND 6"
            try db.alter(table: "testimony") { t in t.add(column: "reliabilityGrade", .text).check(sql: reliability) }
            try db.alter(table: "evidence_item") { t in
                t.add(column: "reliabilityGrade", .text).check(sql: reliability)
                t.add(column: "reliabilityNote", .text)
            }
            try db.alter(table: "citation") { t in t.add(column: "credibility", .integer).check(sql: credibility) }
            try db.alter(table: "attack_citation") { t in t.add(column: "credibility", .integer).check(sql: credibility) }
        }

        migrator.registerMigration("v19-source-links: who provided an evidence item, and what it relays") { db in
            try db.alter(table: "evidence_item") { t in
                t.add(column: "providedByWitnessId", .integer).references("witness", onDelete: .restrict)
                t.add(column: "derivedFromTestimonyId", .integer).references("testimony", onDelete: .restrict)
                t.add(column: "derivedFromEvidenceId", .integer).references("evidence_item", onDelete: .restrict)
            }
        }

        migrator.registerMigration("v20-retractions: passages of a testimony the witness withdrew") { db in
            // Append-only like the history: a withdrawal is part of the record of the account.
            try db.create(table: "testimony_retraction") { t in
                t.autoIncrementedPrimaryKey("id")
                t.belongsTo("testimony", onDelete: .restrict).notNull()
                t.column("passage", .text).notNull()
                t.column("reason", .text).notNull()
                t.column("handler", .text).notNull()
                t.column("recordedAt", .text).notNull()
            }
            try appendOnly("testimony_retraction", what: "a recorded withdrawal", in: db)
        }

        migrator.registerMigration("v21-case-standard: the standard of proof the team works to, and its thresholds") { db in
            // Case facts like the others (set with `case set`, changes in case_fact_history); each
            // threshold is kept as the team typed it ("groups=2 first-hand=1 reliability<=C").
            try db.alter(table: "case_info") { t in
                t.add(column: "standard", .text)
                t.add(column: "thresholdReasonableBasis", .text)
                t.add(column: "thresholdReasonableGrounds", .text)
                t.add(column: "thresholdSubstantialGrounds", .text)
                t.add(column: "thresholdBeyondReasonableDoubt", .text)
            }
        }

        migrator.registerMigration("v22-evidence-changes: corrections of an evidence item's grade and source links") { db in
            // record_history accepts only the kinds of v10 (W, T, I, A), and shipped migrations are
            // not edited: an item's changes are kept here, just as append-only.
            try db.create(table: "evidence_change") { t in
                t.autoIncrementedPrimaryKey("id")
                t.belongsTo("evidence", inTable: "evidence_item", onDelete: .restrict).notNull()
                t.column("field", .text).notNull()
                t.column("oldValue", .text)
                t.column("newValue", .text)
                t.column("handler", .text).notNull()
                t.column("changedAt", .text).notNull()
            }
            try appendOnly("evidence_change", what: "a recorded change", in: db)
        }

        migrator.registerMigration("v23-extracts: the words of the source each citation relies on") { db in
            try db.alter(table: "citation") { t in t.add(column: "extract", .text) }
            try db.alter(table: "attack_citation") { t in t.add(column: "extract", .text) }
        }

        migrator.registerMigration("v24-arguments: the team's argument for an element, kept with every earlier version") { db in
            // One row per version: the newest row for an element is its argument; an empty text
            // withdraws it. Append-only, so every earlier argument stays readable.
            try db.create(table: "element_argument") { t in
                t.autoIncrementedPrimaryKey("id")
                t.belongsTo("allegation", onDelete: .restrict)
                t.belongsTo("attack", onDelete: .restrict)
                t.belongsTo("actor", onDelete: .restrict)
                t.column("elementKey", .text).notNull()
                t.column("text", .text).notNull()
                t.column("handler", .text).notNull()
                t.column("recordedAt", .text).notNull()
                t.check(sql: "(allegationId IS NULL) <> (attackId IS NULL)")
                t.check(sql: "actorId IS NULL OR allegationId IS NOT NULL")
            }
            try appendOnly("element_argument", what: "a recorded argument", in: db)
        }

        migrator.registerMigration("v25-replace-guards: an append-only row cannot be replaced either") { db in
            // INSERT OR REPLACE deletes the old row without firing its DELETE trigger (recursive
            // triggers are off by default, as in the sqlite3 shell): refuse an insert that reuses an
            // id, so a recorded row can be neither altered, deleted nor replaced. These tables have
            // no unique key but their id.
            for table in [
                "record_history", "recommendation_assessment", "assessment_source", "recommendation_change",
                "case_fact_history", "testimony_retraction", "evidence_change", "element_argument",
            ] {
                try db.execute(
                    sql: """
                        CREATE TRIGGER \(table)_refuses_replace BEFORE INSERT ON \(table)
                        WHEN NEW.id IS NOT NULL AND EXISTS (SELECT 1 FROM \(table) WHERE id = NEW.id)
                        BEGIN SELECT RAISE(ABORT, '\(table) is append-only: what was recorded cannot be replaced'); END;
                        """)
            }
        }

        migrator.registerMigration("v26-witness-terms: how the Office may reach witnesses, and the victims' views") { db in
            // Case facts like the others (set with `case set`, changes in case_fact_history).
            try db.alter(table: "case_info") { t in
                t.add(column: "contactChannel", .text)
                t.add(column: "victimsViews", .text)
            }
        }

        migrator.registerMigration("v27-review-dates: which State a recommendation was made to, in which review, on which day") {
            db in
            // A recommendation says nothing about what came before it, and a submission reports
            // since the previous review: the register keeps the State under review, the UPR cycle
            // (none for a commission) and the day the recommendations were made.
            try db.alter(table: "recommendation") { t in
                t.add(column: "stateUnderReview", .text)
                t.add(column: "cycle", .integer)
                t.add(column: "madeOn", .text)
            }
            // A source an assessment cites as background (older than the recommendation): never
            // evidence of how the recommendation was implemented.
            try db.alter(table: "assessment_source") { t in
                t.add(column: "background", .boolean).notNull().defaults(to: false)
            }
            // Rows already in the register, from documents the shipped table knows.
            for row in try Row.fetchAll(db, sql: "SELECT id, source FROM recommendation") {
                let id: Int64 = row["id"]
                let source: String = row["source"]
                guard
                    let entry = RecommendationDocuments.entries.first(where: { entry in
                        entry.document.map { source.localizedCaseInsensitiveContains($0) } ?? false
                    })
                else { continue }
                try db.execute(
                    sql: "UPDATE recommendation SET stateUnderReview = ?, cycle = ?, madeOn = ? WHERE id = ?",
                    arguments: [entry.state, entry.cycle, entry.madeOn, id])
            }
        }

        migrator.registerMigration("v28-upr-deadline: the submission deadline, and the State of the team's recommendations") { db in
            // A case fact like the others (set with `case set upr-deadline`).
            try db.alter(table: "case_info") { t in t.add(column: "uprDeadline", .text) }
            // The State a recommendation of the team is for: one State's submission never carries
            // another's. Nil for one recorded before v28 (then the State of the one it follows).
            try db.alter(table: "our_recommendation") { t in t.add(column: "stateUnderReview", .text) }
        }

        return migrator
    }

    /// Makes `table` append-only: triggers refuse every UPDATE and DELETE, naming `what` a row is.
    /// For migrations from v20 on; the earlier ones write the same triggers out, and shipped
    /// migrations are not edited.
    private static func appendOnly(_ table: String, what: String, in db: Database) throws {
        try db.execute(
            sql: """
                CREATE TRIGGER \(table)_refuses_update BEFORE UPDATE ON \(table)
                BEGIN SELECT RAISE(ABORT, '\(table) is append-only: \(what) cannot be altered'); END;
                CREATE TRIGGER \(table)_refuses_delete BEFORE DELETE ON \(table)
                BEGIN SELECT RAISE(ABORT, '\(table) is append-only: \(what) cannot be deleted'); END;
                """)
    }
}
