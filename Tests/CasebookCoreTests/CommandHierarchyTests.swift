import CasebookCore
import Testing

@testable import CasebookModel

@Suite("command hierarchy")
struct CommandHierarchyTests {
    @Test func treeNestsSubordinatesWithTenure() throws {
        let db = try makeSmallCase()
        let tree = try db.commandTree()
        #expect(tree.map(\.id) == [RecordID(.actor, 1)])
        #expect(tree[0].subordinates.map(\.id) == [RecordID(.actor, 2)])
        #expect(tree[0].subordinates[0].from == "2008")
    }

    @Test func refusesSelfAndIndirectCycles() throws {
        let db = try makeSmallCase()
        _ = try db.addActor(NewActor(name: "Camp guard unit", kind: .institution, superior: RecordID(.actor, 2)))
        #expect(
            throws: RecordError.superiorCycle(
                actor: RecordID(.actor, 1), superior: RecordID(.actor, 1), path: [RecordID(.actor, 1)])
        ) {
            try db.updateActor(RecordID(.actor, 1), ActorChanges(superior: RecordID(.actor, 1)), handler: try Handler("tester"))
        }
        // A-3 → A-2 → A-1: making A-3 the superior of A-1 would close the loop.
        #expect(
            throws: RecordError.superiorCycle(
                actor: RecordID(.actor, 1), superior: RecordID(.actor, 3),
                path: [RecordID(.actor, 3), RecordID(.actor, 2), RecordID(.actor, 1)])
        ) {
            try db.updateActor(
                RecordID(.actor, 1), ActorChanges(name: "Renamed", superior: RecordID(.actor, 3)), handler: try Handler("tester"))
        }
        // Nothing of the refused update was kept, not even the name.
        #expect(try db.actor(RecordID(.actor, 1)).name == "State Security Department")
        #expect(try db.actor(RecordID(.actor, 1)).superiors.isEmpty)
    }

    @Test func anActorMayAnswerToTwoSuperiors() throws {
        let db = try makeSmallCase()
        _ = try db.addActor(NewActor(name: "Ministry of People's Security", kind: .institution))
        let updated = try db.updateActor(
            RecordID(.actor, 2),
            ActorChanges(addAliases: ["Branch 7"], superior: RecordID(.actor, 3), tenureFrom: "2010", tenureTo: "2014"),
            handler: try Handler("tester")
        ).record
        #expect(updated.superiors.map(\.id) == [RecordID(.actor, 1), RecordID(.actor, 3)])
        #expect(updated.aliases == ["Branch 7"])
        let tree = try db.commandTree()
        #expect(tree.map(\.id) == [RecordID(.actor, 1), RecordID(.actor, 3)])
        #expect(tree.allSatisfy { $0.subordinates.map(\.id) == [RecordID(.actor, 2)] })
    }

    @Test func tenureNeedsASuperiorAndTheRightOrder() throws {
        let db = try makeSmallCase()
        #expect(
            throws: RecordError.tenureWithoutSuperior("2010")
        ) {
            try db.addActor(NewActor(name: "X", kind: .person, tenureFrom: "2010"))
        }
        #expect(throws: DateError.reversedRange("2014/2010")) {
            try db.addActor(NewActor(name: "X", kind: .person, superior: RecordID(.actor, 1), tenureFrom: "2014", tenureTo: "2010"))
        }
        #expect(try db.actors().count == 2)
    }
}
