import ArgumentParser

extension Casebook {
    struct ActorGroup: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "actor",
            abstract: "Record the persons and institutions alleged to be responsible, and who answers to whom.",
            subcommands: [ActorAdd.self, ActorUpdate.self, ActorList.self, ActorShow.self, ActorTree.self])
    }
}
