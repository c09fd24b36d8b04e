import CasebookCore
import CasebookDocuments
import CasebookModel
import CasebookProtection
import Foundation

/// Lays the dossier's content out as a document: the section order of an art. 15 communication
/// (cover, summary, methodology, statement of facts, jurisdiction, context, crimes, perpetrators, admissibility,
/// protection, requests, annexes), every sourced statement footnoted, every gap said plainly.
enum DossierDocument {
    /// The dossier as a document. As a filing (`filing`), the team's work notes stay out: no "No
    /// source yet", no points to answer, no element or mode element with nothing to support it;
    /// `workNotes(from:)` gathers them for the internal annex written beside it.
    public static func document(from dossier: Dossier, filing: Bool = false) -> Document {
        var sections = [
            summary(dossier), methodology(dossier, filing: filing), facts(dossier, filing: filing), jurisdiction(dossier),
            context(dossier, filing: filing), crimes(dossier, filing: filing), perpetrators(dossier, filing: filing),
            admissibility(dossier), protection(dossier), requests(dossier),
        ]
        sections += annexes(dossier)
        var cover = cover(dossier.cover, terms: dossier.terms)
        if !filing {
            // A working copy says so on its cover: it carries the team's work notes.
            cover.stamps.insert(
                "WORKING COPY: it carries the team's work notes (gaps, points to answer); file the --filing version", at: 0)
        }
        return Document(
            kind: .iccDossier, title: dossier.cover.title, cover: cover, sections: sections,
            noteStyle: .footnotes, numberedParagraphs: true)
    }

    static func cover(_ cover: DossierCover, terms: DossierTerms = DossierTerms()) -> Cover {
        var lines: [CoverLine] = []
        func add(_ label: String, _ value: String?) {
            if let value, !value.isEmpty { lines.append(CoverLine(label: label, value: value)) }
        }
        add("Submitted by", cover.organization)
        add("About the organisation", cover.organizationDescription)
        add("Contact", cover.contact)
        add("Situation", cover.situation)
        add("Period covered", cover.period)
        add("Scope", cover.scope)
        add("Version", cover.version)
        add("Terms of submission", termsOfSubmission(terms))
        return Cover(
            lines: lines, notice: cover.confidentiality,
            stamps: cover.unverifiedWarning.map { ["NOT VERIFIED: \($0)"] } ?? [])
    }

    // MARK: - Sections

    static func summary(_ d: Dossier) -> Section {
        let s = d.summary
        let period = [s.periodStart, s.periodEnd].compactMap { $0 }
        var blocks: [Block] = [
            .paragraph(
                Text(
                    "This communication sets out \(count(s.incidents, "incident")) in which crimes against humanity under article 7 of the Rome Statute are alleged"
                        + (period.count == 2 ? ", between \(period[0]) and \(period[1])" : "")
                        + (s.places.isEmpty ? "" : ", in \(count(s.places.count, "place")) (\(list(s.places)))") + ". "
                        + "The incidents record \(count(s.victims, "victim"))\(s.victimsEstimated ? ", some of them estimates" : ""), "
                        + "and \(count(s.actors, "person or institution", "persons or institutions")) alleged responsible.")),
            .paragraph(
                Text(
                    "The crimes alleged are: "
                        + s.crimes.map { "\($0.name.lowercased()) (\($0.article)), \(count($0.incidents, "incident"))" }.joined(
                            separator: "; ")
                        + ".")),
        ]
        let routes = Dictionary(grouping: d.jurisdiction, by: \.route.rawValue).mapValues(\.count)
        if !routes.isEmpty {
            blocks.append(
                .paragraph(
                    Text(
                        "On jurisdiction (see \u{201C}Jurisdiction\u{201D}): "
                            + JurisdictionRoute.allCases.compactMap { route in
                                routes[route.rawValue].map { "\(routePhrase(route)): \(count($0, "incident"))" }
                            }.joined(separator: "; ")
                            + ".")))
        }
        if d.admissibility.scope == .proprioMotu, !d.admissibility.outsideScope.isEmpty {
            let inScope = s.incidents - d.admissibility.outsideScope.count
            blocks.append(
                .paragraph(
                    Text(
                        "Gravity is assessed on the \(count(inScope, "incident")) the Prosecutor could take up proprio motu (art. 15); "
                            + "the other \(count(d.admissibility.outsideScope.count, "incident")), which it could not on the facts recorded, are listed in Annex F with their route."
                    )))
        }
        if d.requests != nil {
            blocks.append(.paragraph("The requests to the Prosecutor are set out under \u{201C}Requests\u{201D}."))
        }
        blocks.append(
            .figure(
                .bars(
                    BarChart(
                        title: "Incidents and victims per crime alleged", series: ["incidents", "victims"],
                        groups: s.crimes.map {
                            BarGroup(label: shortName($0.name), values: [Double($0.incidents), Double($0.victims)])
                        }))))
        var timeline: [String: [Int: Int]] = [:]
        for crime in d.crimes {
            for allegation in crime.allegations {
                if let year = Int(allegation.date.prefix(4)) { timeline[crime.name, default: [:]][year, default: 0] += 1 }
            }
        }
        blocks.append(
            .figure(
                .timeline(
                    Timeline(
                        title: "Incidents by year and crime (first year of each incident)",
                        rows: d.crimes.compactMap { crime in
                            timeline[crime.name].map { TimelineRow(label: shortName(crime.name), countsByYear: $0) }
                        }))))
        return Section(id: "summary", title: "Executive summary", blocks: blocks, subsections: [], isAnnex: false)
    }

