import CasebookCore
import CasebookModel
import CasebookProtection
import CasebookStore
import Foundation

extension Case {
    /// Adds or updates the record a row describes.
    func apply(_ row: ImportRow, kind: ImportKind, context: ImportContext) throws -> ImportOutcome {
        switch kind {
        case .witnesses: try applyWitness(row, context)
        case .testimonies: try applyTestimony(row, context)
        case .incidents: try applyIncident(row, context)
        case .actors: try applyActor(row, context)
        case .links: try applyLink(row, context)
        case .attacks: try applyAttack(row, context)
        case .recommendations: try applyRecommendation(row, context)
        case .assessments: try applyAssessment(row, context)
        case .ourRecommendations: try applyOurRecommendation(row, context)
        case .evidence: .unchanged
        }
    }
    // MARK: The kinds

    func applyWitness(_ row: ImportRow, _ context: ImportContext) throws -> ImportOutcome {
        let birthYear = try Self.integer(row, "birth_year")
        let leftYear = try Self.integer(row, "left")
        let consent: [ConsentScope]?
        do {
            consent = try row["consent"].map { try ConsentScope.parseList($0) }
        } catch {
            throw ImportRowFailure(column: "consent", message: "\(error)")
        }
        var identity = WitnessIdentity()
        for field in IdentityField.allCases {
            if let value = row.nonEmpty(field.column) { identity.set(field, value) }
        }
        if let id = try existing(row, .witness) {
            let changes = WitnessChanges(
                pseudonym: row["pseudonym"], sex: row["sex"], birthYear: birthYear, origin: row["origin"], leftYear: leftYear,
                consent: consent, riskNotes: row.nonEmpty("risk_notes"), identity: identity)
            try remember(row, id, context)
            if changes.isEmpty { return .unchanged }
            let update = try updateWitness(id, changes, handler: context.handler, passphrase: context.passphrase)
            return update.changes.isEmpty ? .unchanged : .updated
        }
        // Through the case, so that the consent given is logged as `witness add` logs it.
        let witness = try addWitness(
            NewWitness(
                pseudonym: row["pseudonym"] ?? "", sex: row["sex"], birthYear: birthYear, origin: row["origin"],
                leftYear: leftYear, consent: consent ?? [], riskNotes: row.nonEmpty("risk_notes")),
            identity: identity, passphrase: context.passphrase, handler: context.handler)
        try remember(row, witness.id, context)
        return .added
    }

    func applyTestimony(_ row: ImportRow, _ context: ImportContext) throws -> ImportOutcome {
        let date = try Self.date(row, "date")
        let witness = try row.nonEmpty("witness").map { try resolve($0, .witness, "witness", context) }
        let (grade, notes) = try Self.reliability(row, context)
        if let id = try existing(row, .testimony) {
            var changes = TestimonyChanges(
                witness: witness, date: date, interviewer: row["interviewer"], place: row["place"], language: row["language"],
                summary: row["summary"], reliabilityNotes: notes)
            changes.reliability = grade
            try remember(row, id, context)
            let withdrawn = try withdraw(row.withdrawals, of: id, context)
            if changes.isEmpty { return withdrawn ? .updated : .unchanged }
            let update = try database.updateTestimony(id, changes, handler: context.handler)
            return update.changes.isEmpty && !withdrawn ? .unchanged : .updated
        }
        guard let witness else { throw ImportRowFailure(column: "witness", message: "is empty; name the witness interviewed") }
        var input = NewTestimony(
            witness: witness, date: date ?? "", interviewer: row["interviewer"], place: row["place"], language: row["language"],
            summary: row["summary"], reliabilityNotes: notes)
        input.reliability = grade ?? nil
        let testimony = try database.addTestimony(input)
        try remember(row, testimony.id, context)
        _ = try withdraw(row.withdrawals, of: testimony.id, context)
        return .added
    }

    /// Records the passages a JSON export says the witness withdrew; one already recorded is left
    /// as it is. Whether any was new.
    private func withdraw(
        _ withdrawals: [(passage: String, reason: String, recordedAt: String?)], of id: RecordID, _ context: ImportContext
    ) throws
        -> Bool
    {
        var added = false
        for withdrawal in withdrawals {
            do {
                _ = try database.withdrawPassage(
                    PassageWithdrawal(
                        testimony: id, passage: withdrawal.passage, reason: withdrawal.reason, recordedAt: withdrawal.recordedAt),
                    handler: context.handler)
                added = true
            } catch RecordError.passageAlreadyWithdrawn {
                continue
            }
        }
        return added
    }

