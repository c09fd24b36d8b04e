import CasebookCore
import CasebookModel
import CasebookProtection
import CasebookStore
import Foundation

/// The human-readable forms of records, as `list` and `show` print them.
///
/// Kept in the core, beside the records, so tests can pin what a lawyer sees.
enum RecordsText {
    static func witnessList(_ witnesses: [WitnessSummary]) -> String {
        guard !witnesses.isEmpty else { return "No witnesses yet. Add one with 'casebook witness add --pseudonym P'." }
        return TextTable(
            headers: ["ID", "Pseudonym", "Sex", "Born", "From", "Left", "Consent", "Testimonies"],
            rows: witnesses.map {
                [
                    $0.id.description, $0.pseudonym, $0.sex ?? "", $0.birthYear.map(String.init) ?? "", $0.origin ?? "",
                    $0.leftYear.map(String.init) ?? "", consent($0.consent), String($0.testimonies),
                ]
            }
        ).render()
    }

    static func witness(_ w: WitnessSummary) -> String {
        var fields = FieldList()
        fields.add("Witness", "\(w.id) \(w.pseudonym)")
        fields.add("Sex", w.sex)
        fields.add("Birth year", w.birthYear.map(String.init))
        fields.add("Region of origin", w.origin)
        fields.add("Year of leaving", w.leftYear.map(String.init))
        fields.add("Consent", consent(w.consent))
        fields.add("Risk notes", w.riskNotes)
        fields.add("Testimonies", String(w.testimonies))
        fields.add("Identity", w.hasSealedIdentity ? "sealed (see 'casebook witness reveal \(w.id)')" : "none recorded")
        return fields.render()
    }

    static func revealed(_ w: RevealedWitness) -> String {
        var fields = FieldList()
        fields.add("Witness", "\(w.id) \(w.pseudonym)")
        fields.add("Real name", w.identity.name)
        fields.add("Other names", w.identity.otherNames)
        fields.add("Contact", w.identity.contact)
        fields.add("Date of birth", w.identity.born)
        fields.add("Identifying notes", w.identity.notes)
        fields.add("Risk notes", w.identity.riskNotes)
        if w.identity.isEmpty { fields.add("Identity", "none recorded") }
        return fields.render()
    }

    static func consent(_ scopes: [ConsentScope]) -> String {
        scopes.isEmpty ? "none (cite nowhere)" : scopes.map(\.rawValue).joined(separator: ",")
    }

    static func testimonyList(_ testimonies: [TestimonySummary]) -> String {
        guard !testimonies.isEmpty else {
            return "No testimonies yet. Add one with 'casebook testimony add --witness W-1 --date YYYY-MM-DD'."
        }
        return TextTable(
            headers: ["ID", "Witness", "Date", "Place", "Summary"],
            rows: testimonies.map {
                [$0.id.description, "\($0.witness) \($0.witnessPseudonym)", $0.date, $0.place ?? "", $0.summary ?? ""]
            }
        ).render()
    }

    static func testimony(_ t: TestimonySummary) -> String {
        var fields = FieldList()
        fields.add("Testimony", t.id.description)
        fields.add("Witness", "\(t.witness) \(t.witnessPseudonym)")
        fields.add("Interview date", t.date)
        fields.add("Place", t.place)
        fields.add("Interviewer", t.interviewer)
        fields.add("Language", t.language)
        fields.add("Summary", t.summary)
        fields.add("Reliability", GradeWords.reliability(t.reliability))
        fields.add("Reliability notes", t.reliabilityNotes)
        fields.add("Transcript", t.transcript?.description)
        for withdrawn in t.withdrawnPassages {
            fields.add(
                "Withdrawn passage", "\(withdrawn.passage) (recorded \(withdrawn.recordedAt.prefix(10))): \(withdrawn.reason)")
        }
        return fields.render()
    }

    static func incidentList(_ incidents: [IncidentSummary]) -> String {
        guard !incidents.isEmpty else {
            return "No incidents yet. Add one with 'casebook incident add --title T --date YYYY'."
        }
        return TextTable(
            headers: ["ID", "Date", "Title", "Place", "Victims", "Allegations"],
            rows: incidents.map {
                [
                    $0.id.description, $0.date, $0.title, [$0.place, $0.country].compactMap { $0 }.joined(separator: ", "),
                    victims($0), $0.allegations.map(\.description).joined(separator: ","),
                ]
            }
        ).render()
    }

    static func incident(_ i: IncidentSummary) -> String {
        var fields = FieldList()
        fields.add("Incident", "\(i.id) \(i.title)")
        fields.add("Date", i.date == i.earliest ? i.date : "\(i.date) (between \(i.earliest) and \(i.latest))")
        fields.add("Place", [i.place, i.country].compactMap { $0 }.joined(separator: ", "))
        if let lat = i.latitude, let lon = i.longitude { fields.add("Coordinates", "\(lat), \(lon)") }
        fields.add("Also in", i.alsoIn.isEmpty ? nil : i.alsoIn.joined(separator: ", "))
        fields.add("Continuing", i.continuing.map { $0 == "ongoing" ? "yes, ongoing" : "yes, until \($0)" })
        fields.add("Victims", victims(i))
        fields.add("Victim group", i.victimGroup)
        fields.add("Description", i.description)
        fields.add("Allegations", i.allegations.map(\.description).joined(separator: ", "))
        return fields.render()
    }