    static func methodology(_ d: Dossier, filing: Bool = false) -> Section {
        let m = d.methodology
        var blocks: [Block] = [
            .paragraph(
                Text(
                    "The information comes from \(count(m.testimonies, "interview")) with \(count(m.witnesses, "witness", "witnesses")) "
                        + "and \(count(m.evidenceItems, "evidence item")). Each testimony is cited by its number, its witness's number "
                        + "and the interview date; each evidence item by its number, kind and SHA-256 fingerprint.")),
            .table(
                Table(
                    caption: "Interviews by year", header: ["Year", "Interviews"],
                    rows: m.interviewsByYear.map { [Text($0.year), Text("\($0.count)")] })),
            .table(
                Table(
                    caption: "Evidence by kind", header: ["Kind", "Items"],
                    rows: m.evidenceByKind.map { [Text($0.kind), Text("\($0.count)")] })),
            .paragraph(Text(custodyParagraph(m, evidence: d.annexes.evidence))),
            .paragraph(
                Text(
                    "Testimony is cited only where the witness consented to its use before the International Criminal Court; "
                        + "other testimonies that support a point are counted but not cited (see \u{201C}Victims and witness protection\u{201D})."
                )),
        ]
        if m.evidenceByKind.isEmpty { blocks.remove(at: 2) }
        if let weighing = m.weighing {
            blocks += WeighingWords.methodology(
                weighing, withheldTestimonies: d.protection.testimoniesWithheld > 0, filing: filing
            )
            .map { .paragraph(Text($0)) }
        }
        return Section(id: "methodology", title: "Methodology and sources", blocks: blocks, subsections: [], isAnnex: false)
    }

    /// How the evidence is kept, the log's head for this dossier, and the last intact check.
    static func custodyParagraph(_ m: DossierMethodology, evidence: [EvidenceIndexEntry]) -> String {
        var text = "Every evidence file was hashed (SHA-256 and SHA-512) when it entered the case and is kept read-only under an "
        text += "append-only, hash-chained custody log signed by each handler. "
        text += hashingParagraph(evidence)
        if let hash = m.custodyHeadHash {
            text += "The log's head for this dossier is event \(m.custodyHeadSequence), SHA-256 \(hash). "
        }
        if let day = m.lastVerified {
            text +=
                "The last complete integrity check on or before this dossier's date that found everything intact was on \(day); "
            text += "the evidence was checked again, in full, before this dossier was written."
        } else {
            text += "The evidence was checked in full before this dossier was written."
        }
        return text
    }

    /// Which cited items were hashed on the day they were acquired and which only later, and what
    /// the case holds for the time in between: said plainly, never "hashed when collected" for all.
    static func hashingParagraph(_ evidence: [EvidenceIndexEntry]) -> String {
        guard !evidence.isEmpty else { return "" }
        let later = evidence.filter(\.hashedAfterAcquisition)
        let unknown = evidence.filter { $0.acquiredOn == nil }
        let same = evidence.count - later.count - unknown.count
        if later.count == evidence.count {
            return "All \(count(evidence.count, "evidence item")) annexed were hashed only when they entered the case, after "
                + "acquisition: for the time in between, the case holds only the acquisition record (when, by whom and from "
                + "what source), not a hash. Annex A gives both dates for each item. "
        }
        var parts: [String] = []
        if same > 0 {
            parts.append("\(count(same, "was", "were")) hashed on the day \(same == 1 ? "it was" : "they were") acquired")
        }
        if !later.isEmpty {
            parts.append(
                "\(count(later.count, "was", "were")) hashed only when \(later.count == 1 ? "it" : "they") entered the case, after "
                    + "acquisition (\(ids(later.map(\.id)))): for the time in between, the case holds only the acquisition record "
                    + "(when, by whom and from what source), not a hash")
        }
        if !unknown.isEmpty {
            parts.append(
                "for \(count(unknown.count, "item")) (\(ids(unknown.map(\.id)))) the date of acquisition is not recorded, so nothing "
                    + "in the case shows how long \(unknown.count == 1 ? "it" : "they") were held before \(unknown.count == 1 ? "it was" : "they were") hashed"
            )
        }
        return "Of the \(count(evidence.count, "evidence item")) annexed, " + parts.joined(separator: "; ")
            + ". Annex A gives both dates for each item. "
    }

