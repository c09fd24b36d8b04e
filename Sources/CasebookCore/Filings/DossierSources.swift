import CasebookModel
import CasebookProtection
import CasebookStore
import Foundation

/// The sources a dossier may cite and how each is written in a footnote: testimonies by their
/// witness's number and interview date, evidence by kind and a shortened SHA-256; a testimony whose
/// witness did not consent to ICC use is counted, never cited.
struct DossierSources {
    let testimonies: [RecordID: TestimonySummary]
    let evidence: [RecordID: EvidenceSummary]
    /// Every source the selection rests on, citable or not.
    let used: Set<RecordID>
    let citable: Set<RecordID>
    /// Each transcript's interview, by the transcript's evidence id.
    let transcriptOf: [RecordID: RecordID]
    /// Testimonies given as information only (art. 54(3)(e)), and their transcripts: summarised, never annexed.
    let leadOnly: Set<RecordID>
    /// The witnesses who agreed that the Office may ask to meet them (`icc-contact`).
    let contactable: Set<RecordID>

    init(
        testimonies: [TestimonySummary], evidence: [EvidenceSummary], decision: ConsentDecision,
        contactable: Set<RecordID> = []
    ) {
        self.testimonies = Dictionary(uniqueKeysWithValues: testimonies.map { ($0.id, $0) })
        self.evidence = Dictionary(uniqueKeysWithValues: evidence.map { ($0.id, $0) })
        self.used = Set(decision.citable + decision.withheld)
        self.citable = Set(decision.citable)
        self.leadOnly = Set(decision.leadOnly)
        self.contactable = contactable
        var transcriptOf: [RecordID: RecordID] = [:]
        for testimony in testimonies {
            if let transcript = testimony.transcript { transcriptOf[transcript] = testimony.id }
        }
        self.transcriptOf = transcriptOf
    }

    /// A transcript cited beside its own interview is named in the interview's first footnote
    /// ("…; its transcript E-1 (transcript, SHA-256 …), p. 1"): one source, never two footnotes.
    static func withTranscriptsBesideTheirInterviews(
        _ citations: [DossierCitation], transcriptOf: [RecordID: RecordID]
    ) -> [DossierCitation] {
        var result = citations
        for citation in citations {
            guard let interview = transcriptOf[citation.source],
                let index = result.firstIndex(where: { $0.source == interview }),
                let own = result.firstIndex(of: citation)
            else { continue }
            var merged = DossierCitation(source: interview, text: result[index].text + "; its transcript " + citation.text)
            merged.transcript = citation.source
            result[index] = merged
            result.remove(at: own)
        }
        return result
    }

    /// e.g. "T-12 (W-7, interview 2019-05-02), para. 14 (first-hand): ‘guards beat us’ — shows the
    /// infliction of severe pain" or "E-31 (image, SHA-256 3f2a…9c1d)".
    ///
    /// A testimony given as information only is cited as what it is, without its words: its
    /// extract stays with the team, and its transcript is cited as the interview (`as`), never as
    /// an annexed item.
    func citation(_ source: CitedSource, as interview: RecordID? = nil) -> DossierCitation {
        let id = interview ?? source.source
        var text: String
        let lead = leadOnly.contains(id)
        if let testimony = testimonies[id] {
            text = "\(id) (\(testimony.witness), interview \(testimony.date)\(lead ? "; information only, art. 54(3)(e)" : ""))"
        } else if let item = evidence[id] {
            let hash = item.sha256
            // Material given as information only is not annexed, so not identified by its fingerprint.
            text =
                lead
                ? "\(id) (\(item.kind ?? "evidence item"); information only, art. 54(3)(e))"
                : "\(id) (\(item.kind ?? "evidence item"), SHA-256 \(hash.prefix(4))…\(hash.suffix(4)))"
        } else {
            text = id.description
        }
        if let pinpoint = source.pinpoint, !pinpoint.isEmpty { text += ", \(pinpoint)" }
        // How the source knows it, and its own words: what an analyst weighs first.
        if let basis = source.basis { text += " (\(basis))" }
        if let extract = source.extract, !lead { text += ": \u{2018}\(extract)\u{2019}" }
        // What the team reads in it, after the source's own words.
        if let note = source.note, !note.isEmpty {
            text += " \u{2014} \(note)"
        } else if lead {
            text += id.kind == .testimony ? " \u{2014} summarised in Annex C" : " \u{2014} not annexed"
        }
        return DossierCitation(source: id, text: text)
    }

