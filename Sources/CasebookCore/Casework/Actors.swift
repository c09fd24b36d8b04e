import CasebookModel
import CasebookStore
import Foundation

/// A new actor, optionally placed under a superior for a period of tenure.
public struct NewActor: Sendable {
    public var name: String
    public var kind: ActorKind
    public var position: String?
    public var aliases: [String]
    public var superior: RecordID?
    public var tenureFrom: String?
    public var tenureTo: String?
    /// The ISO 3166-1 alpha-2 code of the actor's nationality (art. 12(2)(b)), such as KP.
    public var nationality: String?

    public init(
        name: String, kind: ActorKind, position: String? = nil, aliases: [String] = [], superior: RecordID? = nil,
        tenureFrom: String? = nil, tenureTo: String? = nil, nationality: String? = nil
    ) {
        self.name = name
        self.kind = kind
        self.position = position
        self.aliases = aliases
        self.superior = superior
        self.tenureFrom = tenureFrom
        self.tenureTo = tenureTo
        self.nationality = nationality
    }
}

/// One superior of an actor, with the period the actor answered to them.
public struct SuperiorLink: Codable, Sendable, Equatable {
    public let id: RecordID
    public let name: String
    public let from: String?
    public let to: String?
}

/// An actor as commands print it.
public struct ActorSummary: Codable, Sendable, Equatable {
    public let id: RecordID
    public let name: String
    public let kind: ActorKind
    public let position: String?
    public let aliases: [String]
    public let superiors: [SuperiorLink]
    /// The team's own key for this record, when it was imported or given one.
    public var externalId: String? = nil
    /// The ISO 3166-1 alpha-2 code of the actor's nationality, upper case: the Court's personal
    /// jurisdiction (art. 12(2)(b)) turns on it.
    public var nationality: String? = nil
}

extension AppDatabase {
    /// Records an actor, and its superior link if one is given.
    package func addActor(_ input: NewActor) throws -> ActorSummary {
        let name = try Validate.required(input.name, "actor name")
        let tenure = try Self.tenure(input.tenureFrom, input.tenureTo, superior: input.superior)
        let nationality = try Self.checkCountry(input.nationality)
        let id: Int64 = try writeTransaction { tx in
            var record = ActorRecord(
                name: name, kind: input.kind, position: Validate.optional(input.position),
                aliases: Self.cleanAliases(input.aliases, existing: []), createdAt: timestampNow(),
                nationality: nationality)
            try tx.insert(&record)
            let actorID = RecordID(.actor, record.id ?? 0)
            if let superior = input.superior {
                try Self.linkSuperior(actorID, to: superior, tenure: tenure, in: tx)
            }
            return actorID.number
        }
        return try actor(RecordID(.actor, id))
    }

    /// Every actor, oldest first.
    package func actors() throws -> [ActorSummary] {
        try readTransaction { tx in try tx.fetchAll(ActorRecord.self).map { try Self.summary(of: $0, in: tx) } }
    }

    /// One actor, or `notFound`.
    package func actor(_ id: RecordID) throws -> ActorSummary {
        try readTransaction { tx in
            guard let record = try tx.fetchOne(ActorRecord.self, key: id.number) else { throw RecordError.notFound(id) }
            return try Self.summary(of: record, in: tx)
        }
    }

    static func summary(of record: ActorRecord, in tx: StoreTransaction) throws -> ActorSummary {
        let id = record.id ?? 0
        let links = try tx.superiorLinks(ofActor: id)
        let superiors = try links.map { link in
            SuperiorLink(
                id: RecordID(.actor, link.superiorId), name: try tx.fetchOne(ActorRecord.self, key: link.superiorId)?.name ?? "?",
                from: link.tenureFrom, to: link.tenureTo)
        }
        return ActorSummary(
            id: RecordID(.actor, id), name: record.name, kind: record.kind,
            position: record.position, aliases: record.aliases, superiors: superiors, externalId: record.externalId,
            nationality: record.nationality)
    }

    /// Adds `actor → superior`, or changes its tenure, after checking that no loop results.
    package static func linkSuperior(
        _ actor: RecordID, to superior: RecordID, tenure: (from: String?, to: String?), in tx: StoreTransaction
    ) throws {
        guard superior.kind == .actor else { throw RecordError.wrongKind(superior, expected: [.actor], role: .part("superior")) }
        try tx.requireExists(superior, kind: .actor)
        if superior == actor { throw RecordError.superiorCycle(actor: actor, superior: superior, path: [actor]) }
        if let path = try chainOfCommand(from: superior, reaching: actor, in: tx) {
            throw RecordError.superiorCycle(actor: actor, superior: superior, path: path)
        }
        if var existing = try tx.superiorLink(actor: actor.number, superior: superior.number) {
            existing.tenureFrom = tenure.from ?? existing.tenureFrom
            existing.tenureTo = tenure.to ?? existing.tenureTo
            try tx.update(existing)
        } else {
            var link = SuperiorLinkRecord(
                actorId: actor.number, superiorId: superior.number, tenureFrom: tenure.from, tenureTo: tenure.to)
            try tx.insert(&link)
        }
    }

    /// The path up the hierarchy from `start` to `target`, if `target` is one of `start`'s superiors.
    static func chainOfCommand(from start: RecordID, reaching target: RecordID, in tx: StoreTransaction) throws -> [RecordID]? {
        var parents: [Int64: Int64] = [:]
        var queue = [start.number]
        var seen: Set<Int64> = [start.number]
        while !queue.isEmpty {
            let current = queue.removeFirst()
            if current == target.number {
                var path = [current]
                var step = current
                while let parent = parents[step] {
                    path.append(parent)
                    step = parent
                }
                return path.reversed().map { RecordID(.actor, $0) }
            }
            let ups = try tx.superiorIds(ofActor: current)
            for up in ups where !seen.contains(up) {
                seen.insert(up)
                parents[up] = current
                queue.append(up)
            }
        }
        return nil
    }

    static func tenure(_ from: String?, _ to: String?, superior: RecordID?) throws -> (from: String?, to: String?) {
        let start = try Validate.optional(from).map { try PartialDate(parsing: $0) }
        let end = try Validate.optional(to).map { try PartialDate(parsing: $0) }
        if (start != nil || end != nil) && superior == nil {
            throw RecordError.tenureWithoutSuperior([from, to].compactMap { $0 }.joined(separator: "–"))
        }
        if let start, let end, end.latestDay < start.earliestDay {
            throw DateError.reversedRange("\(start)/\(end)")
        }
        return (start?.description, end?.description)
    }

    static func cleanAliases(_ added: [String], existing: [String]) -> [String] {
        var result = existing
        for alias in added.compactMap({ Validate.optional($0) }) where !result.contains(alias) {
            result.append(alias)
        }
        return result
    }
}