    static func jurisdiction(_ d: Dossier) -> Section {
        var blocks: [Block] = [
            .paragraph(
                Text(
                    "For each incident, the preconditions of articles 11 to 13 of the Rome Statute are checked against the States "
                        + "Parties' entry-into-force and withdrawal dates and art. 12(3) declarations: temporal (art. 11), "
                        + "territorial (art. 12(2)(a)) and personal (art. 12(2)(b)), and the route by which the Court could act: "
                        + "art. 12(2), art. 12(3), a Security Council referral (art. 13(b)), or none (conduct before 1 July 2002).")
            )
        ]
        if d.jurisdiction.isEmpty {
            blocks.append(.paragraph("No incident could be assessed."))
        } else {
            blocks.append(
                .table(
                    Table(
                        caption: "Jurisdiction per incident",
                        header: ["Incident", "Date", "Country", "Temporal", "Territorial", "Personal", "Route"],
                        rows: d.jurisdiction.map { f in
                            [
                                Text(f.incident), Text(f.date), Text(f.country ?? "not recorded"), Text(f.temporal.status.rawValue),
                                Text(f.territorial.status.rawValue), Text(f.personal.status.rawValue), Text(f.route.rawValue),
                            ]
                        })))
            // The reasons without the advice to the team that `casebook jurisdiction` gives.
            let stated = JurisdictionAdvice.removed(from:)
            for finding in d.jurisdiction {
                blocks.append(
                    .paragraph(
                        Text([
                            .strong("\(finding.incident), route \(finding.route.rawValue): "), .plain(stated(finding.reason) + " "),
                            .plain(
                                "Temporal: \(stated(finding.temporal.reason)) Territorial: \(stated(finding.territorial.reason)) Personal: \(stated(finding.personal.reason))"
                            ),
                            .plain(
                                finding.parts.map { part in
                                    " Part in \(part.country)\(part.date.map { " (\($0))" } ?? ""), art. 12(2)(a) \(part.status == .yes ? "met" : part.status == .no ? "not met" : "unsettled"): \(stated(part.reason))"
                                }.joined()),
                        ])))
            }
        }
        return Section(id: "jurisdiction", title: "Jurisdiction", blocks: blocks, subsections: [], isAnnex: false)
    }

    static func context(_ d: Dossier, filing: Bool = false) -> Section {
        let c = d.context
        let st = c.statistics
        var subsections: [Section] = c.attacks.map { attack in
            var blocks: [Block] = []
            func field(_ label: String, _ value: String?) {
                if let value, !value.isEmpty { blocks.append(.paragraph(Text([.strong(label + ": "), .plain(value)]))) }
            }
            field("Period", attack.period)
            field("Civilian population", attack.population)
            field("Policy", attack.policy)
            field("Widespread", attack.widespread)
            field("Systematic", attack.systematic)
            field("Description", attack.description)
            blocks += attack.elements.compactMap { elementParagraph($0, filing: filing) }
            return Section(
                id: "attack-\(attack.id.number)", title: "\(attack.title) (\(attack.id))", blocks: blocks, subsections: [],
                isAnnex: false)
        }
        var figures: [Block] = [
            st.incidents == 0
                ? .paragraph(
                    "No allegation is linked to an attack whose period covers its incident, so no figure is counted for the attack."
                )
                : .paragraph(
                    Text(
                        "Material for the argument that the attack was widespread or systematic (counted from the allegations linked to the attack within its period; not a legal conclusion): "
                            + "\(count(st.incidents, "incident")) with \(count(st.victims, "recorded victim"))\(st.victimsEstimated ? " (some estimated)" : "")"
                            + (st.firstYear.map { first in st.lastYear.map { ", from \(first) to \($0)" } ?? "" } ?? "")
                            + ", in \(count(st.places, "distinct place")) and \(count(st.countries, "country", "countries"))."))
        ]
        if st.patterns.isEmpty {
            figures.append(
                .paragraph(
                    "No recurring pattern (the same crime attributed to the same actor in several places or years) is recorded."
                ))
        } else {
            figures.append(
                .table(
                    Table(
                        caption: "Recurring patterns: the same crime attributed to the same actor in several places or years",
                        header: ["Crime", "Actor", "Incidents", "Places", "Years"],
                        rows: st.patterns.map { p in
                            [
                                Text(p.crimeName), Text("\(p.actorName) (\(p.actor))"),
                                Text(p.incidents.map(\.description).joined(separator: ", ")),
                                Text(p.places.joined(separator: "; ")), Text(p.years.map(String.init).joined(separator: ", ")),
                            ]
                        })))
        }
        figures.append(
            .paragraph(
                Text(
                    "Allegations linked to an attack: \(ids(c.linkedAllegations)). "
                        + (c.unlinkedAllegations.isEmpty
                            ? "Every allegation is linked." : "Not linked to any attack: \(ids(c.unlinkedAllegations)).")
                        + (c.outsideAttackPeriod.isEmpty
                            ? ""
                            : " Linked, but outside the period of the attack and not counted in it: \(ids(c.outsideAttackPeriod)).")
                )))
        subsections.append(
            Section(id: "context-figures", title: "Scale and pattern", blocks: figures, subsections: [], isAnnex: false))
        let intro: Block = .paragraph(
            Text(
                "Every crime against humanity requires that the conduct was part of a widespread or systematic attack directed against a "
                    + "civilian population, pursuant to or in furtherance of a State or organisational policy, and that the perpetrator knew "
                    + "of it (art. 7(1) and (2)(a); Elements of Crimes, introduction to art. 7, paras 2–3)."
                    + (c.attacks.isEmpty ? " No attack is recorded for the allegations in this dossier." : "")))
        return Section(id: "context", title: "Contextual elements", blocks: [intro], subsections: subsections, isAnnex: false)
    }

