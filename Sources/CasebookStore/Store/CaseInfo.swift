import GRDB

/// The case-level facts every document needs: its title and the organisation filing it.
package struct CaseInfo: Codable, FetchableRecord, PersistableRecord {
    package static let databaseTableName = "case_info"
    package var id: Int64 = 1
    package var title: String
    package var organization: String?
    package var createdAt: String

    package init(id: Int64 = 1, title: String, organization: String? = nil, createdAt: String) {
        self.id = id
        self.title = title
        self.organization = organization
        self.createdAt = createdAt
    }
}
