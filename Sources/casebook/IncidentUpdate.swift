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
        @Option(help: "The place name.")
        var place: String?
        @Option(help: "The two-letter ISO 3166 country code where it happened, for example KP.")
        var country: String?
        @Option(name: .customLong("lat"), help: "Latitude in decimal degrees (give --lon too).")
        var latitude: Double?
        @Option(name: .customLong("lon"), help: "Longitude in decimal degrees (give --lat too).")
        var longitude: Double?
        @Option(parsing: .unconditional, help: "Number of victims: a whole number, 0 or more.")
        var victims: Int?
        @Flag(inversion: .prefixedNo, help: "Whether the number of victims is an estimate.")
        var estimated: Bool?
        @Option(help: "Who the victims were, for example \"political prisoners\" or \"forcibly repatriated persons\".")
        var victimGroup: String?
        @Option(help: "What happened, without details that identify a witness.")
        var description: String?

        func run() throws {
            let incident = try parseID(id, .incident, option: "incident update")
            let changes = IncidentChanges(
                title: title, date: date, place: place, country: country, latitude: latitude, longitude: longitude,
                victims: victims, victimsEstimated: estimated, victimGroup: victimGroup, description: description)
            let update = try workspace.openDatabase().updateIncident(incident, changes, handler: try handler.resolve())
            try output.emit(update) { HistoryText.update($0, name: $0.record.title) }
        }
    }
}
