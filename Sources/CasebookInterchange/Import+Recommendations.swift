import CasebookCore
import CasebookModel
import CasebookStore
import Foundation

extension Case {
    /// Adds a recommendation, or updates the one the register holds with the same source and number.
    /// The State under review is the row's, else the one the import was given, else the shipped
    /// table's for the source document.
    func applyRecommendation(_ row: ImportRow, _ context: ImportContext) throws -> ImportOutcome {
        let saved: SavedRecommendation
        do {
            saved = try database.saveRecommendation(
                RecommendationInput(
                    source: row["source"] ?? "", number: row["number"] ?? "", state: row["state"] ?? "", text: row["text"] ?? "",
                    response: row["response"], themes: row["themes"], note: row["note"],
                    stateUnderReview: row.nonEmpty("state_under_review") ?? context.stateUnderReview, cycle: row["cycle"],
                    madeOn: row["date_made"]),
                handler: context.handler)
        } catch let error as RecommendationError {
            let column: String? =
                switch error {
                case .noStateUnderReview, .unknownStateUnderReview: "state_under_review"
                case .badCycle, .cycleContradicts: "cycle"
                case .noDateMade, .badDateMade, .dateMadeInFuture: "date_made"
                default: nil
                }
            guard let column else { throw error }
            throw ImportRowFailure(column: column, message: error.description, failure: error)
        }
        switch saved.outcome {
        case .added: return .added
        case .updated: return .updated
        case .unchanged: return .unchanged
        }
    }

    /// Adds an assessment of the recommendation the row names by source and number, unless the
    /// same assessment (status, date, note and sources) is already recorded, so a re-import adds none.
    /// Each assessment is a record of its own: it is counted as added, never as an update.
    func applyAssessment(_ row: ImportRow, _ context: ImportContext) throws -> ImportOutcome {
        let source = row["source"] ?? ""
        let number = row["number"] ?? ""
        guard let recommendation = try database.recommendation(source: source, number: number) else {
            throw ImportRowFailure(
                column: "number", message: RecommendationError.notInRegister(source: source, number: number).description)
        }
        let cited = try (row["cite"] ?? "").split { $0 == ";" || $0 == "," }.map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }.map { try resolveAssessmentSource($0, context) }
        let background = try (row["context"] ?? "").split { $0 == ";" || $0 == "," }
            .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            .map { try resolveAssessmentSource($0, context, column: "context") }
        let status = try ImplementationStatus.parse(row["status"] ?? "")
        let note = Validate.optional(row["note"])
        let date = Validate.optional(row["date"])
        let repeated = recommendation.assessments.contains {
            $0.status == status && $0.note == note && (date == nil || $0.date == date)
                && Set($0.sources.filter { !$0.background }.map(\.id)) == Set(cited)
                && Set($0.sources.filter(\.background).map(\.id)) == Set(background)
        }
        if repeated { return .unchanged }
        do {
            _ = try database.assessRecommendation(
                NewAssessment(
                    recommendation: recommendation.id, status: status.rawValue, note: note, date: date, sources: cited,
                    context: background),
                handler: context.handler)
        } catch let error as RecommendationError {
            let column: String? =
                switch error {
                case .olderThanRecommendation: "cite"
                case .laterGivenAsBackground, .citedAndContext: "context"
                case .assessedBeforeMade, .assessedInFuture: "date"
                default: nil
                }
            guard let column else { throw error }
            throw ImportRowFailure(column: column, message: error.description, failure: error)
        }
        return .added
    }

    /// Adds one of the team's recommendations, unless the same text is already stored.
    func applyOurRecommendation(_ row: ImportRow, _ context: ImportContext) throws -> ImportOutcome {
        let text = row["text"]?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
        var follows: RecordID?
        if let source = row.nonEmpty("follows_source") {
            let number = row["follows_number"] ?? ""
            guard let found = try database.recommendation(source: source, number: number) else {
                throw ImportRowFailure(
                    column: "follows_number", message: RecommendationError.notInRegister(source: source, number: number).description
                )
            }
            follows = found.id
        }
        if try database.ourRecommendations().contains(where: { $0.text == text }) { return .unchanged }
        var input = NewOurRecommendation(text: text, theme: row["theme"] ?? "", follows: follows)
        input.stateUnderReview = row.nonEmpty("state_under_review") ?? context.stateUnderReview
        _ = try database.addOurRecommendation(input, handler: context.handler)
        return .added
    }

    /// A testimony, evidence item or incident named by id or by its external id in the case.
    func resolveAssessmentSource(_ text: String, _ context: ImportContext, column: String = "cite") throws -> RecordID {
        if let id = try? RecordID(parsing: text) {
            guard [.testimony, .evidence, .incident].contains(id.kind) else {
                throw ImportRowFailure(column: column, message: RecommendationError.notAnAssessmentSource(id).description)
            }
            return try resolve(text, id.kind, column, context)
        }
        for kind in [RecordKind.testimony, .evidence, .incident] {
            if let id = try? resolve(text, kind, column, context) { return id }
        }
        throw ImportRowFailure(
            column: column,
            message: "'\(text)' names no testimony, evidence item or incident of this case (by id such as T-3 or by external id)")
    }
}
