/// A day on which the Court's reach changed: the Statute's entry into force, or its entry into
/// force for (or a withdrawal by) a State whose territory or nationals a case concerns. A
/// dossier's chronology draws them across its incidents, so a reader sees which conduct falls
/// on which side.
public struct JurisdictionDate: Hashable, Codable, Sendable {
    /// What changed, in words: "Rome Statute in force for Japan (art. 126(2))".
    public let label: String
    public let day: CalendarDay

    public init(label: String, day: CalendarDay) {
        self.label = label
        self.day = day
    }

    /// The Statute's entry into force, then each State's entry into force and any withdrawal that
    /// took effect, for the States of these ISO codes that ever joined, in date order.
    public static func dates(for codes: [String]) -> [JurisdictionDate] {
        var dates = [JurisdictionDate(label: "Rome Statute in force (art. 126(1))", day: StatesParties.statuteInForce)]
        for code in Set(codes.map { $0.uppercased() }).sorted() {
            guard let party = StatesParties.party(code) else { continue }
            // A founding party's date is the Statute's own: one line says both.
            if party.entryIntoForce != StatesParties.statuteInForce {
                dates.append(
                    JurisdictionDate(label: "Rome Statute in force for \(party.name) (art. 126(2))", day: party.entryIntoForce))
            }
            if let left = party.withdrawalEffective {
                dates.append(JurisdictionDate(label: "Withdrawal of \(party.name) effective (art. 127(1))", day: left))
            }
        }
        return dates.sorted { $0.day != $1.day ? $0.day < $1.day : $0.label < $1.label }
    }
}
