import CasebookModel
import CasebookStore
import Foundation
import GRDB

extension AppDatabase {
    /// Adds a recommendation, or updates the one with the same source and number (the register
    /// holds each once); changes are kept in the record's history.
    public func saveRecommendation(_ input: RecommendationInput, handler: Handler) throws -> SavedRecommendation {
        let source = try Validate.required(input.source, "source document")
        let number = try Validate.required(input.number, "recommendation number")
        let state = try Validate.required(input.state, "recommending State")
        let text = try Validate.required(input.text, "recommendation text")
        try RecommendationError.checkLength(text)
        let response = try Validate.optional(input.response).map { try RecommendationResponse.parse($0) }
        let themes = Self.themes(input.themes)
        let note = Validate.optional(input.note)
        let (id, outcome, changed): (Int64, SaveOutcome, [String]) = try write { db in
            let existing =
                try RecommendationRecord
                .filter(RecommendationRecord.Columns.source == source && RecommendationRecord.Columns.number == number)
                .fetchOne(db)
            guard var record = existing else {
                var record = RecommendationRecord(
                    source: source, number: number, state: state, text: text, response: response,
                    themes: themes.joined(separator: ","), note: note, createdAt: timestampNow())
                try record.insert(db)
                return (record.id ?? 0, .added, [])
            }
            let before = record
            record.state = state
            record.text = text
            record.response = response
            record.themes = themes.joined(separator: ",")
            record.note = note
            guard record != before else { return (record.id ?? 0, .unchanged, []) }
            try record.update(db)
            let now = timestampNow()
            let changes = Self.changes(before, record)
            for change in changes {
                var row = RecommendationChangeRecord(
                    recommendationId: record.id ?? 0, field: change.field, oldValue: change.old, newValue: change.new,
                    handler: handler.name, changedAt: now)
                try row.insert(db)
            }
            return (record.id ?? 0, .updated, changes.map(\.label))
        }
        return SavedRecommendation(
            outcome: outcome, changed: changed, recommendation: try recommendation(RecordID(.recommendation, id)))
    }

    /// One recommendation with every assessment, oldest first.
    public func recommendation(_ id: RecordID) throws -> Recommendation {
        guard id.kind == .recommendation else {
            throw RecordError.wrongKind(id, expected: [.recommendation], role: .subject)
        }
        return try read { db in
            guard let record = try RecommendationRecord.fetchOne(db, key: id.number) else { throw RecordError.notFound(id) }
            return try Self.recommendation(record, labels: AssessmentLabels(db), in: db)
        }
    }

    /// The register, in the order it was entered, filtered by source, theme (in any case) and response.
    ///
    /// A document builder takes each recommendation's `latestAssessment` and its `sources`.
    public func recommendations(_ filter: RecommendationFilter = RecommendationFilter()) throws -> [Recommendation] {
        let response = try Validate.optional(filter.response).map { try RecommendationResponse.parse($0) }
        let theme = Validate.optional(filter.theme)?.lowercased()
        let source = Validate.optional(filter.source)
        return try read { db in
            let labels = try AssessmentLabels(db)
            return try RecommendationRecord.order(Column("id")).fetchAll(db)
                .filter { record in
                    (source == nil || record.source == source)
                        && (response == nil || record.response == response)
                        && (theme == nil || record.themes.split(separator: ",").contains { $0.lowercased() == theme ?? "" })
                }
                .map { try Self.recommendation($0, labels: labels, in: db) }
        }
    }

    /// The recommendation a source document gives this number, if the register holds it.
    public func recommendation(source: String, number: String) throws -> Recommendation? {
        let id = try read { db in
            try RecommendationRecord
                .filter(
                    RecommendationRecord.Columns.source == source.trimmingCharacters(in: .whitespaces)
                        && RecommendationRecord.Columns.number == number.trimmingCharacters(in: .whitespaces)
                )
                .fetchOne(db)?.id
        }
        return try id.map { try recommendation(RecordID(.recommendation, $0)) }
    }

