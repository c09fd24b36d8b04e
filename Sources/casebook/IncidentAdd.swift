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

                A continuing incident (a detention, an enforced disappearance, persecution by \
                continuing conduct) is marked --continuing, with --end DATE or ongoing; 'casebook \
                jurisdiction' then splits its period at entry into force. --also-in CC[:DATE] records a \
                State where part of it took place (an abduction begun in Japan, a deportation completed \
                abroad).
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
        @Flag(help: "It went on over time (a detention, a disappearance): give --end DATE, or it is ongoing.")
        var continuing = false
        @OptionGroup var reach: IncidentReachFields

        func run() throws {
            let input = NewIncident(
                title: title, date: date, place: fields.place, country: fields.country, latitude: fields.latitude,
                longitude: fields.longitude, victims: fields.victims, victimsEstimated: estimated,
                victimGroup: account.victimGroup, description: account.description, continuing: continuing, end: reach.end,
                alsoIn: reach.alsoIn)
            try output.emit(try workspace.openCase().addIncident(input)) { "Added \($0.id) \($0.title) (\($0.date))." }
        }
    }
}
