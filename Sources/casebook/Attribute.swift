import ArgumentParser
import CasebookCore

extension Casebook {
    struct Attribute: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Attribute an allegation to an actor under a mode of liability.",
            discussion: """
                Modes: direct, co-perpetration, indirect, indirect-co-perpetration (art. 25(3)(a)); \
                ordering, soliciting, inducing (art. 25(3)(b)); aiding-abetting (art. 25(3)(c)); \
                common-purpose (art. 25(3)(d)); command (art. 28(a), military commanders); superior \
                (art. 28(b), civilian superiors). Each mode has its own elements ('casebook crimes \
                MODE'); prove them with 'casebook cite --actor A-n --element MODE.ELEMENT'. The Court \
                tries natural persons only (art. 25(1)): a mode attributed to an institution is refused, \
                because an institution is the apparatus through which crimes are committed, not an \
                accused. Record the office holder who headed it as a person ('casebook actor add --kind \
                person --position … --superior A-n') and attribute the mode to them; 'casebook status' \
                lists attributions to institutions recorded before this was refused.
                """)

        @OptionGroup var workspace: WorkspaceOptions
        @OptionGroup var output: OutputOptions

        @Option(help: "The allegation, for example AL-1.")
        var allegation: String
        @Option(help: "The actor, for example A-1.")
        var actor: String
        @Option(help: "The mode of liability, for example ordering or superior.")
        var mode: String

        func run() throws {
            let allegationID = try parseID(allegation, .allegation, option: "--allegation")
            let actorID = try parseID(actor, .actor, option: "--actor")
            try output.emit(
                try workspace.openCase().attribute(allegation: allegationID, actor: actorID, mode: mode),
                text: LawText.attribution)
        }
    }
}
