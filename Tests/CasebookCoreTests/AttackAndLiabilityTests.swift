import CasebookCore
import Testing

@testable import CasebookModel
@testable import CasebookStore

/// Issue 11: the attack proved once and flowing into each allegation's context.attack; the
/// elements of every mode of liability; knowledge per actor; institutions; attempt; the details
/// deportation, enforced disappearance and persecution need.
@Suite("the attack, the modes' elements and the allegation's details")
struct AttackAndLiabilityTests {
    let t1 = RecordID(.testimony, 1), i1 = RecordID(.incident, 1), al1 = RecordID(.allegation, 1)
    let at1 = RecordID(.attack, 1), a2 = RecordID(.actor, 2), a3 = RecordID(.actor, 3)

    /// The small case with a person under the local branch.
    func makeCase() throws -> AppDatabase {
        let db = try makeSmallCase()
        _ = try db.addActor(NewActor(name: "Branch director", kind: .person, superior: a2))
        return db
    }

    func contextAttack(_ db: AppDatabase) throws -> ElementProof {
        try #require(try db.proofMatrix().allegations[0].elements.first { $0.key == "context.attack" })
    }

    @Test func theAttacksProofAndTheNexusTogetherProveContextAttack() throws {
        let db = try makeCase()
        _ = try db.allege(incident: i1, crime: "torture")
        // Given a nexus citation alone: no attack is linked, so the element stays a gap.
        _ = try db.cite(NewCitation(allegation: al1, source: t1, element: "context.attack", pinpoint: "para. 15"))
        #expect(try contextAttack(db).isGap)
        #expect(try contextAttack(db).unmet.first?.contains("no attack linked") == true)

        // When an attack is recorded and linked, its unproved elements keep the gap open.
        let attack = try db.addAttack(
            AttackInput(title: "Attack on repatriated persons", period: "1990/2014", population: "repatriated persons"))
        #expect(attack.id == at1)
        #expect(
            attack.elements.map(\.key) == [
                "attack.course-of-conduct", "attack.civilian-population", "attack.policy", "attack.widespread-or-systematic",
            ])
        #expect(!attack.isProved)
        _ = try db.updateAllegation(al1, AllegationChanges(attack: "AT-1"))
        for element in AttackElement.allCases.dropLast() {
            _ = try db.citeForAttack(NewAttackCitation(attack: at1, source: t1, element: element.key))
        }
        #expect(try contextAttack(db).isGap)
        #expect(
            try contextAttack(db).unmet == [
                "AT-1 is not proved yet: attack.widespread-or-systematic"
            ])

        // Then the last element of the attack closes it, with the nexus already cited.
        _ = try db.citeForAttack(
            NewAttackCitation(attack: at1, source: t1, element: "attack.widespread-or-systematic", pinpoint: "p. 2"))
        #expect(try db.attack(at1).isProved)
        #expect(try db.attack(at1).allegations == [al1])
        let proved = try contextAttack(db)
        #expect(!proved.isGap)
        #expect(proved.sources.map(\.pinpoint) == ["para. 15"])
        #expect(try db.proofMatrix().allegations[0].attack?.unprovedElements == [])
    }

    @Test func aProvedAttackWithoutTheNexusIsStillAGap() throws {
        let db = try makeCase()
        _ = try db.allege(incident: i1, crime: "murder")
        _ = try db.addAttack(AttackInput(title: "Attack"))
        for element in AttackElement.allCases {
            _ = try db.citeForAttack(NewAttackCitation(attack: at1, source: t1, element: element.key))
        }
        _ = try db.updateAllegation(al1, AllegationChanges(attack: "AT-1"))
        #expect(try contextAttack(db).unmet == ["no source shows this conduct was part of AT-1 (the nexus)"])
    }

    @Test func attackInputIsChecked() throws {
        let db = try makeCase()
        #expect(throws: RecordError.emptyField("attack title")) { try db.addAttack(AttackInput(title: " ")) }
        #expect(throws: (any Error).self) { try db.addAttack(AttackInput(title: "A", period: "2014/2012")) }
        _ = try db.addAttack(AttackInput(title: "A", policy: "set at the highest level"))
        #expect(throws: LawError.unknownElement("attack.polcy", suggestions: ["attack.policy"])) {
            try db.citeForAttack(NewAttackCitation(attack: at1, source: t1, element: "attack.polcy"))
        }
        _ = try db.citeForAttack(NewAttackCitation(attack: at1, source: t1, element: "attack.policy"))
        #expect(throws: RecordError.duplicateAttackCitation(attack: at1, source: t1, element: "attack.policy")) {
            try db.citeForAttack(NewAttackCitation(attack: at1, source: t1, element: "attack.policy"))
        }
        let updated = try db.updateAttack(at1, AttackInput(period: "2009", systematic: "same practice everywhere"))
        #expect(
            updated.period == "2009" && updated.policy == "set at the highest level"
                && updated.systematic == "same practice everywhere")
        #expect(throws: RecordError.notFound(RecordID(.attack, 2))) { try db.attack(RecordID(.attack, 2)) }
    }

    @Test func aSuperiorsElementsAreProvedOneByOne() throws {
        let db = try makeCase()
        _ = try db.allege(incident: i1, crime: "torture")
        let attribution = try db.attribute(allegation: al1, actor: a3, mode: "superior")
        #expect(attribution.cautions.isEmpty)
        #expect(throws: LawError.liabilityElementNeedsActor("superior.knowledge")) {
            try db.cite(NewCitation(allegation: al1, source: t1, element: "superior.knowledge"))
        }
        #expect(throws: LawError.self) {
            try db.cite(NewCitation(allegation: al1, source: t1, element: "command.effective-control", actor: a3))
        }
        var proof = try #require(try db.proofMatrix().allegations[0].attributions.first)
        #expect(proof.elements.map(\.key) == ModeOfLiability.superior.elements.map(\.key))
        #expect(proof.elements.filter(\.isGap).count == 6)
        #expect(try db.proofMatrix().liabilityGapCount == 6)

        _ = try db.cite(
            NewCitation(allegation: al1, source: t1, element: "superior.effective-control", actor: a3, pinpoint: "para. 4"))
        proof = try #require(try db.proofMatrix().allegations[0].attributions.first)
        #expect(proof.elements.filter { !$0.isGap }.map(\.key) == ["superior.effective-control"])
        #expect(!proof.isGap)
        for element in ModeOfLiability.superior.elements where element.key != "superior.effective-control" {
            _ = try db.cite(NewCitation(allegation: al1, source: t1, element: element.key, actor: a3))
        }
        #expect(try db.proofMatrix().liabilityGapCount == 0)
        #expect(try db.status().liabilityGaps == 0)
    }

    @Test func knowledgeOfTheAttackIsProvedPerActor() throws {
        let db = try makeCase()
        _ = try db.allege(incident: i1, crime: "murder")
        _ = try db.attribute(allegation: al1, actor: a3, mode: "ordering")
        var proof = try #require(try db.proofMatrix().allegations[0].attributions.first)
        #expect(proof.elements.last?.key == "context.knowledge")
        #expect(proof.elements.last?.text.contains("A-3 knew") == true)
        #expect(proof.elements.last?.isGap == true)
        _ = try db.cite(NewCitation(allegation: al1, source: t1, element: "context.knowledge", actor: a3))
        proof = try #require(try db.proofMatrix().allegations[0].attributions.first)
        #expect(proof.elements.last?.isGap == false)
        // The link evidence may name the mode's own elements too.
        let link = try db.link(
            LinkRequest(source: t1, incident: i1, crime: "murder", actor: a3, mode: "ordering", element: "ordering.order"))
        #expect(link.citation.element == "ordering.order")
    }

    @Test func attributingToAnInstitutionIsRefusedWithItsHeadSuggested() throws {
        let db = try makeCase()
        _ = try db.allege(incident: i1, crime: "torture")
        // The person recorded under the institution is suggested.
        let refusal = AllegationError.institutionAttributed(
            actor: RecordID(.actor, 1), name: "State Security Department",
            heads: [InstitutionHead(id: a2, name: "Local branch chief")])
        #expect(throws: refusal) { try db.attribute(allegation: al1, actor: RecordID(.actor, 1), mode: "direct") }
        // A link naming an institution is refused as a whole: nothing is cited.
        #expect(throws: refusal) {
            try db.link(
                LinkRequest(
                    source: t1, incident: i1, crime: "torture", actor: RecordID(.actor, 1), mode: "ordering", element: "torture.1"))
        }
        #expect(try db.proofMatrix().allegations[0].attributions.isEmpty)
        #expect(try db.proofMatrix().allegations[0].elements.allSatisfy { $0.sources.isEmpty })
    }

    @Test func attemptIsAFlagWithAbandonmentNotedPerPerson() throws {
        let db = try makeCase()
        _ = try db.allege(incident: i1, crime: "murder")
        _ = try db.attribute(allegation: al1, actor: a3, mode: "direct")
        #expect(throws: AllegationError.abandonmentNeedsAttempt(al1)) {
            try db.updateAllegation(al1, AllegationChanges(abandonment: "gave up"))
        }
        // Abandonment is personal (art. 25(3)(f)): it needs the person who abandoned.
        #expect(throws: AllegationError.abandonmentNeedsActor(al1)) {
            try db.updateAllegation(al1, AllegationChanges(attempted: true, abandonment: "stopped by a guard"))
        }
        var changes = AllegationChanges(attempted: true, abandonment: "gave up the plan")
        changes.actor = "A-3"
        let attempted = try db.updateAllegation(al1, changes)
        #expect(attempted.attempted && attempted.abandonments == [ActorNote(actor: a3, note: "gave up the plan")])
        let completed = try db.updateAllegation(al1, AllegationChanges(attempted: false))
        #expect(!completed.attempted && completed.abandonments == nil)
        #expect(completed.notices?.first?.contains("Removed A-3's abandonment note (\"gave up the plan\")") == true)
    }

    @Test func detailsApplyOnlyToTheirCrime() throws {
        let db = try makeCase()
        _ = try db.allege(incident: i1, crime: "torture")
        #expect(
            throws: RecordError.detailNotForCrime(detail: "destination", allegation: al1, crime: "torture", applies: "deportation")
        ) {
            try db.updateAllegation(al1, AllegationChanges(destination: "CN"))
        }
        #expect(
            throws: RecordError.detailNotForCrime(
                detail: "limb", allegation: al1, crime: "torture", applies: "enforced disappearance")
        ) {
            try db.updateAllegation(al1, AllegationChanges(limb: "a"))
        }
        #expect(throws: RecordError.detailNotForCrime(detail: "grounds", allegation: al1, crime: "torture", applies: "persecution"))
        {
            try db.updateAllegation(al1, AllegationChanges(grounds: ["political"]))
        }
        let disappearance = try db.allege(incident: i1, crime: "enforced-disappearance").id
        #expect(try db.updateAllegation(disappearance, AllegationChanges(limb: "B")).disappearanceLimb == "b")
        #expect(throws: (any Error).self) { try db.updateAllegation(disappearance, AllegationChanges(limb: "c")) }
    }

    @Test func persecutionRecordsGroundsGroupAndTheConnectedAllegation() throws {
        let db = try makeCase()
        _ = try db.allege(incident: i1, crime: "imprisonment")
        let persecution = try db.allege(incident: i1, crime: "persecution").id
        let details = try db.updateAllegation(
            persecution,
            AllegationChanges(grounds: ["political", "Religious"], group: "families of the 'hostile' class", connected: "AL-1"))
        #expect(details.persecutionGrounds == [.political, .religious])
        #expect(details.targetedGroup == "families of the 'hostile' class")
        #expect(details.connectedAllegation == al1)
        #expect(
            throws: RecordError.invalidValue(
                field: "ground of persecution", value: "politcal",
                accepted: "write political, racial, national, ethnic, cultural, religious, gender, other")
        ) {
            try db.updateAllegation(persecution, AllegationChanges(grounds: ["politcal"]))
        }
        // Persecution may be connected with its own acts (Elements of Crimes, art. 7(1)(h), element 4).
        let itself = try db.updateAllegation(persecution, AllegationChanges(connected: persecution.description))
        #expect(itself.connectedAllegation == persecution)
        let ownActs = try db.proofMatrix().allegations[1].elements.first { $0.key == "persecution.4" }?.related
        #expect(ownActs == ["connected with its own acts (\(persecution), Persecution)"])
        _ = try db.updateAllegation(persecution, AllegationChanges(connected: "AL-1"))
        #expect(throws: RecordError.notFound(RecordID(.allegation, 9))) {
            try db.updateAllegation(persecution, AllegationChanges(connected: "AL-9"))
        }
        let matrix = try db.proofMatrix().allegations[1]
        #expect(matrix.details.persecutionGrounds == [.political, .religious])
        #expect(
            matrix.elements.first { $0.key == "persecution.4" }?.related == [
                "connected with AL-1 (Imprisonment or other severe deprivation of physical liberty)"
            ])
    }

    @Test func deportationRecordsTheDestinationAndCanBeReKeyedAsForcibleTransfer() throws {
        let db = try makeCase()
        _ = try db.allege(incident: i1, crime: "deportation")
        #expect(try db.updateAllegation(al1, AllegationChanges(destination: "cn")).destinationState == "CN")
        #expect(throws: (any Error).self) { try db.updateAllegation(al1, AllegationChanges(destination: "China")) }
        _ = try db.cite(NewCitation(allegation: al1, source: t1, element: "deportation.2"))
        #expect(try db.status().allegationsToReview.isEmpty)
        let moved = try db.updateAllegation(al1, AllegationChanges(crime: "forcible-transfer"))
        // The destination is kept, so that re-keying back to deportation restores it.
        #expect(moved.crime == "forcible-transfer" && moved.destinationState == "CN")
        let elements = try db.proofMatrix().allegations[0].elements
        #expect(elements.filter { !$0.isGap }.map(\.key) == ["forcible-transfer.2"])
        #expect(throws: (any Error).self) { try db.updateAllegation(al1, AllegationChanges(crime: "murder")) }
    }

    @Test func footnote24CautionsWhenTheAttackStartsBeforeEntryIntoForce() throws {
        let db = try makeCase()
        let disappearance = try db.allege(incident: i1, crime: "enforced-disappearance").id
        _ = try db.allege(incident: i1, crime: "murder")
        _ = try db.addAttack(AttackInput(title: "Abductions", period: "1977/2014"))
        _ = try db.updateAllegation(disappearance, AllegationChanges(attack: "AT-1"))
        _ = try db.updateAllegation(RecordID(.allegation, 2), AllegationChanges(attack: "AT-1"))
        var matrix = try db.proofMatrix()
        #expect(matrix.allegations[0].cautions.count == 1)
        #expect(matrix.allegations[0].cautions[0].contains("footnote 24"))
        #expect(matrix.allegations[1].cautions.isEmpty)
        _ = try db.updateAttack(at1, AttackInput(period: "2003/2014"))
        matrix = try db.proofMatrix()
        #expect(matrix.allegations[0].cautions.isEmpty)
    }
}
