import ArgumentParser
import CasebookCore

extension Casebook {
    struct Jurisdiction: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Show, for each incident, whether and how the ICC could exercise jurisdiction.",
            discussion: """
                For each incident: temporal (after 1 July 2002, art. 11, and the States' entry into force), \
                territorial (the incident's country a State Party on that date, or covered by an art. 12(3) \
                declaration), personal (an attributed actor's nationality a State Party's), and the route: \
                12(2), 12(3), 13(b) (only a Security Council referral could open it; the reason names \
                the other doors, an art. 12(3) declaration or accession), arguable (continuing refusal) (an \
                enforced disappearance begun before entry into force whose refusal went on after it), none \
                (before 1 July 2002) or uncertain (the dates of a range lead to different routes, or a \
                country or nationality is not recorded; the reason says what would settle it). A continuing \
                incident ('incident update --continuing') is split at entry into force, and its best route \
                within jurisdiction is given; a part recorded with --also-in CC[:DATE] on a State Party's \
                territory meets art. 12(2)(a). The States Parties' dates ship with Casebook, with their \
                sources. With --json, an array with one object per incident, with its continuing periods \
                (or null) and its parts.
                """)

        @OptionGroup var workspace: WorkspaceOptions
        @OptionGroup var output: OutputOptions

        func run() throws {
            let report = try workspace.openCase().jurisdiction()
            if output.json {
                try output.emit(report.incidents) { _ in "" }
            } else {
                try output.emit(report, text: JurisdictionText.render)
            }
        }
    }
}
