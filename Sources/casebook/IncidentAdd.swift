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
        @OptionGroup var fields: IncidentFields
        @Flag(help: "The number of victims is an estimate.")
        var estimated = false
        @OptionGroup var account: IncidentAccountFields

        func run() throws {
            let input = NewIncident(
                title: title, date: date, place: fields.place, country: fields.country, latitude: fields.latitude,
                longitude: fields.longitude, victims: fields.victims, victimsEstimated: estimated,
                victimGroup: account.victimGroup, description: account.description)
            try output.emit(try workspace.openCase().addIncident(input)) { "Added \($0.id) \($0.title) (\($0.date))." }
        }
    }
}
