import CasebookModel
import CasebookStore
import Foundation

extension AppDatabase {
    /// Adds a recommendation, or updates the one with the same source and number (the register
    /// holds each once); changes are kept in the record's history.
    package func saveRecommendation(_ input: RecommendationInput, handler: Handler) throws -> SavedRecommendation {
        let source = try Validate.required(input.source, "source document")
        let number = try Validate.required(input.number, "recommendation number")
        let state = try Validate.required(input.state, "recommending State")
        let text = try Validate.required(input.text, "recommendation text")
        try RecommendationError.checkLength(text)
        let response = try Validate.optional(input.response).map { try RecommendationResponse.parse($0) }
        let themes = Self.themes(input.themes)
        let note = Validate.optional(input.note)
        let review = try Self.review(of: input, source: source)
        let (id, outcome, changed): (Int64, SaveOutcome, [String]) = try writeTransaction { tx in
            let existing = try tx.recommendation(source: source, number: number)
            guard var record = existing else {
                var record = RecommendationRecord(
                    source: source, number: number, state: state, text: text, response: response,
                    themes: themes.joined(separator: ","), note: note, createdAt: timestampNow())
                record.stateUnderReview = review.state
                record.cycle = review.cycle
                record.madeOn = review.madeOn
                try tx.insert(&record)
                return (record.id ?? 0, .added, [])
            }
            let before = record
            record.state = state
            record.text = text
            record.response = response
            record.themes = themes.joined(separator: ",")
            record.note = note
            record.stateUnderReview = review.state
            record.cycle = review.cycle
            record.madeOn = review.madeOn
            guard record != before else { return (record.id ?? 0, .unchanged, []) }
            try tx.update(record)
            let now = timestampNow()
            let changes = Self.changes(before, record)
            for change in changes {
                var row = RecommendationChangeRecord(
                    recommendationId: record.id ?? 0, field: change.field, oldValue: change.old, newValue: change.new,
                    handler: handler.name, changedAt: now)
                try tx.insert(&row)
            }
            return (record.id ?? 0, .updated, changes.map(\.label))
        }
        return SavedRecommendation(
            outcome: outcome, changed: changed, recommendation: try recommendation(RecordID(.recommendation, id)))
    }

    /// One recommendation with every assessment, oldest first.
    package func recommendation(_ id: RecordID) throws -> Recommendation {
        guard id.kind == .recommendation else {
            throw RecordError.wrongKind(id, expected: [.recommendation], role: .subject)
        }
        return try readTransaction { tx in
            guard let record = try tx.fetchOne(RecommendationRecord.self, key: id.number) else { throw RecordError.notFound(id) }
            return try Self.recommendation(record, labels: AssessmentLabels(tx), in: tx)
        }
    }

    /// The register, in the order it was entered, filtered by source, theme (in any case) and response.
    ///
    /// A document builder takes each recommendation's `latestAssessment` and its `sources`.
    package func recommendations(_ filter: RecommendationFilter = RecommendationFilter()) throws -> [Recommendation] {
        let response = try Validate.optional(filter.response).map { try RecommendationResponse.parse($0) }
        let theme = Validate.optional(filter.theme)?.lowercased()
        let source = Validate.optional(filter.source)
        return try readTransaction { tx in
            let labels = try AssessmentLabels(tx)
            return try tx.fetchAll(RecommendationRecord.self)
                .filter { record in
                    (source == nil || record.source == source)
                        && (response == nil || record.response == response)
                        && (theme == nil || record.themes.split(separator: ",").contains { $0.lowercased() == theme ?? "" })
                }
                .map { try Self.recommendation($0, labels: labels, in: tx) }
        }
    }

    /// The recommendation a source document gives this number, if the register holds it.
    package func recommendation(source: String, number: String) throws -> Recommendation? {
        let id = try readTransaction { tx in
            try tx.recommendation(
                source: source.trimmingCharacters(in: .whitespaces), number: number.trimmingCharacters(in: .whitespaces))?.id
        }
        return try id.map { try recommendation(RecordID(.recommendation, $0)) }
    }

