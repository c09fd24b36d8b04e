import CasebookModel
import CasebookStore
import Foundation

/// The case-level facts a document needs, as `case show` prints them and the dossier reads them.
///
/// Every optional fact is nil until a team sets it, so a document can say plainly what is missing
/// instead of printing an empty heading.
public struct CaseFacts: Encodable, Sendable, Equatable {
    public let title: String
    public let organization: String?
    public let organizationDescription: String?
    public let contact: String?
    public let situation: String?
    /// The period as given: `1990/2024`, `2014` or `2014-02-17`.
    public let period: String?
    /// The first and last day the period could mean (nil when no period is set).
    public let periodEarliest: String?
    public let periodLatest: String?
    public let complementarity: String?
    public let gravity: String?
    public let requests: String?
    public let confidentiality: String?
    /// How the Office may reach a witness who agreed to be contacted.
    public let contactChannel: String?
    /// The victims' wish to make representations (art. 15(3), rule 50).
    public let victimsViews: String?
    /// The day submissions for the next UPR session close (YYYY-MM-DD).
    public let uprDeadline: String?
    /// The standard of proof the team works to, nil for the default (reasonable grounds).
    public let standard: ProofStandard?
    /// The thresholds the case set instead of the standards' defaults, as typed.
    public let thresholds: [String: String]
    /// Stored settings that cannot be read (changed outside Casebook), by fact key and value: the
    /// default applies in their place, and `status` says so.
    public let unreadableSettings: [String: String]

    /// The standard and threshold the elements are weighed against: `asked` when a command names
    /// one, else the case's standard, else reasonable grounds; with the case's threshold for it.
    public func proofRule(_ asked: ProofStandard? = nil) -> ProofRule {
        let standard = asked ?? standard ?? ProofRule.standardDefault.standard
        let custom = thresholds[standard.rawValue].flatMap { try? ProofThreshold.parse($0, base: standard.threshold) }
        return ProofRule(standard, threshold: custom)
    }

    /// The value of one fact, nil when it is not set.
    public func value(of fact: CaseFact) -> String? {
        switch fact {
        case .title: title
        case .organization: organization
        case .organizationDescription: organizationDescription
        case .contact: contact
        case .situation: situation
        case .period: period
        case .complementarity: complementarity
        case .gravity: gravity
        case .requests: requests
        case .contactChannel: contactChannel
        case .victimsViews: victimsViews
        case .uprDeadline: uprDeadline
        case .confidentiality: confidentiality
        case .standard: standard?.rawValue
        default: fact.thresholdStandard.flatMap { thresholds[$0.rawValue] }
        }
    }

    enum CodingKeys: String, CodingKey {
        case title, organization, organizationDescription, contact, situation, period, periodEarliest, periodLatest
        case complementarity, gravity, requests, confidentiality, contactChannel, victimsViews, uprDeadline, standard, thresholds
    }