    static func crimes(_ d: Dossier, filing: Bool = false) -> Section {
        let subsections = d.crimes.map { crime in
            var blocks: [Block] = [
                .table(
                    Table(
                        caption: "Incidents alleged as \(crime.name.lowercased())",
                        header: ["Allegation", "Incident", "Date", "Place", "Victims", "Alleged responsible"],
                        rows: crime.allegations.map { a in
                            [
                                Text(a.id.description), Text("\(a.incidentTitle) (\(a.incident))"), Text(a.date),
                                Text([a.place, a.country].compactMap { $0 }.joined(separator: ", ")),
                                Text(
                                    a.victims.map { "\(grouped($0))\(a.victimsEstimated ? " (estimate)" : "")" } ?? "not recorded"),
                                Text(a.actors.isEmpty ? "none attributed" : a.actors.joined(separator: "; ")),
                            ]
                        }))
            ]
            blocks += crime.elements.compactMap { elementParagraph($0, filing: filing) }
            for allegation in crime.allegations where !allegation.general.isEmpty {
                blocks.append(
                    .paragraph(
                        Text(
                            [.plain("Sources for \(allegation.id) as a whole")] + allegation.general.map { .note($0.text) } + [
                                .plain(".")
                            ])))
            }
            for allegation in crime.allegations where !allegation.attemptReplaces.isEmpty {
                blocks.append(
                    .paragraph(
                        Text(
                            "\(allegation.id) is alleged as an attempt (art. 25(3)(f)): the attempt replaces \(allegation.attemptReplaces.joined(separator: ", ")), the elements that describe the result, and the intent to commit the completed crime, the substantial step and the non-completion are proved instead (\(AttemptElement.allCases.map(\.key).joined(separator: ", ")))."
                        )))
            }
            for allegation in crime.allegations where !filing {
                for caution in allegation.cautions {
                    blocks.append(.paragraph(Text([.strong("Point to answer (\(allegation.id)): "), .plain(caution)])))
                }
            }
            return Section(
                id: "crime-\(crime.key)", title: "\(crime.name) (\(crime.article))", blocks: blocks, subsections: [], isAnnex: false
            )
        }
        return Section(
            id: "crimes", title: "Crimes alleged",
            blocks: [
                .paragraph(
                    filing
                        ? "Each crime is set out element by element, as numbered in the Elements of Crimes, with the incidents in which it is alleged, the argument where one is made and the sources on which it rests."
                        : "Each crime is set out element by element, as numbered in the Elements of Crimes, with the incidents in which it is alleged and the sources for it; an element with no source is said so plainly."
                )
            ],
            subsections: subsections, isAnnex: false)
    }

