import CasebookModel
import GRDB

/// Stored as its raw value; a response no version of Casebook wrote fails the read with a clear
/// error instead of silently reading as no response at all.
extension RecommendationResponse: DatabaseValueConvertible {}