    /// Every member, `null` when unset, so scripts see each fact whether or not it is set.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(title, forKey: .title)
        try container.encode(organization, forKey: .organization)
        try container.encode(organizationDescription, forKey: .organizationDescription)
        try container.encode(contact, forKey: .contact)
        try container.encode(situation, forKey: .situation)
        try container.encode(period, forKey: .period)
        try container.encode(periodEarliest, forKey: .periodEarliest)
        try container.encode(periodLatest, forKey: .periodLatest)
        try container.encode(complementarity, forKey: .complementarity)
        try container.encode(gravity, forKey: .gravity)
        try container.encode(requests, forKey: .requests)
        try container.encode(confidentiality, forKey: .confidentiality)
        try container.encode(contactChannel, forKey: .contactChannel)
        try container.encode(victimsViews, forKey: .victimsViews)
        try container.encode(uprDeadline, forKey: .uprDeadline)
        try container.encode(standard, forKey: .standard)
        try container.encode(thresholds, forKey: .thresholds)
    }

    init(_ record: CaseFactsRecord) {
        title = record.title
        organization = record.organization
        organizationDescription = record.organizationDescription
        contact = record.contact
        situation = record.situation
        period = record.periodText
        periodEarliest = record.periodStart
        periodLatest = record.periodEnd
        complementarity = record.complementarity
        gravity = record.gravity
        requests = record.requests
        confidentiality = record.confidentiality
        contactChannel = record.contactChannel
        victimsViews = record.victimsViews
        uprDeadline = record.uprDeadline
        standard = record.standard.flatMap(ProofStandard.init(rawValue:))
        var thresholds: [String: String] = [:]
        thresholds[ProofStandard.reasonableBasis.rawValue] = record.thresholdReasonableBasis
        thresholds[ProofStandard.reasonableGrounds.rawValue] = record.thresholdReasonableGrounds
        thresholds[ProofStandard.substantialGrounds.rawValue] = record.thresholdSubstantialGrounds
        thresholds[ProofStandard.beyondReasonableDoubt.rawValue] = record.thresholdBeyondReasonableDoubt
        self.thresholds = thresholds
        var unreadable: [String: String] = [:]
        if let raw = record.standard, ProofStandard(rawValue: raw) == nil { unreadable[CaseFact.standard.key] = raw }
        for fact in CaseFact.allCases {
            guard let standard = fact.thresholdStandard, let text = thresholds[standard.rawValue] else { continue }
            if (try? ProofThreshold.parse(text, base: standard.threshold)) == nil { unreadable[fact.key] = text }
        }
        unreadableSettings = unreadable
    }
}

/// What `case set` did: the change it made (none when the value was already so) and the facts now.
public struct CaseFactsUpdate: Encodable, Sendable, Equatable {
    public let changes: [FieldChange]
    public let facts: CaseFacts
}

/// What `case set` was asked: a fact's name and its new value, typed or in a file.
public struct CaseFactSetting: Sendable {
    /// The fact's name as typed, such as `situation`.
    public var field: String
    /// The new value; an empty text clears an optional fact.
    public var value: String?
    /// A UTF-8 text file holding the value, for long notes.
    public var file: String?

    public init(field: String, value: String? = nil, file: String? = nil) {
        self.field = field
        self.value = value
        self.file = file
    }
}

extension AppDatabase {
    /// The case facts, read in one transaction; the dossier builder calls this.
    package func caseFacts() throws -> CaseFacts {
        try readTransaction { tx in CaseFacts(try Self.caseFactsRecord(in: tx)) }
    }

    /// Sets one case fact, as `case set` does: checks the name and the value, writes it, and
    /// records the change (who, when, old and new value) in the case's history.
    package func setCaseFact(_ setting: CaseFactSetting, handler: Handler) throws -> CaseFactsUpdate {
        let fact = try CaseFact.parse(setting.field)
        let given: String
        switch (setting.value, setting.file) {
        case (let value?, nil): given = value
        case (nil, let file?): given = try Self.readFactFile(file)
        default: throw CaseFactError.valueOrFile(fact)
        }
        return try setCaseFact(fact, to: given, handler: handler)
    }