    static func perpetrators(_ d: Dossier, filing: Bool = false) -> Section {
        let subsections = d.perpetrators.map { p in
            var blocks: [Block] = []
            var facts: [String] = [p.kind == .institution ? "An institution" : "A natural person"]
            if let position = p.position { facts.append("position: \(position)") }
            facts.append("nationality: \(p.nationality ?? "not recorded")")
            blocks.append(.paragraph(Text(facts.joined(separator: "; ") + ".")))
            if p.kind == .institution {
                blocks.append(
                    .paragraph(
                        "The Court tries natural persons only (art. 25(1)): the institution's conduct goes to the responsibility of those who led it."
                    ))
            }
            if !p.superiors.isEmpty {
                blocks.append(
                    .paragraph(
                        Text(
                            "Answered to: "
                                + p.superiors.map { s in
                                    let tenure = [s.from, s.to].compactMap { $0 }.joined(separator: " to ")
                                    return "\(s.name) (\(s.id))" + (tenure.isEmpty ? "" : ", \(tenure)")
                                }.joined(separator: "; ") + ".")))
            }
            if !p.subordinates.isEmpty {
                blocks.append(.paragraph(Text("Answering to this actor: " + p.subordinates.joined(separator: "; ") + ".")))
            }
            blocks.append(
                .table(
                    Table(
                        caption: "Crimes alleged against \(p.name) (\(p.id)), by mode of liability",
                        header: ["Allegation", "Crime", "Incident", "Mode of liability"],
                        rows: p.attributions.map { a in
                            [
                                Text(a.allegation.description), Text(a.crimeName), Text("\(a.incidentTitle) (\(a.incident))"),
                                Text(a.modes.joined(separator: "; ")),
                            ]
                        })))
            for a in p.attributions {
                var parts: [Inline] = [
                    .strong("\(a.crimeName), \(a.incidentTitle) (\(a.allegation), \(a.incident)): "),
                    .plain(a.modes.joined(separator: "; ") + ". "),
                ]
                if a.linkage.isEmpty && filing && a.withheldLinkage == 0 {
                    // Nothing to say in a filing: the missing linkage is in the work notes.
                } else if a.linkage.isEmpty {
                    parts.append(
                        .plain(
                            a.withheldLinkage > 0
                                ? "Linkage evidence: only testimony that cannot be cited (\(withheldPhrase(a.withheldLinkage)))."
                                : "Linkage evidence: no source yet."))
                } else {
                    parts += sourceNotes(a.linkage, withheld: a.withheldLinkage, label: "Linkage evidence")
                }
                blocks.append(.paragraph(Text(parts)))
                blocks += a.elements.compactMap { elementParagraph($0, filing: filing) }
                for caution in a.cautions where !filing {
                    blocks.append(.paragraph(Text([.strong("Point to answer: "), .plain(caution)])))
                }
            }
            return Section(
                id: "actor-\(p.id.number)", title: "\(p.name) (\(p.id))", blocks: blocks, subsections: [], isAnnex: false)
        }
        return Section(
            id: "perpetrators", title: "Alleged perpetrators and modes of liability",
            blocks: [
                .paragraph(
                    Text(
                        "Each person alleged responsible"
                            + (d.perpetrators.contains { $0.kind == .institution }
                                ? ", then each institution to which a mode is attributed"
                                : "")
                            + ", with position, nationality and place in the hierarchy, a table of the crimes alleged against them by mode of liability (arts 25(3) and 28), and each attribution with the elements of the mode and the actor's knowledge and intent, and the sources for each."
                    ))
            ],
            subsections: subsections, isAnnex: false)
    }

    static func admissibility(_ d: Dossier) -> Section {
        let a = d.admissibility
        var blocks: [Block] = [
            .paragraph(
                Text([
                    .strong("Complementarity (art. 17(1)(a)–(c)): "),
                    // With nothing recorded, the filing says what the team knows: of no proceedings
                    // (inactivity), never that the State is unwilling or unable.
                    .plain(
                        a.complementarity
                            ?? (a.states.isEmpty
                                ? "No national investigation or prosecution of this conduct is known to the submitting organisation."
                                : "No national investigation or prosecution of this conduct, in any of the States with jurisdiction listed below, is known to the submitting organisation.")
                    ),
                ])),
            .paragraph(
                Text([
                    .strong("Gravity (art. 17(1)(d)): "),
                    .plain(a.gravityNotes ?? "The figures below are counted from the case; no further assessment is offered."),
                ])),
            .paragraph(Text(scopeSentence(a))),
            .paragraph(
                "Figures counted from the case, as the Office of the Prosecutor assesses gravity (scale, nature, manner of commission, impact):"
            ),
        ]
        if !a.states.isEmpty {
            // Every State whose proceedings would matter under art. 17, not only the territorial one.
            blocks.insert(
                .table(
                    Table(
                        caption: "States with jurisdiction over the incidents (art. 17(1)(a)–(c))",
                        header: ["State", "By territory (incidents)", "By an alleged perpetrator's nationality (incidents)"],
                        rows: a.states.map { state in
                            [
                                Text("\(CountryCodes.name(of: state.code) ?? state.code) (\(state.code))"),
                                Text(ids(state.territory)),
                                Text(ids(state.nationality)),
                            ]
                        })), at: 1)
        }
        blocks.append(
            .table(
                Table(
                    caption: "Gravity figures", header: ["Factor", "From the case"],
                    rows: [("Scale", a.scale), ("Nature", a.nature), ("Manner", a.manner), ("Impact", a.impact)].map {
                        [Text($0.0), Text($0.1.joined(separator: "; "))]
                    })))
        return Section(id: "admissibility", title: "Admissibility", blocks: blocks, subsections: [], isAnnex: false)
    }

