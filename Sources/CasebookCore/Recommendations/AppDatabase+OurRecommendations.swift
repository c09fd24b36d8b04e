import CasebookModel
import CasebookStore
import Foundation

extension AppDatabase {
    /// Stores one of the team's recommendations with its SMART check; it is stored even when the
    /// check finds parts missing, so the drafter can improve it later.
    package func addOurRecommendation(_ input: NewOurRecommendation, handler: Handler) throws -> OurRecommendation {
        let text = try Validate.required(input.text, "recommendation text")
        try RecommendationError.checkLength(text)
        let theme = try Validate.required(input.theme, "theme")
        if let follows = input.follows, follows.kind != .recommendation {
            throw RecordError.wrongKind(follows, expected: [.recommendation], role: .part("follows"))
        }
        let smart = SMARTCheck.check(text)
        let state = try Validate.optional(input.stateUnderReview).map { given in
            let code = given.uppercased()
            guard code.count == 2, CountryCodes.isAssigned(code) else {
                throw RecommendationError.unknownStateUnderReview(
                    given, suggestions: Suggestions.closest(to: code, among: CountryCodes.all))
            }
            return code
        }
        return try writeTransaction { tx in
            var followed: RecommendationRecord?
            if let follows = input.follows {
                guard let found = try tx.fetchOne(RecommendationRecord.self, key: follows.number) else {
                    throw RecordError.notFound(follows)
                }
                followed = found
            }
            var record = OurRecommendationRecord(
                text: text, theme: theme, followsId: input.follows?.number, findings: smart.findings.joined(separator: "\n"),
                handler: handler.name, createdAt: timestampNow())
            record.stateUnderReview = state
            try tx.insert(&record)
            return Self.ourRecommendation(record, follows: followed)
        }
    }

    /// The team's recommendations, in the order they were written.
    package func ourRecommendations() throws -> [OurRecommendation] {
        try readTransaction { tx in
            let followed = Dictionary(
                uniqueKeysWithValues: try tx.fetchAll(RecommendationRecord.self).map { ($0.id ?? 0, $0) })
            return try tx.fetchAll(OurRecommendationRecord.self).map { record in
                Self.ourRecommendation(record, follows: record.followsId.flatMap { followed[$0] })
            }
        }
    }

    static func ourRecommendation(_ record: OurRecommendationRecord, follows: RecommendationRecord?) -> OurRecommendation {
        OurRecommendation(
            id: "OR-\(record.id ?? 0)", number: record.id ?? 0, text: record.text, theme: record.theme,
            follows: record.followsId.map { RecordID(.recommendation, $0) },
            // Any UPR cycle in the register is earlier than the review the team writes for.
            followsCitation: follows.map {
                RecommendationCitation.follows(number: $0.number, state: $0.state, source: $0.source, cycle: $0.cycle)
            },
            smart: SMARTCheck.check(record.text), handler: record.handler,
            stateUnderReview: record.stateUnderReview ?? follows?.stateUnderReview)
    }
}
