import CasebookModel
import CasebookStore

/// GRDB also declares a `RecordError`; inside the core the name means the case's own error.
package typealias RecordError = CasebookModel.RecordError