    /// Which incidents the gravity figures count, and where the others are listed.
    static func scopeSentence(_ a: DossierAdmissibility) -> String {
        guard a.scope == .proprioMotu else {
            return
                "The gravity figures count every incident of this dossier, whatever its route to the Court (see \u{201C}Jurisdiction\u{201D})."
        }
        let outside = a.outsideScope.count
        return
            "The gravity figures count only the incidents the Prosecutor could take up proprio motu, on the Prosecutor's own initiative (art. 15): "
            + "on the territory or by a national of a State Party (art. 12(2)) or under a declaration (art. 12(3))."
            + (outside == 0
                ? " Every incident of this dossier is among them."
                : " The other \(count(outside, "incident")), which the Prosecutor could not take up proprio motu on the facts recorded (a Security Council referral, art. 13(b), no route, or a route the facts do not settle), are not counted; Annex F lists each with its route.")
    }

    static func protection(_ d: Dossier) -> Section {
        let p = d.protection
        let unused = d.methodology.testimonies - p.testimoniesCited - p.testimoniesWithheld
        var text =
            "The dossier draws on the accounts of \(count(p.witnesses, "witness", "witnesses")). Their identities are kept encrypted and "
            + "every witness appears here under a number and pseudonym only. \(count(p.testimoniesCited, "testimony", "testimonies")) "
        text +=
            "of \(count(p.witnessesCited, "witness", "witnesses")) are cited, each on the terms its witness agreed to (see the cover); "
            + "\(count(p.testimoniesWithheld, "further testimony", "further testimonies")) support the allegations but are not cited, "
            + "because the witnesses have not consented to that use"
        if unused > 0 { text += "; the other \(count(unused, "interview")) the case holds are not relied on here" }
        text += ". This dossier was checked for witnesses' identities before it was written."
        return Section(
            id: "protection", title: "Victims and witness protection", blocks: [.paragraph(Text(text))], subsections: [],
            isAnnex: false)
    }

    /// What the witnesses agreed to, as the Office must know before it reads their accounts:
    /// confidentiality (rule 46), information only (art. 54(3)(e)), evidence, and contact.
    static func termsOfSubmission(_ t: DossierTerms) -> String {
        var text =
            "Submitted to the Office of the Prosecutor under article 15 of the Rome Statute. The sender asks the Office to protect "
            + "the confidentiality of this information and of the witnesses' accounts (rule 46 of the Rules of Procedure and Evidence)."
        if t.leadOnly > 0 {
            text +=
                " \(count(t.leadOnly, "interview")) cited \(t.leadOnly == 1 ? "is" : "are") given as information only: the \(t.leadOnly == 1 ? "witness" : "witnesses") "
                + "agreed to \(t.leadOnly == 1 ? "its" : "their") use on condition of confidentiality and \u{201C}solely for the purpose of generating new evidence\u{201D} (art. 54(3)(e)), "
                + "and the sender asks that \(t.leadOnly == 1 ? "it" : "they") be received on those terms. \(t.leadOnly == 1 ? "Its" : "Their") words and transcripts are not annexed "
                + "(Annex C gives only a summary of each), and \(t.leadOnly == 1 ? "it" : "they") may not be disclosed without the witness's consent, sought through the sender."
        }
        if t.evidence > 0 {
            text +=
                " \(count(t.evidence, "interview")) cited may be used as evidence, and so disclosed to the defence under protective measures."
        }
        if t.contactable > 0 {
            text +=
                " \(count(t.contactable, "witness", "witnesses")) agreed that the Office may ask to meet them; such requests go through "
                + (t.contactChannel ?? (t.senderContact ? "the sender's contact point above" : "the sender"))
                + ". No witness may be approached directly."
        } else {
            text += " No witness has agreed to be contacted by the Office; questions for them go through the sender."
        }
        return text
    }

    /// The team's requests, then the requests every communication makes: further information
    /// through the sender (art. 15(2)), notice of a decision not to proceed (art. 15(6), rule 49),
    /// and the victims' representations (art. 15(3), rule 50).
    static func requests(_ d: Dossier) -> Section {
        var blocks: [Block] = []
        if let requests = d.requests { blocks.append(.paragraph(Text(requests))) }
        blocks.append(.paragraph(Text(d.requests == nil ? "The sender asks the Office:" : "The sender also asks the Office:")))
        blocks.append(
            .list([
                Text(
                    "to seek any further information it needs under article 15(2) through the sender, which will put its questions "
                        + "to the witnesses on the terms set out on the cover;"),
                Text(
                    "if the Prosecutor concludes that there is no reasonable basis to proceed with an investigation (art. 15(6)), to inform "
                        + "the sender under rule 49, in a manner that does not endanger those who provided the information;"),
                Text(
                    "if the Prosecutor requests authorisation to investigate, to inform the victims so that they may make representations "
                        + "to the Pre-Trial Chamber (art. 15(3) and rule 50)"
                        + (d.terms.victimsViews.map { ". The victims' views as the sender knows them: \($0)" } ?? ".")),
            ]))
        return Section(id: "requests", title: "Requests", blocks: blocks, subsections: [], isAnnex: false)
    }

