import CasebookModel
import CasebookStore
import Foundation

extension AppDatabase {
    /// One allegation with its details.
    package func allegationDetails(_ id: RecordID) throws -> AllegationDetails {
        guard id.kind == .allegation else { throw RecordError.wrongKind(id, expected: [.allegation], role: .subject) }
        return try readTransaction { tx in
            guard let record = try tx.fetchOne(AllegationRecord.self, key: id.number) else { throw RecordError.notFound(id) }
            return try Self.details(of: record, in: tx)
        }
    }

    /// Sets the details of an allegation, checking each applies to its crime; all or nothing.
    /// The result's `notices` say what else the update did: what it removed, and cautions.
    package func updateAllegation(_ id: RecordID, _ changes: AllegationChanges) throws -> AllegationDetails {
        guard id.kind == .allegation else { throw RecordError.wrongKind(id, expected: [.allegation], role: .subject) }
        guard !changes.isEmpty else { throw AllegationError.nothingToChange(id) }
        let attack = try changes.attack.flatMap(Validate.optional).map {
            try RecordID(parsing: $0, expecting: [.attack], for: .part("attack"))
        }
        let connected = try changes.connected.flatMap(Validate.optional).map {
            try RecordID(parsing: $0, expecting: [.allegation], for: .part("connected"))
        }
        let actor = try changes.actor.map { try RecordID(parsing: $0, expecting: [.actor], for: .part("actor")) }
        if actor != nil && changes.abandonment == nil { throw AllegationError.actorNeedsAbandonment }
        let grounds = try changes.grounds.map(Self.grounds)
        let destination = try changes.destination.map { try Self.destinationCode($0) }
        let limb = try changes.limb.map { text -> String? in
            guard let value = Validate.optional(text) else { return nil }
            guard ["a", "b"].contains(value.lowercased()) else {
                throw RecordError.invalidValue(
                    field: "limb", value: value, accepted: "write a or b (Elements of Crimes, art. 7(1)(i), elements 1–3)")
            }
            return value.lowercased()
        }
        let newCrime = try changes.crime.map { try RomeStatute.crime($0) }
        var notices: [String] = []
        try writeTransaction { tx in
            guard var record = try tx.fetchOne(AllegationRecord.self, key: id.number) else { throw RecordError.notFound(id) }
            if let newCrime, newCrime.key != record.crimeKey {
                notices += try Self.rekey(&record, to: newCrime, id: id, in: tx)
            }
            func require(_ crimeKey: String, _ detail: String, _ name: String) throws {
                guard record.crimeKey == crimeKey else {
                    throw RecordError.detailNotForCrime(detail: detail, allegation: id, crime: record.crimeKey, applies: name)
                }
            }
            if let destination {
                try require("deportation", "destination", "deportation")
                record.destinationState = destination
                if let destination, let notice = try Self.sameCountryCaution(destination, record: record, id: id, in: tx) {
                    notices.append(notice)
                }
            }
            if let limb {
                try require("enforced-disappearance", "limb", "enforced disappearance")
                record.disappearanceLimb = limb
            }
            if let grounds {
                try require("persecution", "grounds", "persecution")
                record.persecutionGrounds = grounds.map(\.rawValue)
            }
            if let group = changes.group {
                try require("persecution", "group", "persecution")
                record.targetedGroup = Validate.optional(group)
            }
            if changes.connected != nil {
                try require("persecution", "connected", "persecution")
                if let connected { try Self.checkConnection(id, to: connected, in: tx) }
                record.connectedAllegationId = connected?.number
            }
            if changes.attack != nil {
                if let attack { try tx.requireExists(attack, kind: .attack) }
                record.attackId = attack?.number
            }
            if let attempted = changes.attempted { record.attempted = attempted }
            if let text = changes.abandonment {
                guard record.attempted else { throw AllegationError.abandonmentNeedsAttempt(id) }
                guard let actor else { throw AllegationError.abandonmentNeedsActor(id) }
                try Self.recordAbandonment(Validate.optional(text), by: actor, allegation: id, in: tx)
            }
            if changes.attempted == false { notices += try Self.removeAbandonments(&record, id: id, in: tx) }
            if changes.reviewed {
                if record.crimeKey == "deportation" && record.destinationState == nil {
                    throw AllegationError.reviewNeedsDestination(id)
                }
                record.crimeKeyToReview = false
            }
            try tx.update(record)
        }
        var details = try allegationDetails(id)
        details.notices = notices.isEmpty ? nil : notices
        if changes.attack != nil {
            details.attackPeriodMismatch = try readTransaction { tx in
                try tx.fetchOne(AllegationRecord.self, key: id.number).flatMap { try Self.attackPeriodMismatch(of: $0, in: tx) }
            }
        }
        return details
    }

