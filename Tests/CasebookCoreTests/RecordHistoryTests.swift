import CasebookCore
import Testing

@testable import CasebookModel

@Suite("the record history: append-only changes and who made them")
struct RecordHistoryTests {
    let handler: Handler

    init() throws {
        handler = try Handler("kim.investigator")
    }

    @Test func aTestimonyUpdateChangesOnlyWhatIsGivenAndSaysWhat() throws {
        // Given a testimony with a place and a summary
        let db = try makeSmallCase()
        _ = try db.addWitness(NewWitness(pseudonym: "Witness B"))
        let id = RecordID(.testimony, 1)
        _ = try db.updateTestimony(id, TestimonyChanges(place: "Seoul", summary: "Beaten."), handler: handler)
        // When the date, the witness and the summary are corrected and the place cleared
        let update = try db.updateTestimony(
            id, TestimonyChanges(witness: RecordID(.witness, 2), date: "2019-05-04", place: " ", summary: "Beaten twice."),
            handler: handler)
        // Then each changed field is told once, in field order, and the rest is untouched
        #expect(update.changes.map(\.field) == ["witness", "date", "place", "summary"])
        #expect(
            update.changes.map(\.sentence) == [
                "Witness changed from \"W-1\" to \"W-2\".", "Interview date changed from \"2019-05-03\" to \"2019-05-04\".",
                "Place of interview cleared (it was \"Seoul\").", "Summary changed from \"Beaten.\" to \"Beaten twice.\".",
            ])
        #expect(update.record.witnessPseudonym == "Witness B")
        #expect(update.record.place == nil)
        let history = try db.history(of: id)
        #expect(history.changes.count == 6)
        #expect(history.changes.allSatisfy { $0.handler == "kim.investigator" && !$0.sealed })
        #expect(history.changes.last?.old == "Beaten.")
        #expect(history.changes.last?.new == "Beaten twice.")
    }

    @Test func anIncidentUpdateKeepsOldAndNewValues() throws {
        let db = try makeSmallCase()
        let id = RecordID(.incident, 1)
        let update = try db.updateIncident(
            id,
            IncidentChanges(
                date: "2011-10/2012-03", country: "kp", latitude: 42.4, longitude: 129.7, victims: 45, victimsEstimated: true),
            handler: handler)
        #expect(update.changes.map(\.field) == ["date", "country", "coordinates", "victims"])
        #expect(update.record.earliest == "2011-10-01")
        #expect(update.record.victimsEstimated)
        let history = try db.history(of: id).changes
        #expect(history.map(\.label) == ["date", "country code", "coordinates", "number of victims"])
        #expect(history[0].old == "2011/2012")
        #expect(history[3].new == "45 (estimate)")
    }

    @Test func givingTheSameValuesChangesNothingAndRecordsNothing() throws {
        let db = try makeSmallCase()
        let update = try db.updateIncident(RecordID(.incident, 1), IncidentChanges(date: "2011/2012"), handler: handler)
        #expect(update.changes.isEmpty)
        #expect(try db.history(of: RecordID(.incident, 1)).changes.isEmpty)
    }

    @Test func anUpdateWithNothingToChangeIsRefused() throws {
        let db = try makeSmallCase()
        #expect(throws: RecordError.nothingToChange(RecordID(.testimony, 1))) {
            try db.updateTestimony(RecordID(.testimony, 1), TestimonyChanges(), handler: handler)
        }
        #expect(throws: RecordError.nothingToChange(RecordID(.incident, 1))) {
            try db.updateIncident(RecordID(.incident, 1), IncidentChanges(), handler: handler)
        }
        #expect(throws: RecordError.nothingToChange(RecordID(.actor, 1))) {
            try db.updateActor(RecordID(.actor, 1), ActorChanges(), handler: handler)
        }
    }

    @Test func aRefusedUpdateLeavesNoHistory() throws {
        let db = try makeSmallCase()
        #expect(throws: RecordError.notFound(RecordID(.witness, 9))) {
            try db.updateTestimony(
                RecordID(.testimony, 1), TestimonyChanges(witness: RecordID(.witness, 9), place: "Seoul"), handler: handler)
        }
        #expect(throws: RecordError.estimateWithoutVictims(RecordID(.incident, 1), estimated: true)) {
            try db.updateIncident(RecordID(.incident, 1), IncidentChanges(title: "New", victimsEstimated: true), handler: handler)
        }
        #expect(
            throws: RecordError.superiorCycle(
                actor: RecordID(.actor, 1), superior: RecordID(.actor, 2), path: [RecordID(.actor, 2), RecordID(.actor, 1)])
        ) {
            try db.updateActor(RecordID(.actor, 1), ActorChanges(name: "Renamed", superior: RecordID(.actor, 2)), handler: handler)
        }
        for id in [RecordID(.testimony, 1), RecordID(.incident, 1), RecordID(.actor, 1)] {
            #expect(try db.history(of: id).changes.isEmpty)
        }
        #expect(try db.incident(RecordID(.incident, 1)).title == "Beatings at a holding centre")
    }

    @Test func actorUpdatesAreInTheHistoryToo() throws {
        let db = try makeSmallCase()
        _ = try db.addActor(NewActor(name: "Ministry", kind: .institution))
        let update = try db.updateActor(
            RecordID(.actor, 2),
            ActorChanges(position: "Provincial bureau", addAliases: ["Branch 7"], superior: RecordID(.actor, 3)),
            handler: handler)
        #expect(
            update.changes.map(\.sentence) == [
                "Position or rank set to \"Provincial bureau\".", "Aliases set to \"Branch 7\".",
                "Superiors changed from \"A-1 (from 2008)\" to \"A-1 (from 2008); A-3\".",
            ])
        #expect(try db.history(of: RecordID(.actor, 2)).changes.count == 3)
    }

    @Test func historyIsOnlyForRecordsThatCanBeUpdated() throws {
        let db = try makeSmallCase()
        #expect(throws: RecordError.notFound(RecordID(.witness, 7))) { try db.history(of: RecordID(.witness, 7)) }
        #expect(
            throws: RecordError.wrongKind(
                RecordID(.allegation, 1), expected: [.witness, .testimony, .incident, .actor, .evidence], role: .subject)
        ) {
            try db.history(of: RecordID(.allegation, 1))
        }
        #expect(throws: RecordError.notFound(RecordID(.evidence, 1))) { try db.history(of: RecordID(.evidence, 1)) }
        #expect(try db.history(of: RecordID(.witness, 1)).changes.isEmpty)
    }
}
