import Foundation
import GRDB

extension IdentityField {
    /// The import column of the field.
    var column: String { self == .notes ? "identity_notes" : rawValue.replacingOccurrences(of: "-", with: "_") }
}

/// Which column an error from the record methods is about, by the field it names.
enum ImportColumns {
    static let byLabel: [String: String] = [
        "pseudonym": "pseudonym", "sex": "sex", "birth year": "birth_year", "year of leaving": "left",
        "consent scope": "consent", "incident title": "title", "country code": "country", "latitude": "latitude",
        "longitude": "longitude", "number of victims": "victims", "actor name": "name", "actor kind": "kind",
        "tenure": "from", "exact date of birth": "born", "real name": "name",
    ]

    static func column(for failure: any CasebookFailure) -> String? {
        switch failure {
        case let error as RecordError:
            switch error {
            case .emptyField(let label): return byLabel[label]
            case .invalidValue(let field, _, _): return byLabel[field]
            case .invalidSealedValue(let field, _): return byLabel[field]
            case .duplicatePseudonym: return "pseudonym"
            case .superiorCycle: return "superior"
            case .duplicateCitation: return "source"
            case .actorNotAttributed: return "actor"
            default: return nil
            }
        case is DateError: return "date"
        case let error as LawError:
            let text = error.description.lowercased()
            if text.contains("element") { return "element" }
            if text.contains("mode") { return "mode" }
            return "crime"
        default: return nil
        }
    }
}

extension OpenCase {
    /// Adds or updates the record a row describes.
    func apply(_ row: ImportRow, kind: ImportKind, context: ImportContext) throws -> ImportOutcome {
        switch kind {
        case .witnesses: try applyWitness(row, context)
        case .testimonies: try applyTestimony(row, context)
        case .incidents: try applyIncident(row, context)
        case .actors: try applyActor(row, context)
        case .links: try applyLink(row, context)
        case .attacks: try applyAttack(row, context)
        case .evidence: .unchanged
        }
    }

    // MARK: Reading values

    static func integer(_ row: ImportRow, _ column: String) throws -> Int? {
        guard let text = row.nonEmpty(column) else { return nil }
        guard let value = Int(text) else { throw ImportRowFailure(column: column, message: "'\(text)' is not a whole number") }
        return value
    }

    static func decimal(_ row: ImportRow, _ column: String) throws -> Double? {
        guard let text = row.nonEmpty(column) else { return nil }
        guard let value = Double(text), value.isFinite else {
            throw ImportRowFailure(column: column, message: "'\(text)' is not a number in decimal degrees")
        }
        return value
    }

    static func flag(_ row: ImportRow, _ column: String) throws -> Bool? {
        guard let text = row[column] else { return nil }
        switch text.lowercased() {
        case "", "false", "no", "0", "n", "exact": return false
        case "true", "yes", "1", "y", "estimate", "estimated": return true
        default: throw ImportRowFailure(column: column, message: "'\(text)' is not yes or no")
        }
    }

    static func date(_ row: ImportRow, _ column: String) throws -> String? {
        guard let text = row[column] else { return nil }
        do {
            _ = try DateSpan(parsing: text)
        } catch {
            throw ImportRowFailure(column: column, message: "\(error)")
        }
        return text
    }

    /// The record of `kind` a reference names: an id of the file or the case (`W-3`), or an external id.
    func resolve(_ text: String, _ kind: RecordKind, _ column: String, _ context: ImportContext) throws -> RecordID {
        if let id = try? RecordID(parsing: text), id.kind == kind {
            if let mapped = context.fileKeys[kind]?[id.description] { return mapped }
            if try database.read({ db in try Self.exists(id, in: db) }) { return id }
            throw ImportRowFailure(column: column, message: "there is no \(kind.noun) \(id) in the file or the case")
        }
        if let mapped = context.fileKeys[kind]?[text] { return mapped }
        if let found = try database.read({ db in try Self.byExternalID(text, kind, in: db) }) { return found }
        throw ImportRowFailure(
            column: column, message: "'\(text)' is neither the external id nor the id of \(kind.nounWithArticle) in the file or the case")
    }

