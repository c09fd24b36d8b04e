import CasebookModel
import CasebookStore

/// Reader-facing descriptions of sources, loaded once per matrix rather than once per citation.
struct SourceLabels {
    private var testimonies: [Int64: String] = [:]
    private var evidence: [Int64: String] = [:]

    init(_ tx: StoreTransaction) throws {
        for row in try tx.testimonyLabels() {
            testimonies[row.id] = "testimony of \(row.pseudonym), \(row.date)"
        }
        for row in try tx.evidenceNames() {
            evidence[row.id] = "evidence item \(row.name)"
        }
    }

    func label(for source: RecordID) -> String {
        switch source.kind {
        case .testimony: testimonies[source.number] ?? "testimony"
        default: evidence[source.number] ?? "evidence item"
        }
    }
}
