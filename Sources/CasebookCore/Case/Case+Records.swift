import CasebookModel
import CasebookStore
import Foundation

/// The case's records, read and changed through the case: the one public way in, so that
/// a change the custody log must record cannot be made around it. Each method is the store
/// step of the same name, which stays inside the project.
extension Case {
    /// One actor, or `notFound`.
    public func actor(_ id: RecordID) throws -> ActorSummary {
        try database.actor(id)
    }

    /// Every actor, oldest first.
    public func actors() throws -> [ActorSummary] {
        try database.actors()
    }

    /// Records an actor, and its superior link if one is given.
    public func addActor(_ input: NewActor) throws -> ActorSummary {
        try database.addActor(input)
    }

    /// Records the attack directed against a civilian population, once for the case.
    public func addAttack(_ input: AttackInput) throws -> AttackSummary {
        try database.addAttack(input)
    }

    /// Records an incident after checking its date, country code, coordinates and victim count.
    public func addIncident(_ input: NewIncident) throws -> IncidentSummary {
        try database.addIncident(input)
    }

    /// Stores one of the team's recommendations with its SMART check; it is stored even when the
    /// check finds parts missing, so the drafter can improve it later.
    public func addOurRecommendation(_ input: NewOurRecommendation, handler: Handler) throws -> OurRecommendation {
        try database.addOurRecommendation(input, handler: handler)
    }

    /// Records an interview with an existing witness.
    public func addTestimony(_ input: NewTestimony) throws -> TestimonySummary {
        try database.addTestimony(input)
    }

    /// One allegation with its details.
    public func allegationDetails(_ id: RecordID) throws -> AllegationDetails {
        try database.allegationDetails(id)
    }

    /// Alleges that an incident constitutes a crime. The same pair twice is refused,
    /// naming the allegation that already exists.
    public func allege(incident: RecordID, crime crimeKey: String) throws -> AllegationSummary {
        try database.allege(incident: incident, crime: crimeKey)
    }

    /// Records an assessment; earlier ones are kept. Each cited source must exist.
    public func assessRecommendation(_ input: NewAssessment, handler: Handler) throws -> Recommendation {
        try database.assessRecommendation(input, handler: handler)
    }

    /// One attack with the proof of each of its elements.
    public func attack(_ id: RecordID) throws -> AttackSummary {
        try database.attack(id)
    }

    /// Every attack in the case.
    public func attacks() throws -> [AttackSummary] {
        try database.attacks()
    }

    /// Attributes an allegation to an actor under a mode of liability.
    public func attribute(allegation: RecordID, actor: RecordID, mode modeKey: String) throws -> AttributionSummary {
        try database.attribute(allegation: allegation, actor: actor, mode: modeKey)
    }

    /// Every recorded change to the case facts, oldest first (`casebook history case`).
    public func caseHistory() throws -> CaseHistory {
        try database.caseHistory()
    }

    /// Cites a source for an allegation after checking that every id exists and the element
    /// belongs to the allegation's crime.
    public func cite(_ input: NewCitation) throws -> CitationSummary {
        try database.cite(input)
    }

    /// Cites a source for one element of an attack.
    public func citeForAttack(_ input: NewAttackCitation) throws -> AttackCitationSummary {
        try database.citeForAttack(input)
    }

    /// The command hierarchy: actors who answer to no one at the top, subordinates beneath.
    public func commandTree() throws -> [CommandNode] {
        try database.commandTree()
    }

    /// Every recorded change to a witness, testimony, incident or actor, oldest first.
    public func history(of record: RecordID) throws -> RecordHistory {
        try database.history(of: record)
    }

    /// One incident, or `notFound`.
    public func incident(_ id: RecordID) throws -> IncidentSummary {
        try database.incident(id)
    }

    /// Every incident, in date order.
    public func incidents() throws -> [IncidentSummary] {
        try database.incidents()
    }

    /// The jurisdiction assessment of every incident (or of the given ones), from its date, its
    /// country and the nationalities of the actors attributed to any of its allegations. Used by
    /// `casebook jurisdiction` and by the dossier, so the two cannot disagree.
    public func jurisdiction(of only: [RecordID]? = nil) throws -> JurisdictionReport {
        try database.jurisdiction(of: only)
    }

