import CasebookCore
import CasebookDocuments
import CasebookModel
import CasebookProtection
import Foundation

/// What `dossier icc` asks for: the content (`DossierRequest`), the format and where to write it.
public struct DossierWriteRequest: Sendable {
    public var content: DossierRequest
    public var format: DocumentFormat
    /// The file to write; nil for `out/dossier-icc-<date>.<format>` in the workspace.
    public var output: String?
    public var replace: Bool
    /// Write even when the integrity check finds problems; the cover page then says so.
    public var allowUnverified: Bool
    /// A custody head the team wrote down earlier (`--expect-head`): the integrity check fails if
    /// it is no longer in the log. Without it, events cut from the end of the log of a case copied
    /// to another machine go unnoticed.
    public var expectedHead: String?
    /// Write a filing: the team's work notes (gaps, points to answer) go to a Markdown file beside
    /// it (`NAME.work-notes.md`), never into it.
    public var filing: Bool = false

    public init(
        content: DossierRequest, format: DocumentFormat, output: String?, replace: Bool = false, allowUnverified: Bool = false,
        expectedHead: String? = nil
    ) {
        self.content = content
        self.format = format
        self.output = output
        self.replace = replace
        self.allowUnverified = allowUnverified
        self.expectedHead = expectedHead
    }
}

/// What was written, for the command to print and for the team's filing record.
public struct DossierWriteReport: Codable, Sendable, Equatable {
    public let file: String
    public let format: String
    public let sha256: String
    public let bytes: Int
    public let citedSources: Int
    public let citedEvidence: Int
    public let withheldTestimonies: Int
    public let custodyEvent: Int64
    public let unverified: Bool
    public let warnings: [String]
    /// The work notes written beside a filing, if it is one.
    public var workNotes: String? = nil
}

extension Case {
    /// Checks the case's integrity, builds the dossier, renders it from the templates (the
    /// workspace's `templates/` first), and publishes it: leak scan, then the file, then the custody events.
    public func writeDossier(_ request: DossierWriteRequest, leakScan: LeakScanOptions, handler: Handler) throws
        -> DossierWriteReport
    {
        let path =
            request.output
            ?? workspace.outputURL.appendingPathComponent("dossier-icc-\(request.content.asOf).\(request.format.rawValue)").path
        try Self.checkTarget(path, replace: request.replace)
        try refuseCaseFile(path)
        let notesPath = request.filing ? Self.workNotesPath(for: path) : nil
        if let notesPath {
            try Self.checkTarget(notesPath, replace: request.replace)
            try refuseCaseFile(notesPath)
        }
        let expectedHead = try request.expectedHead.map(Case.parseHead)
        let dossier = try dossier(request.content)
        let renderer = DocumentRenderer(overrides: workspace.templatesURL)
        let document = DossierDocument.document(from: dossier, filing: request.filing)
        // Rendered before anything else, so a broken template is reported before anything is recorded.
        let bytes = try renderer.render(document, as: request.format, asOf: request.content.asOf)
        let templateTexts = try renderer.overrideTemplateTexts().map { ("the workspace's template \($0.file)", $0.text) }
        let unverified = UnverifiedFlag()
        // The integrity check runs once the leak scan has passed (it records its own custody event).
        let lastCheck: @Sendable () throws -> LastCheckReplacement? = { [self] in
            let check = try verify(VerifyOptions(handler: handler, expectedHead: expectedHead))
            guard let first = check.problems.first else { return nil }
            guard request.allowUnverified else {
                throw DossierError.unverified(problems: check.problems.count, first: first.message)
            }
            var stamped = dossier
            stamped.cover.unverifiedWarning =
                "the integrity check of \(request.content.asOf) found \(check.problems.count) problem\(check.problems.count == 1 ? "" : "s") (first: \(first.message)); the team chose to write this dossier anyway."
            unverified.set()
            let stampedDocument = DossierDocument.document(from: stamped, filing: request.filing)
            // The warning quotes the problem, which may name a file: scanned like every other text.
            return LastCheckReplacement(
                bytes: try renderer.render(stampedDocument, as: request.format, asOf: request.content.asOf),
                addedTexts: stampedDocument.cover.stamps.map { ("the dossier's cover (integrity warning)", $0) })
        }
        let published = try publishDocument(
            DocumentPublication(
                what: "The dossier", path: path, bytes: bytes,
                texts: document.textsForLeakScan(what: "the dossier") + templateTexts,
                citedEvidence: dossier.citedEvidence, replace: request.replace, lastCheck: lastCheck),
            leakScan: leakScan, handler: handler)
        var report = DossierWriteReport(
            file: published.file, format: request.format.rawValue, sha256: published.sha256, bytes: published.bytes,
            citedSources: dossier.citedSources.count, citedEvidence: dossier.citedEvidence.count,
            withheldTestimonies: dossier.protection.testimoniesWithheld, custodyEvent: published.custodyEvent,
            unverified: unverified.value, warnings: published.warnings + Self.draftingWarnings(dossier))
        if let notesPath {
            // The work notes leave the case like any document: scanned for identities, then recorded.
            let notes = DossierDocument.workNotes(from: dossier)
            let written = try publishDocument(
                DocumentPublication(
                    what: "The dossier's work notes", path: notesPath,
                    bytes: try renderer.render(notes, as: .markdown, asOf: request.content.asOf),
                    texts: notes.textsForLeakScan(what: "the work notes"), citedEvidence: [], replace: request.replace),
                leakScan: leakScan, handler: handler)
            report.workNotes = written.file
        }
        return report
    }
}

