import CasebookCore
import CasebookDocuments
import CasebookModel
import Foundation

/// Lays a UPR submission out as OHCHR's guidelines ask: a cover block (who submits, the State,
/// the review), then numbered paragraphs (summary and key words, methodology, follow-up of the
/// previous recommendations by theme, new developments, our recommendations) with every source in
/// an endnote, and the full text of the recommendations followed up in an annex.
///
/// Only the sections count towards the word limit: the cover block and the annex do not. Every
/// annex title begins "Annex", which is how `upr count` recognises it in a Markdown file; in Word
/// its heading has the "Annex Heading" style.
enum UPRSubmissionDocument {
    public static func document(from s: UPRSubmission) -> Document {
        Document(
            kind: .uprSubmission, title: "\(s.cover.stateName): \(ordinal(s.cover.cycle)) cycle of the Universal Periodic Review",
            cover: cover(s.cover),
            sections: [summary(s), methodology(s), followUp(s), developments(s), recommendations(s), annex(s)],
            noteStyle: .endnotes, numberedParagraphs: true)
    }

    static func cover(_ c: UPRCover) -> Cover {
        var lines: [CoverLine] = []
        for (index, organization) in c.organizations.enumerated() {
            let label = index == 0 ? (c.joint ? "Joint submission by" : "Submitted by") : "Partner"
            lines.append(CoverLine(label: label, value: organization.name + (organization.line.map { ". \($0)" } ?? "")))
        }
        if let contact = c.contact { lines.append(CoverLine(label: "Contact", value: contact)) }
        lines.append(CoverLine(label: "State under review", value: "\(c.stateName) (\(c.stateCode))"))
        lines.append(
            CoverLine(
                label: "Review", value: "\(ordinal(c.cycle)) cycle" + (c.session.map { ", Working Group session \($0)" } ?? "")))
        if let cycle = c.previousCycle, let made = c.previousReview {
            lines.append(CoverLine(label: "Previous review", value: "\(ordinal(cycle)) cycle, recommendations made on \(made)"))
        }
        lines.append(CoverLine(label: "Period covered", value: "\(c.windowStart) to \(c.windowEnd)"))
        if let words = c.wordCount {
            lines.append(CoverLine(label: c.countsEndnotes ? "Words (body and endnotes)" : "Words (body only)", value: words))
        }
        // The as-of date says what the text knows; the day of filing is the team's to set.
        return Cover(lines: lines, notice: nil, stamps: c.overLimitStamp.map { [$0] } ?? [], asOfLabel: "Information as of")
    }

    // MARK: - Sections

    static func summary(_ s: UPRSubmission) -> Section {
        let m = s.summary
        let c = s.cover
        var blocks: [Block] = []
        if c.joint {
            blocks.append(.paragraph(Text("This is a joint submission of " + list(c.organizations.map(\.name)) + ".")))
        }
        var assessed =
            m.followedUp == m.received
            ? "This submission follows up \(count(m.followedUp, "recommendation")) that \(the(c.stateName)) received at its previous review"
            : "This submission follows up \(m.followedUp) of the \(count(m.received, "recommendation")) that \(the(c.stateName)) received at its previous review"
        if m.followedUp > 0 {
            assessed += ": " + m.byStatus.map { "\($0.count) \(words($0.kind))" }.joined(separator: ", ")
        }
        assessed += ". It reports \(count(m.incidents, "incident")) recorded between \(c.windowStart) and \(c.windowEnd)"
        if m.incidents > 0 {
            assessed += ", with \(count(m.victims, "victim"))\(m.victimsEstimated ? " (some figures are estimates)" : "")"
        }
        assessed += ", and proposes \(count(m.proposals, "recommendation")) for the \(ordinal(c.cycle)) cycle."
        blocks.append(.paragraph(Text(assessed)))
        if !m.keywords.isEmpty {
            blocks.append(.paragraph(Text([.strong("Key words:"), .plain(" " + m.keywords.joined(separator: "; ") + ".")])))
        }
        return Section(id: "summary", title: "Executive summary", blocks: blocks)
    }

