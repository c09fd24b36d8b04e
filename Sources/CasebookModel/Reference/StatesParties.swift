/// The Rome Statute's States Parties and art. 12(3) declarations, shipped inside the program so
/// that a jurisdiction assessment never depends on a network or a file outside the project.
///
/// Source: `data/icc-states-parties/states-parties.csv` and its README in this repository, which
/// say where each date comes from (the UN Treaty Collection's status of treaty XVIII-10, the ICC
/// and the Assembly of States Parties, and others) and which facts are [UNVERIFIED]: among them
/// the notification dates of the pending withdrawals (Burkina Faso, Mali, Chad, Venezuela),
/// Hungary's rescission of its 2025 withdrawal, and 105 entry-into-force dates computed from the
/// deposit date under art. 126(2) rather than read from a source. The Swift table in
/// `StatesParties+Data.swift` is generated from the CSV by `scripts/states-parties-swift.py`, and a
/// test checks the two agree row by row.
enum StatesParties {
    /// Every State that has deposited an instrument, former parties included, in the CSV's order.
    public static var all: [StateParty] { parties }

    /// Every art. 12(3) declaration, including the one never given effect, in the CSV's order.
    public static var allDeclarations: [JurisdictionDeclaration] { declarations }

    /// The State Party (current or former) with this ISO code, or nil when it never joined.
    static func party(_ code: String) -> StateParty? {
        byCode[code.uppercased()]
    }

    /// The art. 12(3) declarations lodged by the State with this ISO code.
    static func declarations(of code: String) -> [JurisdictionDeclaration] {
        let code = code.uppercased()
        return declarations.filter { $0.code == code }
    }

    /// The date the Statute entered into force (art. 126(1)): nothing before it is within the
    /// Court's jurisdiction (art. 11(1)).
    public static let statuteInForce: CalendarDay = "2002-07-01"

    private static let byCode: [String: StateParty] = Dictionary(
        parties.map { ($0.code, $0) }, uniquingKeysWith: { first, _ in first })
}
