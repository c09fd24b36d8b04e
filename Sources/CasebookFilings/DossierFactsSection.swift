import CasebookCore
import CasebookDocuments
import CasebookModel

/// The statement of facts as a section: a chronology of the incidents against the attacks'
/// periods and the dates that decide jurisdiction, then each incident told in full sentences,
/// grouped under its attack, every sentence that rests on a source footnoted to it.
extension DossierDocument {
    static func facts(_ d: Dossier, filing: Bool = false) -> Section {
        let groups = d.facts.groups
        var blocks: [Block] = [
            .paragraph(
                Text(
                    "The facts are told here as the case records them, incident by incident in date order and grouped under the attack "
                        + "each is linked to, before any legal characterisation (see \u{201C}Crimes alleged\u{201D}). Each incident is "
                        + "footnoted to its sources, and each source says how its author knows what it says (first-hand, hearsay, "
                        + "documentary, expert or open-source)."))
        ]
        blocks.append(.figure(.chronology(chronology(d.facts))))
        // A pattern whose incidents are not all under one attack is told here, before the groups.
        let everyIncident = groups.flatMap(\.incidents)
        for pattern in d.facts.patterns where !groups.contains(where: { $0.patterns.contains(pattern) }) {
            blocks.append(.paragraph(Text(patternSentence(pattern, incidents: everyIncident))))
        }
        let subsections = groups.map { group -> Section in
            var blocks: [Block] = []
            if let attack = group.attack {
                let period = group.period.flatMap { try? DateSpan(parsing: $0) }
                blocks.append(
                    .paragraph(
                        Text(
                            (period.map { "The attack is recorded for the period \($0.words). " }
                                ?? "The attack's period is not recorded. ")
                                + "\(count(group.incidents.count, "incident")) in this dossier \(group.incidents.count == 1 ? "is" : "are") linked to it (\(attack)), in date order below."
                        )))
            } else {
                blocks.append(
                    .paragraph(
                        Text(
                            "\(count(group.incidents.count, "incident")) in this dossier \(group.incidents.count == 1 ? "is" : "are") not linked to any attack recorded in the case. "
                                + "As a crime against humanity, each would still need to be part of a widespread or systematic attack directed against a civilian population (art. 7(1))."
                        )))
            }
            for pattern in group.patterns {
                blocks.append(.paragraph(Text(patternSentence(pattern, incidents: group.incidents))))
            }
            blocks += group.incidents.map { incidentParagraph($0, filing: filing) }
            let title =
                group.attack.map { "Incidents of the attack: \(group.title ?? $0.description) (\($0))" }
                ?? "Incidents not linked to any attack"
            return Section(
                id: "facts-\(group.attack.map { "attack-\($0.number)" } ?? "unlinked")", title: title, blocks: blocks,
                subsections: [],
                isAnnex: false)
        }
        return Section(id: "facts", title: "Statement of facts", blocks: blocks, subsections: subsections, isAnnex: false)
    }

    /// "I-11, Public execution at the market. It took place in March 2010 at Hoeryong, in the
    /// Democratic People's Republic of Korea. What happened, as recorded: … The case records 3
    /// victims … It is alleged as murder (art. 7(1)(a)). Alleged responsible: … Sources[^1],[^2]."
    static func incidentParagraph(_ i: DossierIncidentFacts, filing: Bool = false) -> Block {
        var sentences: [String] = []
        let when = (try? DateSpan(parsing: i.date)).map(\.phrase) ?? "on a date recorded as \(i.date)"
        sentences.append("It took place \(when).")
        // The place as recorded, in a sentence of its own: place names do not all take "at" or "in".
        let location = [i.place, i.country.map { CountryCodes.name(of: $0) ?? $0 }].compactMap { $0 }
        if !location.isEmpty { sentences.append("Place recorded: \(location.joined(separator: ", ")).") }
        if let description = i.description, !description.isEmpty {
            sentences.append("What happened, as recorded: \(closed(description))")
        }
        if let victims = i.victims {
            let group = i.victimGroup.map { ", of the group \u{201C}\($0)\u{201D}" } ?? ""
            sentences.append(
                "The case records \(count(victims, "victim"))\(i.victimsEstimated ? " (an estimate)" : "")\(group).")
        } else if let group = i.victimGroup {
            sentences.append("The victims are of the group \u{201C}\(group)\u{201D}; their number is not recorded.")
        } else {
            sentences.append("The number of victims is not recorded.")
        }
        if i.outsideAttackPeriod { sentences.append("It is linked to its attack but falls outside the attack's recorded period.") }
        if !i.alsoInAttacks.isEmpty { sentences.append("It is also linked to \(ids(i.alsoInAttacks)).") }
        sentences.append("It is alleged as \(joined(i.crimes)).")
        if !i.responsible.isEmpty {
            sentences.append(
                "Alleged responsible: "
                    + i.responsible.map { r in
                        "\(r.name) (\(r.actor))"
                            + (r.modes.isEmpty ? "" : ", by \(joined(r.modes.map { $0.prefix(1).lowercased() + $0.dropFirst() }))")
                    }.joined(separator: "; ") + ".")
        }
        var parts: [Inline] = [.strong("\(i.id), \(i.title). "), .plain(sentences.joined(separator: " ") + " ")]
        if !i.sources.isEmpty {
            parts += sourceNotes(i.sources, withheld: i.withheld)
        } else if i.withheld > 0 {
            parts.append(.plain("It rests only on testimony that cannot be cited: \(withheldPhrase(i.withheld))."))
        } else if !filing {
            parts.append(.plain("No source is cited for it."))
        }
        return .paragraph(Text(parts))
    }

