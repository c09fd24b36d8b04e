import ArgumentParser

extension Casebook {
    struct Allegation: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract:
                "Show an allegation's details, or set what its crime needs: the attack, an attempt, the State of destination, the limb, persecution's grounds.",
            subcommands: [AllegationShow.self, AllegationUpdate.self])
    }
}
