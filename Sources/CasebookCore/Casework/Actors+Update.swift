import CasebookModel
import CasebookStore
import Foundation

/// Changes to an existing actor; nil leaves a field as it is.
public struct ActorChanges: Sendable {
    public var name: String?
    public var kind: ActorKind?
    public var position: String?
    /// Aliases to add to those already recorded.
    public var addAliases: [String]
    /// A superior to add (or whose tenure to change).
    public var superior: RecordID?
    public var tenureFrom: String?
    public var tenureTo: String?
    /// A superior link to remove.
    public var removeSuperior: RecordID?
    /// A new nationality (ISO 3166-1 alpha-2); an empty text clears it.
    public var nationality: String?

    public init(
        name: String? = nil, kind: ActorKind? = nil, position: String? = nil, addAliases: [String] = [],
        superior: RecordID? = nil, tenureFrom: String? = nil, tenureTo: String? = nil, removeSuperior: RecordID? = nil,
        nationality: String? = nil
    ) {
        self.name = name
        self.kind = kind
        self.position = position
        self.addAliases = addAliases
        self.superior = superior
        self.tenureFrom = tenureFrom
        self.tenureTo = tenureTo
        self.removeSuperior = removeSuperior
        self.nationality = nationality
    }

    /// Whether no option was given at all.
    public var isEmpty: Bool {
        name == nil && kind == nil && position == nil && addAliases.isEmpty && superior == nil && tenureFrom == nil
            && tenureTo == nil && removeSuperior == nil && nationality == nil
    }
}

extension AppDatabase {
    /// Changes an actor in one transaction and records each change in the history; refuses a
    /// superior that would make the hierarchy loop.
    package func updateActor(_ id: RecordID, _ changes: ActorChanges, handler: Handler) throws -> RecordUpdate<ActorSummary> {
        guard id.kind == .actor else { throw RecordError.wrongKind(id, expected: [.actor], role: .subject) }
        guard !changes.isEmpty else { throw RecordError.nothingToChange(id) }
        let name = try changes.name.map { try Validate.required($0, "actor name") }
        let tenure = try Self.tenure(changes.tenureFrom, changes.tenureTo, superior: changes.superior)
        let nationality = try changes.nationality.map { try Self.checkCountry($0) }
        let changed: [FieldChange] = try writeTransaction { tx in
            guard var record = try tx.fetchOne(ActorRecord.self, key: id.number) else { throw RecordError.notFound(id) }
            let before = Self.snapshot(of: try Self.summary(of: record, in: tx))
            if let name { record.name = name }
            if let kind = changes.kind {
                // A person alleged responsible cannot become the apparatus: the attributions would
                // then name an institution, which the Court cannot try.
                let attributed = try tx.allegationIds(attributedTo: id.number)
                if kind == .institution, record.kind == .person, !attributed.isEmpty {
                    throw AllegationError.attributedPersonToInstitution(
                        actor: id, name: record.name, allegations: attributed.map { RecordID(.allegation, $0) })
                }
                record.kind = kind
            }
            if let position = changes.position { record.position = Validate.optional(position) }
            if let nationality { record.nationality = nationality }
            record.aliases = Self.cleanAliases(changes.addAliases, existing: record.aliases)
            try tx.update(record)
            if let removed = changes.removeSuperior {
                let deleted = try tx.deleteSuperiorLink(actor: id.number, superior: removed.number)
                guard deleted > 0 else {
                    throw RecordError.notASuperior(actor: id, superior: removed)
                }
            }
            if let superior = changes.superior {
                try Self.linkSuperior(id, to: superior, tenure: tenure, in: tx)
            }
            let after = Self.snapshot(of: try Self.summary(of: record, in: tx))
            let fieldChanges = TrackedField.changes(.actor, before: before, after: after)
            try Self.appendHistory(fieldChanges, of: id, handler: handler, in: tx)
            return fieldChanges
        }
        return RecordUpdate(id: id, changes: changed, record: try actor(id))
    }

    /// The actor's tracked fields, for comparing before and after an update.
    static func snapshot(of actor: ActorSummary) -> [String: String] {
        var values = ["name": actor.name, "kind": actor.kind.rawValue]
        values["position"] = actor.position
        values["nationality"] = actor.nationality
        if !actor.aliases.isEmpty { values["aliases"] = actor.aliases.joined(separator: "; ") }
        if !actor.superiors.isEmpty {
            values["superiors"] = actor.superiors.map { link in
                let period = [link.from.map { "from \($0)" }, link.to.map { "to \($0)" }].compactMap { $0 }.joined(separator: " ")
                return period.isEmpty ? link.id.description : "\(link.id) (\(period))"
            }.joined(separator: "; ")
        }
        return values
    }
}
