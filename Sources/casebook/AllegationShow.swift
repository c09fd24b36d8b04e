import ArgumentParser
import CasebookCore
import Foundation

extension Casebook {
    struct AllegationShow: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "show", abstract: "Show one allegation: its details, and each element with its sources and their grades.")

        @OptionGroup var workspace: WorkspaceOptions
        @OptionGroup var output: OutputOptions
        @Argument(help: ArgumentHelp("The allegation, for example AL-1.", valueName: "allegation"))
        var id: String

        func run() throws {
            let allegation = try parseID(id, .allegation, option: "allegation show")
            let openCase = try workspace.openCase()
            let details = try openCase.allegationDetails(allegation)
            if output.json {
                try output.emit(details, text: AttackText.allegation)
                return
            }
            // The elements with their sources, graded, as the matrix shows them.
            let proof = try openCase.proofMatrix().allegations.first { $0.id == allegation }
            let elements = proof.map {
                ProofMatrixText.lines(of: $0, actor: nil).dropFirst().joined(separator: "\n").trimmingCharacters(in: .newlines)
            }
            try output.emit(details) { details in
                AttackText.allegation(details) + (elements.map { "\n\nElements and sources:\n" + $0 } ?? "")
            }
        }
    }
}
