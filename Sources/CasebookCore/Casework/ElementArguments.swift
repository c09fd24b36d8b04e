import CasebookModel
import CasebookStore
import Foundation

/// What `argue` was asked: the team's argument for one element of an allegation, of an attack, or
/// of an actor's liability for an allegation.
public struct ElementArgumentInput: Sendable {
    /// The allegation (`AL-n`) or the attack (`AT-n`).
    public var target: RecordID
    /// For an element of an actor's liability: the actor attributed to the allegation.
    public var actor: RecordID?
    public var element: String
    /// The argument; empty withdraws the current one (the earlier versions stay).
    public var text: String
    /// A UTF-8 text file to take the argument from, instead of `text`.
    public var file: String?
    /// Withdraw the argument in force instead (`text` and `file` are then not read).
    public var withdraw = false

    public init(target: RecordID, actor: RecordID? = nil, element: String, text: String, file: String? = nil) {
        self.target = target
        self.actor = actor
        self.element = element
        self.text = text
        self.file = file
    }
}

/// One element's argument and every earlier version, newest last.
public struct ElementArgument: Codable, Sendable, Equatable {
    public let target: RecordID
    public let actor: RecordID?
    public let element: String
    /// The argument now in force; nil when none was made or the last one was withdrawn.
    public let current: String?
    public let versions: [ArgumentVersion]
}

/// One version of an argument: what it said, who recorded it and when (UTC).
public struct ArgumentVersion: Codable, Sendable, Equatable {
    public let text: String
    public let handler: String
    public let recordedAt: String
    public var isWithdrawal: Bool { text.isEmpty }
}

/// Where an argument belongs: an element of one allegation, attack or attribution.
struct ArgumentKey: Hashable {
    let allegation: Int64?
    let attack: Int64?
    let actor: Int64?
    let element: String

    init(_ record: ElementArgumentRecord) {
        allegation = record.allegationId
        attack = record.attackId
        actor = record.actorId
        element = record.elementKey
    }

    init(allegation: Int64? = nil, attack: Int64? = nil, actor: Int64? = nil, element: String) {
        self.allegation = allegation
        self.attack = attack
        self.actor = actor
        self.element = element
    }

    /// The argument in force for every element that has one: the newest version, unless it withdrew it.
    static func current(_ records: [ElementArgumentRecord]) -> [ArgumentKey: String] {
        var current: [ArgumentKey: String] = [:]
        for record in records { current[ArgumentKey(record)] = record.text }
        return current.filter { !$0.value.isEmpty }
    }
}

extension AppDatabase {
    /// The longest argument: a page of reasoning, not a brief.
    static let longestArgument = 10_000

    /// Records a new version of the argument for one element (or withdraws it), after checking
    /// that the element is one the allegation's crime, the attack or the actor's modes have.
    package func argue(_ input: ElementArgumentInput, handler: Handler) throws -> ElementArgument {
        let text = input.withdraw ? "" : try Self.argumentText(input).trimmingCharacters(in: .whitespacesAndNewlines)
        // Only an explicit withdrawal withdraws: an empty argument is a mistake, not a withdrawal.
        if !input.withdraw, text.isEmpty { throw RecordError.emptyField("argument") }
        guard text.count <= Self.longestArgument else {
            throw RecordError.invalidValue(
                field: "argument", value: String(text.prefix(40)) + "…",
                accepted:
                    "an argument is at most \(Thousands.grouped(Self.longestArgument)) characters (this one has \(Thousands.grouped(text.count))); argue the element and cite the sources for the facts"
            )
        }
        return try writeTransaction { tx in
            let element = try Self.checkedArgumentElement(input, in: tx)
            let versions = try Self.argumentVersions(input, element: element, in: tx)
            if text.isEmpty, versions.last.map({ $0.text.isEmpty }) ?? true {
                throw ArgumentError.noneInForce(target: input.target, actor: input.actor, element: element)
            }
            var record = ElementArgumentRecord(
                allegationId: input.target.kind == .allegation ? input.target.number : nil,
                attackId: input.target.kind == .attack ? input.target.number : nil, actorId: input.actor?.number,
                elementKey: element, text: text, handler: handler.name, recordedAt: timestampNow())
            try tx.insert(&record)
            return Self.argument(input, element: element, versions: versions + [record])
        }
    }

    /// The argument's words: typed, or read from a UTF-8 text file.
    private static func argumentText(_ input: ElementArgumentInput) throws -> String {
        guard let path = input.file else { return input.text }
        guard let data = FileManager.default.contents(atPath: path), data.count <= 4 * longestArgument else {
            throw RecordError.invalidValue(
                field: "argument file", value: path,
                accepted: "give a readable text file of at most \(Thousands.grouped(longestArgument)) characters")
        }
        guard let text = String(data: data, encoding: .utf8), !text.contains("\u{0}") else {
            throw RecordError.invalidValue(field: "argument file", value: path, accepted: "give a UTF-8 text file")
        }
        guard !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else { throw RecordError.emptyField("argument") }
        return text
    }

    /// The argument for one element and its earlier versions, without changing anything.
    package func argument(_ input: ElementArgumentInput) throws -> ElementArgument {
        try readTransaction { tx in
            let element = try Self.checkedArgumentElement(input, in: tx)
            return Self.argument(input, element: element, versions: try Self.argumentVersions(input, element: element, in: tx))
        }
    }

