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
    /// The incidents the submission reports as new developments, with their own sources.
    var reported: Set<RecordID> = []

    /// The citations in their public words, each source once (a transcript is its interview), in
    /// the order given. Two interviews described alike stay two endnotes: two sources, not one.
    func publicForm(_ citations: [DossierCitation]) -> [DossierCitation] {
        var seen: Set<RecordID> = []
        return citations.compactMap { citation in
            seen.insert(transcriptOf[citation.source] ?? citation.source).inserted
                ? DossierCitation(source: citation.source, text: words(for: citation.source)) : nil
        }
    }

    /// The endnote's words for one source.
    func words(for id: RecordID) -> String {
        if let interview = transcriptOf[id] { return words(for: interview) }
        if let testimony = testimonies[id] { return interview(testimony) }
        if let item = evidence[id] { return document(item) }
        if let incident = incidents[id] {
            let what = "\(incident.title), \(incident.date)\(incident.place.map { ", \($0)" } ?? "")"
            // Reported below with its own sources: a cross-reference, not a source of its own.
            return reported.contains(id)
                ? "\(what): see the new developments below, with their sources."
                : "\(what), as recorded by \(organization)."
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
    ///
    /// A description that holds an internal number or a hash is not printed (the item's kind is);
    /// neither is a URL whose path does, nor a URL's credentials, query or fragment.
    func document(_ item: EvidenceSummary) -> String {
        var text =
            item.description.flatMap { Self.isPublic($0) ? $0 : nil } ?? (item.kind.map { Self.capitalized($0) } ?? "Document")
        while text.hasSuffix(".") { text.removeLast() }
        if let reference = Self.publicReference(in: item.source) {
            if !text.contains(reference) { text += ", \(reference)" }
        } else {
            text += ", on file with \(organization)"
        }
        return text + "."
    }

    /// What the team should know about an item's public description: parts left out of the endnote.
    func problems(of id: RecordID) -> [String] {
        guard transcriptOf[id] == nil, let item = evidence[id] else { return [] }
        var problems: [String] = []
        if let description = item.description, !Self.isPublic(description) {
            problems.append(
                "\(id)'s description holds an internal number or a hash, so the endnote gives only its kind; give it a public description."
            )
        }
        if let source = item.source, source.firstMatch(of: #/https?://\S+/#) != nil, Self.publicReference(in: source) == nil {
            problems.append("\(id)'s source URL names an internal number or a hash, so the endnote leaves it out.")
        } else if let source = item.source, source.firstMatch(of: #/https?://[^\s/]*@|https?://[^\s]*[?#]/#) != nil {
            problems.append(
                "\(id)'s source URL has credentials, a query or a fragment: the endnote gives the address without them.")
        }
        return problems
    }

    /// Whether a text names no internal number (T-5, or a sample's external id such as EV-11) and no hash.
    static func isPublic(_ text: String) -> Bool {
        text.firstMatch(of: #/\b(?:T|E|I|W|R|A|AL|AT|OR|C|ACT|TES|WIT|EV|INC)-\d+\b/#) == nil
            && text.firstMatch(of: #/[0-9A-Fa-f]{12,}/#) == nil
            && !text.localizedCaseInsensitiveContains("sha-256") && !text.localizedCaseInsensitiveContains("sha256")
    }

    /// The public URL (http or https, without credentials, query or fragment) or UN document symbol a
    /// source names, if any.
    static func publicReference(in source: String?) -> String? {
        guard let source else { return nil }
        if let url = source.firstMatch(of: #/https?://[^\s;,]+/#) {
            var text = String(source[url.range])
            if let cut = text.firstIndex(where: { $0 == "?" || $0 == "#" }) { text = String(text[..<cut]) }
            if let scheme = text.range(of: "://"), let at = text[scheme.upperBound...].firstIndex(of: "@"),
                !text[scheme.upperBound..<at].contains("/")
            {
                text = String(text[..<scheme.upperBound]) + text[text.index(after: at)...]
            }
            while text.hasSuffix(".") || text.hasSuffix(")") { text.removeLast() }
            return isPublic(text) ? text : nil
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