    static func methodology(_ s: UPRSubmission) -> Section {
        let m = s.methodology
        return Section(
            id: "methodology", title: "Methodology",
            blocks: [
                .paragraph(
                    Text(
                        "This submission draws on \(count(m.testimonies, "interview")) with \(count(m.witnesses, "witness", "witnesses")) "
                            + "and \(count(m.evidenceItems, "evidence item")), each kept unaltered under a hash-chained custody log. "
                            + "Previous recommendations are cited by paragraph number and recommending State, as in the Working Group report; "
                            + "each assessment rests on the sources in its endnotes, which report events after the recommendation was made. "
                            + "Sources of earlier events are given as background only.")),
                .paragraph(
                    Text(
                        "Testimony is cited only where the witness consented to its use in UPR or public documents, and no witness is identified: "
                            + "each interview is described by when and where it was conducted, and the records are on file with "
                            + "\(s.cover.organizations.first?.name ?? "the submitting organisation"); "
                            + "\(count(m.testimoniesWithheld, "further testimony", "further testimonies")) support the points made but are not cited."
                    )),
            ]
                + (m.weighing.map {
                    [.paragraph(Text(WeighingWords.incidents($0, withheldTestimonies: m.testimoniesWithheld > 0)))]
                } ?? []))
    }

    static func followUp(_ s: UPRSubmission) -> Section {
        let subsections = s.followUp.map { theme in
            Section(
                id: "theme-\(slug(theme.theme))", title: capitalized(theme.theme),
                blocks: theme.items.map { item in
                    var parts: [Inline] = [
                        .strong("\(item.citation), \(item.document)"),
                        .plain(" (\(item.response.map { words($0.rawValue) } ?? "no response")). "),
                    ]
                    if let status = item.status {
                        parts.append(.plain("Our assessment\(item.assessedOn.map { " (\($0))" } ?? ""): "))
                        parts.append(.strong(words(status.rawValue)))
                        parts.append(.plain(item.note.map { ". \($0)" } ?? "."))
                        parts += item.citations.map { .note($0.text) }
                        if item.withheld > 0 { parts.append(.plain(" \(withheldPhrase(item.withheld)).")) }
                        if item.citations.isEmpty && item.withheld == 0 {
                            parts.append(.plain(" This assessment cites no source of events since the recommendation was made."))
                        }
                        if !item.background.isEmpty {
                            parts.append(.plain(" Earlier events are given as background only."))
                            parts += item.background.map { .note($0.text) }
                        }
                    } else {
                        parts.append(.plain("Not yet assessed."))
                    }
                    return .paragraph(Text(parts))
                })
        }
        let intro: Block = .paragraph(
            Text(
                s.followUp.isEmpty
                    ? (s.summary.received == 0
                        ? "The register holds no recommendation from the previous review of \(the(s.cover.stateName))."
                        : "This submission reports no assessment of the recommendations of the previous review.")
                    : "Each previous recommendation, grouped by theme, with the State's response and our latest assessment of its implementation; the full texts are in the annex."
            ))
        return Section(id: "follow-up", title: "Follow-up of previous recommendations", blocks: [intro], subsections: subsections)
    }

    static func developments(_ s: UPRSubmission) -> Section {
        let c = s.cover
        var blocks: [Block] = []
        if s.developments.isEmpty {
            blocks.append(
                .paragraph(Text("The case records no incident in \(the(c.stateName)) between \(c.windowStart) and \(c.windowEnd)."))
            )
        }
        for d in s.developments {
            var parts: [Inline] = [
                .strong([d.date, d.place].compactMap { $0 }.joined(separator: ", ") + ": "), .plain(d.title + "."),
            ]
            // What the sources report, not a finding: the weight of each is in the methodology.
            if let description = d.description {
                parts.append(
                    .plain(
                        (d.citations.isEmpty
                            ? " Testimony not cited for the witnesses' protection reports: " : " The sources cited report: ")
                            + description))
            }
            if let victims = d.victims {
                parts.append(
                    .plain(
                        " Victims: \(grouped(victims))\(d.victimsEstimated ? " (estimate)" : "")\(d.victimGroup.map { ", \($0)" } ?? "")."
                    ))
            }
            parts += d.citations.map { .note($0.text) }
            if d.withheld > 0 { parts.append(.plain(" \(withheldPhrase(d.withheld)).")) }
            blocks.append(.paragraph(Text(parts)))
        }
        return Section(id: "developments", title: "New developments since the last review", blocks: blocks)
    }

