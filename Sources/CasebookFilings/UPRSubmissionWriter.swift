import CasebookCore
import CasebookDocuments
import CasebookModel
import CasebookProtection
import Foundation

/// What `upr submission` asks for: the content, the word limit and where to write it.
public struct UPRSubmissionWriteRequest: Sendable {
    public var content: UPRSubmissionRequest
    /// The limit for another body; nil for OHCHR's (2,815 words, 5,630 for a joint submission).
    public var wordLimit: Int?
    /// Write even over the limit; the first page is then stamped "DRAFT — OVER WORD LIMIT".
    public var draft: Bool
    public var format: DocumentFormat
    /// The file to write; nil for `out/upr-submission-<CC>-cycle<N>-<date>.<format>` in the workspace.
    public var output: String?
    public var replace: Bool
    /// Whether the limit counts the endnotes (OHCHR's guidelines) or the body alone.
    public var countRule: WordCountRule = .withEndnotes

    public init(
        content: UPRSubmissionRequest, wordLimit: Int? = nil, draft: Bool = false, format: DocumentFormat, output: String?,
        replace: Bool = false
    ) {
        self.content = content
        self.wordLimit = wordLimit
        self.draft = draft
        self.format = format
        self.output = output
        self.replace = replace
    }

    /// OHCHR's limits for stakeholder submissions.
    public static let singleLimit = 2_815
    public static let jointLimit = 5_630
    /// The stamp a draft over the limit carries on its first page.
    public static let overLimitStamp = "DRAFT — OVER WORD LIMIT"
}

/// What was written: the file, its fingerprint, the word count against the limit, and the SMART
/// findings on our recommendations (for the team: they are not in the document).
public struct UPRSubmissionWriteReport: Codable, Sendable, Equatable {
    public let file: String
    public let format: String
    public let sha256: String
    public let bytes: Int
    /// The words counted by `countRule`, against the limit.
    public let words: Int
    public let countRule: String
    /// Both counts, whichever the limit applies to.
    public let wordsWithEndnotes: Int
    public let wordsBodyOnly: Int
    public let wordLimit: Int
    public let sections: [SectionWords]
    public let overLimit: Bool
    public let citedSources: Int
    public let citedEvidence: Int
    public let withheldTestimonies: Int
    public let custodyEvent: Int64
    public let recommendations: [UPRProposal]
    /// The team's recommendations left out because the SMART check found parts missing.
    public let leftOut: [UPRProposal]
    /// Incidents in the State before the period covered, left out.
    public let incidentsBeforeWindow: Int
    public let windowStart: String
    public let windowEnd: String
    public let warnings: [String]
}

extension Case {
    /// Builds the submission, counts its words by the reviewer's rule, refuses it over the limit
    /// (unless a draft is asked for), renders it and publishes it: leak scan, file, custody events.
    public func writeUPRSubmission(_ request: UPRSubmissionWriteRequest, leakScan: LeakScanOptions, handler: Handler) throws
        -> UPRSubmissionWriteReport
    {
        let limit =
            request.wordLimit
            ?? (request.content.joint ? UPRSubmissionWriteRequest.jointLimit : UPRSubmissionWriteRequest.singleLimit)
        guard limit > 0 else { throw UPRSubmissionError.badWordLimit(limit) }
        var submission = try uprSubmission(request.content)
        // The cover does not count, so the count can be printed on it without changing.
        let draft = UPRSubmissionDocument.document(from: submission)
        let counted = draft.sectionWordCounts(rule: request.countRule)
        let words = counted.reduce(0) { $0 + $1.words }
        let withEndnotes = draft.sectionWordCounts(rule: .withEndnotes).reduce(0) { $0 + $1.words }
        let bodyOnly = draft.sectionWordCounts(rule: .bodyOnly).reduce(0) { $0 + $1.words }
        let sections = counted.map { SectionWords(title: $0.title, words: $0.words) }
        let over = words > limit
        if over, !request.draft { throw UPRSubmissionError.overWordLimit(words: words, limit: limit, sections: sections) }
        submission.cover.wordCount = "\(DossierDocument.grouped(words)) of \(DossierDocument.grouped(limit))"
        submission.cover.countsEndnotes = request.countRule == .withEndnotes
        if over { submission.cover.overLimitStamp = UPRSubmissionWriteRequest.overLimitStamp }

        let document = UPRSubmissionDocument.document(from: submission)
        let asOf = request.content.asOf
        let renderer = DocumentRenderer(overrides: workspace.templatesURL)
        let bytes = try renderer.render(document, as: request.format, asOf: asOf)
        // A team's own templates go out with the text: they are scanned like it.
        let templateTexts = try renderer.overrideTemplateTexts().map { ("the workspace's template \($0.file)", $0.text) }
        let name = "upr-submission-\(submission.cover.stateCode)-cycle\(submission.cover.cycle)-\(asOf).\(request.format.rawValue)"
        let path = request.output ?? workspace.outputURL.appendingPathComponent(name).path
        let published = try publishDocument(
            DocumentPublication(
                what: "The UPR submission", path: path, bytes: bytes,
                texts: document.textsForLeakScan(what: "the UPR submission") + templateTexts,
                citedEvidence: submission.citedEvidence, replace: request.replace,
                sourceKey: Self.sourceKey(submission.team.endnoteSources)),
            leakScan: leakScan, handler: handler)
        var warnings = submission.team.warnings + published.warnings
        if over {
            warnings.append(
                "The submission has \(DossierDocument.grouped(words)) words, over the limit of \(DossierDocument.grouped(limit)): written as a draft, stamped on its first page."
            )
        } else if Double(words) >= Double(limit) * 0.95 {  // in Double: `limit * 95` overflows for a huge --word-limit
            warnings.append(
                "The submission has \(DossierDocument.grouped(words)) words, \(words * 100 / limit)% of the limit of \(DossierDocument.grouped(limit))."
            )
        }
        return UPRSubmissionWriteReport(
            file: published.file, format: request.format.rawValue, sha256: published.sha256, bytes: published.bytes, words: words,
            countRule: request.countRule.rawValue, wordsWithEndnotes: withEndnotes, wordsBodyOnly: bodyOnly,
            wordLimit: limit, sections: sections, overLimit: over, citedSources: submission.citedSources.count,
            citedEvidence: submission.citedEvidence.count, withheldTestimonies: submission.methodology.testimoniesWithheld,
            custodyEvent: published.custodyEvent, recommendations: submission.recommendations, leftOut: submission.team.leftOut,
            incidentsBeforeWindow: submission.team.incidentsBeforeWindow, windowStart: submission.cover.windowStart,
            windowEnd: submission.cover.windowEnd, warnings: warnings)
    }

    /// "endnotes and the records they stand for: «Interview with …» = T-5; …", for the custody log.
    static func sourceKey(_ endnotes: [UPREndnoteSource]) -> String? {
        guard !endnotes.isEmpty else { return nil }
        return "endnotes and the records they stand for: "
            + endnotes.map { "\u{AB}\($0.text)\u{BB} = \($0.sources.map(\.description).joined(separator: ", "))" }
            .joined(separator: "; ")
    }
}