extension Case {
    /// Where a filing's work notes go: beside it, `dossier.docx` → `dossier.work-notes.md`.
    static func workNotesPath(for path: String) -> String {
        (path as NSString).deletingPathExtension + ".work-notes.md"
    }

    /// What the team should settle before filing, said once the dossier is written: case facts the
    /// dossier needs but the case lacks, and case-law paragraph numbers not yet checked.
    static func draftingWarnings(_ dossier: Dossier) -> [String] {
        var warnings: [String] = []
        let missing = [
            ("requests", dossier.requests), ("confidentiality", dossier.cover.confidentiality),
            ("organization", dossier.cover.organization),
        ]
        .filter { $0.1 == nil }.map(\.0)
        if !missing.isEmpty {
            warnings.append(
                "The dossier lacks these case facts, so it says they are not recorded: \(missing.joined(separator: ", ")).")
        }
        if dossier.terms.contactable > 0, dossier.terms.contactChannel == nil {
            warnings.append(
                "\(dossier.terms.contactable) cited witness\(dossier.terms.contactable == 1 ? "" : "es") agreed to be contacted by the Office, but the case records no channel for it; the cover points to \(dossier.terms.senderContact ? "the sender's contact point" : "the sender, whose contact the case does not record either"). Record one: casebook case set contact-channel \"…\"."
            )
        }
        warnings += dossier.identificationRisks.map { "Identification risk: \($0)" }
        for p in dossier.perpetrators where p.kind == .institution {
            warnings.append(
                "\(p.id) \(p.name) is an institution, and the dossier alleges modes of liability against it in \(p.attributions.map(\.allegation.description).joined(separator: ", ")): the Court tries natural persons only (art. 25(1)). Attribute them to the person who headed it before filing ('casebook status' lists them)."
            )
        }
        var unchecked: [String] = []
        let elements =
            dossier.crimes.flatMap(\.elements) + dossier.context.attacks.flatMap(\.elements)
            + dossier.perpetrators.flatMap { $0.attributions.flatMap(\.elements) }
        for element in elements where element.citation.contains("[verify") && !unchecked.contains(element.citation) {
            unchecked.append(element.citation)
        }
        if !unchecked.isEmpty {
            warnings.append(
                "\(unchecked.count) case-law citation\(unchecked.count == 1 ? "" : "s") in the dossier give paragraph numbers not yet checked against the judgment; the dossier cites those decisions without paragraph numbers (decision and date only) until they are checked: "
                    + unchecked.joined(separator: " | "))
        }
        return warnings
    }
}

extension Document {
    /// Every text the document shows, with where it stands, for the leak scan.
    func textsForLeakScan(what: String) -> [(place: String, text: String)] {
        var texts: [(String, String)] = [("\(what)'s title", title)]
        texts += cover.lines.map { ("\(what)'s cover (\($0.label))", $0.value) }
        if let notice = cover.notice { texts.append(("\(what)'s confidentiality notice", notice)) }
        texts += cover.stamps.map { ("\(what)'s cover", $0) }
        func walk(_ section: Section) {
            let place = "\(what), section \"\(section.title)\""
            texts.append((place, section.title))
            for block in section.blocks {
                switch block {
                case .paragraph(let text), .unnumberedParagraph(let text): texts.append((place, text.plainText))
                case .list(let items): texts += items.map { (place, $0.plainText) }
                case .table(let table):
                    texts.append((place, ([table.caption ?? ""] + table.header).joined(separator: "\n")))
                    texts += table.rows.map { (place, $0.map(\.plainText).joined(separator: "\n")) }
                case .figure(let figure): texts.append((place, figure.labels.joined(separator: "\n")))
                }
            }
            section.subsections.forEach(walk)
        }
        sections.forEach(walk)
        return texts
    }
}

extension Text {
    /// The words a reader sees, notes included (each note on its own line).
    public var plainText: String {
        parts.map { part in
            switch part {
            case .plain(let s), .emphasis(let s), .strong(let s): s
            case .note(let s): "\n" + s + "\n"
            case .link(let s, _): s
            }
        }.joined()
    }
}

/// Set by the integrity check when the team wrote the dossier despite its problems.
private final class UnverifiedFlag: @unchecked Sendable {
    private(set) var value = false
    func set() { value = true }
}
