import CasebookModel
import GRDB

/// Stored as its raw value; a value no version of Casebook wrote fails the read with a clear
/// error instead of silently becoming a person.
extension ActorKind: DatabaseValueConvertible {}