    static func table(_ kind: RecordKind) -> String {
        switch kind {
        case .witness: "witness"
        case .testimony: "testimony"
        case .incident: "incident"
        case .actor: "actor"
        default: "evidence_item"
        }
    }

    static func exists(_ id: RecordID, in db: Database) throws -> Bool {
        try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM \(table(id.kind)) WHERE id = ?", arguments: [id.number]) ?? 0 > 0
    }

    static func byExternalID(_ key: String, _ kind: RecordKind, in db: Database) throws -> RecordID? {
        try Int64.fetchOne(db, sql: "SELECT id FROM \(table(kind)) WHERE externalId = ?", arguments: [key]).map { RecordID(kind, $0) }
    }

    /// The case's record that a row names by its external id, or (JSON) by its own id when the
    /// case's record with that id is the same one (same pseudonym, title, name, or date and
    /// summary): a JSON file from another case never overwrites this case's W-1.
    func existing(_ row: ImportRow, _ kind: RecordKind) throws -> RecordID? {
        if let key = row.nonEmpty("external_id") {
            return try database.read { db in try Self.byExternalID(key, kind, in: db) }
        }
        guard let text = row.nonEmpty("id"), let id = try? RecordID(parsing: text), id.kind == kind,
            try database.read({ db in try Self.exists(id, in: db) })
        else { return nil }
        let same: Bool
        switch kind {
        case .witness: same = try database.witness(id).pseudonym.lowercased() == row["pseudonym"]?.lowercased()
        case .incident: same = try database.incident(id).title == row["title"]
        case .actor: same = try database.actor(id).name == row["name"]
        case .testimony:
            let testimony = try database.testimony(id)
            same = testimony.date == row["date"] && (testimony.summary ?? "") == (row["summary"] ?? "")
        default: same = false
        }
        return same ? id : nil
    }