    /// "A recurring pattern: torture attributed to … (A-17) in 3 incidents (I-11, I-12, I-13), in 3 places, from 2009 to 2015."
    static func patternSentence(_ pattern: RecurringPattern, incidents: [DossierIncidentFacts]) -> String {
        "A recurring pattern: \(pattern.crimeName.lowercased()) attributed to \(pattern.actorName) (\(pattern.actor)) in "
            + "\(count(pattern.incidents.count, "incident")) (\(ids(pattern.incidents))), in \(count(pattern.places.count, "place"))"
            + patternYears(pattern, in: incidents) + "."
    }

    /// ", from 2001 to 2009": from the first year of the earliest incident to the last year of the latest.
    static func patternYears(_ pattern: RecurringPattern, in incidents: [DossierIncidentFacts]) -> String {
        let members = incidents.filter { pattern.incidents.contains($0.id) }
        guard let first = members.map(\.earliest).min()?.prefix(4), let last = members.map(\.latest).max()?.prefix(4) else {
            return ""
        }
        return first == last ? ", in \(first)" : ", from \(first) to \(last)"
    }

    /// The incidents on one axis, a lane per attack, against the attacks' periods and the days
    /// that decide jurisdiction.
    static func chronology(_ facts: DossierFacts) -> Chronology {
        Chronology(
            title: "Chronology of the incidents, by attack, with the dates that decide the Court's jurisdiction",
            lanes: facts.groups.map { group in
                ChronologyLane(
                    label: group.attack.map { "\($0) \(group.title ?? "")" } ?? "Not linked to an attack",
                    period: group.periodStart.flatMap { start in
                        group.periodEnd.map { end in
                            span(
                                start, end, text: group.period.flatMap { try? DateSpan(parsing: $0) }?.words ?? "\(start) to \(end)"
                            )
                        }
                    },
                    items: group.incidents.map { incident in
                        ChronologyItem(
                            label: "\(incident.id) \(incident.title)",
                            span: span(
                                incident.earliest, incident.latest,
                                text: (try? DateSpan(parsing: incident.date))?.words ?? incident.date))
                    })
            },
            markers: facts.jurisdictionDates.map { date in
                ChronologyMarker(label: date.label, at: span(date.day.description, date.day.description, text: date.day.words))
            })
    }

    /// A span from its first to its last day (YYYY-MM-DD), as years with a fraction.
    static func span(_ first: String, _ last: String, text: String) -> ChronologySpan {
        ChronologySpan(start: yearFraction(first), end: yearFraction(last) + 1 / 365.25, text: text)
    }

    /// 2002-07-01 as about 2002.5: the year, plus the days gone before this one.
    static func yearFraction(_ day: String) -> Double {
        let parts = day.split(separator: "-").compactMap { Double($0) }
        guard parts.count == 3 else { return parts.first ?? 0 }
        let monthStarts: [Double] = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334]
        return parts[0] + (monthStarts[Int(parts[1]) - 1] + parts[2] - 1) / 365.25
    }

    /// A recorded text as a sentence: it ends with a full stop unless it ends in punctuation already.
    static func closed(_ text: String) -> String {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard let last = trimmed.last else { return trimmed }
        return ".!?\u{201D}\"".contains(last) ? trimmed : trimmed + "."
    }

    /// "a", "a and b", "a, b and c".
    static func joined(_ items: [String]) -> String {
        guard items.count > 1 else { return items.first ?? "" }
        return items.dropLast().joined(separator: ", ") + " and " + items[items.count - 1]
    }
}
