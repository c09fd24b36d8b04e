import Foundation

/// A country code as recorded on an incident or an actor, resolved against the shipped lists of
/// countries, States Parties and declarations, so the law can ask "a party on this day?".
struct JurisdictionState: Hashable, Sendable {
    /// ISO 3166-1 alpha-2 code, upper case.
    let code: String
    /// The name to print: the depositary's name for a party, else the ISO short name.
    let name: String
    /// Its membership, when it ever joined.
    let party: StateParty?
    /// Its art. 12(3) declarations that were given effect.
    let declarations: [JurisdictionDeclaration]

    /// The State for a recorded code, or why it cannot be used.
    static func resolve(_ recorded: String?) -> Resolution {
        let code = (recorded ?? "").trimmingCharacters(in: .whitespacesAndNewlines).uppercased()
        guard !code.isEmpty else { return .missing }
        guard let isoName = CountryCodes.name(of: code) else { return .notACountry(code) }
        let party = StatesParties.party(code)
        return .state(
            JurisdictionState(
                code: code, name: Self.inSentence(party?.name ?? isoName), party: party,
                declarations: StatesParties.declarations(of: code).filter { $0.covers != nil }))
    }

    /// The name as it reads inside a sentence: "the Republic of Korea", "the Philippines", "Japan".
    static func inSentence(_ name: String) -> String {
        let prefixes = [
            "Republic ", "Democratic ", "United ", "State of ", "Central African ", "Dominican ", "Islamic ",
            "Russian ", "Syrian ", "Lao ", "Kingdom ", "Holy ", "Plurinational ", "Bolivarian ",
        ]
        let whole = [
            "Philippines", "Netherlands", "Gambia", "Bahamas", "Comoros", "Maldives", "Seychelles", "Congo",
            "Sudan", "Niger", "Czech Republic",
        ]
        let needsThe =
            prefixes.contains { name.hasPrefix($0) } || name.contains(" Islands")
            || whole.contains { name == $0 || name.hasPrefix($0 + " (") }
        return needsThe ? "the " + name : name
    }

    /// A recorded code: a known State, nothing recorded, or a code that is no country.
    enum Resolution: Hashable, Sendable {
        case state(JurisdictionState)
        case missing
        case notACountry(String)

        var state: JurisdictionState? {
            if case .state(let state) = self { state } else { nil }
        }
    }

    /// Whether the State was a party on `day` (art. 12(2)).
    func isParty(on day: CalendarDay) -> Bool {
        party?.isParty(on: day) ?? false
    }

    /// The declaration covering `day`, if any (art. 12(3)).
    func declaration(covering day: CalendarDay) -> JurisdictionDeclaration? {
        declarations.first { $0.covers(day) }
    }

    /// The days on which this State's standing changes: entry into force, a withdrawal taking
    /// effect, the first day of a declaration's period and the day after it ends.
    var boundaries: [CalendarDay] {
        var days: [CalendarDay] = []
        if let party {
            days.append(party.entryIntoForce)
            if let effective = party.withdrawalEffective { days.append(effective) }
        }
        for range in declarations.compactMap(\.covers) {
            days.append(range.lowerBound)
            days.append(range.upperBound.next)
        }
        return days
    }

    /// "Japan's", "the Philippines'".
    var possessive: String {
        name.hasSuffix("s") ? name + "'" : name + "'s"
    }

    /// "a State Party from 2007-10-01".
    var membership: String {
        party.map { "a State Party from \($0.entryIntoForce)" } ?? "not a State Party"
    }

    /// For a State that has left or is leaving, the sentence that keeps its past in: its
    /// withdrawal's date of effect and art. 127(2); nil for any other State.
    var withdrawalNote: String? {
        guard let effective = party?.withdrawalEffective else { return nil }
        let investigation =
            WithdrawalInvestigation.known[code]?.text
            ?? "No referral, and no investigation opened or authorised, before the withdrawal took effect is recorded here; whether the matter was already under consideration by the Court on that day decides whether art. 127(2) keeps it."
        return
            "The withdrawal of \(name) has effect from \(effective) (art. 127(1)); crimes committed while it was a party stay within jurisdiction (art. 127(2)). \(investigation)"
    }

    /// Why the State was not a party on `day`, to follow "which": never joined, not yet, or left.
    func whyNotParty(on day: CalendarDay) -> String {
        guard let party else { return "is not a State Party" }
        if day < party.entryIntoForce {
            return party.entryIntoForce == StatesParties.statuteInForce
                ? "became a State Party when the Statute entered into force on \(party.entryIntoForce) (art. 11(1))"
                : "became a State Party only on \(party.entryIntoForce) (art. 11(2))"
        }
        if let effective = party.withdrawalEffective, day >= effective {
            return "was no longer a State Party: its withdrawal has effect from \(effective) (art. 127(1))"
        }
        return "was a State Party"
    }

    /// Where `day` falls in the State's own calendar (art. 11(2), 127), for the temporal reason;
    /// nil for a State that never joined or declared.
    func temporalNote(on day: CalendarDay) -> String? {
        if let declaration = declaration(covering: day), !isParty(on: day) {
            return "inside the period of \(possessive) declaration, \(declaration.coverText) (art. 12(3))"
        }
        guard let party else { return nil }
        if day < party.entryIntoForce {
            return party.entryIntoForce == StatesParties.statuteInForce
                ? nil
                : "before the Statute's entry into force for \(name) on \(party.entryIntoForce) (art. 11(2))"
        }
        if let effective = party.withdrawalEffective, day >= effective {
            return "on or after \(effective), from which \(possessive) withdrawal has effect (art. 127(1))"
        }
        return "on or after the Statute's entry into force for \(name) on \(party.entryIntoForce) (art. 11(2))"
    }
}
