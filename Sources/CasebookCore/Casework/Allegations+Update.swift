import Foundation
import GRDB

extension AppDatabase {
    /// One allegation with its details.
    public func allegationDetails(_ id: RecordID) throws -> AllegationDetails {
        guard id.kind == .allegation else { throw RecordError.wrongKind(id, expected: [.allegation], option: "the allegation") }
        return try read { db in
            guard let record = try AllegationRecord.fetchOne(db, key: id.number) else { throw RecordError.notFound(id) }
            return Self.details(of: record)
        }
    }

    /// Sets the details of an allegation, checking each applies to its crime; all or nothing.
    public func updateAllegation(_ id: RecordID, _ changes: AllegationChanges) throws -> AllegationDetails {
        guard id.kind == .allegation else { throw RecordError.wrongKind(id, expected: [.allegation], option: "the allegation") }
        let attack = try changes.attack.flatMap(Validate.optional).map {
            try RecordID(parsing: $0, expecting: [.attack], for: "--attack")
        }
        let connected = try changes.connected.flatMap(Validate.optional).map {
            try RecordID(parsing: $0, expecting: [.allegation], for: "--connected")
        }
        let grounds = try changes.grounds.map { list in
            try list.compactMap(Validate.optional).map { text in
                guard let ground = PersecutionGround(rawValue: text.lowercased()) else {
                    throw RecordError.invalidValue(
                        field: "ground of persecution", value: text,
                        accepted: "write \(PersecutionGround.allCases.map(\.rawValue).joined(separator: ", "))")
                }
                return ground
            }
        }
        let destination = try changes.destination.map { try Self.countryCode($0) }
        let limb = try changes.limb.map { text -> String? in
            guard let value = Validate.optional(text) else { return nil }
            guard ["a", "b"].contains(value.lowercased()) else {
                throw RecordError.invalidValue(field: "limb", value: value, accepted: "write a or b (Elements of Crimes, art. 7(1)(i), elements 1–3)")
            }
            return value.lowercased()
        }
        let newCrime = try changes.crime.map { try RomeStatute.crime($0) }
        try write { db in
            guard var record = try AllegationRecord.fetchOne(db, key: id.number) else { throw RecordError.notFound(id) }
            if let newCrime, newCrime.key != record.crimeKey {
                try Self.rekey(&record, to: newCrime, id: id, in: db)
            }
            func require(_ crimeKey: String, _ option: String, _ name: String) throws {
                guard record.crimeKey == crimeKey else {
                    throw RecordError.detailNotForCrime(option: option, allegation: id, crime: record.crimeKey, applies: name)
                }
            }
            if let destination {
                try require("deportation", "--destination", "deportation")
                record.destinationState = destination
            }
            if let limb {
                try require("enforced-disappearance", "--limb", "enforced disappearance")
                record.disappearanceLimb = limb
            }
            if let grounds {
                try require("persecution", "--grounds", "persecution")
                record.persecutionGrounds = grounds.map(\.rawValue)
            }
            if let group = changes.group {
                try require("persecution", "--group", "persecution")
                record.targetedGroup = Validate.optional(group)
            }
            if changes.connected != nil {
                try require("persecution", "--connected", "persecution")
                if let connected {
                    guard connected != id else {
                        throw RecordError.invalidValue(
                            field: "connected allegation", value: connected.description,
                            accepted: "persecution must be connected with another allegation, not itself")
                    }
                    try Self.requireExists(connected, table: "allegation", in: db)
                }
                record.connectedAllegationId = connected?.number
            }
            if changes.attack != nil {
                if let attack { try Self.requireExists(attack, table: "attack", in: db) }
                record.attackId = attack?.number
            }
            if let attempted = changes.attempted { record.attempted = attempted }
            if let text = changes.abandonment {
                let note = Validate.optional(text)
                guard note == nil || record.attempted else {
                    throw RecordError.invalidValue(
                        field: "abandonment note", value: text,
                        accepted: "abandonment concerns an attempt: add --attempt (art. 25(3)(f))")
                }
                record.abandonment = note
            }
            if !record.attempted { record.abandonment = nil }
            if changes.reviewed { record.crimeKeyToReview = false }
            try record.update(db)
        }
        return try allegationDetails(id)
    }

    /// Moves an allegation between deportation and forcible transfer, the one re-keying the
    /// law allows: the elements correspond one to one, so citations follow.
    static func rekey(_ record: inout AllegationRecord, to crime: CrimeCategory, id: RecordID, in db: Database) throws {
        let pair: Set<String> = ["deportation", "forcible-transfer"]
        guard pair.contains(record.crimeKey), pair.contains(crime.key) else {
            throw RecordError.invalidValue(
                field: "new crime for \(id)", value: crime.key,
                accepted: "only deportation and forcible-transfer can be exchanged; allege the other crime separately")
        }
        let clash = try AllegationRecord
            .filter(AllegationRecord.Columns.incidentId == record.incidentId && AllegationRecord.Columns.crimeKey == crime.key)
            .fetchOne(db)
        if let clash, let clashID = clash.id {
            throw RecordError.duplicateAllegation(
                existing: RecordID(.allegation, clashID), incident: RecordID(.incident, record.incidentId), crime: crime.key)
        }
        try db.execute(
            sql: "UPDATE citation SET elementKey = ? || substr(elementKey, length(?) + 1) WHERE allegationId = ? AND elementKey LIKE ? || '.%'",
            arguments: [crime.key, record.crimeKey, id.number, record.crimeKey])
        record.crimeKey = crime.key
        record.crimeKeyToReview = false
        if crime.key != "deportation" { record.destinationState = nil }
    }

    /// A two-letter ISO 3166 code in capitals, or nil for an empty text.
    static func countryCode(_ text: String) throws -> String? {
        guard let given = Validate.optional(text) else { return nil }
        let upper = given.uppercased()
        guard upper.count == 2, upper.allSatisfy({ $0.isASCII && $0.isLetter }) else {
            throw RecordError.invalidValue(
                field: "country code", value: given,
                accepted: "give the two-letter ISO 3166 code, for example CN for China")
        }
        return upper
    }

    static func details(of record: AllegationRecord) -> AllegationDetails {
        let crime = try? RomeStatute.crime(record.crimeKey)
        return AllegationDetails(
            id: RecordID(.allegation, record.id ?? 0), incident: RecordID(.incident, record.incidentId), crime: record.crimeKey,
            crimeName: crime?.name ?? record.crimeKey, article: crime?.article ?? "",
            attack: record.attackId.map { RecordID(.attack, $0) }, attempted: record.attempted,
            abandonment: record.abandonment, destinationState: record.destinationState,
            disappearanceLimb: record.disappearanceLimb,
            persecutionGrounds: record.persecutionGrounds.compactMap(PersecutionGround.init(rawValue:)),
            targetedGroup: record.targetedGroup,
            connectedAllegation: record.connectedAllegationId.map { RecordID(.allegation, $0) },
            crimeKeyToReview: record.crimeKeyToReview)
    }
}