    /// Records the keys by which later rows may refer to this record, and its external id.
    func remember(_ row: ImportRow, _ id: RecordID, _ context: ImportContext) throws {
        if let key = row.nonEmpty("external_id") {
            context.fileKeys[id.kind, default: [:]][key] = id
            try database.write { db in
                try db.execute(sql: "UPDATE \(Self.table(id.kind)) SET externalId = ? WHERE id = ?", arguments: [key, id.number])
            }
        }
        if let own = row.nonEmpty("id") { context.fileKeys[id.kind, default: [:]][own.uppercased()] = id }
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
                consent: consent, riskNotes: row["risk_notes"], identity: identity)
            try remember(row, id, context)
            if changes.isEmpty { return .unchanged }
            let update = try updateWitness(id, changes, handler: context.handler, passphrase: context.passphrase)
            return update.changes.isEmpty ? .unchanged : .updated
        }
        let witness = try database.addWitness(
            NewWitness(
                pseudonym: row["pseudonym"] ?? "", sex: row["sex"], birthYear: birthYear, origin: row["origin"],
                leftYear: leftYear, consent: consent ?? [], riskNotes: row["risk_notes"]),
            identity: identity, passphrase: context.passphrase)
        try remember(row, witness.id, context)
        return .added
    }

    func applyTestimony(_ row: ImportRow, _ context: ImportContext) throws -> ImportOutcome {
        let date = try Self.date(row, "date")
        let witness = try row.nonEmpty("witness").map { try resolve($0, .witness, "witness", context) }
        if let id = try existing(row, .testimony) {
            let changes = TestimonyChanges(
                witness: witness, date: date, interviewer: row["interviewer"], place: row["place"], language: row["language"],
                summary: row["summary"], reliabilityNotes: row["reliability"])
            try remember(row, id, context)
            if changes.isEmpty { return .unchanged }
            let update = try database.updateTestimony(id, changes, handler: context.handler)
            return update.changes.isEmpty ? .unchanged : .updated
        }
        guard let witness else { throw ImportRowFailure(column: "witness", message: "is empty; name the witness interviewed") }
        let testimony = try database.addTestimony(
            NewTestimony(
                witness: witness, date: date ?? "", interviewer: row["interviewer"], place: row["place"], language: row["language"],
                summary: row["summary"], reliabilityNotes: row["reliability"]))
        try remember(row, testimony.id, context)
        return .added
    }

    func applyIncident(_ row: ImportRow, _ context: ImportContext) throws -> ImportOutcome {
        let date = try Self.date(row, "date")
        let latitude = try Self.decimal(row, "latitude")
        let longitude = try Self.decimal(row, "longitude")
        let victims = try Self.integer(row, "victims")
        let estimated = try Self.flag(row, "victims_estimated")
        if estimated == true && victims == nil {
            throw ImportRowFailure(column: "victims_estimated", message: "says the number of victims is an estimate, but victims is empty")
        }
        if let id = try existing(row, .incident) {
            let changes = IncidentChanges(
                title: row["title"], date: date, place: row["place"], country: row["country"], latitude: latitude,
                longitude: longitude, victims: victims, victimsEstimated: victims == nil ? nil : estimated,
                victimGroup: row["victim_group"], description: row["description"])
            try remember(row, id, context)
            if changes.isEmpty { return .unchanged }
            let update = try database.updateIncident(id, changes, handler: context.handler)
            return update.changes.isEmpty ? .unchanged : .updated
        }
        let incident = try database.addIncident(
            NewIncident(
                title: row["title"] ?? "", date: date ?? "", place: row["place"], country: row["country"], latitude: latitude,
                longitude: longitude, victims: victims, victimsEstimated: estimated ?? false, victimGroup: row["victim_group"],
                description: row["description"]))
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
                tenureFrom: first?.from, tenureTo: first?.to)
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
                tenureFrom: first?.from, tenureTo: first?.to))
        for link in superiors.dropFirst() {
            try database.write { db in try AppDatabase.linkSuperior(actor.id, to: link.id, tenure: (link.from, link.to), in: db) }
        }
        try remember(row, actor.id, context)
        return .added
    }

    func applyLink(_ row: ImportRow, _ context: ImportContext) throws -> ImportOutcome {
        let incident = try resolve(row.nonEmpty("incident") ?? "", .incident, "incident", context)
        let crime: CrimeCategory
        do {
            crime = try RomeStatute.crime(row["crime"] ?? "")
        } catch {
            throw ImportRowFailure(column: "crime", message: "\(error)")
        }
        let actor = try row.nonEmpty("actor").map { try resolve($0, .actor, "actor", context) }
        let mode = row.nonEmpty("mode")
        if (actor == nil) != (mode == nil) {
            throw ImportRowFailure(column: actor == nil ? "actor" : "mode", message: "actor and mode go together: give both or neither")
        }
        defer { rememberAllegation(row, incident: incident, crime: crime, context) }
        guard let sourceText = row.nonEmpty("source") else {
            // Only from a JSON export: an allegation or attribution that cites no testimony.
            return try database.write { db in
                let (number, created) = try AppDatabase.findOrCreateAllegation(incident: incident, crime: crime, in: db)
                var attributed = false
                if let actor, let mode {
                    attributed = try AppDatabase.findOrCreateAttribution(
                        allegation: RecordID(.allegation, number), actor: actor, mode: try RomeStatute.mode(mode), in: db)
                }
                return created || attributed ? .added : .unchanged
            }
        }
        let source = try resolveSource(sourceText, context)
        let element = row.nonEmpty("element")?.lowercased()
        let pinpoint = row.nonEmpty("pinpoint")
        if try alreadyLinked(incident: incident, crime: crime, source: source, element: element, actor: actor, mode: mode, pinpoint: pinpoint) {
            return .unchanged
        }
        _ = try database.link(
            LinkRequest(
                source: source, incident: incident, crime: crime.key, actor: actor, mode: mode, element: element, pinpoint: pinpoint,
                note: row.nonEmpty("note")))
        return .added
    }

    /// Keeps the allegation a JSON row names (`AL-3` in the file), and the details to set on it
    /// once every allegation of the file exists.
    func rememberAllegation(_ row: ImportRow, incident: RecordID, crime: CrimeCategory, _ context: ImportContext) {
        let found = try? database.read { db in
            try AllegationRecord
                .filter(AllegationRecord.Columns.incidentId == incident.number && AllegationRecord.Columns.crimeKey == crime.key)
                .fetchOne(db)?.id
        }
        guard let number = found ?? nil else { return }
        let allegation = RecordID(.allegation, number)
        if let own = row.nonEmpty("id") { context.fileKeys[.allegation, default: [:]][own.uppercased()] = allegation }
        if let details = row.details { context.pendingDetails.append((row, allegation, details)) }
    }

    /// Sets the details of the allegations a JSON file gives (all but the attack, set with the attacks).
    func applyPendingDetails(_ context: ImportContext) {
        for (row, allegation, details) in context.pendingDetails {
            _ = context.attempt(row, column: "details") {
                let current = try database.allegationDetails(allegation)
                let connected = details.connectedAllegation.map { context.fileKeys[.allegation]?[$0.description] ?? $0 }
                var changes = AllegationChanges()
                if details.attempted != current.attempted { changes.attempted = details.attempted }
                if details.abandonment != current.abandonment { changes.abandonment = details.abandonment ?? "" }
                if details.destinationState != current.destinationState { changes.destination = details.destinationState ?? "" }
                if details.disappearanceLimb != current.disappearanceLimb { changes.limb = details.disappearanceLimb ?? "" }
                if details.persecutionGrounds != current.persecutionGrounds { changes.grounds = details.persecutionGrounds.map(\.rawValue) }
                if details.targetedGroup != current.targetedGroup { changes.group = details.targetedGroup ?? "" }
                if connected != current.connectedAllegation { changes.connected = connected?.description ?? "" }
                let unchanged = AllegationChanges()
                if changes.attempted != unchanged.attempted || changes.abandonment != nil || changes.destination != nil
                    || changes.limb != nil || changes.grounds != nil || changes.group != nil || changes.connected != nil
                {
                    _ = try database.updateAllegation(allegation, changes)
                }
            }
        }
        context.pendingDetails = []
    }

    /// Adds or updates an attack (matched by its id in a JSON file, else by its title), cites its
    /// sources for their elements, and links the allegations it names to it.
    func applyAttack(_ row: ImportRow, _ context: ImportContext) throws -> ImportOutcome {
        let input = AttackInput(
            title: row["title"], period: row["period"], population: row["population"], policy: row["policy"],
            widespread: row["widespread"], systematic: row["systematic"], description: row["description"])
        var outcome = ImportOutcome.unchanged
        var id: RecordID
        let byTitle = try database.attacks().first { $0.title == row["title"] }?.id
        let byOwnID = try row.nonEmpty("id").flatMap { try? RecordID(parsing: $0) }.flatMap { own in
            try database.attacks().contains { $0.id == own && $0.title == row["title"] } ? own : nil
        }
        if let existing = byOwnID ?? byTitle {
            id = existing
            let before = try database.attack(existing)
            if try database.updateAttack(existing, input) != before { outcome = .updated }
        } else {
            id = try database.addAttack(input).id
            outcome = .added
        }
        if let own = row.nonEmpty("id") { context.fileKeys[.attack, default: [:]][own.uppercased()] = id }
        var sources = row.attackSources ?? []
        for entry in (row["sources"] ?? "").split(separator: ";") {
            // element=SOURCE, optionally followed by "@ pinpoint"
            let parts = entry.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            guard parts.count == 2 else {
                throw ImportRowFailure(column: "sources", message: "'\(entry.trimmingCharacters(in: .whitespaces))' is not element=SOURCE (for example attack.policy=TES-04 @ p. 2)")
            }
            let sourceAndPinpoint = parts[1].split(separator: "@", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            sources.append((parts[0], sourceAndPinpoint[0], sourceAndPinpoint.count > 1 ? sourceAndPinpoint[1] : nil, nil))
        }
        let cited = try database.attack(id).elements
        for source in sources {
            let resolved = try resolveSource(source.source, context)
            let already = cited.first { $0.key == source.element.lowercased() }?.sources.contains {
                $0.source == resolved && $0.pinpoint == source.pinpoint
            } ?? false
            if already { continue }
            _ = try database.citeForAttack(
                NewAttackCitation(attack: id, source: resolved, element: source.element, pinpoint: source.pinpoint, note: source.note))
            if outcome == .unchanged { outcome = .updated }
        }
        var allegations: [RecordID] = []
        for text in (row["allegations"] ?? "").split(separator: ";").map({ $0.trimmingCharacters(in: .whitespaces) }) where !text.isEmpty {
            let given = try RecordID(parsing: text, expecting: [.allegation], for: "allegations")
            allegations.append(context.fileKeys[.allegation]?[given.description] ?? given)
        }
        for text in (row["incidents"] ?? "").split(separator: ";").map({ $0.trimmingCharacters(in: .whitespaces) }) where !text.isEmpty {
            let incident = try resolve(text, .incident, "incidents", context)
            allegations += try database.incident(incident).allegations
        }
        for allegation in allegations where try database.allegationDetails(allegation).attack != id {
            _ = try database.updateAllegation(allegation, AllegationChanges(attack: id.description))
            if outcome == .unchanged { outcome = .updated }
        }
        return outcome
    }

    /// A testimony or evidence item, by id or by external id.
    func resolveSource(_ text: String, _ context: ImportContext) throws -> RecordID {
        if let id = try? RecordID(parsing: text) {
            guard id.kind == .testimony || id.kind == .evidence else {
                throw ImportRowFailure(column: "source", message: "needs a testimony (T-n) or an evidence item (E-n), but \(id) is \(id.kind.nounWithArticle)")
            }
            return try resolve(text, id.kind, "source", context)
        }
        if let found = try? resolve(text, .testimony, "source", context) { return found }
        if let found = try? resolve(text, .evidence, "source", context) { return found }
        throw ImportRowFailure(
            column: "source", message: "'\(text)' is neither the external id nor the id of a testimony or an evidence item in the file or the case")
    }

    /// Whether exactly this citation (and its attribution) is already in the case.
    func alreadyLinked(
        incident: RecordID, crime: CrimeCategory, source: RecordID, element: String?, actor: RecordID?, mode: String?, pinpoint: String?
    ) throws -> Bool {
        try database.read { db in
            guard let allegation = try AllegationRecord
                .filter(AllegationRecord.Columns.incidentId == incident.number && AllegationRecord.Columns.crimeKey == crime.key)
                .fetchOne(db), let allegationID = allegation.id
            else { return false }
            if let actor, let mode {
                let modeKey = (try? RomeStatute.mode(mode).key) ?? mode
                let attributed = try AttributionRecord
                    .filter(
                        AttributionRecord.Columns.allegationId == allegationID && AttributionRecord.Columns.actorId == actor.number
                            && AttributionRecord.Columns.mode == modeKey
                    ).fetchCount(db) > 0
                if !attributed { return false }
            }
            let sourceColumn = source.kind == .testimony ? CitationRecord.Columns.testimonyId : CitationRecord.Columns.evidenceId
            return try CitationRecord
                .filter(CitationRecord.Columns.allegationId == allegationID && sourceColumn == source.number)
                .fetchAll(db)
                .contains { $0.elementKey == element && $0.actorId == actor?.number && $0.pinpoint == pinpoint }
        }
    }
}
