import ArgumentParser

extension Casebook {
    struct Recommendation: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "The register of UPR and commission of inquiry recommendations, and the team's assessments of them.",
            discussion: """
                Each recommendation is kept with its source document, its number and the recommending \
                State exactly as given, so that it is cited as "126.45 (Chile), A/HRC/42/10". The same \
                number from the same source is one recommendation: adding or importing it again \
                updates it and says so. Assessments are kept, dated and signed by their handler; a \
                later one never erases an earlier.
                """,
            subcommands: [
                RecommendationAdd.self, RecommendationImport.self, RecommendationList.self, RecommendationShow.self,
                RecommendationAssess.self,
            ])
    }
}
