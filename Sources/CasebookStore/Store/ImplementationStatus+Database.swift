import CasebookModel
import GRDB

/// Stored as its raw value; a status no version of Casebook wrote fails the read with a clear
/// error instead of silently reading as "unclear".
extension ImplementationStatus: DatabaseValueConvertible {}