    /// Records an assessment; earlier ones are kept. Each cited source must exist.
    public func assessRecommendation(_ input: NewAssessment, handler: Handler) throws -> Recommendation {
        guard input.recommendation.kind == .recommendation else {
            throw RecordError.wrongKind(input.recommendation, expected: [.recommendation], role: .subject)
        }
        let status = try ImplementationStatus.parse(input.status)
        let date =
            try Validate.optional(input.date).map { text in
                let span = try DateSpan(parsing: text)
                guard span.earliestDay == span.latestDay else {
                    throw RecordError.invalidValue(field: "assessment date", value: text, accepted: "give one day, YYYY-MM-DD")
                }
                return span.earliestDay
            } ?? String(timestampNow().prefix(10))
        for source in input.sources where ![.testimony, .evidence, .incident].contains(source.kind) {
            throw RecommendationError.notAnAssessmentSource(source)
        }
        try write { db in
            try Self.requireExists(input.recommendation, kind: .recommendation, in: db)
            var record = AssessmentRecord(
                recommendationId: input.recommendation.number, status: status, note: Validate.optional(input.note),
                assessedOn: date, handler: handler.name, createdAt: timestampNow())
            try record.insert(db)
            var seen: Set<RecordID> = []
            for source in input.sources where seen.insert(source).inserted {
                try Self.requireExists(source, in: db)
                var row = AssessmentSourceRecord(
                    assessmentId: record.id ?? 0, testimonyId: source.kind == .testimony ? source.number : nil,
                    evidenceId: source.kind == .evidence ? source.number : nil,
                    incidentId: source.kind == .incident ? source.number : nil)
                try row.insert(db)
            }
        }
        return try recommendation(input.recommendation)
    }

    /// Themes as typed ("Detention; cooperation with UN mechanisms") → ["Detention", "cooperation
    /// with UN mechanisms"], in order, once each whatever their case.
    static func themes(_ text: String?) -> [String] {
        var seen: Set<String> = []
        return (text ?? "").split { $0 == "," || $0 == ";" }
            .map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty && seen.insert($0.lowercased()).inserted }
    }

    static func changes(_ before: RecommendationRecord, _ after: RecommendationRecord) -> [FieldChange] {
        let fields: [(String, String, KeyPath<RecommendationRecord, String?>)] = [
            ("state", "recommending State", \.stateText), ("text", "text", \.textText), ("response", "response", \.responseText),
            ("themes", "themes", \.themesText), ("note", "note", \.note),
        ]
        return fields.compactMap { key, label, path in
            before[keyPath: path] == after[keyPath: path]
                ? nil : FieldChange(field: key, label: label, old: before[keyPath: path], new: after[keyPath: path], sealed: false)
        }
    }

    static func recommendation(_ record: RecommendationRecord, labels: AssessmentLabels, in db: Database) throws -> Recommendation {
        let id = record.id ?? 0
        let assessments = try AssessmentRecord.filter(AssessmentRecord.Columns.recommendationId == id).order(Column("id")).fetchAll(
            db)
        let changes = try RecommendationChangeRecord.filter(RecommendationChangeRecord.Columns.recommendationId == id)
            .order(Column("id")).fetchAll(db)
        let sources =
            try AssessmentSourceRecord
            .filter(assessments.compactMap(\.id).contains(AssessmentSourceRecord.Columns.assessmentId))
            .order(Column("id")).fetchAll(db)
        return Recommendation(
            id: RecordID(.recommendation, id), source: record.source, number: record.number, state: record.state, text: record.text,
            response: record.response,
            themes: record.themes.split(separator: ",").map(String.init), note: record.note,
            citation: RecommendationCitation.format(number: record.number, state: record.state, source: record.source),
            assessments: assessments.map { assessment in
                Assessment(
                    status: assessment.status, note: assessment.note,
                    date: assessment.assessedOn, handler: assessment.handler,
                    sources: sources.filter { $0.assessmentId == assessment.id }.map {
                        AssessmentSource(id: $0.source, label: labels.label(for: $0.source))
                    })
            },
            changes: changes.map {
                HistoryEntry(
                    time: $0.changedAt, handler: $0.handler, field: $0.field,
                    label: Self.recommendationFieldLabels[$0.field] ?? $0.field,
                    old: $0.oldValue, new: $0.newValue, sealed: false)
            })
    }

    static let recommendationFieldLabels = [
        "state": "recommending State", "text": "text", "response": "response", "themes": "themes", "note": "note",
    ]
}

extension RecommendationRecord {
    fileprivate var stateText: String? { state }
    fileprivate var responseText: String? { response?.rawValue }
    fileprivate var textText: String? { text }
    fileprivate var themesText: String? { themes.isEmpty ? nil : themes }
}

/// Labels of the sources assessments may cite, read once per query.
struct AssessmentLabels {
    let sources: SourceLabels
    private var incidents: [Int64: String] = [:]

    init(_ db: Database) throws {
        sources = try SourceLabels(db)
        for row in try Row.fetchAll(db, sql: "SELECT id, title FROM incident") {
            let title: String = row["title"]
            incidents[row["id"]] = "incident \(title)"
        }
    }

    func label(for id: RecordID) -> String {
        id.kind == .incident ? incidents[id.number] ?? "incident" : sources.label(for: id)
    }
}
