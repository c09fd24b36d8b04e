// TEMPORARY: stand-ins for what the case-facts and jurisdiction branches provide; removed when they merge.
import Foundation

struct CaseFacts {
    var title: String
    var organization: String?
    var organizationDescription: String?
    var contact: String?
    var situation: String?
    var period: String?
    var complementarity: String?
    var gravity: String?
    var requests: String?
    var confidentiality: String?
}


extension ActorSummary { var nationality: String? { nil } }

extension OpenCase {
    func caseFacts() throws -> CaseFacts {
        let status = try database.status()
        return CaseFacts(title: status.title, organization: status.organization)
    }
}