    static func recommendations(_ s: UPRSubmission) -> Section {
        guard !s.recommendations.isEmpty else {
            return Section(
                id: "recommendations", title: "Recommendations",
                blocks: [.paragraph("This submission makes no recommendation of its own.")])
        }
        let blocks: [Block] = s.recommendations.map { r in
            .paragraph(Text([.strong(capitalized(r.theme) + ":"), .plain(" " + withCitation(r))]))
        }
        return Section(
            id: "recommendations", title: "Recommendations",
            blocks: [
                .unnumberedParagraph(Text("We recommend that \(the(s.cover.stateName)):"))
            ] + blocks)
    }

    static func annex(_ s: UPRSubmission) -> Section {
        let items = s.followUp.flatMap(\.items)
        return Section(
            id: "annex-recommendations", title: "Annex: Recommendations followed up",
            blocks: [
                .table(
                    Table(
                        caption: nil, header: ["Recommendation", "Text", "Response"],
                        rows: items.map {
                            [
                                Text("\($0.citation), \($0.document)"), Text($0.text),
                                Text($0.response.map { words($0.rawValue) } ?? "none"),
                            ]
                        }))
            ], isAnnex: true)
    }

    // MARK: - Words

    /// The recommendation with its link to the earlier one: "as recommended previously" in the
    /// text gains the citation, or the citation is added at the end.
    static func withCitation(_ r: UPRProposal) -> String {
        guard let follows = r.follows else { return r.text }
        let phrase = "as recommended previously"
        if let range = r.text.range(of: phrase, options: .caseInsensitive), !r.text[range.upperBound...].hasPrefix(" (") {
            return r.text.replacingCharacters(in: range, with: r.text[range].hasPrefix("A") ? capitalized(follows) : follows)
        }
        var text = r.text
        while text.hasSuffix(".") || text.hasSuffix(" ") { text.removeLast() }
        return text + ", " + follows + "."
    }

    /// "the Democratic People's Republic of Korea", "France": the article where English wants one.
    static func the(_ name: String) -> String {
        let words = [
            "Republic", "Kingdom", "United", "Federation", "Islands", "Emirates", "States", "Netherlands", "Philippines", "Gambia",
            "Bahamas", "Holy See", "Congo",
        ]
        return words.contains { name.contains($0) } ? "the " + name : name
    }

    static func ordinal(_ n: Int) -> String {
        let suffix = (11...13).contains(n % 100) ? "th" : [1: "st", 2: "nd", 3: "rd"][n % 10] ?? "th"
        return "\(n)\(suffix)"
    }

    /// "not-implemented" → "not implemented".
    static func words(_ key: String) -> String { key.replacingOccurrences(of: "-", with: " ") }
    static func capitalized(_ text: String) -> String { text.prefix(1).uppercased() + text.dropFirst() }

    static func slug(_ text: String) -> String {
        String(text.lowercased().map { $0.isLetter || $0.isNumber ? $0 : "-" })
    }
    static func list(_ items: [String]) -> String {
        items.count <= 1 ? items.joined() : items.dropLast().joined(separator: ", ") + " and " + (items.last ?? "")
    }
    static func count(_ n: Int, _ word: String, _ plural: String? = nil) -> String { DossierDocument.count(n, word, plural) }
    static func grouped(_ n: Int) -> String { DossierDocument.grouped(n) }
    static func withheldPhrase(_ n: Int) -> String {
        n == 1
            ? "A further testimony supports this, not cited for the witness's protection"
            : "A further \(n) testimonies support this, not cited for the witnesses' protection"
    }
}
