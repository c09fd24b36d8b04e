import CasebookCore
import Testing

@testable import CasebookModel
@testable import CasebookStore

/// The review of issue 11 (findings a1, a3, a10, b3–b8): whose knowledge proves the crime,
/// attempt proved by its own elements, abandonment per person, and the details refused or
/// explained instead of silently changed.
@Suite("liability, attempt and allegation details as a practitioner reads them")
struct LiabilityAndAttemptTests {
    let t1 = RecordID(.testimony, 1), i1 = RecordID(.incident, 1), al1 = RecordID(.allegation, 1)
    let a2 = RecordID(.actor, 2), a3 = RecordID(.actor, 3), a4 = RecordID(.actor, 4)

    /// The small case with two persons: A-3 (a director) and A-4 (a guard).
    func makeCase() throws -> AppDatabase {
        let db = try makeSmallCase()
        _ = try db.addActor(NewActor(name: "Branch director", kind: .person, superior: a2))
        _ = try db.addActor(NewActor(name: "Guard", kind: .person, superior: a3))
        return db
    }

    func element(_ db: AppDatabase, _ key: String, allegation: Int = 0) throws -> ElementProof {
        try #require(try db.proofMatrix().allegations[allegation].elements.first { $0.key == key })
    }

    /// a1: a superior's knowledge is of the subordinates' crimes; the crime's knowledge element is
    /// the perpetrator's, and only a perpetrator's own context.knowledge proves it.
    @Test func onlyAPerpetratorsKnowledgeProvesTheCrimesKnowledgeElement() throws {
        let db = try makeCase()
        _ = try db.allege(incident: i1, crime: "murder")
        _ = try db.attribute(allegation: al1, actor: a3, mode: "superior")
        #expect(throws: AllegationError.knowledgeOfSuperior(actor: a3, allegation: al1, modes: ["superior"])) {
            try db.cite(NewCitation(allegation: al1, source: t1, element: "context.knowledge", actor: a3))
        }
        #expect(try element(db, "context.knowledge").isGap)
        // An accessory (ordering) proves its own knowledge, not the perpetrator's.
        _ = try db.attribute(allegation: al1, actor: a3, mode: "ordering")
        _ = try db.cite(NewCitation(allegation: al1, source: t1, element: "context.knowledge", actor: a3))
        #expect(try element(db, "context.knowledge").isGap)
        let superior = try #require(try db.proofMatrix().allegations[0].attributions.first)
        #expect(superior.elements.first { $0.key == "context.knowledge" }?.isGap == false)
        // The direct perpetrator's knowledge is the crime's.
        _ = try db.attribute(allegation: al1, actor: a4, mode: "direct")
        _ = try db.cite(NewCitation(allegation: al1, source: t1, element: "context.knowledge", actor: a4, pinpoint: "p. 2"))
        #expect(try element(db, "context.knowledge").sources.map(\.pinpoint) == ["p. 2"])
        #expect(!(try element(db, "context.knowledge").isGap))
    }

    /// a3: an attempted crime's result is not a gap that can never close; the attempt's elements are.
    @Test func anAttemptIsProvedByItsOwnElements() throws {
        let db = try makeCase()
        _ = try db.allege(incident: i1, crime: "murder")
        #expect(throws: AllegationError.attemptElementNeedsAttempt(element: "attempt.substantial-step", allegation: al1)) {
            try db.cite(NewCitation(allegation: al1, source: t1, element: "attempt.substantial-step"))
        }
        #expect(try element(db, "murder.1").isGap)
        _ = try db.updateAllegation(al1, AllegationChanges(attempted: true))
        let result = try element(db, "murder.1")
        #expect(!result.isGap)
        #expect(result.notRequired?.hasPrefix("not required: attempt (art. 25(3)(f))") == true)
        let keys = try db.proofMatrix().allegations[0].elements.map(\.key)
        #expect(keys.suffix(2) == ["attempt.substantial-step", "attempt.non-completion"])
        #expect(try element(db, "attempt.substantial-step").isGap)
        #expect(
            try element(db, "attempt.substantial-step").text.contains("\"commences its execution by means of a substantial step\""))
        #expect(
            try element(db, "attempt.non-completion").text.contains(
                "\"because of circumstances independent of the person's intentions\""))
        for key in ["attempt.intent", "attempt.substantial-step", "attempt.non-completion", "context.knowledge"] {
            _ = try db.cite(NewCitation(allegation: al1, source: t1, element: key))
        }
        #expect(try db.proofMatrix().allegations[0].elements.filter(\.isGap).map(\.key) == ["context.attack"])
    }

    /// a3: abandonment frees only the person who abandoned, and the matrix says so for that person.
    @Test func abandonmentIsRecordedForThePersonWhoAbandoned() throws {
        let db = try makeCase()
        _ = try db.allege(incident: i1, crime: "murder")
        _ = try db.attribute(allegation: al1, actor: a3, mode: "ordering")
        _ = try db.attribute(allegation: al1, actor: a4, mode: "direct")
        var changes = AllegationChanges(attempted: true, abandonment: "walked away before the shot")
        changes.actor = "A-4"
        _ = try db.updateAllegation(al1, changes)
        var other = AllegationChanges(abandonment: "x")
        other.actor = "A-1"
        #expect(throws: RecordError.actorNotAttributed(actor: RecordID(.actor, 1), allegation: al1)) {
            try db.updateAllegation(al1, other)
        }
        var idle = AllegationChanges()
        idle.actor = "A-4"
        #expect(throws: AllegationError.actorNeedsAbandonment) { try db.updateAllegation(al1, idle) }
        let attributions = try db.proofMatrix().allegations[0].attributions
        #expect(attributions.map(\.abandonment) == [nil, "walked away before the shot"])
    }

    /// a10: art. 28(b) covers relationships "not described in paragraph (a)".
    @Test func commandAndSuperiorForOneActorCaution() throws {
        let db = try makeCase()
        _ = try db.allege(incident: i1, crime: "murder")
        // A3 has no position recorded, so art. 28(a) asks for it.
        let command = try db.attribute(allegation: al1, actor: a3, mode: "command").cautions
        #expect(command.count == 1 && command[0].contains("has no position recorded"), "\(command)")
        let both = try db.attribute(allegation: al1, actor: a3, mode: "superior")
        #expect(both.cautions.count == 2)
        #expect(both.cautions.contains { $0.contains("\"not described in paragraph (a)\" (art. 28(b))") })
        // The matrix carries the caution about the two modes; the missing position is said when attributing.
        #expect(
            try db.proofMatrix().allegations[0].attributions[0].cautions
                == both.cautions.filter { !$0.contains("has no position recorded") })
        let link = try db.link(LinkRequest(source: t1, incident: i1, crime: "murder", actor: a4, mode: "direct"))
        #expect(link.cautions.isEmpty)
    }

    /// b3: persecution cannot be connected round in a circle.
    @Test func persecutionConnectionsCannotGoRoundInACircle() throws {
        let db = try makeCase()
        let first = try db.allege(incident: i1, crime: "persecution").id
        _ = try db.addIncident(NewIncident(title: "Second", date: "2012"))
        let second = try db.allege(incident: RecordID(.incident, 2), crime: "persecution").id
        _ = try db.updateAllegation(first, AllegationChanges(connected: second.description))
        #expect(throws: AllegationError.connectedCycle(second, path: [second, first, second])) {
            try db.updateAllegation(second, AllegationChanges(connected: first.description))
        }
        #expect(try db.allegationDetails(second).connectedAllegation == nil)
    }

    /// b4: with --actor, only that actor's gaps count.
    @Test func theMatrixForOneActorCountsOnlyThatActorsGaps() throws {
        let db = try makeCase()
        _ = try db.allege(incident: i1, crime: "murder")
        _ = try db.attribute(allegation: al1, actor: a3, mode: "superior")
        _ = try db.attribute(allegation: al1, actor: a4, mode: "direct")
        for element in ModeOfLiability.superior.elements {
            _ = try db.cite(NewCitation(allegation: al1, source: t1, element: element.key, actor: a3))
        }
        let whole = try db.proofMatrix()
        #expect(whole.liabilityGapCount == 3)
        let one = try db.proofMatrix(MatrixFilter(actor: a3))
        #expect(one.liabilityGapCount == 0)
        #expect(one.gapCount == whole.gapCount - 1)
        #expect(try db.proofMatrix(MatrixFilter(actor: a4)).liabilityGapCount == 3)
    }

    /// b5: grounds once each; an empty item is refused, not read as "clear".
    @Test func groundsAreDedupedAndEmptyOnesRefused() throws {
        let db = try makeCase()
        let persecution = try db.allege(incident: i1, crime: "persecution").id
        let details = try db.updateAllegation(persecution, AllegationChanges(grounds: ["political", "Political", "religious"]))
        #expect(details.persecutionGrounds == [.political, .religious])
        #expect(throws: AllegationError.emptyGround(",,")) {
            try db.updateAllegation(persecution, AllegationChanges(grounds: ["", "", ""]))
        }
        #expect(throws: AllegationError.emptyGround("political,,religious")) {
            try db.updateAllegation(persecution, AllegationChanges(grounds: ["political", "", "religious"]))
        }
        #expect(try db.allegationDetails(persecution).persecutionGrounds == [.political, .religious])
        #expect(try db.updateAllegation(persecution, AllegationChanges(grounds: [""])).persecutionGrounds.isEmpty)
    }

    /// b7: "to another State" is not "within the same State": element 1's citations do not carry over.
    @Test func reKeyingDoesNotCarryElementOneAndKeepsTheDestination() throws {
        let db = try makeCase()
        _ = try db.allege(incident: i1, crime: "deportation")
        _ = try db.updateAllegation(al1, AllegationChanges(destination: "CN"))
        _ = try db.cite(NewCitation(allegation: al1, source: t1, element: "deportation.1", pinpoint: "p. 1"))
        _ = try db.cite(NewCitation(allegation: al1, source: t1, element: "deportation.2", pinpoint: "p. 2"))
        let moved = try db.updateAllegation(al1, AllegationChanges(crime: "forcible-transfer"))
        #expect(
            moved.notices?.first?.contains("T-1 cited for deportation.1 now supports AL-1 as a whole, not forcible-transfer.1")
                == true)
        #expect(moved.notices?.contains { $0.contains("The State of destination (CN) is kept") } == true)
        var proof = try db.proofMatrix().allegations[0]
        #expect(proof.elements.first { $0.key == "forcible-transfer.1" }?.isGap == true)
        #expect(proof.elements.first { $0.key == "forcible-transfer.2" }?.sources.map(\.pinpoint) == ["p. 2"])
        #expect(proof.generalSources.map(\.pinpoint) == ["p. 1"])
        let back = try db.updateAllegation(al1, AllegationChanges(crime: "deportation"))
        #expect(back.destinationState == "CN")
        proof = try db.proofMatrix().allegations[0]
        #expect(proof.elements.first { $0.key == "deportation.1" }?.isGap == true)
        // A source already cited for the allegation as a whole is not cited twice after a re-key.
        _ = try db.cite(NewCitation(allegation: al1, source: t1, element: "deportation.1", pinpoint: "p. 1"))
        _ = try db.updateAllegation(al1, AllegationChanges(crime: "forcible-transfer"))
        #expect(try db.proofMatrix().allegations[0].generalSources.map(\.pinpoint) == ["p. 1"])
    }

    /// b8: confirming a deportation needs its destination, or a deliberate "unknown".
    @Test func reviewingADeportationNeedsItsDestination() throws {
        let db = try makeCase()
        _ = try db.allege(incident: i1, crime: "deportation")
        #expect(throws: AllegationError.reviewNeedsDestination(al1)) {
            try db.updateAllegation(al1, AllegationChanges(reviewed: true))
        }
        #expect(
            try db.updateAllegation(al1, AllegationChanges(destination: "unknown", reviewed: true)).destinationState == "unknown")
        #expect(try db.updateAllegation(al1, AllegationChanges(reviewed: true)).destinationState == "unknown")
    }

    /// b2: only officially assigned ISO 3166-1 codes; the incident's own country as destination is a caution.
    @Test func countryCodesAreOfficiallyAssignedOnes() throws {
        #expect(CountryCodes.all.count == 249)
        for code in ["KP", "KR", "CN", "RU", "JP", "MN", "TH", "GB", "SS", "BQ"] {
            #expect(CountryCodes.isAssigned(code), "\(code)")
        }
        let db = try makeCase()
        _ = try db.addIncident(NewIncident(title: "Expelled", date: "2012", country: "kp"))
        for code in ["XX", "ZZ", "QQ", "AA", "EU", "UK", "UN"] {
            #expect(!CountryCodes.isAssigned(code), "\(code)")
            #expect(
                throws: RecordError.invalidValue(
                    field: "country code", value: code,
                    accepted:
                        "give an officially assigned two-letter ISO 3166-1 code, for example KP for North Korea or CN for China")
            ) {
                try db.addIncident(NewIncident(title: "X", date: "2012", country: code))
            }
        }
        let deportation = try db.allege(incident: RecordID(.incident, 2), crime: "deportation").id
        #expect(
            throws: RecordError.invalidValue(
                field: "country code", value: "XX",
                accepted: "it is not an officially assigned ISO 3166-1 code; give one such as CN for China or KP for North Korea")
        ) {
            try db.updateAllegation(deportation, AllegationChanges(destination: "XX"))
        }
        let same = try db.updateAllegation(deportation, AllegationChanges(destination: "KP"))
        #expect(same.destinationState == "KP")
        #expect(same.notices?.first?.contains("displacement within the same State is forcible transfer, not deportation") == true)
        #expect(try db.updateAllegation(deportation, AllegationChanges(destination: "CN")).notices == nil)
    }

    /// b6 and c: an update must change something, and says what it removed.
    @Test func updatesWithNothingToChangeAreRefused() throws {
        let db = try makeCase()
        _ = try db.allege(incident: i1, crime: "murder")
        #expect(throws: AllegationError.nothingToChange(al1)) {
            try db.updateAllegation(al1, AllegationChanges())
        }
        _ = try db.addAttack(AttackInput(title: "Attack"))
        #expect(throws: AllegationError.nothingToChange(RecordID(.attack, 1))) {
            try db.updateAttack(RecordID(.attack, 1), AttackInput())
        }
    }

    /// Design §8: the basis of knowledge of a citation.
    @Test func citationsRecordTheirBasisOfKnowledge() throws {
        let db = try makeCase()
        _ = try db.allege(incident: i1, crime: "murder")
        let cited = try db.cite(NewCitation(allegation: al1, source: t1, element: "murder.1", basis: "First-hand"))
        #expect(cited.basis == "first-hand")
        #expect(
            throws: RecordError.invalidValue(
                field: "basis of knowledge", value: "rumour",
                accepted: "write first-hand, hearsay, documentary, expert, open-source")
        ) {
            try db.cite(NewCitation(allegation: al1, source: t1, basis: "rumour"))
        }
        #expect(try element(db, "murder.1").sources.first?.basis == "first-hand")
        _ = try db.addAttack(AttackInput(title: "Attack"))
        let attack = try db.citeForAttack(
            NewAttackCitation(attack: RecordID(.attack, 1), source: t1, element: "attack.policy", basis: "documentary"))
        #expect(attack.basis == "documentary")
        #expect(
            try db.attack(RecordID(.attack, 1)).elements.first { $0.key == "attack.policy" }?.sources.first?.basis == "documentary")
    }
}