    static func annexes(_ d: Dossier) -> [Section] {
        let x = d.annexes
        var annexes = [
            Section(
                id: "annex-evidence", title: "Annex A: Evidence index",
                blocks: [
                    .unnumberedParagraph(
                        "Every evidence item cited, except material given as information only (art. 54(3)(e)), which is cited but not annexed. Anyone holding a copy can check an item: its SHA-256 (sha256sum) must equal the value below."
                    ),
                    .table(
                        Table(
                            caption: nil,
                            header: [
                                "Item", "Description", "Kind", "Size (bytes)", "SHA-256", "Acquired", "Entered the case and hashed",
                                "Last custody event",
                            ],
                            rows: x.evidence.map { e in
                                [
                                    Text(e.id.description), Text(e.description), Text(e.kind ?? ""), Text("\(e.size)"),
                                    Text(e.sha256), Text(e.acquired.isEmpty ? "not recorded" : e.acquired), Text(e.enteredOn),
                                    Text(e.lastCustodyEvent),
                                ]
                            })),
                ], subsections: [], isAnnex: true),
            Section(
                id: "annex-witnesses", title: "Annex B: Witnesses (by pseudonym)",
                blocks: [
                    .table(
                        Table(
                            caption: nil, header: ["Witness", "Pseudonym", "Testimonies cited"],
                            rows: x.witnesses.map { [Text($0.id.description), Text($0.pseudonym), Text("\($0.testimoniesCited)")] })
                    )
                ], subsections: [], isAnnex: true),
            testimonyAnnex(x.testimonies),
            Section(
                id: "annex-incidents", title: "Annex D: Incidents",
                blocks: [
                    .table(
                        Table(
                            caption: nil, header: ["Incident", "Title", "Date", "Place", "Country", "Victims", "Crimes alleged"],
                            rows: x.incidents.map { i in
                                [
                                    Text(i.id.description), Text(i.title), Text(i.date), Text(i.place ?? ""), Text(i.country ?? ""),
                                    Text(i.victims.map { "\(grouped($0))\(i.victimsEstimated ? " (estimate)" : "")" } ?? ""),
                                    Text(i.crimes.joined(separator: "; ")),
                                ]
                            }))
                ], subsections: [], isAnnex: true),
            Section(
                id: "annex-glossary", title: "Annex E: Glossary",
                blocks: [
                    .table(
                        Table(
                            caption: "Crimes", header: ["Key", "Crime", "Article"],
                            rows: x.crimeGlossary.map { [Text($0.key), Text($0.name), Text($0.article)] })),
                    .table(
                        Table(
                            caption: "Modes of liability", header: ["Key", "Mode", "Article"],
                            rows: x.modeGlossary.map { [Text($0.key), Text($0.name), Text($0.article)] })),
                ], subsections: [], isAnnex: true),
        ]
        if !d.admissibility.outsideScope.isEmpty {
            annexes.append(
                Section(
                    id: "annex-outside-scope", title: "Annex F: Incidents outside the route of this communication",
                    blocks: [
                        .unnumberedParagraph(
                            "The incidents of this dossier that the Prosecutor could not take up proprio motu (art. 15), each with its route: a Security Council referral (art. 13(b)), none (before 1 July 2002), or not settled by the facts recorded. They are described in the dossier and not counted in its gravity figures."
                        ),
                        .table(
                            Table(
                                caption: nil, header: ["Incident", "Title", "Date", "Route"],
                                rows: d.admissibility.outsideScope.map { i in
                                    [Text(i.incident.description), Text(i.title), Text(i.date), Text(routePhrase(i.route))]
                                })),
                    ], subsections: [], isAnnex: true))
        }
        return annexes
    }

    // MARK: - Pieces

