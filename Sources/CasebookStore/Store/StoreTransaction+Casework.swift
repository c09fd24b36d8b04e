import CasebookModel
import GRDB

/// Witnesses, actors and their hierarchy, allegations, attributions and abandonments, as the
/// core asks for them.
extension StoreTransaction {
    // MARK: Witnesses

    /// The witness recorded under `pseudonym`, if any.
    package func witness(pseudonym: String) throws -> WitnessRecord? {
        try WitnessRecord.filter(WitnessRecord.Columns.pseudonym == pseudonym).fetchOne(db)
    }

    /// How many testimonies witness `witness` gave.
    package func testimonyCount(ofWitness witness: Int64) throws -> Int {
        try TestimonyRecord.filter(TestimonyRecord.Columns.witnessId == witness).fetchCount(db)
    }

    /// Whether witness `witness` has any sealed identity field.
    package func hasSealedIdentity(witness: Int64) throws -> Bool {
        try SealedIdentityRecord.filter(SealedIdentityRecord.Columns.witnessId == witness).fetchCount(db) > 0
    }

    /// Removes witness `witness`'s sealed field `field`.
    package func deleteSealedField(witness: Int64, field: String) throws {
        try SealedIdentityRecord.filter(
            SealedIdentityRecord.Columns.witnessId == witness && SealedIdentityRecord.Columns.field == field
        ).deleteAll(db)
    }

    // MARK: Actors

    /// Every superior link, oldest first.
    package func superiorLinks() throws -> [SuperiorLinkRecord] {
        try SuperiorLinkRecord.orderByPrimaryKey().fetchAll(db)
    }

    /// The links from actor `actor` to its superiors, oldest first.
    package func superiorLinks(ofActor actor: Int64) throws -> [SuperiorLinkRecord] {
        try SuperiorLinkRecord.filter(SuperiorLinkRecord.Columns.actorId == actor).orderByPrimaryKey().fetchAll(db)
    }

    /// The link `actor → superior`, if recorded.
    package func superiorLink(actor: Int64, superior: Int64) throws -> SuperiorLinkRecord? {
        try SuperiorLinkRecord.filter(
            SuperiorLinkRecord.Columns.actorId == actor && SuperiorLinkRecord.Columns.superiorId == superior
        )
        .fetchOne(db)
    }

    /// Removes the link `actor → superior`, and says how many rows went.
    package func deleteSuperiorLink(actor: Int64, superior: Int64) throws -> Int {
        try SuperiorLinkRecord.filter(
            SuperiorLinkRecord.Columns.actorId == actor && SuperiorLinkRecord.Columns.superiorId == superior
        )
        .deleteAll(db)
    }

    /// The numbers of actor `actor`'s direct superiors.
    package func superiorIds(ofActor actor: Int64) throws -> [Int64] {
        try Int64.fetchAll(db, sql: "SELECT superiorId FROM actor_superior WHERE actorId = ?", arguments: [actor])
    }

    /// The actors whose direct superior is actor `superior`, in number order.
    package func actors(under superior: Int64) throws -> [ActorRecord] {
        try ActorRecord.fetchAll(
            db,
            sql:
                "SELECT actor.* FROM actor JOIN actor_superior ON actor_superior.actorId = actor.id WHERE actor_superior.superiorId = ? ORDER BY actor.id",
            arguments: [superior])
    }

    // MARK: Allegations

    /// The allegation of crime `crimeKey` in incident `incident`, if any.
    package func allegation(incident: Int64, crimeKey: String) throws -> AllegationRecord? {
        try AllegationRecord.filter(
            AllegationRecord.Columns.incidentId == incident && AllegationRecord.Columns.crimeKey == crimeKey
        )
        .fetchOne(db)
    }

    /// The allegation that allegation `allegation` is connected with (persecution), if any.
    package func connectedAllegationId(of allegation: Int64) throws -> Int64? {
        try Int64.fetchOne(db, sql: "SELECT connectedAllegationId FROM allegation WHERE id = ?", arguments: [allegation])
    }

    /// The modes of liability attributed to actor `actor` in allegation `allegation`, oldest first.
    package func attributionModes(allegation: Int64, actor: Int64) throws -> [String] {
        try String.fetchAll(
            db, sql: "SELECT mode FROM attribution WHERE allegationId = ? AND actorId = ? ORDER BY id",
            arguments: [allegation, actor])
    }

