import ArgumentParser

/// Where an incident happened and how many victims it had, as `incident add` and `incident update` both take them.
struct IncidentFields: ParsableArguments {
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
}

/// Who the victims were and what happened, as `incident add` and `incident update` both take them.
struct IncidentAccountFields: ParsableArguments {
    @Option(help: "Who the victims were, for example \"political prisoners\" or \"forcibly repatriated persons\".")
    var victimGroup: String?
    @Option(help: "What happened, without details that identify a witness.")
    var description: String?
}

/// The end of a continuing incident and the places of its parts, as `incident add` and `incident update` both take them.
struct IncidentReachFields: ParsableArguments {
    @Option(
        help: ArgumentHelp(
            "When a continuing incident ended: a date, or ongoing (the default). Needs --continuing.", valueName: "date|ongoing"))
    var end: String?
    @Option(
        name: .customLong("also-in"), parsing: .singleValue,
        help: ArgumentHelp(
            "A State where part of it took place, with the date of that part if known: JP or JP:1978-07 (art. 12(2)(a)). Repeat for more; on update, replaces the whole list recorded (give every part again), and --also-in \"\" clears them.",
            valueName: "CC[:date]"))
    var alsoIn: [String] = []
}
