import GRDB

/// The case-level facts every document needs: its title and the organisation filing it.
struct CaseInfo: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "case_info"
    var id: Int64 = 1
    var title: String
    var organization: String?
    var createdAt: String
}
