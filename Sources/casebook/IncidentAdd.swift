import ArgumentParser
import CasebookCore

extension Casebook {
    struct IncidentAdd: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "add",
            abstract: "Record an incident.",
            discussion: """
                Give the date as precisely as the evidence allows and no more: 2013, 2013-07 or \
                2013-07-04, or a range such as 2012/2014 or 2013-03/2013-09.
                """)

        @OptionGroup var workspace: WorkspaceOptions
        @OptionGroup var output: OutputOptions

        @Option(help: "A short title, for example \"Public execution at Hoeryong market\".")
        var title: String
        @Option(help: "When it happened: YYYY, YYYY-MM, YYYY-MM-DD, or a range FROM/TO.")
        var date: String
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
        @Flag(help: "The number of victims is an estimate.")
        var estimated = false
        @Option(help: "Who the victims were, for example \"political prisoners\" or \"forcibly repatriated persons\".")
        var victimGroup: String?
        @Option(help: "What happened, without details that identify a witness.")
        var description: String?

        func run() throws {
            let input = NewIncident(
                title: title, date: date, place: place, country: country, latitude: latitude, longitude: longitude,
                victims: victims, victimsEstimated: estimated, victimGroup: victimGroup, description: description)
            try output.emit(try workspace.openDatabase().addIncident(input)) { "Added \($0.id) \($0.title) (\($0.date))." }
        }
    }
}
