import CasebookModel
import Foundation
import GRDB
import Testing

@testable import CasebookCore
@testable import CasebookStore
@testable import casebook

/// The text the command line prints for what the core returns: the matrix, the case facts and a
/// record's history, checked on values built in memory.
@Suite("the command line's text for records")
struct PresentationTextTests {
    let t1 = RecordID(.testimony, 1), i1 = RecordID(.incident, 1), al1 = RecordID(.allegation, 1)
    let a2 = RecordID(.actor, 2), a3 = RecordID(.actor, 3), a4 = RecordID(.actor, 4)

    func emptyCase() throws -> AppDatabase {
        try AppDatabase(DatabaseQueue(configuration: AppDatabase.makeConfiguration()))
    }

    /// A small case with an institution, its branch, a director and a guard.
    func smallCase() throws -> AppDatabase {
        let db = try emptyCase()
        _ = try db.addWitness(NewWitness(pseudonym: "Witness A", consent: [.iccEvidence]))
        _ = try db.addTestimony(NewTestimony(witness: RecordID(.witness, 1), date: "2019-05-03"))
        _ = try db.addIncident(NewIncident(title: "Beatings at a holding centre", date: "2011/2012"))
        _ = try db.addActor(NewActor(name: "State Security Department", kind: .institution))
        _ = try db.addActor(NewActor(name: "Local branch", kind: .institution, superior: RecordID(.actor, 1), tenureFrom: "2008"))
        _ = try db.addActor(NewActor(name: "Branch director", kind: .person, superior: a2))
        _ = try db.addActor(NewActor(name: "Guard", kind: .person, superior: a3))
        return db
    }

    /// The matrix names the person who abandoned the attempt and quotes art. 25(3)(f).
    @Test func theMatrixShowsAnAbandonmentWithTheLaw() throws {
        let db = try smallCase()
        _ = try db.allege(incident: i1, crime: "murder")
        _ = try db.attribute(allegation: al1, actor: a3, mode: "ordering")
        _ = try db.attribute(allegation: al1, actor: a4, mode: "direct")
        var changes = AllegationChanges(attempted: true, abandonment: "walked away before the shot")
        changes.actor = "A-4"
        _ = try db.updateAllegation(al1, changes)
        let text = ProofMatrixText.render(try db.proofMatrix())
        #expect(text.contains("abandoned the attempt: walked away before the shot"))
        #expect(
            text.contains(
                "\"shall not be liable for punishment under this Statute for the attempt\" if that person completely and voluntarily gave up the criminal purpose (art. 25(3)(f))"
            ))
    }

    /// A fact never set is printed as not set.
    @Test func aFactNotSetIsPrintedAsNotSet() throws {
        let db = try emptyCase()
        try db.createCase(title: "Test case", organization: nil)
        #expect(CaseFactsText.facts(try db.caseFacts()).contains("situation:                (not set)"))
    }

    @Test func theHistoryTextNeverShowsASealedValue() {
        let history = RecordHistory(
            id: RecordID(.witness, 1),
            changes: [
                HistoryEntry(
                    time: "2026-11-29T01:00:00Z", handler: "kim", field: "name", label: "real name", old: nil, new: nil,
                    sealed: true),
                HistoryEntry(
                    time: "2026-11-29T01:00:00Z", handler: "kim", field: "origin", label: "region of origin", old: nil,
                    new: "Ryanggang", sealed: false),
            ])
        let text = HistoryText.history(history)
        let lines = text.split(separator: "\n").map {
            $0.split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ")
        }
        #expect(lines.contains("2026-11-29T01:00:00Z kim real name (sealed) (sealed)"))
        #expect(lines.contains("2026-11-29T01:00:00Z kim region of origin (empty) Ryanggang"))
        #expect(lines.last == "A sealed identity field is recorded only as changed; its values are never kept here.")
    }
}