    /// "Element 2 (art. 7(1)(a); Elements of Crimes …): text. Meets the standard of reasonable grounds in I-1 (…).
    /// Alleged, on support short of the standard of reasonable grounds, in I-3 (…). Sources [notes]. No source yet for AL-4."
    static func elementParagraph(_ e: DossierElement, filing: Bool = false) -> Block? {
        // A filing alleges only what something supports: an element with nothing is a work note.
        if filing, e.notRequired == nil, e.citations.isEmpty, e.withheld == 0, e.arguments.isEmpty, e.weighings.isEmpty {
            return nil
        }
        var parts: [Inline] = [.strong("Element \(e.number)"), .plain(" (\(filed(e.citation))): \(e.text) ")]
        if let reason = e.notRequired {
            parts.append(.emphasis("Need not be proved here: \(reason)"))
            return .paragraph(Text(parts))
        }
        // The team's argument first: what the element rests on when no source states it.
        for argument in e.arguments {
            let label = argument.allegation.map { "Argument (\($0)): " } ?? "Argument: "
            parts += [.emphasis(label), .plain(DossierDocument.closed(argument.text) + " ")]
        }
        let status = WeighingWords.status(e.weighings)
        if !status.isEmpty { parts.append(.plain(status + " ")) }
        if !e.citations.isEmpty {
            parts += sourceNotes(e.citations, withheld: e.withheld)
        } else if e.withheld > 0 {
            parts.append(.plain("Supported only by testimony that cannot be cited: \(withheldPhrase(e.withheld))."))
        }
        if !e.inferred.isEmpty {
            if case .plain(let last)? = parts.last, last.hasSuffix(" ") {} else { parts.append(.plain(" ")) }
            let whole = e.citations.isEmpty && e.withheld == 0 && e.gaps.isEmpty && e.arguments.count == 1
            parts.append(
                .plain(
                    whole
                        ? "Alleged by inference: no source states it; it rests on the argument above."
                        : "Alleged by inference, with no source stating it, in \(ids(e.inferred))."))
        }
        if !e.gaps.isEmpty && !filing {
            if case .plain(let last)? = parts.last, last.hasSuffix(" ") {} else { parts.append(.plain(" ")) }
            parts.append(
                .strong(
                    e.citations.isEmpty && e.withheld == 0 && e.inferred.isEmpty
                        ? "No source yet." : "No source yet for \(ids(e.gaps))."))
        }
        return .paragraph(Text(parts))
    }

    /// A crime's name short enough for a chart's label ("Imprisonment", "Forcible transfer").
    static func shortName(_ name: String) -> String {
        for tail in [" or other severe deprivation of physical liberty", " of population", " of persons", " of comparable gravity"]
        {
            if name.hasSuffix(tail) { return String(name.dropLast(tail.count)) }
        }
        return name
    }

    /// A route in words for the summary.
    static func routePhrase(_ route: JurisdictionRoute) -> String {
        switch route {
        case .statesParty: "a State Party's territory or nationality (art. 12(2))"
        case .declaration: "a declaration accepting jurisdiction (art. 12(3))"
        case .securityCouncil: "only a Security Council referral (art. 13(b))"
        case .arguable: "arguable for a disappearance whose refusal continued after entry into force (contested)"
        case .none: "before 1 July 2002, outside the Court's jurisdiction"
        case .uncertain: "not settled by the facts recorded"
        }
    }

    /// A case-law citation as filed: a paragraph number the law model marks as not yet checked is
    /// left out (the command warns the team about it), so the Prosecutor never reads an unchecked
    /// pinpoint as a settled one.
    static func filed(_ citation: String) -> String {
        // A paragraph number not yet checked is not filed at all: the decision and its date are
        // cited, never a pinpoint the team has not verified.
        citation.components(separatedBy: "; ").map { part -> String in
            guard part.hasSuffix(" [verify paras]") || part.hasSuffix(" [verify]") else { return part }
            let bare = part.replacingOccurrences(of: " [verify paras]", with: "").replacingOccurrences(of: " [verify]", with: "")
            guard let pinpoint = bare.range(of: ", para", options: .backwards) else { return bare }
            return String(bare[..<pinpoint.lowerBound])
        }.joined(separator: "; ")
    }

    /// "Sources[^1],[^2]; a further 2 testimonies support this, not cited …": the footnotes, and the
    /// testimonies relied on that cannot be cited, counted.
    static func sourceNotes(_ citations: [DossierCitation], withheld: Int, label: String = "Sources") -> [Inline] {
        [.plain(label)] + citations.map { .note($0.text) } + [.plain(withheld > 0 ? "; \(withheldPhrase(withheld))." : ".")]
    }

    static func withheldPhrase(_ count: Int) -> String { ConsentDecision.withheldSentence(count: count) ?? "" }

    static func count(_ n: Int, _ word: String, _ plural: String? = nil) -> String {
        "\(grouped(n)) \(n == 1 ? word : plural ?? word + "s")"
    }

    static func grouped(_ n: Int) -> String { Thousands.grouped(n) }
    static func ids(_ ids: [RecordID]) -> String { ids.isEmpty ? "none" : ids.map(\.description).joined(separator: ", ") }
    static func list(_ items: [String]) -> String {
        items.count > 6 ? items.prefix(6).joined(separator: "; ") + " and \(items.count - 6) more" : items.joined(separator: "; ")
    }
}

extension Text {
    /// Plain text, one run.
    init(_ string: String) { self.init([.plain(string)]) }
}
