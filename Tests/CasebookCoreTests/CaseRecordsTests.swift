import CasebookCore
import Testing

@testable import CasebookModel
@testable import CasebookProtection
@testable import CasebookStore

/// A small case in memory: one witness, testimony, incident, the institution A-1 and the person
/// A-2 who heads its local branch, under it.
func makeSmallCase() throws -> AppDatabase {
    let db = try AppDatabase.makeEmptyTestDatabase()
    _ = try db.addWitness(NewWitness(pseudonym: "Witness A", consent: [.iccEvidence]))
    _ = try db.addTestimony(NewTestimony(witness: RecordID(.witness, 1), date: "2019-05-03"))
    _ = try db.addIncident(NewIncident(title: "Beatings at a holding centre", date: "2011/2012"))
    _ = try db.addActor(NewActor(name: "State Security Department", kind: .institution))
    _ = try db.addActor(NewActor(name: "Local branch chief", kind: .person, superior: RecordID(.actor, 1), tenureFrom: "2008"))
    return db
}

@Suite("case records")
struct CaseRecordsTests {
    @Test func witnessKeepsOnlyNonIdentifyingFields() throws {
        let db = try AppDatabase.makeEmptyTestDatabase()
        let witness = try db.addWitness(
            NewWitness(pseudonym: "  Witness B ", sex: "f", birthYear: 1970, leftYear: 2010, consent: [.upr, .iccEvidence]))
        #expect(witness.id == RecordID(.witness, 1))
        #expect(witness.pseudonym == "Witness B")
        #expect(witness.sex == "F")
        #expect(witness.consent == [.iccEvidence, .upr])
    }

    @Test func witnessInputIsChecked() throws {
        let db = try AppDatabase.makeEmptyTestDatabase()
        #expect(throws: RecordError.emptyField("pseudonym")) { try db.addWitness(NewWitness(pseudonym: " ")) }
        #expect(throws: RecordError.invalidValue(field: "sex", value: "female", accepted: "write F, M or X")) {
            try db.addWitness(NewWitness(pseudonym: "A", sex: "female"))
        }
        #expect(
            throws: RecordError.invalidValue(
                field: "year of leaving", value: "1960", accepted: "it cannot be before the birth year 1970")
        ) {
            try db.addWitness(NewWitness(pseudonym: "A", birthYear: 1970, leftYear: 1960))
        }
        _ = try db.addWitness(NewWitness(pseudonym: "A"))
        #expect(throws: RecordError.duplicatePseudonym("a", existing: RecordID(.witness, 1))) {
            try db.addWitness(NewWitness(pseudonym: "a"))
        }
        #expect(try db.witnesses().count == 1)
    }

    @Test func consentScopesParse() throws {
        #expect(try ConsentScope.parseList("upr, icc-evidence,upr") == [.iccEvidence, .upr])
        #expect(try ConsentScope.parseList("") == [])
        #expect(
            throws: RecordError.invalidValue(
                field: "consent scope", value: "everyone",
                accepted: "the scopes are icc-lead, icc-evidence, icc-contact, upr, public and named, separated by commas")
        ) {
            try ConsentScope.parseList("icc-evidence,everyone")
        }
    }

    @Test func testimonyNeedsAnExistingWitness() throws {
        let db = try AppDatabase.makeEmptyTestDatabase()
        #expect(throws: RecordError.notFound(RecordID(.witness, 99))) {
            try db.addTestimony(NewTestimony(witness: RecordID(.witness, 99), date: "2019"))
        }
        #expect(try db.testimonies().isEmpty)
    }

    @Test func incidentInputIsChecked() throws {
        let db = try AppDatabase.makeEmptyTestDatabase()
        let incident = try db.addIncident(
            NewIncident(title: "X", date: "2012/2014", country: "kp", victims: 30, victimsEstimated: true))
        #expect(incident.country == "KP")
        #expect(incident.earliest == "2012-01-01" && incident.latest == "2014-12-31")
        #expect(throws: RecordError.emptyField("incident title")) { try db.addIncident(NewIncident(title: "", date: "2012")) }
        #expect(
            throws: RecordError.invalidValue(
                field: "country code", value: "PRK",
                accepted: "give an officially assigned two-letter ISO 3166-1 code, for example KP for North Korea or CN for China")
        ) {
            try db.addIncident(NewIncident(title: "X", date: "2012", country: "PRK"))
        }
        #expect(throws: RecordError.valuesTogether("latitude", "longitude")) {
            try db.addIncident(NewIncident(title: "X", date: "2012", latitude: 41))
        }
        #expect(throws: RecordError.invalidValue(field: "latitude", value: "91.0", accepted: "it must be between -90 and 90")) {
            try db.addIncident(NewIncident(title: "X", date: "2012", latitude: 91, longitude: 0))
        }
        #expect(throws: DateError.reversedRange("2014/2012")) { try db.addIncident(NewIncident(title: "X", date: "2014/2012")) }
        #expect(try db.incidents().count == 1)
    }
}