    func applyIncident(_ row: ImportRow, _ context: ImportContext) throws -> ImportOutcome {
        let date = try Self.date(row, "date")
        let latitude = try Self.decimal(row, "latitude")
        let longitude = try Self.decimal(row, "longitude")
        let victims = try Self.integer(row, "victims")
        let estimated = try Self.flag(row, "victims_estimated")
        if estimated == true && victims == nil {
            throw ImportRowFailure(
                column: "victims_estimated", message: "says the number of victims is an estimate, but victims is empty")
        }
        // continuing: "ongoing" or the end date (empty: not continuing); also_in: "CC[:DATE]" joined by ";".
        let continuing = row["continuing"]
        let alsoIn = row["also_in"].map { $0.split(separator: ";").map(String.init) }
        // A date in these columns is theirs, not the incident's date.
        do {
            if let continuing, !continuing.isEmpty { _ = try IncidentContinuation(parsing: continuing) }
        } catch { throw ImportRowFailure(column: "continuing", message: "\(error)", failure: error) }
        do {
            for text in alsoIn ?? [] { _ = try IncidentPart.split(text).date.map { try DateSpan(parsing: $0) } }
        } catch { throw ImportRowFailure(column: "also_in", message: "\(error)", failure: error as? any CasebookFailure) }
        if let id = try existing(row, .incident) {
            let changes = IncidentChanges(
                title: row["title"], date: date, place: row["place"], country: row["country"], latitude: latitude,
                longitude: longitude, victims: victims, victimsEstimated: victims == nil ? nil : estimated,
                victimGroup: row["victim_group"], description: row["description"], continuing: continuing.map { !$0.isEmpty },
                end: continuing.flatMap { $0.isEmpty ? nil : $0 }, alsoIn: alsoIn)
            try remember(row, id, context)
            if changes.isEmpty { return .unchanged }
            let update = try database.updateIncident(id, changes, handler: context.handler)
            return update.changes.isEmpty ? .unchanged : .updated
        }
        let incident = try database.addIncident(
            NewIncident(
                title: row["title"] ?? "", date: date ?? "", place: row["place"], country: row["country"], latitude: latitude,
                longitude: longitude, victims: victims, victimsEstimated: estimated ?? false, victimGroup: row["victim_group"],
                description: row["description"], continuing: !(continuing ?? "").isEmpty, end: continuing, alsoIn: alsoIn ?? []))
        try remember(row, incident.id, context)
        return .added
    }

    func applyActor(_ row: ImportRow, _ context: ImportContext) throws -> ImportOutcome {
        let kind: ActorKind?
        do {
            kind = try row.nonEmpty("kind").map { try ActorKind.parse($0) }
        } catch {
            throw ImportRowFailure(column: "kind", message: "\(error)")
        }
        var superiors: [(id: RecordID, from: String?, to: String?)] = []
        if let listed = row.superiors {
            for link in listed { superiors.append((try resolve(link.ref, .actor, "superiors", context), link.from, link.to)) }
        } else if let ref = row.nonEmpty("superior") {
            superiors.append((try resolve(ref, .actor, "superior", context), row.nonEmpty("from"), row.nonEmpty("to")))
        }
        let aliases = (row["aliases"] ?? "").split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }
        if let id = try existing(row, .actor) {
            try remember(row, id, context)
            var changed = false
            let first = superiors.first
            let changes = ActorChanges(
                name: row["name"], kind: kind, position: row["position"], addAliases: aliases, superior: first?.id,
                tenureFrom: first?.from, tenureTo: first?.to, nationality: row["nationality"])
            if !changes.isEmpty {
                changed = try !database.updateActor(id, changes, handler: context.handler).changes.isEmpty
            }
            for link in superiors.dropFirst() {
                let more = ActorChanges(superior: link.id, tenureFrom: link.from, tenureTo: link.to)
                changed = try !database.updateActor(id, more, handler: context.handler).changes.isEmpty || changed
            }
            return changed ? .updated : .unchanged
        }
        guard let kind else { throw ImportRowFailure(column: "kind", message: "is empty; write person or institution") }
        let first = superiors.first
        let actor = try database.addActor(
            NewActor(
                name: row["name"] ?? "", kind: kind, position: row["position"], aliases: aliases, superior: first?.id,
                tenureFrom: first?.from, tenureTo: first?.to, nationality: row["nationality"]))
        for link in superiors.dropFirst() {
            try database.writeTransaction { tx in
                try AppDatabase.linkSuperior(actor.id, to: link.id, tenure: (link.from, link.to), in: tx)
            }
        }
        try remember(row, actor.id, context)
        return .added
    }
}
