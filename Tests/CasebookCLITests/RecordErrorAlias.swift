import CasebookModel

/// GRDB also declares a `RecordError`; in these tests the name means the case's own error.
typealias RecordError = CasebookModel.RecordError
