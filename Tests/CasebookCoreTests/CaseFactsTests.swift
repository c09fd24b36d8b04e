import Foundation
import GRDB
import Testing

@testable import CasebookCore
@testable import CasebookModel
@testable import CasebookStore

@Suite("case facts and actors' nationality")
struct CaseFactsTests {
    let handler: Handler

    init() throws {
        handler = try Handler("kim.investigator")
    }

    func newCase() throws -> AppDatabase {
        let db = try AppDatabase.makeEmptyTestDatabase()
        try db.createCase(title: "Test case", organization: nil)
        return db
    }

    @Test func everyFactCanBeSetReadAndClearedExceptTheTitle() throws {
        let db = try newCase()
        // The period, the standard, the thresholds and the UPR deadline are read, not kept as typed: set below and in
        // CaseStandardTests.
        for fact in CaseFact.allCases
        where fact != .period && fact != .standard && fact != .uprDeadline && fact.thresholdStandard == nil {
            let update = try db.setCaseFact(fact, to: "  Value of \(fact.key)\nsecond line  ", handler: handler)
            #expect(update.facts.value(of: fact) == "Value of \(fact.key)\nsecond line")
            #expect(update.changes.map(\.field) == [fact.key])
        }
        _ = try db.setCaseFact(.period, to: "1990/2024", handler: handler)
        #expect(try db.setCaseFact(.uprDeadline, to: " 2024-04-04 ", handler: handler).facts.uprDeadline == "2024-04-04")
        #expect(throws: RecordError.self) { try db.setCaseFact(.uprDeadline, to: "2024-04", handler: handler) }
        _ = try db.setCaseFact(.standard, to: "Substantial grounds", handler: handler)
        _ = try db.setCaseFact(.thresholdReasonableBasis, to: "first-hand=1", handler: handler)
        let facts = try db.caseFacts()
        #expect(facts.period == "1990/2024")
        #expect(facts.periodEarliest == "1990-01-01")
        #expect(facts.periodLatest == "2024-12-31")
        #expect(facts.proofRule() == ProofRule(.substantialGrounds))
        #expect(
            facts.proofRule(.reasonableBasis).threshold
                == ProofThreshold(groups: 1, firstHand: 1, reliability: nil, credibility: nil))
        for fact in CaseFact.allCases where fact != .title {
            let update = try db.setCaseFact(fact, to: "", handler: handler)
            #expect(update.facts.value(of: fact) == nil, "\(fact)")
        }
        #expect(try db.caseFacts().periodEarliest == nil)
        #expect(throws: CasebookCore.RecordError.emptyField("case title")) { try db.setCaseFact(.title, to: " ", handler: handler) }
        #expect(try db.caseFacts().title == "Value of title\nsecond line")
        #expect(try db.status().title == "Value of title\nsecond line")
    }

    @Test func theHistoryKeepsWhoChangedWhatAndASameValueAddsNothing() throws {
        let db = try newCase()
        _ = try db.setCaseFact(.situation, to: "DPRK", handler: handler)
        _ = try db.setCaseFact(.situation, to: "Democratic People's Republic of Korea", handler: try Handler("lee"))
        let same = try db.setCaseFact(.situation, to: "Democratic People's Republic of Korea", handler: handler)
        #expect(same.changes.isEmpty)
        let history = try db.caseHistory()
        #expect(history.id == "case")
        #expect(history.changes.map(\.handler) == ["kim.investigator", "lee"])
        #expect(history.changes.last?.old == "DPRK")
        #expect(history.changes.last?.new == "Democratic People's Republic of Korea")
        #expect(history.changes.last?.label == "situation")
    }

    @Test func anUnknownFieldIsRefusedWithTheClosestNameAndTheList() throws {
        let db = try newCase()
        #expect(throws: CaseFactError.unknownField("sitation", suggestions: ["situation"])) {
            try db.setCaseFact(CaseFactSetting(field: "sitation", value: "x"), handler: handler)
        }
        let message = CaseFactError.unknownField("sitation", suggestions: ["situation"]).description
        #expect(message.contains("Did you mean situation?"))
        for fact in CaseFact.allCases { #expect(message.contains(fact.key)) }
        #expect(try CaseFact.parse("Organisation-Description") == .organizationDescription)
        #expect(try db.caseHistory().changes.isEmpty)
    }

    @Test func aValueComesFromAUTF8FileAndABadPeriodChangesNothing() throws {
        let db = try newCase()
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("casefacts-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let good = folder.appendingPathComponent("gravity.txt")
        try Data("\u{FEFF}Scale: thousands.\nManner: camps.\n".utf8).write(to: good)
        let update = try db.setCaseFact(CaseFactSetting(field: "gravity", file: good.path), handler: handler)
        #expect(update.facts.gravity == "Scale: thousands.\nManner: camps.")
        let bad = folder.appendingPathComponent("latin1.txt")
        try Data([0x4B, 0xE9, 0x0A]).write(to: bad)
        #expect(throws: CaseFactError.fileNotUTF8(path: bad.path)) {
            try db.setCaseFact(CaseFactSetting(field: "gravity", file: bad.path), handler: handler)
        }
        #expect(throws: CaseFactError.valueOrFile(.gravity)) {
            try db.setCaseFact(CaseFactSetting(field: "gravity", value: "x", file: good.path), handler: handler)
        }
        #expect(throws: CaseFactError.valueOrFile(.gravity)) {
            try db.setCaseFact(CaseFactSetting(field: "gravity"), handler: handler)
        }
        #expect(throws: DateError.reversedRange("2024/1990")) { try db.setCaseFact(.period, to: "2024/1990", handler: handler) }
        #expect(try db.caseFacts().gravity == "Scale: thousands.\nManner: camps.")
        #expect(try db.caseFacts().period == nil)
        #expect(try db.caseHistory().changes.count == 1)
    }

    @Test func everyFactIsInTheJSONEvenWhenNotSet() throws {
        let db = try newCase()
        let json = try JSONOutput.encode(try db.caseFacts())
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        for key in [
            "title", "organization", "organizationDescription", "contact", "situation", "period", "complementarity", "gravity",
            "requests", "confidentiality",
        ] {
            #expect(object[key] != nil, "\(key)")
        }
        #expect(object["situation"] is NSNull)
    }

    @Test func anActorsNationalityIsCheckedStoredUpperCaseAndKeptInTheHistory() throws {
        let db = try newCase()
        let actor = try db.addActor(NewActor(name: "State Security Department", kind: .institution, nationality: "kp"))
        #expect(actor.nationality == "KP")
        #expect(throws: CasebookCore.RecordError.self) {
            _ = try db.addActor(NewActor(name: "X", kind: .person, nationality: "XX"))
        }
        #expect(throws: CasebookCore.RecordError.self) {
            _ = try db.updateActor(actor.id, ActorChanges(nationality: "UK"), handler: handler)
        }
        #expect(try db.actors().count == 1)
        let update = try db.updateActor(actor.id, ActorChanges(nationality: "cn"), handler: handler)
        #expect(update.changes.map(\.sentence) == ["Nationality changed from \"KP\" to \"CN\"."])
        let cleared = try db.updateActor(actor.id, ActorChanges(nationality: ""), handler: handler)
        #expect(cleared.record.nationality == nil)
        #expect(try db.history(of: actor.id).changes.map(\.new) == ["CN", nil])
    }

    @Test func statusNamesStoredCodesThatAreNotValid() throws {
        let db = try newCase()
        _ = try db.addIncident(NewIncident(title: "Execution", date: "2011", country: "KP"))
        _ = try db.addIncident(NewIncident(title: "Abduction", date: "2016", country: "KR"))
        _ = try db.addActor(NewActor(name: "SSD", kind: .institution, nationality: "KP"))
        #expect(try db.status().invalidCountryCodes.isEmpty)
        try db.write { db in
            try db.execute(sql: "UPDATE incident SET country = 'XK' WHERE id = 2")
            try db.execute(sql: "UPDATE actor SET nationality = 'kp' WHERE id = 1")
        }
        let problems = try db.status().invalidCountryCodes
        #expect(problems.map(\.id) == [RecordID(.incident, 2), RecordID(.actor, 1)])
        #expect(problems.map(\.likely) == [nil, "KP"])
        #expect(problems.map(\.id) == [RecordID(.incident, 2), RecordID(.actor, 1)])
    }
}
