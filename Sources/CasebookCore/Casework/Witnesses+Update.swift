import CasebookModel
import CasebookProtection
import CasebookStore
import Foundation

/// Changes to an existing witness; nil leaves a field as it is, and an empty text clears it.
public struct WitnessChanges: Sendable {
    public var pseudonym: String?
    public var sex: String?
    public var birthYear: Int?
    public var origin: String?
    public var leftYear: Int?
    /// The new consent scopes; an empty list withdraws all consent.
    public var consent: [ConsentScope]?
    public var riskNotes: String?
    /// Sealed identity fields to change; an empty text removes the field. Needs the passphrase.
    public var identity: WitnessIdentity

    public init(
        pseudonym: String? = nil, sex: String? = nil, birthYear: Int? = nil, origin: String? = nil, leftYear: Int? = nil,
        consent: [ConsentScope]? = nil, riskNotes: String? = nil, identity: WitnessIdentity = WitnessIdentity()
    ) {
        self.pseudonym = pseudonym
        self.sex = sex
        self.birthYear = birthYear
        self.origin = origin
        self.leftYear = leftYear
        self.consent = consent
        self.riskNotes = riskNotes
        self.identity = identity
    }

    /// Whether no option was given at all.
    public var isEmpty: Bool {
        pseudonym == nil && sex == nil && birthYear == nil && origin == nil && leftYear == nil && consent == nil
            && riskNotes == nil && identity.isEmpty
    }
}

extension AppDatabase {
    /// Checks a sealed identity value without ever putting it in an error message.
    package static func checkIdentityValue(_ field: IdentityField, _ value: String) throws {
        if value.unicodeScalars.contains(where: {
            TerminalText.needsEscape($0, keepingLineBreaks: field == .notes || field == .riskNotes)
        }) {
            throw RecordError.invalidSealedValue(field: field.label, problem: "contains control characters; type it as plain text")
        }
        guard field == .born else { return }
        // A range such as 1979/1981 is how incidents are dated, not a birth: say that one day is needed.
        if value.contains("/"), (try? DateSpan(parsing: value)) != nil {
            throw RecordError.birthDateNotOneDay(field: field.label, isRange: true)
        }
        let date: PartialDate
        do {
            date = try PartialDate(parsing: value)
        } catch .malformed {
            throw RecordError.invalidSealedValue(
                field: field.label, problem: "is not a date in the form YYYY-MM-DD (for example 1975-03-02)")
        } catch {
            throw RecordError.invalidSealedValue(field: field.label, problem: "is not a real date; check the month and the day")
        }
        guard date.day != nil else {
            throw RecordError.birthDateNotOneDay(field: field.label, isRange: false)
        }
        guard value <= String(timestampNow().prefix(10)) else {
            throw RecordError.invalidSealedValue(field: field.label, problem: "is in the future; check the year")
        }
    }

    /// Refuses a pseudonym that spells the witness's own identity (the pseudonym is printed in
    /// every document): checked with the leak scan's matching rule.
    static func checkPseudonym(_ pseudonym: String, against identity: WitnessIdentity, witness: RecordID) throws {
        let scanner = LeakScanner(identities: identity.fields.map { ProtectedIdentity(witness: witness, field: $0.0, value: $0.1) })
        if let hit = scanner.firstHit(in: pseudonym) {
            throw RecordError.invalidSealedValue(
                field: "pseudonym", problem: "spells the witness's \(hit.field.label); choose a name that does not identify them")
        }
    }

    /// The sex as stored (`F`, `M` or `X`), nil for an empty text.
    package static func checkSex(_ given: String?) throws -> String? {
        guard let given = Validate.optional(given) else { return nil }
        guard ["F", "M", "X"].contains(given.uppercased()) else {
            throw RecordError.invalidValue(field: "sex", value: given, accepted: "write F, M or X")
        }
        return given.uppercased()
    }

    /// Refuses a year of leaving before the year of birth.
    static func checkYears(birth: Int?, left: Int?) throws {
        if let birth, let left, left < birth {
            throw RecordError.invalidValue(
                field: "year of leaving", value: String(left), accepted: "it cannot be before the birth year \(birth)")
        }
    }

    /// Refuses a pseudonym that another witness than `except` already uses.
    static func checkPseudonymFree(_ pseudonym: String, except: Int64?, in tx: StoreTransaction) throws {
        if let existing = try tx.witness(pseudonym: pseudonym),
            let existingID = existing.id, existingID != except
        {
            throw RecordError.duplicatePseudonym(pseudonym, existing: RecordID(.witness, existingID))
        }
    }

    /// The witness's tracked clear fields, for comparing before and after an update.
    static func snapshot(of record: WitnessRecord) -> [String: String] {
        var values: [String: String] = ["pseudonym": record.pseudonym, "consent": record.consent.isEmpty ? "none" : record.consent]
        values["sex"] = record.sex
        values["birth-year"] = record.birthYear.map(String.init)
        values["origin"] = record.origin
        values["left"] = record.leftYear.map(String.init)
        return values
    }
}