    private static func argument(_ input: ElementArgumentInput, element: String, versions: [ElementArgumentRecord])
        -> ElementArgument
    {
        ElementArgument(
            target: input.target, actor: input.actor, element: element,
            current: versions.last.flatMap { $0.text.isEmpty ? nil : $0.text },
            versions: versions.map { ArgumentVersion(text: $0.text, handler: $0.handler, recordedAt: $0.recordedAt) })
    }

    private static func argumentVersions(_ input: ElementArgumentInput, element: String, in tx: StoreTransaction) throws
        -> [ElementArgumentRecord]
    {
        let key = ArgumentKey(
            allegation: input.target.kind == .allegation ? input.target.number : nil,
            attack: input.target.kind == .attack ? input.target.number : nil, actor: input.actor?.number, element: element)
        // One record's rows, read by its index, not the whole table.
        let all =
            input.target.kind == .attack
            ? try tx.elementArguments(ofAttack: input.target.number)
            : try tx.elementArguments(ofAllegation: input.target.number)
        return all.filter { ArgumentKey($0) == key }
    }

    /// The element key as stored, refusing one the record does not have (and listing those it has).
    private static func checkedArgumentElement(_ input: ElementArgumentInput, in tx: StoreTransaction) throws -> String {
        let key = input.element.trimmingCharacters(in: .whitespaces).lowercased()
        switch input.target.kind {
        case .attack:
            if let actor = input.actor {
                throw RecordError.invalidValue(
                    field: "actor", value: actor.description,
                    accepted:
                        "an attack's elements are argued without an actor; name an actor only for the elements of an actor's liability for an allegation (AL-n)"
                )
            }
            try tx.requireExists(input.target, kind: .attack)
            guard AttackElement.allCases.contains(where: { $0.key == key }) else {
                throw LawError.notAnAttackElement(input.element)
            }
            return key
        case .allegation:
            guard let allegation = try tx.fetchOne(AllegationRecord.self, key: input.target.number) else {
                throw RecordError.notFound(input.target)
            }
            if let actor = input.actor {
                try tx.requireExists(actor, kind: .actor)
                let modes = try tx.attributionModes(allegation: input.target.number, actor: actor.number)
                    .compactMap(ModeOfLiability.init(rawValue:))
                guard !modes.isEmpty else { throw RecordError.actorNotAttributed(actor: actor, allegation: input.target) }
                var valid = modes.flatMap { $0.elements.map(\.key) }
                if modes.contains(where: \.needsPersonalKnowledgeOfAttack) { valid.append(ContextualElement.knowledge.key) }
                guard valid.contains(key) else {
                    throw LawError.liabilityElementOfOtherMode(key, actor: actor.description, valid: valid)
                }
                return key
            }
            let crime = try RomeStatute.crime(allegation.crimeKey)
            var valid = crime.elements.map(\.key)
            if allegation.attempted { valid += AttemptElement.allCases.map(\.key) }
            if allegation.attempted, let element = crime.elements.first(where: { $0.key == key }),
                !element.isContextual, AttemptElement.unfulfilledByAttempt(crime).contains(element.number)
            {
                throw ArgumentError.notRequired(input.target, element: key)
            }
            if valid.contains(key) { return key }
            if RomeStatute.liabilityElementKeys.contains(key) { throw LawError.liabilityElementNeedsActor(key) }
            throw ArgumentError.notAnElementOf(input.target, crime: crime.name, element: input.element, elements: valid)
        default:
            throw RecordError.wrongKind(input.target, expected: [.allegation, .attack], role: .subject)
        }
    }
}

extension Case {
    /// Records the team's argument for one element (or withdraws it with an empty text); every
    /// earlier version is kept.
    public func argue(_ input: ElementArgumentInput, handler: Handler) throws -> ElementArgument {
        try database.argue(input, handler: handler)
    }

    /// The argument for one element and its earlier versions.
    public func argument(_ input: ElementArgumentInput) throws -> ElementArgument {
        try database.argument(input)
    }
}

/// An argument that cannot be recorded. Nothing is written when one is thrown.
public enum ArgumentError: CasebookFailure, Equatable {
    /// An element the allegation's crime does not have; its elements are listed.
    case notAnElementOf(RecordID, crime: String, element: String, elements: [String])
    /// A withdrawal with no argument in force.
    case noneInForce(target: RecordID, actor: RecordID?, element: String)
    /// An element an attempt replaces: it need not be proved, so it is not argued either.
    case notRequired(RecordID, element: String)

    public var category: FailureCategory { .badInput }

    public var description: String {
        switch self {
        case .notAnElementOf(let allegation, let crime, let element, let elements):
            "'\(element)' is not an element of \(allegation) (\(crime.lowercased())); its elements are \(elements.joined(separator: ", "))."
        case .notRequired(let allegation, let element):
            "\(element) need not be proved for \(allegation): the allegation is of an attempt (art. 25(3)(f)), which replaces the result; argue the attempt's elements instead."
        case .noneInForce(let target, let actor, let element):
            "There is no argument in force for \(element) of \(actor.map { "\($0)'s liability for \(target)" } ?? target.description) to withdraw."
        }
    }
}