    /// The citable sources as footnotes (each source and pinpoint once, in id order), and how many
    /// testimonies were withheld for their witnesses' protection.
    func cite(_ sources: [CitedSource]) -> (citations: [DossierCitation], withheld: Int) {
        var citations: [DossierCitation] = []
        // A set beside the list: an element gathered over thousands of allegations has thousands of citations.
        var seen = Set<DossierCitation>()
        var withheld = Set<RecordID>()
        // A passage its witness withdrew is no longer relied on, and is not cited.
        for source in sources where source.counts {
            if citable.contains(source.source) {
                // A transcript given as information only is cited as its interview.
                let interview = leadOnly.contains(source.source) ? transcriptOf[source.source] : nil
                let citation = citation(source, as: interview)
                if seen.insert(citation).inserted { citations.append(citation) }
            } else {
                withheld.insert(source.source)
            }
        }
        citations = Self.withTranscriptsBesideTheirInterviews(citations, transcriptOf: transcriptOf)
        withheld.subtract(citations.flatMap(\.sources))
        // Counted as the testimonies they are: a transcript is withheld with its interview and is not another testimony.
        return (
            citations.sorted { Case.ordered($0.source, $1.source) || ($0.source == $1.source && $0.text < $1.text) },
            withheld.filter { $0.kind == .testimony }.count
        )
    }

    /// One element of one record (an attack, an attribution) as the dossier states it.
    func element(_ proof: ElementProof, gaps: [RecordID], incidents: [RecordID]) -> DossierElement {
        let (citations, withheld) = cite(proof.sources)
        // An argued element without a source is alleged by inference, not missing.
        var element = DossierElement(
            number: proof.number, text: proof.text, citation: proof.citation, isContextual: proof.isContextual,
            incidents: incidents, citations: citations, withheld: withheld,
            gaps: proof.notRequired == nil && proof.argument == nil ? gaps : [], notRequired: proof.notRequired)
        element.arguments = proof.argument.map { [DossierArgument(allegation: nil, text: $0)] } ?? []
        if proof.notRequired == nil, proof.argument != nil { element.inferred = gaps }
        if let weight = proof.corroboration, weight.status != .gap {
            element.weighings = [DossierWeighing(incident: incidents.first, corroboration: weight)]
        }
        return element
    }

    func protection(witnesses: Int, cited: Set<RecordID>) -> DossierProtection {
        let citedTestimonies = cited.filter { $0.kind == .testimony }
        let withheld = used.filter { $0.kind == .testimony && !citable.contains($0) }
        return DossierProtection(
            witnesses: witnesses,
            witnessesCited: Set(citedTestimonies.compactMap { testimonies[$0]?.witness }).count,
            testimoniesCited: citedTestimonies.count,
            testimoniesWithheld: withheld.count)
    }

    /// The evidence items cited, each with what anyone needs to check the file.
    func evidenceIndex(cited: Set<RecordID>, custody: [CustodyEntry]) -> [EvidenceIndexEntry] {
        let lastEvent = Dictionary(grouping: custody.filter { $0.evidence != nil }, by: { $0.evidence! })
            .compactMapValues { $0.filter { !Case.documentActions.contains($0.action) }.last }
        // Material given as information only is cited, never annexed.
        return cited.filter { $0.kind == .evidence && !leadOnly.contains($0) }.sorted(by: Case.ordered).compactMap { id in
            guard let item = evidence[id] else { return nil }
            let event = lastEvent[id].map { "\($0.action) \($0.time.prefix(10)) (event \($0.sequence))" } ?? "none"
            var entry = EvidenceIndexEntry(
                id: id, description: item.description ?? item.originalName, kind: item.kind, size: item.size,
                sha256: item.sha256, acquired: [item.acquiredAt, item.acquiredBy].compactMap { $0 }.joined(separator: ", "),
                lastCustodyEvent: event)
            entry.acquiredOn = item.acquiredAt
            entry.enteredOn = String(item.ingestedAt.prefix(10))
            return entry
        }
    }

    /// The interviews cited, each with its summary, date, place and language, the bases of the
    /// passages cited and its grade; by pseudonym only, and only those whose witnesses consented.
    func testimonyIndex(cited: Set<RecordID>, bases: [RecordID: Set<String>]) -> [TestimonyIndexEntry] {
        cited.filter { $0.kind == .testimony }.sorted(by: Case.ordered).compactMap { id in
            guard let testimony = testimonies[id] else { return nil }
            var entry = TestimonyIndexEntry(
                id: id, witness: testimony.witness, pseudonym: testimony.witnessPseudonym, date: testimony.date,
                place: testimony.place, language: testimony.language, summary: testimony.summary,
                bases: (bases[id] ?? []).sorted(), reliability: testimony.reliability)
            entry.leadOnly = leadOnly.contains(id)
            entry.contact = contactable.contains(testimony.witness)
            return entry
        }
    }

    /// The witnesses whose testimonies are cited, by pseudonym only.
    func witnessIndex(cited: Set<RecordID>) -> [WitnessIndexEntry] {
        let cited = cited.filter { $0.kind == .testimony }.compactMap { testimonies[$0] }
        return Dictionary(grouping: cited, by: \.witness)
            .map { WitnessIndexEntry(id: $0.key, pseudonym: $0.value[0].witnessPseudonym, testimoniesCited: $0.value.count) }
            .sorted { Case.ordered($0.id, $1.id) }
    }
}

extension Case {
    /// Record ids in a stable order: by kind, then number.
    static func ordered(_ a: RecordID, _ b: RecordID) -> Bool {
        a.kind.rawValue != b.kind.rawValue ? a.kind.rawValue < b.kind.rawValue : a.number < b.number
    }
}