    static func victims(_ i: IncidentSummary) -> String {
        guard let victims = i.victims else { return "" }
        return i.victimsEstimated ? "about \(victims)" : String(victims)
    }

    static func actorList(_ actors: [ActorSummary]) -> String {
        guard !actors.isEmpty else {
            return "No actors yet. Add one with 'casebook actor add --name N --kind person'."
        }
        return TextTable(
            headers: ["ID", "Name", "Kind", "Position", "Nationality", "Answers to"],
            rows: actors.map {
                [
                    $0.id.description, $0.name, $0.kind.rawValue, $0.position ?? "", $0.nationality ?? "",
                    $0.superiors.map { "\($0.id) \($0.name)" }.joined(separator: "; "),
                ]
            }
        ).render()
    }

    static func actor(_ a: ActorSummary) -> String {
        var fields = FieldList()
        fields.add("Actor", "\(a.id) \(a.name)")
        fields.add("Kind", a.kind.rawValue)
        fields.add("Position", a.position)
        fields.add("Nationality", a.nationality.map { code in CountryCodes.name(of: code).map { "\(code) (\($0))" } ?? code })
        fields.add("Also known as", a.aliases.joined(separator: "; "))
        fields.add(
            "Answers to",
            a.superiors.map { "\($0.id) \($0.name)\(tenure($0.from, $0.to))" }.joined(separator: "; "))
        return fields.render()
    }

    static func tenure(_ from: String?, _ to: String?) -> String {
        switch (from, to) {
        case (nil, nil): ""
        case (let from?, nil): " (from \(from))"
        case (nil, let to?): " (until \(to))"
        case (let from?, let to?): " (\(from)–\(to))"
        }
    }

    static func commandTree(_ roots: [CommandNode]) -> String {
        guard !roots.isEmpty else { return "No actors yet." }
        var lines: [String] = []
        func walk(_ node: CommandNode, depth: Int) {
            let position = node.position.map { ", \($0)" } ?? ""
            let indent = String(repeating: "    ", count: depth)
            lines.append("\(indent)\(node.id) \(node.name) (\(node.kind.rawValue)\(position))\(tenure(node.from, node.to))")
            for child in node.subordinates { walk(child, depth: depth + 1) }
        }
        for root in roots { walk(root, depth: 0) }
        return lines.joined(separator: "\n")
    }

    static func status(_ s: CaseStatus) -> String {
        var fields = FieldList()
        fields.add("Case", s.title)
        fields.add("Organisation", s.organization)
        fields.add("Witnesses", String(s.witnesses))
        fields.add("Testimonies", String(s.testimonies))
        fields.add("Incidents", String(s.incidents))
        fields.add("Actors", String(s.actors))
        fields.add("Attacks", String(s.attacks))
        fields.add("Allegations", String(s.allegations))
        fields.add("Attributions", String(s.attributions))
        fields.add("Citations", String(s.citations))
        fields.add("Evidence items", String(s.evidenceItems))
        if s.recommendations + s.ourRecommendations > 0 {
            fields.add(
                "Recommendations",
                "\(s.recommendations) in the register, \(s.recommendationsAssessed) assessed; \(s.ourRecommendations) of ours")
        }
        fields.add("Custody events", String(s.custodyEvents))
        if let hash = s.custodyHeadHash { fields.add("Custody log head", "event \(s.custodyHeadSequence), \(hash)") }
        fields.add("Last verified", s.lastVerified ?? (s.evidenceItems > 0 ? "never (run 'casebook verify')" : nil))
        fields.add(
            "Proof gaps",
            s.proofGaps == 0 ? "none" : "\(s.proofGaps) (run 'casebook matrix' to see them)")
        if s.liabilityGaps > 0 {
            fields.add("Liability gaps", "\(s.liabilityGaps) element(s) of the modes of liability or of an actor's knowledge")
        }
        if let w = s.weighing, w.meets + w.insufficient + w.gaps > 0 {
            fields.add("Standard of proof", GradeWords.rule(w.rule))
            fields.add("Elements", GradeWords.weighing(w))
        }
        var text = fields.render()
        for id in s.allegationsToReview {
            text +=
                "\nReview \(id): alleged as deportation before deportation (to another State) and forcible transfer (within the State) were separate keys. Confirm it with 'casebook allegation update \(id) --reviewed --destination CC', or re-key it with '--crime forcible-transfer'."
        }
        for problem in s.invalidCountryCodes {
            text += "\n" + CountryCodeWords.sentence(problem)
        }
        for (key, value) in s.unreadableSettings.sorted(by: { $0.key < $1.key }) {
            text +=
                "\nWarning: the case's \(key) '\(value)' cannot be read (it was changed outside Casebook), so the default applies; set it again with 'casebook case set \(key)'."
        }
        for mismatch in s.attackPeriodMismatches {
            text += "\nWarning: " + AttackText.attackPeriodWarning(mismatch)
        }
        for wrong in s.institutionAttributions {
            text +=
                "\nTo correct: \(wrong.allegation) is attributed to \(wrong.actor) \(wrong.actorName) (\(wrong.modes.joined(separator: ", "))), an institution; the Court tries natural persons only (art. 25(1)). Attribute the mode to the person who headed it ('casebook attribute --allegation \(wrong.allegation) --actor A-n --mode \(wrong.modes.first ?? "MODE")')."
        }
        return text
    }
}
