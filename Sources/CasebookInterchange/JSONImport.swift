import CasebookCore
import CasebookModel
import CasebookStore
import Foundation

/// Turns JSON (the file `export json` writes, or an array of records) into import tables.
enum JSONImport {
    /// Members of the export that are computed, not recorded, or (a testimony's `transcript`) name
    /// an evidence item the JSON does not carry: they are not imported. A transcript is linked
    /// again by the evidence sheet's `transcript_of` column.
    static let derived: Set<String> = [
        "testimonies", "has_sealed_identity", "witness_pseudonym", "earliest", "latest", "allegations", "superiors", "elements",
        "is_proved", "transcript", "withdrawn_passages",
    ]

    /// Member names of the export that differ from the CSV column of the same field.
    static let renamed: [String: String] = [
        "left_year": "left", "reliability_notes": "reliability_note", "aliases": "aliases",
    ]

    static func tables(_ text: String, file: String, kind: ImportKind?) throws -> (tables: [ImportTable], problems: [ImportProblem])
    {
        let json: Any
        do {
            json = try JSONSerialization.jsonObject(with: Data(text.utf8))
        } catch {
            throw ImportError.wrongJSONShape(file: file, reason: "it is not well-formed JSON")
        }
        let lines = idLines(text)
        if let array = json as? [Any] {
            guard let kind else { throw ImportError.unknownKind(file: file) }
            return ([try table(kind, array, file: file, lines: lines)], [])
        }
        guard let object = json as? [String: Any] else {
            throw ImportError.wrongJSONShape(file: file, reason: "it holds neither an object nor an array of records")
        }
        var tables: [ImportTable] = []
        let order: [ImportKind] = [.actors, .witnesses, .testimonies, .incidents]
        for kindHere in order where kind == nil || kind == kindHere {
            guard let member = object[kindHere.rawValue] else { continue }
            guard let array = member as? [Any] else {
                throw ImportError.wrongJSONShape(file: file, reason: "\"\(kindHere.rawValue)\" is not an array of records")
            }
            if !array.isEmpty { tables.append(try table(kindHere, array, file: file, lines: lines)) }
        }
        let hasTables = !tables.isEmpty || order.contains { object[$0.rawValue] != nil }
        if kind == nil || kind == .links, let matrix = object["proofMatrix"] {
            tables.append(try links(fromMatrix: matrix, file: file, lines: lines))
        }
        if kind == nil || kind == .attacks, let member = object["attacks"] {
            guard let array = member as? [Any] else {
                throw ImportError.wrongJSONShape(file: file, reason: "\"attacks\" is not an array of records")
            }
            if !array.isEmpty { tables.append(try table(.attacks, array, file: file, lines: lines)) }
        }
        guard hasTables || !tables.isEmpty else {
            throw ImportError.wrongJSONShape(
                file: file, reason: "it has none of the members witnesses, testimonies, incidents, actors or proofMatrix")
        }
        return (tables, [])
    }

