import ArgumentParser
import CasebookCore

extension Casebook {
    struct Init: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Create a new case workspace.",
            discussion: """
                Creates the folder (if needed) with the case database (readable only by you), the \
                evidence store, a folder for signing keys, one for template overrides and one for \
                generated documents. Refuses a folder that already holds a case.
                """)

        @Argument(help: ArgumentHelp("The folder for the new case.", valueName: "dir"))
        var directory: String

        @Option(help: "The case title, as it will head every document (for example \"DPRK: political prison camps\").")
        var title: String

        @Option(help: "The organisation building the case.")
        var organization: String?

        func run() throws {
            let workspace = try Workspace.create(at: directory, title: title, organization: organization)
            print("Created case workspace at \(workspace.root.path).")
            print("Next: cd into it, or pass -C \(directory), and add a witness with 'casebook witness add --pseudonym P'.")
        }
    }
}
