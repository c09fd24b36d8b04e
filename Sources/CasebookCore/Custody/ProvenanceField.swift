import CasebookModel
import CasebookStore

/// The provenance lines of an `ingested` or `acquired` event (encoding 2), in their canonical
/// order, each with the evidence record field it must match.
enum ProvenanceField: String, CaseIterable, Sendable {
    case size
    case sha512
    case originalName = "original-name"
    case mediaType = "media-type"
    case kind
    case description
    case source
    case acquiredBy = "acquired-by"
    case acquiredAt = "acquired-at"

    /// The field as a lawyer would name it in a report.
    var spoken: String {
        switch self {
        case .size: "size"
        case .sha512: "SHA-512"
        case .originalName: "original name"
        case .mediaType: "media type"
        case .kind: "kind"
        case .description: "description"
        case .source: "source"
        case .acquiredBy: "acquired by"
        case .acquiredAt: "acquired at"
        }
    }

    /// The record's value for this field, as the event writes it (`-` when absent).
    func value(in record: EvidenceItemRecord) -> String {
        let value: String? =
            switch self {
            case .size: String(record.size)
            case .sha512: record.sha512
            case .originalName: record.originalName
            case .mediaType: record.mediaType
            case .kind: record.kind
            case .description: record.description
            case .source: record.source
            case .acquiredBy: record.acquiredBy
            case .acquiredAt: record.acquiredAt
            }
        return value ?? "-"
    }
}