    /// The line of the first `"id" : "X-n"` of each record id, for problem reports.
    static func idLines(_ text: String) -> [String: Int] {
        var lines: [String: Int] = [:]
        var number = 0
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            number += 1
            guard let range = line.range(of: "\"id\" : \"") else { continue }
            let id = line[range.upperBound...].prefix { $0 != "\"" }
            if lines[String(id)] == nil { lines[String(id)] = number }
        }
        return lines
    }

    static func table(_ kind: ImportKind, _ array: [Any], file: String, lines: [String: Int]) throws -> ImportTable {
        var rows: [ImportRow] = []
        var columns: Set<String> = []
        for (index, element) in array.enumerated() {
            guard let record = element as? [String: Any] else {
                throw ImportError.wrongJSONShape(file: file, reason: "record \(index + 1) of \"\(kind.rawValue)\" is not an object")
            }
            var values: [String: String] = [:]
            for (key, value) in record {
                let column = renamed[snakeCase(key)] ?? snakeCase(key)
                if derived.contains(column) && !(kind == .attacks && column == "allegations") { continue }
                guard let text = try self.text(value, column: column, file: file) else { continue }
                values[column] = text
            }
            if kind == .incidents, values["victims"] == nil { values.removeValue(forKey: "victims_estimated") }
            let id = values["id"]
            var row = ImportRow(line: id.flatMap { lines[$0] } ?? 1, values: values)
            if kind == .actors, let superiors = record["superiors"] as? [[String: Any]], !superiors.isEmpty {
                row.superiors = superiors.compactMap { link in
                    guard let id = link["id"] as? String else { return nil }
                    return (id, link["from"] as? String, link["to"] as? String)
                }
            }
            if kind == .testimonies, let withdrawn = record["withdrawnPassages"] as? [[String: Any]] {
                // Kept as given, a missing passage or reason empty: the import refuses the row then,
                // rather than dropping a withdrawal and letting the passage count again.
                row.withdrawals = withdrawn.map { passage in
                    (
                        passage["passage"] as? String ?? "", passage["reason"] as? String ?? "",
                        passage["recordedAt"].map { $0 as? String ?? "\($0)" }
                    )
                }
            }
            if kind == .attacks, let elements = record["elements"] as? [[String: Any]] {
                row.attackArguments = elements.compactMap { element in
                    guard let key = element["key"] as? String, let text = element["argument"] as? String else { return nil }
                    return (key, text)
                }
                // Each citation with all it says: its basis, credibility and extract travel with it.
                row.attackSources = elements.flatMap { element -> [AttackSourceCell] in
                    let key = element["key"] as? String ?? ""
                    return (element["sources"] as? [[String: Any]] ?? []).compactMap { cited in
                        guard let source = cited["source"] as? String, source.hasPrefix("T-") else { return nil }
                        return AttackSourceCell(
                            element: key, source: source, pinpoint: cited["pinpoint"] as? String, note: cited["note"] as? String,
                            basis: cited["basis"] as? String, credibility: cited["credibility"] as? Int,
                            extract: cited["extract"] as? String)
                    }
                }
            }
            columns.formUnion(values.keys)
            rows.append(row)
        }
        // The export lists incidents by date: taken in id order, the records get the same ids again.
        let numbered = rows.map { row in row.nonEmpty("id").flatMap { try? RecordID(parsing: $0) }?.number }
        if numbered.allSatisfy({ $0 != nil }) {
            rows = zip(rows, numbered).sorted { ($0.1 ?? 0) < ($1.1 ?? 0) }.map(\.0)
        }
        return ImportTable(kind: kind, columns: columns.sorted(), rows: rows)
    }

    /// A JSON value as the text a CSV cell would hold; nil for null.
    static func text(_ value: Any, column: String, file: String) throws -> String? {
        switch value {
        case is NSNull: return nil
        case let string as String: return string
        case let number as NSNumber:
            return column == "victims_estimated" ? (number.boolValue ? "true" : "false") : number.stringValue
        case let array as [Any]:
            let strings = array.compactMap { $0 as? String }
            guard strings.count == array.count else {
                throw ImportError.wrongJSONShape(file: file, reason: "\"\(column)\" holds a list that is not of texts")
            }
            return strings.joined(separator: column == "consent" ? "," : "; ")
        default:
            throw ImportError.wrongJSONShape(file: file, reason: "\"\(column)\" holds an object where a value was expected")
        }
    }

    /// `victimGroup` → `victim_group`.
    static func snakeCase(_ key: String) -> String {
        var result = ""
        for character in key {
            if character.isUppercase {
                result += "_" + character.lowercased()
            } else {
                result.append(character)
            }
        }
        return result
    }

    /// The link rows that rebuild the proof matrix: every cited testimony for its element or in
    /// general, and every attribution with its linkage sources (or none). Evidence items are not in a
    /// JSON file, so citations of them are left out.
    static func links(fromMatrix matrix: Any, file: String, lines: [String: Int]) throws -> ImportTable {
        let data = try JSONSerialization.data(withJSONObject: matrix)
        let proof: ProofMatrix
        do {
            proof = try JSONDecoder().decode(ProofMatrix.self, from: data)
        } catch {
            throw ImportError.wrongJSONShape(file: file, reason: "its \"proofMatrix\" is not the proof matrix Casebook writes")
        }
        var rows: [ImportRow] = []
        for allegation in proof.allegations {
            let line = lines[allegation.id.description] ?? 1
            let base = ["incident": allegation.incident.description, "crime": allegation.crime, "id": allegation.id.description]
            func add(_ source: CitedSource?, _ extra: [String: String]) {
                if let source, source.source.kind != .testimony { return }
                var values = base.merging(extra) { $1 }
                if let source {
                    values["source"] = source.source.description
                    values["pinpoint"] = source.pinpoint
                    values["note"] = source.note
                    values["extract"] = source.extract
                    values["basis"] = source.basis
                    values["credibility"] = source.credibility.map { String($0.rawValue) }
                }
                rows.append(ImportRow(line: line, values: values))
            }
            let before = rows.count
            for element in allegation.elements {
                for source in element.sources { add(source, ["element": element.key]) }
                // The argument in force travels; its earlier versions stay in the exporting case.
                if let argument = element.argument { add(nil, ["element": element.key, "argument": argument]) }
            }
            for source in allegation.generalSources { add(source, [:]) }
            for attribution in allegation.attributions {
                for mode in attribution.modes {
                    let actor = ["actor": attribution.actor.description, "mode": mode.rawValue]
                    add(nil, actor)
                    if mode == attribution.modes.first {
                        for source in attribution.linkageSources { add(source, actor) }
                        for element in attribution.elements {
                            for source in element.sources { add(source, actor.merging(["element": element.key]) { $1 }) }
                            if let argument = element.argument {
                                add(nil, actor.merging(["element": element.key, "argument": argument]) { $1 })
                            }
                        }
                    }
                }
            }
            if rows.count == before { add(nil, [:]) }
            rows[before].details = allegation.details
        }
        return ImportTable(kind: .links, columns: ImportKind.links.columns, rows: rows)
    }
}
