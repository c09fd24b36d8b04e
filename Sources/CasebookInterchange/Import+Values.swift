import CasebookCore
import CasebookModel
import CasebookProtection
import CasebookStore
import Foundation

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
        "tenure": "from", "exact date of birth": "born", "real name": "name", "end of a continuing incident": "continuing",
        "place of a part": "also_in",
    ]

    static func column(for failure: any CasebookFailure) -> String? {
        switch failure {
        case let error as RecordError:
            switch error {
            case .emptyField(let label): return byLabel[label]
            case .invalidValue(let field, _, _): return byLabel[field]
            case .invalidSealedValue(let field, _): return byLabel[field]
            case .birthDateNotOneDay(let field, _): return byLabel[field]
            case .tenureWithoutSuperior: return "from"
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

extension Case {
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
            if try database.readTransaction({ tx in try Self.exists(id, in: tx) }) { return id }
            throw ImportRowFailure(column: column, message: "there is no \(kind.noun) \(id) in the file or the case")
        }
        if let mapped = context.fileKeys[kind]?[text] { return mapped }
        if let found = try database.readTransaction({ tx in try Self.byExternalID(text, kind, in: tx) }) { return found }
        throw ImportRowFailure(
            column: column,
            message: "'\(text)' is neither the external id nor the id of \(kind.nounWithArticle) in the file or the case")
    }

    static func exists(_ id: RecordID, in tx: StoreTransaction) throws -> Bool {
        try tx.exists(id)
    }

    static func byExternalID(_ key: String, _ kind: RecordKind, in tx: StoreTransaction) throws -> RecordID? {
        try tx.recordNumber(externalId: key, kind: kind).map {
            RecordID(kind, $0)
        }
    }

    /// The case's record that a row names by its external id, or (JSON) by its own id when the
    /// case's record with that id is the same one (same pseudonym, title, name, or date and
    /// summary): a JSON file from another case never overwrites this case's W-1.
    func existing(_ row: ImportRow, _ kind: RecordKind) throws -> RecordID? {
        if let key = row.nonEmpty("external_id") {
            return try database.readTransaction { tx in try Self.byExternalID(key, kind, in: tx) }
        }
        guard let text = row.nonEmpty("id"), let id = try? RecordID(parsing: text), id.kind == kind,
            try database.readTransaction({ tx in try Self.exists(id, in: tx) })
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
            try database.setExternalId(key, of: id)
        }
        if let own = row.nonEmpty("id") { context.fileKeys[id.kind, default: [:]][own.uppercased()] = id }
    }

    /// A row's `reliability` (a grade, A to F) and `reliability_note`. A `reliability` that is not a
    /// grade is the free-text note older sheets kept there: it is taken as the note, and said so.
    /// Nil leaves a field as it is; an empty cell clears it.
    static func reliability(_ row: ImportRow, _ context: ImportContext) throws -> (grade: SourceReliability??, notes: String?) {
        var notes = row["reliability_note"]
        guard let cell = row["reliability"] else { return (nil, notes) }
        if cell.trimmingCharacters(in: .whitespaces).isEmpty { return (.some(nil), notes) }
        if let grade = try? SourceReliability.parse(cell) { return (.some(grade), notes) }
        if notes == nil {
            notes = cell
            context.warnings.append(
                "\(context.file):\(row.line): reliability: '\(cell)' is not a grade (A to F), so it was kept as the reliability note; put notes in a reliability_note column and the grade in reliability."
            )
            return (nil, notes)
        }
        throw ImportRowFailure(
            column: "reliability",
            message: "'\(cell)' is not a source reliability grade: write one letter, A to F, and keep notes in reliability_note")
    }
}
