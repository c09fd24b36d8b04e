import CasebookModel
import GRDB

/// The case facts as the one `case_info` row stores them.
///
/// A record of its own (rather than more properties on `CaseInfo`) so that writing the facts
/// touches only their columns, and the row's identifier and creation time are never rewritten.
package struct CaseFactsRecord: Codable, FetchableRecord, PersistableRecord {
    package static let databaseTableName = "case_info"
    package var id: Int64 = 1
    package var title: String
    package var organization: String?
    package var organizationDescription: String?
    package var contact: String?
    package var situation: String?
    package var periodText: String?
    package var periodStart: String?
    package var periodEnd: String?
    package var complementarity: String?
    package var gravity: String?
    package var requests: String?
    package var confidentiality: String?
    package var standard: String? = nil
    package var thresholdReasonableBasis: String? = nil
    package var thresholdReasonableGrounds: String? = nil
    package var thresholdSubstantialGrounds: String? = nil
    package var thresholdBeyondReasonableDoubt: String? = nil
    package var contactChannel: String? = nil
    package var victimsViews: String? = nil
    /// The day submissions for the next UPR session close (YYYY-MM-DD).
    package var uprDeadline: String? = nil

    package init(
        id: Int64 = 1, title: String, organization: String? = nil, organizationDescription: String? = nil, contact: String? = nil,
        situation: String? = nil, periodText: String? = nil, periodStart: String? = nil, periodEnd: String? = nil,
        complementarity: String? = nil, gravity: String? = nil, requests: String? = nil, confidentiality: String? = nil
    ) {
        self.id = id
        self.title = title
        self.organization = organization
        self.organizationDescription = organizationDescription
        self.contact = contact
        self.situation = situation
        self.periodText = periodText
        self.periodStart = periodStart
        self.periodEnd = periodEnd
        self.complementarity = complementarity
        self.gravity = gravity
        self.requests = requests
        self.confidentiality = confidentiality
    }
}

/// One change to one case fact, as the append-only case history keeps it.
///
/// Like `RecordHistoryRecord`, rows are only ever inserted: triggers refuse UPDATE and DELETE.
package struct CaseFactHistoryRecord: Codable, FetchableRecord, MutablePersistableRecord {
    package static let databaseTableName = "case_fact_history"
    package var id: Int64?
    /// The fact's stable key, such as `situation` (the name `case set` takes).
    package var field: String
    package var oldValue: String?
    package var newValue: String?
    package var handler: String
    /// UTC, to the second.
    package var changedAt: String

    package mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }

    package init(
        id: Int64? = nil, field: String, oldValue: String? = nil, newValue: String? = nil, handler: String, changedAt: String
    ) {
        self.id = id
        self.field = field
        self.oldValue = oldValue
        self.newValue = newValue
        self.handler = handler
        self.changedAt = changedAt
    }
}
