import CasebookCore
import CasebookModel
import CasebookStore
import Foundation

extension Case {
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
            // element=SOURCE, optionally followed by "@ pinpoint", then "| note" and "| extract".
            let fields = entry.split(separator: "|", maxSplits: 2, omittingEmptySubsequences: false)
                .map { $0.trimmingCharacters(in: .whitespaces) }
            let parts = fields[0].split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            guard parts.count == 2 else {
                throw ImportRowFailure(
                    column: "sources",
                    message:
                        "'\(entry.trimmingCharacters(in: .whitespaces))' is not element=SOURCE (for example attack.policy=TES-04 @ p. 2 | shows the policy | the words of the source)"
                )
            }
            let sourceAndPinpoint = parts[1].split(separator: "@", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            sources.append(
                AttackSourceCell(
                    element: parts[0], source: sourceAndPinpoint[0],
                    pinpoint: sourceAndPinpoint.count > 1 ? sourceAndPinpoint[1] : nil,
                    note: fields.count > 1 && !fields[1].isEmpty ? fields[1] : nil,
                    extract: fields.count > 2 && !fields[2].isEmpty ? fields[2] : nil))
        }
        let cited = try database.attack(id).elements
        for source in sources {
            let resolved = try resolveSource(source.source, context)
            let already =
                cited.first { $0.key == source.element.lowercased() }?.sources.contains {
                    $0.source == resolved && $0.pinpoint == source.pinpoint
                } ?? false
            if already { continue }
            var citation = NewAttackCitation(
                attack: id, source: resolved, element: source.element, pinpoint: source.pinpoint, note: source.note,
                basis: source.basis, credibility: try source.credibility.flatMap { try InformationCredibility.parse(String($0)) })
            citation.extract = source.extract
            _ = try database.citeForAttack(citation)
            if outcome == .unchanged { outcome = .updated }
        }
        for (element, text) in row.attackArguments {
            let input = ElementArgumentInput(target: id, element: element, text: text)
            if try argument(input).current == text { continue }
            _ = try argue(input, handler: context.handler)
            if outcome == .unchanged { outcome = .updated }
        }
        var allegations: [RecordID] = []
        for text in (row["allegations"] ?? "").split(separator: ";").map({ $0.trimmingCharacters(in: .whitespaces) })
        where !text.isEmpty {
            let given = try RecordID(parsing: text, expecting: [.allegation], for: .column("allegations"))
            allegations.append(context.fileKeys[.allegation]?[given.description] ?? given)
        }
        for text in (row["incidents"] ?? "").split(separator: ";").map({ $0.trimmingCharacters(in: .whitespaces) })
        where !text.isEmpty {
            let incident = try resolve(text, .incident, "incidents", context)
            allegations += try database.incident(incident).allegations
        }
        for allegation in allegations where try database.allegationDetails(allegation).attack != id {
            _ = try database.updateAllegation(allegation, AllegationChanges(attack: id.description))
            if outcome == .unchanged { outcome = .updated }
        }
        return outcome
    }
}