    /// Creates whatever is missing of allegation, attribution and citation, all in one transaction.
    public func link(_ request: LinkRequest) throws -> LinkResult {
        try database.link(request)
    }

    /// The team's recommendations, in the order they were written.
    public func ourRecommendations() throws -> [OurRecommendation] {
        try database.ourRecommendations()
    }

    /// Builds the proof matrix from one consistent snapshot of the case.
    public func proofMatrix(_ filter: MatrixFilter = MatrixFilter()) throws -> ProofMatrix {
        try database.proofMatrix(filter)
    }

    /// One recommendation with every assessment, oldest first.
    public func recommendation(_ id: RecordID) throws -> Recommendation {
        try database.recommendation(id)
    }

    /// The recommendation a source document gives this number, if the register holds it.
    public func recommendation(source: String, number: String) throws -> Recommendation? {
        try database.recommendation(source: source, number: number)
    }

    /// The register, in the order it was entered, filtered by source, theme (in any case) and response.
    ///
    /// A document builder takes each recommendation's `latestAssessment` and its `sources`.
    public func recommendations(_ filter: RecommendationFilter = RecommendationFilter()) throws -> [Recommendation] {
        try database.recommendations(filter)
    }

    /// Adds a recommendation, or updates the one with the same source and number (the register
    /// holds each once); changes are kept in the record's history.
    public func saveRecommendation(_ input: RecommendationInput, handler: Handler) throws -> SavedRecommendation {
        try database.saveRecommendation(input, handler: handler)
    }

    /// Sets one case fact, as `case set` does: checks the name and the value, writes it, and
    /// records the change (who, when, old and new value) in the case's history.
    public func setCaseFact(_ setting: CaseFactSetting, handler: Handler) throws -> CaseFactsUpdate {
        try database.setCaseFact(setting, handler: handler)
    }

    /// Sets one case fact to `value` (an empty text clears an optional fact) and records the change.
    public func setCaseFact(_ fact: CaseFact, to value: String, handler: Handler) throws -> CaseFactsUpdate {
        try database.setCaseFact(fact, to: value, handler: handler)
    }

    /// Counts of every kind of record and the number of proof gaps.
    public func status() throws -> CaseStatus {
        try database.status()
    }

    /// Every testimony, or those of one witness, oldest first.
    public func testimonies(of witness: RecordID? = nil) throws -> [TestimonySummary] {
        try database.testimonies(of: witness)
    }

    /// One testimony, or `notFound`.
    public func testimony(_ id: RecordID) throws -> TestimonySummary {
        try database.testimony(id)
    }

    /// Changes an actor in one transaction and records each change in the history; refuses a
    /// superior that would make the hierarchy loop.
    public func updateActor(_ id: RecordID, _ changes: ActorChanges, handler: Handler) throws -> RecordUpdate<ActorSummary> {
        try database.updateActor(id, changes, handler: handler)
    }

    /// Sets the details of an allegation, checking each applies to its crime; all or nothing.
    /// The result's `notices` say what else the update did: what it removed, and cautions.
    public func updateAllegation(_ id: RecordID, _ changes: AllegationChanges) throws -> AllegationDetails {
        try database.updateAllegation(id, changes)
    }

    /// Changes the fields given; an empty text clears an optional field.
    public func updateAttack(_ id: RecordID, _ input: AttackInput) throws -> AttackSummary {
        try database.updateAttack(id, input)
    }

    /// Changes the given fields of an incident in one transaction and records each change in the history.
    public func updateIncident(_ id: RecordID, _ changes: IncidentChanges, handler: Handler) throws -> RecordUpdate<IncidentSummary>
    {
        try database.updateIncident(id, changes, handler: handler)
    }

    /// Changes the given fields of a testimony in one transaction and records each change in the history.
    public func updateTestimony(_ id: RecordID, _ changes: TestimonyChanges, handler: Handler) throws -> RecordUpdate<
        TestimonySummary
    > {
        try database.updateTestimony(id, changes, handler: handler)
    }

    /// One witness, or `notFound`.
    public func witness(_ id: RecordID) throws -> WitnessSummary {
        try database.witness(id)
    }

    /// Every witness, oldest first.
    public func witnesses() throws -> [WitnessSummary] {
        try database.witnesses()
    }
}