    /// The grounds of persecution typed, without repeats; one empty text clears them, but an
    /// empty item among others (",,", "political,,religious") is refused.
    static func grounds(_ list: [String]) throws -> [PersecutionGround] {
        let items = list.map { $0.trimmingCharacters(in: .whitespaces) }
        if items.allSatisfy(\.isEmpty) && items.count <= 1 { return [] }
        var result: [PersecutionGround] = []
        for text in items {
            guard !text.isEmpty else { throw AllegationError.emptyGround(list.joined(separator: ",")) }
            guard let ground = PersecutionGround(rawValue: text.lowercased()) else {
                throw RecordError.invalidValue(
                    field: "ground of persecution", value: text,
                    accepted: "write \(PersecutionGround.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            if !result.contains(ground) { result.append(ground) }
        }
        return result
    }

    /// Refuses a connection to a missing allegation, or one that leads back round through others.
    /// A connection to the allegation itself is accepted: persecution may be charged through its
    /// very acts ("any act referred to in article 7, paragraph 1", Elements of Crimes, art. 7(1)(h),
    /// element 4), so no second crime need be proved.
    static func checkConnection(_ id: RecordID, to connected: RecordID, in tx: StoreTransaction) throws {
        guard connected != id else { return }
        try tx.requireExists(connected, kind: .allegation)
        var path = [id, connected]
        var next = try tx.connectedAllegationId(of: connected.number)
        while let number = next {
            let step = RecordID(.allegation, number)
            path.append(step)
            if step == id { throw AllegationError.connectedCycle(id, path: path) }
            if path.dropLast().contains(step) { break }
            next = try tx.connectedAllegationId(of: number)
        }
    }

    /// Records (or, with nil, clears) one person's abandonment of the attempt.
    static func recordAbandonment(_ note: String?, by actor: RecordID, allegation: RecordID, in tx: StoreTransaction) throws {
        try tx.requireExists(actor, kind: .actor)
        let attributed = try tx.attributionExists(allegation: allegation.number, actor: actor.number)
        guard attributed else { throw RecordError.actorNotAttributed(actor: actor, allegation: allegation) }
        try tx.deleteAbandonments(ofAllegation: allegation.number, actor: actor.number)
        if let note {
            var record = AbandonmentRecord(
                allegationId: allegation.number, actorId: actor.number, note: note, createdAt: timestampNow())
            try tx.insert(&record)
        }
    }

    /// An allegation no longer attempted keeps no abandonment notes: says which were removed.
    static func removeAbandonments(_ record: inout AllegationRecord, id: RecordID, in tx: StoreTransaction) throws -> [String] {
        var notices: [String] = []
        let rows = try tx.abandonments(ofAllegation: id.number)
        for row in rows {
            notices.append(
                "Removed \(RecordID(.actor, row.actorId))'s abandonment note (\"\(row.note)\"): abandonment concerns an attempt, and \(id) is no longer marked attempted."
            )
        }
        try tx.deleteAbandonments(ofAllegation: id.number)
        if let legacy = record.abandonment {
            notices.append(
                "Removed \(id)'s abandonment note (\"\(legacy)\"): abandonment concerns an attempt, and \(id) is no longer marked attempted."
            )
            record.abandonment = nil
        }
        let attemptCitations = try tx.attemptCitationCount(allegation: id.number)
        if attemptCitations > 0 {
            notices.append(
                "\(attemptCitations) citation(s) for the elements of the attempt are kept, and shown again if \(id) is marked attempted."
            )
        }
        return notices
    }

    /// Moves an allegation between deportation and forcible transfer, the one re-keying the law
    /// allows. Elements 2 and 3 and the contextual elements correspond, so their citations follow.
    /// Element 1 does not: deportation is displacement "to another State", forcible transfer
    /// within the same State, so a source for one is not proof of the other. Its citations are kept
    /// as sources for the allegation as a whole, and the notices say so. The State of destination
    /// is kept, so that re-keying back restores it.
    static func rekey(_ record: inout AllegationRecord, to crime: CrimeCategory, id: RecordID, in tx: StoreTransaction) throws
        -> [String]
    {
        let pair: Set<String> = ["deportation", "forcible-transfer"]
        guard pair.contains(record.crimeKey), pair.contains(crime.key) else {
            throw RecordError.invalidValue(
                field: "new crime for \(id)", value: crime.key,
                accepted:
                    "only deportation and forcible-transfer can be exchanged; allege the other crime separately. Nothing was changed"
            )
        }
        let clash = try tx.allegation(incident: record.incidentId, crimeKey: crime.key)
        if let clash, let clashID = clash.id {
            throw AllegationError.rekeyClash(
                allegation: id, existing: RecordID(.allegation, clashID), incident: RecordID(.incident, record.incidentId),
                crime: crime.key)
        }
        let oldFirst = "\(record.crimeKey).1"
        let newFirst = "\(crime.key).1"
        let moved = try tx.citations(allegation: id.number, elementKey: oldFirst)
        var notices: [String] = []
        if !moved.isEmpty {
            let sources = moved.map(\.source.description).joined(separator: ", ")
            notices.append(
                "\(sources) cited for \(oldFirst) now support\(moved.count == 1 ? "s" : "") \(id) as a whole, not \(newFirst): \(oldFirst) and \(newFirst) differ (to another State, or within the same State). Cite a source again for \(newFirst) if it shows that."
            )
            let general = try tx.citations(allegation: id.number, elementKey: nil)
            for var citation in moved {
                let same = general.contains {
                    $0.source == citation.source && $0.actorId == citation.actorId && $0.pinpoint == citation.pinpoint
                }
                if same {
                    _ = try tx.delete(citation)  // the same source is already cited for the allegation as a whole
                } else {
                    citation.elementKey = nil
                    try tx.update(citation)
                }
            }
        }
        try tx.rekeyElementCitations(allegation: id.number, from: record.crimeKey, to: crime.key)
        record.crimeKey = crime.key
        record.crimeKeyToReview = false
        if crime.key != "deportation", let destination = record.destinationState {
            notices.append(
                "The State of destination (\(destination)) is kept, for a re-key back to deportation; forcible transfer does not use it."
            )
        }
        return notices
    }

    /// A State of destination: an officially assigned ISO 3166-1 code, or "unknown" when the team
    /// records on purpose that it is not known yet; nil for an empty text.
    static func destinationCode(_ text: String) throws -> String? {
        if Validate.optional(text)?.lowercased() == "unknown" { return "unknown" }
        return try countryCode(text)
    }

    /// A caution when the destination is the incident's own country: that is forcible transfer.
    static func sameCountryCaution(_ destination: String, record: AllegationRecord, id: RecordID, in tx: StoreTransaction) throws
        -> String?
    {
        guard
            let country = try tx.incidentCountry(record.incidentId),
            country.uppercased() == destination
        else { return nil }
        return
            "The State of destination \(destination) is the country of \(RecordID(.incident, record.incidentId)) itself: displacement within the same State is forcible transfer, not deportation (art. 7(1)(d)); if so, re-key \(id) as forcible transfer."
    }

    /// A two-letter, officially assigned ISO 3166-1 code in capitals, or nil for an empty text.
    static func countryCode(_ text: String) throws -> String? {
        guard let given = Validate.optional(text) else { return nil }
        let upper = given.uppercased()
        guard upper.count == 2, upper.allSatisfy({ $0.isASCII && $0.isLetter }) else {
            throw RecordError.invalidValue(
                field: "country code", value: given,
                accepted: "give the two-letter ISO 3166 code, for example CN for China")
        }
        guard CountryCodes.isAssigned(upper) else {
            throw RecordError.invalidValue(
                field: "country code", value: given,
                accepted: "it is not an officially assigned ISO 3166-1 code; give one such as CN for China or KP for North Korea")
        }
        return upper
    }

    static func details(of record: AllegationRecord, in tx: StoreTransaction) throws -> AllegationDetails {
        var details = details(of: record)
        let notes = try tx.abandonments(ofAllegation: record.id ?? 0)
        details.abandonments = notes.isEmpty ? nil : notes.map { ActorNote(actor: RecordID(.actor, $0.actorId), note: $0.note) }
        return details
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
