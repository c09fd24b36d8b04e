import ArgumentParser

extension Casebook {
    struct Testimony: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Record and list testimonies (interviews with witnesses).",
            subcommands: [
                TestimonyAdd.self, TestimonyUpdate.self, TestimonyRetract.self, TestimonyList.self, TestimonyShow.self,
            ])
    }
}
