import CasebookCore
import CasebookModel
import CasebookStore

/// Attacks and allegation details as printed for people.
enum AttackText {
    static func attack(_ a: AttackSummary) -> String {
        var fields = FieldList()
        fields.add("Attack", "\(a.id) \(a.title)")
        fields.add("Period", a.period)
        fields.add("Population", a.population)
        fields.add("Policy", a.policy)
        fields.add("Widespread", a.widespread)
        fields.add("Systematic", a.systematic)
        fields.add("Description", a.description)
        fields.add(
            "Allegations", a.allegations.isEmpty ? "none linked yet" : a.allegations.map(\.description).joined(separator: ", "))
        var lines = [fields.render(), ""]
        for element in a.elements {
            lines.append(contentsOf: ProofMatrixText.render(element, indent: ""))
        }
        lines.append("")
        lines.append(
            a.isProved
                ? "Every element of \(a.id) has a source."
                : "\(a.elements.filter(\.isGap).count) element(s) of \(a.id) not proved yet.")
        return lines.joined(separator: "\n")
    }

    /// A State of destination with its name: "CN (China)", or "unknown (recorded as not known yet)".
    static func destination(_ code: String) -> String {
        if code == "unknown" { return "unknown (recorded as not known yet)" }
        return CountryCodes.name(of: code).map { "\(code) (\($0))" } ?? code
    }

    static func list(_ attacks: [AttackSummary]) -> String {
        guard !attacks.isEmpty else { return "No attacks yet. Record one with 'casebook attack add --title T'." }
        return TextTable(
            headers: ["Id", "Title", "Period", "Proved", "Allegations"],
            rows: attacks.map {
                [$0.id.description, $0.title, $0.period ?? "", $0.isProved ? "yes" : "no", String($0.allegations.count)]
            }
        ).render(maxCellWidth: 60)
    }

    static func allegation(_ d: AllegationDetails) -> String {
        let field = ProofMatrixText.field
        var fields = FieldList()
        fields.add("Allegation", "\(d.id): \(d.incident) as \(d.crimeName) (\(d.article))")
        fields.add("Attack", d.attack?.description ?? "not linked")
        fields.add("Attempted", d.attempted ? "yes (art. 25(3)(f))" : nil)
        fields.add(
            "Abandonment",
            d.abandonment.map { "\(field($0)) (recorded for the allegation, before abandonment was recorded per person)" })
        for note in d.abandonments ?? [] {
            fields.add("Abandoned by", "\(note.actor): \(field(note.note))")
        }
        if d.abandonments != nil {
            fields.add("Abandonment", "\(AttemptElement.abandonmentNote.text) \(RecordingHints.abandonment)")
        }
        if d.crime == "deportation" { fields.add("Destination", d.destinationState.map(destination) ?? "not recorded") }
        if d.crime == "forcible-transfer", let kept = d.destinationState {
            fields.add("Destination", "\(destination(kept)), kept from when it was alleged as deportation")
        }
        if d.crime == "enforced-disappearance" { fields.add("Limb", d.disappearanceLimb ?? "not recorded") }
        if d.crime == "persecution" {
            fields.add(
                "Grounds",
                d.persecutionGrounds.isEmpty ? "not recorded" : d.persecutionGrounds.map(\.rawValue).joined(separator: ", "))
            fields.add("Targeted group", d.targetedGroup.map(field) ?? "not recorded")
            fields.add("Connected with", d.connectedAllegation?.description ?? "not recorded")
        }
        fields.add(
            "Review",
            d.crimeKeyToReview
                ? "made as deportation before the split from forcible transfer; confirm with --reviewed --destination CC or re-key with --crime forcible-transfer"
                : nil)
        var text = fields.render()
        for notice in d.notices ?? [] { text += "\nNote: \(notice)" }
        if let mismatch = d.attackPeriodMismatch { text += "\nWarning: \(attackPeriodWarning(mismatch))" }
        return text
    }

    /// An incident outside its attack's period, in words, for `allegation update --attack` and `status`.
    static func attackPeriodWarning(_ m: AttackPeriodMismatch) -> String {
        "\(m.incident) (\(m.incidentDate)) falls \(m.partly ? "partly " : "")outside the period of \(m.attack) (\(m.attackPeriod)), to which \(m.allegation) is linked: the conduct must be part of the attack (art. 7(1)), and the dossier does not count \(m.allegation) in \(m.attack). Correct the dates, or link \(m.allegation) to the attack whose period covers it ('casebook allegation update \(m.allegation) --attack AT-n')."
    }
}
