import ArgumentParser

extension Casebook {
    struct Attack: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Record the attack directed against a civilian population, once, and prove its elements.",
            discussion: """
                Every crime against humanity must be part of a widespread or systematic attack \
                directed against a civilian population (art. 7(1)). Record the attack once, prove its \
                own elements with 'attack cite', and link each allegation to it with 'allegation \
                update AL-n --attack AT-n'; an allegation's context.attack element is then proved by \
                the attack's proof together with a source for the nexus ('cite --element context.attack').
                """,
            subcommands: [AttackAdd.self, AttackUpdate.self, AttackShow.self, AttackList.self, AttackCite.self])
    }
}

/// The attack's fields, shared by `attack add` and `attack update`.
struct AttackFields: ParsableArguments {
    @Option(help: "The period of the attack: YYYY, YYYY-MM, YYYY-MM-DD or a range such as 1990/2014.")
    var period: String?
    @Option(help: "The civilian population it was directed against.")
    var population: String?
    @Option(help: "The State or organizational policy, as the evidence shows it (art. 7(2)(a)).")
    var policy: String?
    @Option(help: "Indicators that the attack was widespread: scale, number of victims, area.")
    var widespread: String?
    @Option(help: "Indicators that the attack was systematic: organisation, pattern, planning.")
    var systematic: String?
    @Option(help: "A description.")
    var description: String?
}