    /// The allegations actor `actor` is attributed, each once, in number order.
    package func allegationIds(attributedTo actor: Int64) throws -> [Int64] {
        try Int64.fetchAll(
            db, sql: "SELECT DISTINCT allegationId FROM attribution WHERE actorId = ? ORDER BY allegationId", arguments: [actor])
    }

    /// Whether actor `actor` is attributed any mode (or mode `mode`) in allegation `allegation`.
    package func attributionExists(allegation: Int64, actor: Int64, mode: String? = nil) throws -> Bool {
        var request = AttributionRecord.filter(
            AttributionRecord.Columns.allegationId == allegation && AttributionRecord.Columns.actorId == actor)
        if let mode { request = request.filter(AttributionRecord.Columns.mode == mode) }
        return try request.fetchCount(db) > 0
    }

    /// The abandonment notes of allegation `allegation`, by actor.
    package func abandonments(ofAllegation allegation: Int64) throws -> [AbandonmentRecord] {
        try AbandonmentRecord.filter(AbandonmentRecord.Columns.allegationId == allegation)
            .order(AbandonmentRecord.Columns.actorId).fetchAll(db)
    }

    /// Removes the abandonment notes of allegation `allegation` (of actor `actor` only, if given).
    package func deleteAbandonments(ofAllegation allegation: Int64, actor: Int64? = nil) throws {
        var request = AbandonmentRecord.filter(AbandonmentRecord.Columns.allegationId == allegation)
        if let actor { request = request.filter(AbandonmentRecord.Columns.actorId == actor) }
        try request.deleteAll(db)
    }

    /// How many citations of allegation `allegation` are for the elements of the attempt.
    package func attemptCitationCount(allegation: Int64) throws -> Int {
        try Int.fetchOne(
            db, sql: "SELECT COUNT(*) FROM citation WHERE allegationId = ? AND elementKey LIKE 'attempt.%'", arguments: [allegation]
        )
            ?? 0
    }

    /// The citations of allegation `allegation` for element `elementKey` (nil: for the allegation
    /// as a whole), oldest first.
    package func citations(allegation: Int64, elementKey: String?) throws -> [CitationRecord] {
        try CitationRecord.filter(
            CitationRecord.Columns.allegationId == allegation && CitationRecord.Columns.elementKey == elementKey
        )
        .orderByPrimaryKey().fetchAll(db)
    }

    /// Moves the element citations of allegation `allegation` from crime `oldCrime`'s elements to
    /// crime `newCrime`'s (same element numbers).
    package func rekeyElementCitations(allegation: Int64, from oldCrime: String, to newCrime: String) throws {
        try db.execute(
            sql:
                "UPDATE citation SET elementKey = ? || substr(elementKey, length(?) + 1) WHERE allegationId = ? AND elementKey LIKE ? || '.%'",
            arguments: [newCrime, oldCrime, allegation, oldCrime])
    }

    /// The country of incident `incident`, if recorded.
    package func incidentCountry(_ incident: Int64) throws -> String? {
        try String.fetchOne(db, sql: "SELECT country FROM incident WHERE id = ?", arguments: [incident])
    }

    /// Whether allegation `allegation` is marked attempted.
    package func allegationAttempted(_ allegation: Int64) throws -> Bool {
        try Bool.fetchOne(db, sql: "SELECT attempted FROM allegation WHERE id = ?", arguments: [allegation]) ?? false
    }

    // MARK: Attacks

    /// The citations of attack `attack`, oldest first.
    package func attackCitations(ofAttack attack: Int64) throws -> [AttackCitationRecord] {
        try AttackCitationRecord.filter(AttackCitationRecord.Columns.attackId == attack).orderByPrimaryKey().fetchAll(db)
    }

    /// The numbers of the allegations that belong to attack `attack`, oldest first.
    package func allegationIds(ofAttack attack: Int64) throws -> [Int64] {
        try Int64.fetchAll(db, sql: "SELECT id FROM allegation WHERE attackId = ? ORDER BY id", arguments: [attack])
    }
}

