import ArgumentParser

extension Casebook {
    struct Witness: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Record and list witnesses, always under a pseudonym.",
            subcommands: [
                WitnessAdd.self, WitnessUpdate.self, WitnessList.self, WitnessShow.self, WitnessReveal.self, WitnessVariants.self,
                WitnessConsent.self,
            ])
    }
}