    /// Sets one case fact to `value` (an empty text clears an optional fact) and records the change.
    package func setCaseFact(_ fact: CaseFact, to value: String, handler: Handler) throws -> CaseFactsUpdate {
        let text: String? = fact.isOptional ? Validate.optional(value) : try Validate.required(value, fact.label)
        let period = try fact == .period ? text.map { try DateSpan(parsing: $0) } : nil
        let standard = try fact == .standard ? text.map { try ProofStandard.parse($0) } : nil
        let deadline = try fact == .uprDeadline ? text.map { try Self.oneDay($0, fact) } : nil
        let threshold = try fact.thresholdStandard.flatMap { base in
            try text.map { try ProofThreshold.parse($0, base: base.threshold).description }
        }
        let changes: [FieldChange] = try writeTransaction { tx in
            var record = try Self.caseFactsRecord(in: tx)
            let old = CaseFacts(record).value(of: fact)
            switch fact {
            case .title: record.title = text ?? record.title
            case .organization: record.organization = text
            case .organizationDescription: record.organizationDescription = text
            case .contact: record.contact = text
            case .situation: record.situation = text
            case .period:
                record.periodText = period?.description
                record.periodStart = period?.earliestDay
                record.periodEnd = period?.latestDay
            case .complementarity: record.complementarity = text
            case .gravity: record.gravity = text
            case .requests: record.requests = text
            case .confidentiality: record.confidentiality = text
            case .contactChannel: record.contactChannel = text
            case .victimsViews: record.victimsViews = text
            case .uprDeadline: record.uprDeadline = deadline
            case .standard: record.standard = standard?.rawValue
            case .thresholdReasonableBasis: record.thresholdReasonableBasis = threshold
            case .thresholdReasonableGrounds: record.thresholdReasonableGrounds = threshold
            case .thresholdSubstantialGrounds: record.thresholdSubstantialGrounds = threshold
            case .thresholdBeyondReasonableDoubt: record.thresholdBeyondReasonableDoubt = threshold
            }
            let new = CaseFacts(record).value(of: fact)
            guard old != new else { return [] }
            try tx.update(record)
            var history = CaseFactHistoryRecord(
                field: fact.key, oldValue: old, newValue: new, handler: handler.name, changedAt: timestampNow())
            try tx.insert(&history)
            return [FieldChange(field: fact.key, label: fact.label, old: old, new: new, sealed: false)]
        }
        return CaseFactsUpdate(changes: changes, facts: try caseFacts())
    }

    /// Every recorded change to the case facts, oldest first (`casebook history case`).
    package func caseHistory() throws -> CaseHistory {
        try readTransaction { tx in
            let rows = try tx.fetchAll(CaseFactHistoryRecord.self)
            return CaseHistory(
                changes: rows.map {
                    HistoryEntry(
                        time: $0.changedAt, handler: $0.handler, field: $0.field,
                        label: (try? CaseFact.parse($0.field))?.label ?? $0.field, old: $0.oldValue, new: $0.newValue, sealed: false
                    )
                })
        }
    }

    /// The rule the elements are weighed against, read in the caller's transaction.
    static func proofRule(_ asked: ProofStandard?, in tx: StoreTransaction) throws -> ProofRule {
        try tx.fetchOne(CaseFactsRecord.self, key: 1).map { CaseFacts($0).proofRule(asked) }
            ?? ProofRule(asked ?? ProofRule.standardDefault.standard)
    }

    static func caseFactsRecord(in tx: StoreTransaction) throws -> CaseFactsRecord {
        guard let record = try tx.fetchOne(CaseFactsRecord.self, key: 1) else {
            throw StoreError.databaseFailure(
                doing: "read the case facts", detail: "the case record is missing from casebook.sqlite")
        }
        return record
    }

    /// The text of a `--file`: UTF-8 only (a byte-order mark is dropped).
    static func readFactFile(_ path: String) throws -> String {
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            let reason = FileManager.default.fileExists(atPath: path) ? "it cannot be opened" : "there is no such file"
            throw CaseFactError.fileUnreadable(path: path, reason: reason)
        }
        guard var text = String(validating: data, as: UTF8.self) else { throw CaseFactError.fileNotUTF8(path: path) }
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        return text
    }
}

/// Every recorded change to the case facts: `casebook history case`.
public struct CaseHistory: Codable, Sendable, Equatable {
    /// Always `case`: the case record has no numbered id.
    public var id = "case"
    public let changes: [HistoryEntry]
}

extension Case {
    /// The case facts, for document builders that work on an open case.
    public func caseFacts() throws -> CaseFacts { try database.caseFacts() }
}

extension AppDatabase {
    /// A fact that is one day, YYYY-MM-DD.
    static func oneDay(_ text: String, _ fact: CaseFact) throws -> String {
        let span = try? DateSpan(parsing: text)
        guard let span, span.earliestDay == span.latestDay else {
            throw RecordError.invalidValue(field: fact.label, value: text, accepted: "give one day, YYYY-MM-DD")
        }
        return span.earliestDay
    }
}