/// The case's title, counts and the labels of sources, testimonies, incidents and history.
extension StoreTransaction {
    /// How many records of type `type` the case holds.
    package func count<R: TableRecord>(_ type: R.Type) throws -> Int {
        try R.fetchCount(db)
    }

    /// The numbers of the deportation allegations whose crime key is to be reviewed, oldest first.
    package func allegationIdsToReview() throws -> [Int64] {
        try Int64.fetchAll(db, sql: "SELECT id FROM allegation WHERE crimeKeyToReview AND crimeKey = 'deportation' ORDER BY id")
    }

    /// When the custody log was last verified, if ever.
    package func lastVerifiedAt() throws -> String? {
        try String.fetchOne(
            db, sql: "SELECT occurredAt FROM custody_event WHERE action = 'verified' ORDER BY sequence DESC LIMIT 1")
    }

    /// How many recommendations have at least one assessment.
    package func assessedRecommendationCount() throws -> Int {
        try Int.fetchOne(db, sql: "SELECT COUNT(DISTINCT recommendationId) FROM recommendation_assessment") ?? 0
    }

    /// Every stored incident country code, by incident number.
    package func incidentCountryCodes() throws -> [(id: Int64, code: String)] {
        try Row.fetchAll(db, sql: "SELECT id, country AS code FROM incident WHERE country IS NOT NULL ORDER BY id")
            .map { ($0["id"], $0["code"]) }
    }

    /// Every stored actor nationality code, by actor number.
    package func actorNationalityCodes() throws -> [(id: Int64, code: String)] {
        try Row.fetchAll(db, sql: "SELECT id, nationality AS code FROM actor WHERE nationality IS NOT NULL ORDER BY id")
            .map { ($0["id"], $0["code"]) }
    }

    /// Every recorded change to one record, oldest first.
    package func history(of record: RecordID) throws -> [RecordHistoryRecord] {
        try RecordHistoryRecord.all().about(record).fetchAll(db)
    }

    /// Each testimony's witness pseudonym and date, by testimony number.
    package func testimonyLabels() throws -> [(id: Int64, pseudonym: String, date: String)] {
        try Row.fetchAll(
            db,
            sql: """
                SELECT testimony.id AS id, witness.pseudonym AS pseudonym, testimony.dateText AS date
                FROM testimony JOIN witness ON witness.id = testimony.witnessId
                """
        ).map { ($0["id"], $0["pseudonym"], $0["date"]) }
    }

    /// Each testimony's witness, and the evidence item that is its transcript.
    package func testimonyWitnesses() throws -> [(id: Int64, witness: Int64, transcript: Int64?)] {
        try Row.fetchAll(db, sql: "SELECT id, witnessId, transcriptId FROM testimony").map {
            ($0["id"], $0["witnessId"], $0["transcriptId"])
        }
    }

    /// Each evidence item that a witness provided or that relays another source: its witness, and
    /// the testimony or item it is derived from.
    package func evidenceSourceLinks() throws -> [(id: Int64, witness: Int64?, testimony: Int64?, evidence: Int64?)] {
        try Row.fetchAll(
            db,
            sql: """
                SELECT id, providedByWitnessId, derivedFromTestimonyId, derivedFromEvidenceId FROM evidence_item
                WHERE providedByWitnessId IS NOT NULL OR derivedFromTestimonyId IS NOT NULL OR derivedFromEvidenceId IS NOT NULL
                """
        ).map { ($0["id"], $0["providedByWitnessId"], $0["derivedFromTestimonyId"], $0["derivedFromEvidenceId"]) }
    }

    /// Every citation of one testimony, for allegations and for attacks.
    package func citations(ofTestimony testimony: Int64) throws -> (allegations: [CitationRecord], attacks: [AttackCitationRecord])
    {
        (
            try CitationRecord.filter(Column("testimonyId") == testimony).order(Column("id")).fetchAll(db),
            try AttackCitationRecord.filter(Column("testimonyId") == testimony).order(Column("id")).fetchAll(db)
        )
    }

    /// The recorded corrections of one evidence item, oldest first.
    package func evidenceChanges(of evidence: Int64) throws -> [EvidenceChangeRecord] {
        try EvidenceChangeRecord.filter(Column("evidenceId") == evidence).order(Column("id")).fetchAll(db)
    }

