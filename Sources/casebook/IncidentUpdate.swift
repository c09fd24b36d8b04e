import ArgumentParser
import CasebookCore

extension Casebook {
    struct IncidentUpdate: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "update",
            abstract: "Correct an incident; every change is kept in its history.",
            discussion: """
                Takes the options of 'incident add'. Only the options given are changed; an empty \
                value (--place "") clears a field. --lat and --lon go together; --estimated or \
                --no-estimated says whether the number of victims is an estimate. Each changed field \
                is printed, one line each, and kept with who changed it and when, and the old and new \
                value, in the history ('casebook history I-n').

                Example:
                  casebook incident update I-1 --date 2011-10/2012-03 --victims 45 --estimated
                """)

        @OptionGroup var workspace: WorkspaceOptions
        @OptionGroup var output: OutputOptions
        @OptionGroup var handler: HandlerOptions

        @Argument(help: ArgumentHelp("The incident to correct, for example I-1.", valueName: "incident"))
        var id: String
        @Option(help: "A new title.")
        var title: String?
        @Option(help: "When it happened: YYYY, YYYY-MM, YYYY-MM-DD, or a range FROM/TO.")
        var date: String?
        @OptionGroup var fields: IncidentFields
        @Flag(inversion: .prefixedNo, help: "Whether the number of victims is an estimate.")
        var estimated: Bool?
        @OptionGroup var account: IncidentAccountFields
        @Flag(
            inversion: .prefixedNo, help: "Whether it went on over time; --continuing keeps the recorded end unless --end is given."
        )
        var continuing: Bool?
        @OptionGroup var reach: IncidentReachFields

        func run() throws {
            let incident = try parseID(id, .incident, option: "incident update")
            let changes = IncidentChanges(
                title: title, date: date, place: fields.place, country: fields.country, latitude: fields.latitude,
                longitude: fields.longitude, victims: fields.victims, victimsEstimated: estimated,
                victimGroup: account.victimGroup, description: account.description, continuing: continuing, end: reach.end,
                alsoIn: reach.alsoIn.isEmpty ? nil : reach.alsoIn)
            let update = try workspace.openCase().updateIncident(incident, changes, handler: try handler.resolve())
            try output.emit(update) { HistoryText.update($0, name: $0.record.title) }
        }
    }
}
