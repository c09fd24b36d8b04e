import CasebookModel
import Foundation

/// How a UPR submission's endnotes name their sources: in words anyone can read and cite.
///
/// OHCHR summarises stakeholder submissions in a public UN document, so an endnote cannot point
/// to the team's internal numbers (T-5, W-6), which mean nothing outside the team and add
/// identification risk, nor to hashes. A testimony is described by what does not identify its
/// witness ("Interview with a woman who left North Hamgyong in 2017, conducted in Seoul, 2023"),
/// an evidence item by its description with its public URL or UN document symbol where its
/// source gives one, and an incident by what it was. The custody record of the submission keeps
/// which record each endnote stands for.
struct UPRPublicSources {
    let testimonies: [RecordID: TestimonySummary]
    let witnesses: [RecordID: WitnessSummary]
    let evidence: [RecordID: EvidenceSummary]
    let incidents: [RecordID: IncidentSummary]
    /// Each transcript's interview: a transcript is cited as the interview it records.
    let transcriptOf: [RecordID: RecordID]
    /// The submitting organisation, which keeps the interviews and the incident records on file.
    let organization: String

    /// The citations in their public words, each text once (two interviews described alike share
    /// one endnote), in the order given.
    func publicForm(_ citations: [DossierCitation]) -> [DossierCitation] {
        var seen: Set<String> = []
        return citations.compactMap { citation in
            let text = words(for: citation.source)
            return seen.insert(text).inserted ? DossierCitation(source: citation.source, text: text) : nil
        }
    }

    /// The endnote's words for one source.
    func words(for id: RecordID) -> String {
        if let interview = transcriptOf[id] { return words(for: interview) }
        if let testimony = testimonies[id] { return interview(testimony) }
        if let item = evidence[id] { return document(item) }
        if let incident = incidents[id] {
            return "\(incident.title), \(incident.date)\(incident.place.map { ", \($0)" } ?? ""), as recorded by \(organization)."
        }
        return "Information on file with \(organization)."
    }

    /// "Interview with a woman who left North Hamgyong in 2017, conducted in Seoul, 2023."
    func interview(_ testimony: TestimonySummary) -> String {
        let witness = witnesses[testimony.witness]
        let who =
            switch witness?.sex {
            case "F": "a woman"
            case "M": "a man"
            default: "a person"
            }
        var text = "Interview with \(who)"
        switch (witness?.origin, witness?.leftYear) {
        case (let origin?, let year?): text += " who left \(origin) in \(year)"
        case (let origin?, nil): text += " from \(origin)"
        case (nil, let year?): text += " who left the country in \(year)"
        case (nil, nil): break
        }
        text += ", conducted"
        if let place = testimony.place { text += " in \(place)," }
        text += " \(testimony.date.prefix(4)), on file with \(organization)."
        return text
    }

    /// "Report of the Special Rapporteur on the situation of human rights in the DPRK, A/HRC/46/51."
    func document(_ item: EvidenceSummary) -> String {
        var text = item.description ?? (item.kind.map { Self.capitalized($0) } ?? "Document")
        while text.hasSuffix(".") { text.removeLast() }
        if let reference = Self.publicReference(in: item.source) {
            if !text.contains(reference) { text += ", \(reference)" }
        } else {
            text += ", on file with \(organization)"
        }
        return text + "."
    }

    /// The public URL (http or https) or UN document symbol a source names, if any.
    static func publicReference(in source: String?) -> String? {
        guard let source else { return nil }
        if let url = source.firstMatch(of: #/https?://[^\s;,]+/#) {
            var text = String(source[url.range])
            while text.hasSuffix(".") || text.hasSuffix(")") { text.removeLast() }
            return text
        }
        if let symbol = source.firstMatch(of: #/\b[A-Z]{1,5}(?:/[A-Za-z0-9.\-]+){2,}/#) {
            var text = String(source[symbol.range])
            while text.hasSuffix(".") { text.removeLast() }
            return text
        }
        return nil
    }

    static func capitalized(_ text: String) -> String { text.prefix(1).uppercased() + text.dropFirst() }
}