    /// The passages withdrawn from one testimony, oldest first.
    package func testimonyRetractions(of testimony: Int64) throws -> [TestimonyRetractionRecord] {
        try TestimonyRetractionRecord.filter(Column("testimonyId") == testimony).order(Column("id")).fetchAll(db)
    }

    /// Every version of every element's argument, oldest first (the newest per element is current).
    package func elementArguments() throws -> [ElementArgumentRecord] {
        try ElementArgumentRecord.order(Column("id")).fetchAll(db)
    }

    /// Every version of the arguments for one allegation's elements (its actors' included), oldest first.
    package func elementArguments(ofAllegation allegation: Int64) throws -> [ElementArgumentRecord] {
        try ElementArgumentRecord.filter(Column("allegationId") == allegation).order(Column("id")).fetchAll(db)
    }

    /// Every version of the arguments for one attack's elements, oldest first.
    package func elementArguments(ofAttack attack: Int64) throws -> [ElementArgumentRecord] {
        try ElementArgumentRecord.filter(Column("attackId") == attack).order(Column("id")).fetchAll(db)
    }

    /// Every passage a witness withdrew, oldest first.
    package func testimonyRetractions() throws -> [TestimonyRetractionRecord] {
        try TestimonyRetractionRecord.order(Column("id")).fetchAll(db)
    }

    /// Each graded testimony's and evidence item's source reliability grade (A to F).
    package func reliabilityGrades() throws -> (testimonies: [Int64: String], evidence: [Int64: String]) {
        let grades = { (table: String) in
            try Row.fetchAll(self.db, sql: "SELECT id, reliabilityGrade FROM \(table) WHERE reliabilityGrade IS NOT NULL")
                .reduce(into: [Int64: String]()) { $0[$1["id"]] = $1["reliabilityGrade"] }
        }
        return (try grades(TestimonyRecord.databaseTableName), try grades(EvidenceItemRecord.databaseTableName))
    }

    /// Each evidence item's original file name, by item number.
    package func evidenceNames() throws -> [(id: Int64, name: String)] {
        try Row.fetchAll(db, sql: "SELECT id, originalName FROM evidence_item").map { ($0["id"], $0["originalName"]) }
    }

    /// The testimony other than `testimony` whose transcript is evidence item `transcript`, if any.
    package func testimonyHolding(transcript: Int64, except testimony: Int64?) throws -> Int64? {
        try Int64.fetchOne(
            db, sql: "SELECT id FROM testimony WHERE transcriptId = ? AND id IS NOT ?", arguments: [transcript, testimony])
    }

    /// Every testimony, or those of witness `witness`, oldest first.
    package func testimonies(ofWitness witness: Int64?) throws -> [TestimonyRecord] {
        var request = TestimonyRecord.orderByPrimaryKey()
        if let witness { request = request.filter(TestimonyRecord.Columns.witnessId == witness) }
        return try request.fetchAll(db)
    }

    /// Every incident, by earliest date, then oldest first.
    package func incidentsByDate() throws -> [IncidentRecord] {
        try IncidentRecord.order(IncidentRecord.Columns.dateStart, IncidentRecord.Columns.id).fetchAll(db)
    }

    /// The allegations of incident `incident`, oldest first.
    package func allegations(ofIncident incident: Int64) throws -> [AllegationRecord] {
        try AllegationRecord.filter(AllegationRecord.Columns.incidentId == incident).orderByPrimaryKey().fetchAll(db)
    }

    /// Every allegation, by incident, each incident's in id order: one query for work that goes
    /// through every incident.
    package func allegationsByIncident() throws -> [Int64: [AllegationRecord]] {
        Dictionary(grouping: try AllegationRecord.orderByPrimaryKey().fetchAll(db), by: \.incidentId)
    }

    /// The citations of allegation `allegation` of source `source` (a testimony or an evidence item).
    package func citations(allegation: Int64, citing source: RecordID) throws -> [CitationRecord] {
        let column = source.kind == .testimony ? CitationRecord.Columns.testimonyId : CitationRecord.Columns.evidenceId
        return try CitationRecord.filter(CitationRecord.Columns.allegationId == allegation && column == source.number).fetchAll(db)
    }
}
