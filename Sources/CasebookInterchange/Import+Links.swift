import CasebookCore
import CasebookModel
import CasebookStore
import Foundation

extension Case {
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
            throw ImportRowFailure(
                column: actor == nil ? "actor" : "mode", message: "actor and mode go together: give both or neither")
        }
        defer { rememberAllegation(row, incident: incident, crime: crime, context) }
        guard let sourceText = row.nonEmpty("source") else {
            // Only from a JSON export: an allegation or attribution that cites no testimony, or the
            // team's argument for one of its elements.
            let (number, changed) = try database.writeTransaction { tx in
                let (number, created) = try AppDatabase.findOrCreateAllegation(incident: incident, crime: crime, in: tx)
                var attributed = false
                if let actor, let mode {
                    attributed = try AppDatabase.findOrCreateAttribution(
                        allegation: RecordID(.allegation, number), actor: actor, mode: try RomeStatute.mode(mode), in: tx)
                }
                return (number, created || attributed)
            }
            guard let argument = row.nonEmpty("argument") else { return changed ? .added : .unchanged }
            guard let element = row.nonEmpty("element") else {
                throw ImportRowFailure(column: "element", message: "an argument is for one element: give the element it argues")
            }
            let input = ElementArgumentInput(
                target: RecordID(.allegation, number), actor: actor, element: element, text: argument)
            let current = try self.argument(input).current
            if current == argument { return changed ? .added : .unchanged }
            _ = try argue(input, handler: context.handler)
            return changed || current == nil ? .added : .updated
        }
        let source = try resolveSource(sourceText, context)
        let credibility: InformationCredibility?
        do {
            credibility = try InformationCredibility.parse(row["credibility"] ?? "")
        } catch {
            throw ImportRowFailure(column: "credibility", message: error.description)
        }
        let element = row.nonEmpty("element")?.lowercased()
        let pinpoint = row.nonEmpty("pinpoint")
        if try alreadyLinked(
            incident: incident, crime: crime, source: source, element: element, actor: actor, mode: mode, pinpoint: pinpoint)
        {
            return .unchanged
        }
        var request = LinkRequest(
            source: source, incident: incident, crime: crime.key, actor: actor, mode: mode, element: element, pinpoint: pinpoint,
            note: row.nonEmpty("note"))
        request.basis = row.nonEmpty("basis")
        request.credibility = credibility
        request.extract = row.nonEmpty("extract")
        let result = try database.link(request)
        for caution in result.cautions where !context.warnings.contains(caution) { context.warnings.append(caution) }
        return .added
    }

    /// Keeps the allegation a JSON row names (`AL-3` in the file), and the details to set on it
    /// once every allegation of the file exists.
    func rememberAllegation(_ row: ImportRow, incident: RecordID, crime: CrimeCategory, _ context: ImportContext) {
        let found = try? database.readTransaction { tx in
            try tx.allegation(incident: incident.number, crimeKey: crime.key)?.id
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
                if details.persecutionGrounds != current.persecutionGrounds {
                    changes.grounds = details.persecutionGrounds.map(\.rawValue)
                }
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

    /// A testimony or evidence item, by id or by external id.
    func resolveSource(_ text: String, _ context: ImportContext) throws -> RecordID {
        if let id = try? RecordID(parsing: text) {
            guard id.kind == .testimony || id.kind == .evidence else {
                throw ImportRowFailure(
                    column: "source",
                    message: "needs a testimony (T-n) or an evidence item (E-n), but \(id) is \(id.kind.nounWithArticle)")
            }
            return try resolve(text, id.kind, "source", context)
        }
        if let found = try? resolve(text, .testimony, "source", context) { return found }
        if let found = try? resolve(text, .evidence, "source", context) { return found }
        throw ImportRowFailure(
            column: "source",
            message: "'\(text)' is neither the external id nor the id of a testimony or an evidence item in the file or the case")
    }

    /// Whether exactly this citation (and its attribution) is already in the case.
    func alreadyLinked(
        incident: RecordID, crime: CrimeCategory, source: RecordID, element: String?, actor: RecordID?, mode: String?,
        pinpoint: String?
    ) throws -> Bool {
        try database.readTransaction { tx in
            guard
                let allegation = try tx.allegation(incident: incident.number, crimeKey: crime.key), let allegationID = allegation.id
            else { return false }
            if let actor, let mode {
                let modeKey = (try? RomeStatute.mode(mode).key) ?? mode
                let attributed = try tx.attributionExists(allegation: allegationID, actor: actor.number, mode: modeKey)
                if !attributed { return false }
            }
            return try tx.citations(allegation: allegationID, citing: source)
                .contains { $0.elementKey == element && $0.actorId == actor?.number && $0.pinpoint == pinpoint }
        }
    }
}
