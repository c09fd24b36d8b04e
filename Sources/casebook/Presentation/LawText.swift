import CasebookCore
import CasebookModel
import CasebookStore

/// The crime taxonomy and links as printed for people.
enum LawText {
    static func crimeList() -> String {
        TextTable(
            headers: ["Key", "Article", "Crime", "Elements"],
            rows: RomeStatute.crimes.map { [$0.key, $0.article, $0.name, String($0.elements.count)] }
        ).render(maxCellWidth: 70)
            + "\n\nModes of liability: "
            + ModeOfLiability.allCases.map { "\($0.key) (\($0.article))" }.joined(separator: ", ")
            + "\nRun 'casebook crimes KEY' to see a crime's or a mode's elements, and 'casebook crimes --find WORDS' to find the crime for some conduct."
    }

    static func crime(_ crime: CrimeCategory) -> String {
        var lines = ["\(crime.name) — \(crime.article) (Elements of Crimes, \(crime.elementsHeading))", ""]
        for element in crime.elements {
            lines.append("\(element.key)\(element.isContextual ? " (contextual)" : "")")
            lines.append("    \(element.number). \(element.text)")
            lines.append("    \(element.citation)")
            for note in element.notes { lines.append("    \(describe(note))") }
            if !element.notes.isEmpty, let hint = RecordingHints.forElement(element.key) { lines.append("    \(hint)") }
        }
        lines.append("")
        lines.append(
            "Attempt (art. 25(3)(f)) replaces \(AttemptElement.replacedKeys(crime).joined(separator: ", ")) (the result) and keeps the other elements; prove \(AttemptElement.allCases.map(\.key).joined(separator: ", ")) instead."
        )
        if !crime.notes.isEmpty {
            lines.append("")
            lines.append(contentsOf: crime.notes.map { describe($0) })
            if let hint = RecordingHints.forCrime(crime.key) { lines.append(hint) }
        }
        return lines.joined(separator: "\n")
    }

    /// A note as one line: "Note (fn 16): text (citation)".
    static func describe(_ note: LegalNote) -> String {
        let label = note.footnote.map { "Note (fn \($0))" } ?? "Note"
        return "\(label): \(note.text) (\(note.citation))"
    }

    static func mode(_ mode: ModeOfLiability) -> String {
        var lines = ["\(mode.name) — \(mode.article)", "", mode.summary, ""]
        for element in mode.elements {
            lines.append(element.key)
            lines.append("    \(element.text)")
            lines.append("    \(element.citation)")
        }
        if mode.needsPersonalKnowledgeOfAttack {
            lines.append("")
            lines.append("Also prove context.knowledge for the actor: cite it with --actor.")
            if !mode.isPerpetration {
                lines.append(
                    "As the actor is not a perpetrator, this does not prove the crime's own knowledge element, which is the physical perpetrator's."
                )
            }
        } else {
            lines.append("")
            lines.append(
                "The superior's knowledge is proved with \(mode.key).knowledge; the crime's context.knowledge is the physical perpetrators' knowledge, cited without --actor."
            )
        }
        lines.append("")
        lines.append(
            "Attempt (art. 25(3)(f)): for an allegation marked attempted, prove \(AttemptElement.allCases.map(\.key).joined(separator: ", ")) instead of the crime's result elements (each crime lists them: 'casebook crimes KEY'). \(AttemptElement.abandonmentNote.text)"
        )
        return lines.joined(separator: "\n")
    }

    static func conduct(_ entries: [ConductEntry]) -> String {
        entries.map { entry in
            var lines = ["\(entry.terms.joined(separator: ", "))", "    Candidate crimes: \(entry.crimes.joined(separator: ", "))"]
            lines.append("    COI classification: \(entry.coiClassification ?? "none recorded here")")
            lines.append("    Check: \(entry.note)")
            return lines.joined(separator: "\n")
        }.joined(separator: "\n\n")
    }

    static func allegation(_ a: AllegationSummary) -> String {
        "\(a.id): \(a.incident) \(a.incidentTitle) alleged as \(a.crimeName) (\(a.article))."
    }

    static func attribution(_ a: AttributionSummary) -> String {
        var text = "\(a.allegation) attributed to \(a.actor) \(a.actorName): \(a.modeName) (\(a.article))."
        for caution in a.cautions { text += "\nCaution: \(caution)" }
        return text
    }

    static func citation(_ c: CitationSummary) -> String {
        var text = "\(c.source) cited for \(c.allegation)"
        text += c.element.map { ", element \($0)" } ?? ", the allegation as a whole"
        if let actor = c.actor { text += ", linking \(actor)" }
        if let pinpoint = c.pinpoint { text += " (\(pinpoint))" }
        text +=
            " [\(GradeWords.citationBrackets(source: c.source, basis: c.basis, reliability: c.reliability, credibility: c.credibility))]"
        return text + "."
    }

    static func link(_ r: LinkResult) -> String {
        var lines = [
            r.allegationCreated ? "Created allegation \(r.allegation)." : "Using existing allegation \(r.allegation)."
        ]
        if r.attributionCreated, let actor = r.citation.actor { lines.append("Attributed \(r.allegation) to \(actor).") }
        lines.append(citation(r.citation))
        lines.append(contentsOf: r.cautions.map { "Caution: \($0)" })
        return lines.joined(separator: "\n")
    }
}