    /// Records an assessment; earlier ones are kept. Each cited source must exist.
    package func assessRecommendation(_ input: NewAssessment, handler: Handler) throws -> Recommendation {
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
        for source in input.sources + input.context where ![.testimony, .evidence, .incident].contains(source.kind) {
            throw RecommendationError.notAnAssessmentSource(source)
        }
        if let both = input.sources.first(where: input.context.contains) { throw RecommendationError.citedAndContext(both) }
        let today = String(timestampNow().prefix(10))
        if date > today { throw RecommendationError.assessedInFuture(date: date, today: today) }
        try writeTransaction { tx in
            try tx.requireExists(input.recommendation, kind: .recommendation)
            for source in input.sources + input.context { try tx.requireExists(source) }
            // Evidence of implementation speaks of what happened after the recommendation was made.
            if let made = try tx.fetchOne(RecommendationRecord.self, key: input.recommendation.number),
                let madeOn = made.madeOn ?? Self.knownDate(of: made)
            {
                // An assessment of implementation speaks of a day after the recommendation was made.
                if date < madeOn {
                    throw RecommendationError.assessedBeforeMade(
                        citation: RecommendationCitation.format(number: made.number, state: made.state, source: made.source),
                        madeOn: madeOn, date: date)
                }
                let citation = RecommendationCitation.format(number: made.number, state: made.state, source: made.source)
                let older = try tx.sourceDatings(input.sources).compactMap(DatedSource.init).filter { $0.isBefore(madeOn) }
                if !older.isEmpty {
                    throw RecommendationError.olderThanRecommendation(citation: citation, madeOn: madeOn, sources: older)
                }
                // Background is what came before: a later source given as background would be
                // printed as earlier events.
                let later = try tx.sourceDatings(input.context).compactMap(DatedSource.init).filter { $0.isAllAfter(madeOn) }
                if !later.isEmpty {
                    throw RecommendationError.laterGivenAsBackground(citation: citation, madeOn: madeOn, sources: later)
                }
            }
            var record = AssessmentRecord(
                recommendationId: input.recommendation.number, status: status, note: Validate.optional(input.note),
                assessedOn: date, handler: handler.name, createdAt: timestampNow())
            try tx.insert(&record)
            var seen: Set<RecordID> = []
            let background = Set(input.context)
            for source in input.sources + input.context where seen.insert(source).inserted {
                var row = AssessmentSourceRecord(
                    assessmentId: record.id ?? 0, testimonyId: source.kind == .testimony ? source.number : nil,
                    evidenceId: source.kind == .evidence ? source.number : nil,
                    incidentId: source.kind == .incident ? source.number : nil)
                row.background = background.contains(source)
                try tx.insert(&row)
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
            ("stateUnderReview", "State under review", \.stateUnderReview), ("cycle", "cycle", \.cycleText),
            ("madeOn", "date made", \.madeOn),
        ]
        return fields.compactMap { key, label, path in
            before[keyPath: path] == after[keyPath: path]
                ? nil : FieldChange(field: key, label: label, old: before[keyPath: path], new: after[keyPath: path], sealed: false)
        }
    }

    static func recommendation(_ record: RecommendationRecord, labels: AssessmentLabels, in tx: StoreTransaction) throws
        -> Recommendation
    {
        let id = record.id ?? 0
        // By the day each speaks for (then as recorded): the last is the current one, even when an
        // earlier day was recorded later.
        let assessments = try tx.assessments(ofRecommendation: id).enumerated()
            .sorted {
                $0.element.assessedOn != $1.element.assessedOn
                    ? $0.element.assessedOn < $1.element.assessedOn : $0.offset < $1.offset
            }
            .map(\.element)
        let changes = try tx.changes(ofRecommendation: id)
        let sources = try tx.assessmentSources(ofAssessments: assessments.compactMap(\.id))
        return Recommendation(
            id: RecordID(.recommendation, id), source: record.source, number: record.number, state: record.state, text: record.text,
            response: record.response,
            themes: record.themes.split(separator: ",").map(String.init), note: record.note,
            citation: RecommendationCitation.format(number: record.number, state: record.state, source: record.source),
            stateUnderReview: record.stateUnderReview, cycle: record.cycle, madeOn: record.madeOn,
            assessments: assessments.map { assessment in
                Assessment(
                    status: assessment.status, note: assessment.note,
                    date: assessment.assessedOn, handler: assessment.handler,
                    sources: sources.filter { $0.assessmentId == assessment.id }.map {
                        var source = AssessmentSource(id: $0.source, label: labels.label(for: $0.source))
                        source.background = $0.background
                        return source
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
        "stateUnderReview": "State under review", "cycle": "cycle", "madeOn": "date made",
    ]

    /// The day the shipped table gives a recommendation recorded without one (before v27).
    static func knownDate(of record: RecommendationRecord) -> String? {
        if let entry = RecommendationDocuments.entry(document: RecommendationCitation.documentSymbol(in: record.source)) {
            return entry.madeOn
        }
        guard let state = record.stateUnderReview, let cycle = record.cycle else { return nil }
        return RecommendationDocuments.review(state: state, cycle: cycle)?.madeOn
    }

    /// The State under review, the cycle and the day the recommendation was made: as given, else
    /// from the source ("UPR 3 (2019), …" names the cycle) and the shipped table of reviews.
    static func review(of input: RecommendationInput, source: String) throws -> (state: String, cycle: Int?, madeOn: String) {
        let known = RecommendationDocuments.entry(document: RecommendationCitation.documentSymbol(in: source))
        let state: String
        if let given = Validate.optional(input.stateUnderReview) {
            let code = given.uppercased()
            guard code.count == 2, CountryCodes.isAssigned(code) else {
                throw RecommendationError.unknownStateUnderReview(
                    given, suggestions: Suggestions.closest(to: code, among: CountryCodes.all))
            }
            state = code
        } else if let known {
            state = known.state
        } else {
            throw RecommendationError.noStateUnderReview(source: source)
        }
        var cycle: Int?
        let named = RecommendationCitation.namedCycle(in: source)
        if let given = Validate.optional(input.cycle) {
            guard let number = Int(given), (1...RecommendationError.highestCycle).contains(number) else {
                throw RecommendationError.badCycle(given)
            }
            // The source and the table may already say: a second, different answer is a mistake.
            if let known, known.cycle == nil, known.state == state {
                throw RecommendationError.cycleContradicts(source: source, cycle: number, known: nil)
            }
            if let expected = named ?? (known?.state == state ? known?.cycle : nil), expected != number {
                throw RecommendationError.cycleContradicts(source: source, cycle: number, known: expected)
            }
            cycle = number
        } else {
            cycle = named ?? known?.cycle
        }
        if let given = Validate.optional(input.madeOn) {
            let span = try? DateSpan(parsing: given)
            guard let span, span.earliestDay == span.latestDay else { throw RecommendationError.badDateMade(given) }
            let today = String(timestampNow().prefix(10))
            if span.earliestDay > today { throw RecommendationError.dateMadeInFuture(span.earliestDay, today: today) }
            return (state, cycle, span.earliestDay)
        }
        if let known, known.state == state, cycle == nil || known.cycle == nil || known.cycle == cycle {
            return (state, cycle, known.madeOn)
        }
        if let cycle, let review = RecommendationDocuments.review(state: state, cycle: cycle) {
            return (state, cycle, review.madeOn)
        }
        throw RecommendationError.noDateMade(source: source)
    }
}

extension RecommendationRecord {
    fileprivate var stateText: String? { state }
    fileprivate var responseText: String? { response?.rawValue }
    fileprivate var textText: String? { text }
    fileprivate var themesText: String? { themes.isEmpty ? nil : themes }
    fileprivate var cycleText: String? { cycle.map(String.init) }
}

/// Labels of the sources assessments may cite, read once per query.
struct AssessmentLabels {
    let sources: SourceLabels
    private var incidents: [Int64: String] = [:]

    init(_ tx: StoreTransaction) throws {
        sources = try SourceLabels(tx)
        for row in try tx.incidentTitlesOnly() {
            incidents[row.id] = "incident \(row.title)"
        }
    }

    func label(for id: RecordID) -> String {
        id.kind == .incident ? incidents[id.number] ?? "incident" : sources.label(for: id)
    }
}
