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
}
