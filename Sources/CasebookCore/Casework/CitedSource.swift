import CasebookModel
import CasebookStore

/// A source as cited: which testimony or evidence item, described for a reader, with its pinpoint.
public struct CitedSource: Codable, Sendable, Equatable {
    public let source: RecordID
    /// e.g. "testimony of Witness Ahn, 2019-05-03" or "evidence item camp-14.jpg".
    public let label: String
    public let pinpoint: String?
    public let note: String?
    /// How the source knows it: first-hand, hearsay, documentary, expert or open-source.
    public var basis: String? = nil
    /// The source's reliability grade (A to F) and this citation's credibility grade (1 to 6).
    public var reliability: SourceReliability? = nil
    public var credibility: InformationCredibility? = nil
    /// The independent source group it belongs to: its witness (`W-3`) for a testimony or a
    /// testimony's transcript, the item itself otherwise.
    public var group: String? = nil
    /// The witness's withdrawal of the passage cited, if she withdrew it: the citation is kept and
    /// shown struck through, and no longer counts.
    public var retraction: PassageRetraction? = nil
    /// The words of the source relied on, quoted in documents.
    public var extract: String? = nil
    /// Whether the citation counts towards the element: not when its passage was withdrawn.
    public var counts: Bool { retraction == nil }

    /// Read with the grades of the source it cites.
    init(
        source: RecordID, labels: SourceLabels, pinpoint: String?, note: String?, basis: String?, credibility: Int?,
        extract: String? = nil
    ) {
        self.extract = extract
        self.source = source
        self.label = labels.label(for: source)
        self.pinpoint = pinpoint
        self.note = note
        self.basis = basis
        self.reliability = labels.reliability(of: source)
        self.credibility = credibility.flatMap(InformationCredibility.init(rawValue:))
        self.group = labels.group(of: source)
        self.retraction = labels.retraction(of: source, at: pinpoint)
    }

    init(source: RecordID, label: String, pinpoint: String?, note: String?, basis: String? = nil) {
        self.source = source
        self.label = label
        self.pinpoint = pinpoint
        self.note = note
        self.basis = basis
    }
}

/// A passage a witness withdrew, and why: `testimony retract`.
public struct PassageRetraction: Codable, Sendable, Equatable {
    public let passage: String
    public let reason: String
    /// When it was recorded, UTC.
    public let recordedAt: String
}
