import Foundation

/// Look-ups into the Rome Statute taxonomy that turn a typed key into a crime, element
/// or mode of liability, or into an error that suggests the closest keys.
public enum RomeStatute {
    /// The crime with this key, or `LawError.unknownCrime` with suggestions.
    public static func crime(_ key: String) throws(LawError) -> CrimeCategory {
        let trimmed = key.trimmingCharacters(in: .whitespaces).lowercased()
        if let crime = crimes.first(where: { $0.key == trimmed }) { return crime }
        // A group of crimes (sexual-violence), typed or nearly typed, is answered with all its crimes.
        if !trimmed.contains("."),
            let group = crimeGroups.first(where: { $0.key == trimmed })
                ?? crimeGroups.first(where: {
                    Suggestions.editDistance(trimmed, $0.key) <= 2 || (trimmed.count >= 6 && $0.key.hasPrefix(trimmed))
                })
        {
            throw .crimeGroup(key, group: group.key, article: group.article, members: group.members)
        }
        throw .unknownCrime(key, suggestions: Suggestions.closest(to: trimmed, among: crimes.map(\.key)))
    }

    /// The crimes whose keys share a prefix before a dot (`sexual-violence.rape`, `sexual-violence.other`, …),
    /// by that prefix, in the order of the taxonomy.
    package static var crimeGroups: [(key: String, article: String, members: [String])] {
        var groups: [(key: String, article: String, members: [String])] = []
        for crime in crimes {
            guard let dot = crime.key.firstIndex(of: ".") else { continue }
            let prefix = String(crime.key[..<dot])
            if let index = groups.firstIndex(where: { $0.key == prefix }) {
                groups[index].members.append(crime.key)
            } else {
                groups.append((prefix, crime.article, [crime.key]))
            }
        }
        return groups
    }

    /// The mode of liability with this key, or `LawError.unknownMode` with suggestions.
    public static func mode(_ key: String) throws(LawError) -> ModeOfLiability {
        let trimmed = key.trimmingCharacters(in: .whitespaces).lowercased()
        if let mode = ModeOfLiability(rawValue: trimmed) { return mode }
        let keys = ModeOfLiability.allCases.map(\.key)
        throw .unknownMode(key, suggestions: Suggestions.closest(to: trimmed, among: keys))
    }

    /// The element `key` of `crime`, or an error saying whether the key is unknown or belongs elsewhere.
    public static func element(_ key: String, of crime: CrimeCategory) throws(LawError) -> CrimeElement {
        let trimmed = key.trimmingCharacters(in: .whitespaces).lowercased()
        if let element = crime.element(trimmed) { return element }
        let everyKey = Set(crimes.flatMap { $0.elements.map(\.key) })
        if everyKey.contains(trimmed) {
            throw .elementOfOtherCrime(trimmed, crime: crime.key, valid: crime.elements.map(\.key))
        }
        throw .unknownElement(key, suggestions: Suggestions.closest(to: trimmed, among: crime.elements.map(\.key)))
    }
}
