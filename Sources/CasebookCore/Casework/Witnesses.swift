import CasebookCrypto
import CasebookModel
import CasebookProtection
import CasebookStore
import Foundation

/// What a team records about a new witness. Nothing here identifies the person.
public struct NewWitness: Sendable {
    public var pseudonym: String
    public var sex: String?
    public var birthYear: Int?
    public var origin: String?
    public var leftYear: Int?
    public var consent: [ConsentScope]
    public var riskNotes: String?

    public init(
        pseudonym: String, sex: String? = nil, birthYear: Int? = nil, origin: String? = nil,
        leftYear: Int? = nil, consent: [ConsentScope] = [], riskNotes: String? = nil
    ) {
        self.pseudonym = pseudonym
        self.sex = sex
        self.birthYear = birthYear
        self.origin = origin
        self.leftYear = leftYear
        self.consent = consent
        self.riskNotes = riskNotes
    }
}

/// A witness as commands print it: pseudonym and non-identifying attributes only.
public struct WitnessSummary: Codable, Sendable, Equatable {
    public let id: RecordID
    public let pseudonym: String
    public let sex: String?
    public let birthYear: Int?
    public let origin: String?
    public let leftYear: Int?
    public let consent: [ConsentScope]
    public let riskNotes: String?
    public let testimonies: Int
    /// Whether sealed identity fields are held for this witness (their content never appears here).
    public let hasSealedIdentity: Bool
    /// The team's own key for this record, when it was imported or given one.
    public var externalId: String? = nil
}

extension AppDatabase {
    /// Records a witness under a pseudonym no other witness uses; identity fields, if any, are
    /// sealed with the case passphrase in the same transaction and never stored in clear.
    package func addWitness(
        _ input: NewWitness, identity: WitnessIdentity = WitnessIdentity(), passphrase: PassphraseSource = .none,
        inTransaction logged: ((StoreTransaction, RecordID, String) throws -> Void)? = nil
    ) throws -> WitnessSummary {
        var identity = identity
        // Risk notes are sealed with the identity (`NewWitness.riskNotes` is where callers give them).
        if let notes = input.riskNotes { identity.set(.riskNotes, notes) }
        for (field, value) in identity.fields {
            guard let cleaned = Validate.optional(value) else { throw RecordError.emptyField(field.label) }
            try Self.checkIdentityValue(field, cleaned)
            identity.set(field, cleaned)
        }
        let pseudonym = try Validate.required(input.pseudonym, "pseudonym")
        try Self.checkPseudonym(pseudonym, against: identity, witness: RecordID(.witness, 0))
        let sex = try Self.checkSex(input.sex)
        let birthYear = try Validate.year(input.birthYear, "birth year")
        let leftYear = try Validate.year(input.leftYear, "year of leaving")
        try Self.checkYears(birth: birthYear, left: leftYear)
        var key: IdentityKey?
        let source = passphrase
        if !identity.isEmpty {
            // Checked before the passphrase is asked for: the first identity sets it, and bad input must write nothing.
            try readTransaction { tx in try Self.checkPseudonymFree(pseudonym, except: nil, in: tx) }
            guard let passphrase = try passphrase.passphrase() else {
                throw ProtectionError.passphraseNeeded("Recording a witness's identity")
            }
            key = try identityKey(passphrase, creating: true, keys: source.keys)
        }
        let id: Int64 = try writeTransaction { tx in
            try Self.checkPseudonymFree(pseudonym, except: nil, in: tx)
            var record = WitnessRecord(
                pseudonym: pseudonym, sex: sex, birthYear: birthYear, origin: Validate.optional(input.origin),
                leftYear: leftYear, consent: ConsentScope.storedForm(input.consent),
                riskNotes: nil, createdAt: timestampNow())
            try tx.insert(&record)
            if let key { try Self.seal(identity, witness: record.id ?? 0, key: key, in: tx) }
            try logged?(tx, RecordID(.witness, record.id ?? 0), record.consent)
            return record.id ?? 0
        }
        return try witness(RecordID(.witness, id))
    }

    /// Every witness, oldest first.
    package func witnesses() throws -> [WitnessSummary] {
        try readTransaction { tx in
            try tx.fetchAll(WitnessRecord.self).map { try Self.summary(of: $0, in: tx) }
        }
    }

    /// One witness, or `notFound`.
    package func witness(_ id: RecordID) throws -> WitnessSummary {
        try readTransaction { tx in
            guard let record = try tx.fetchOne(WitnessRecord.self, key: id.number) else { throw RecordError.notFound(id) }
            return try Self.summary(of: record, in: tx)
        }
    }

    static func summary(of record: WitnessRecord, in tx: StoreTransaction) throws -> WitnessSummary {
        let id = record.id ?? 0
        let count = try tx.testimonyCount(ofWitness: id)
        let consent = ConsentScope.storedList(record.consent)
        let sealed = try tx.hasSealedIdentity(witness: id)
        return WitnessSummary(
            id: RecordID(.witness, id), pseudonym: record.pseudonym, sex: record.sex, birthYear: record.birthYear,
            origin: record.origin, leftYear: record.leftYear, consent: consent, riskNotes: record.riskNotes,
            testimonies: count, hasSealedIdentity: sealed, externalId: record.externalId)
    }
}

extension Case {
    /// Records a witness as `AppDatabase.addWitness` does, and logs the consent given at add
    /// time as a `consent-changed` event and any sealed identity as an `identity-sealed` event
    /// in the same transaction, so that verify can compare both with the log.
    public func addWitness(
        _ input: NewWitness, identity: WitnessIdentity = WitnessIdentity(), passphrase: PassphraseSource = .none, handler: Handler
    ) throws -> WitnessSummary {
        try requireUsableKey(for: handler)
        let sealsIdentity = !identity.isEmpty || input.riskNotes != nil
        return try database.addWitness(input, identity: identity, passphrase: passphrase) { tx, witness, consent in
            let shown = consent.isEmpty ? "none" : consent
            try self.appendCustody(
                [
                    NewCustodyEvent(
                        action: .consentChanged, handler: handler, note: "\(witness) consent set to \(shown)",
                        details: ConsentEvent(witness: witness, consent: shown, reason: .added).detailLines)
                ],
                in: tx)
            if sealsIdentity { try self.logSealing(of: [witness.number], reason: .added, handler: handler, in: tx) }
        }
    }
}

extension WitnessSummary {
    /// The witness as exports carry it: without risk notes.
    package var withoutRiskNotes: WitnessSummary {
        WitnessSummary(
            id: id, pseudonym: pseudonym, sex: sex, birthYear: birthYear, origin: origin, leftYear: leftYear, consent: consent,
            riskNotes: nil, testimonies: testimonies, hasSealedIdentity: hasSealedIdentity, externalId: externalId)
    }
}
