import Foundation

/// Look-ups into the Rome Statute taxonomy that turn a typed key into a crime, element
/// or mode of liability, or into an error that suggests the closest keys.
public enum RomeStatute {
    /// The crime with this key, or `LawError.unknownCrime` with suggestions.
    public static func crime(_ key: String) throws(LawError) -> CrimeCategory {
        let trimmed = key.trimmingCharacters(in: .whitespaces).lowercased()
        if let crime = crimes.first(where: { $0.key == trimmed }) { return crime }
        throw .unknownCrime(key, suggestions: Suggestions.closest(to: trimmed, among: crimes.map(\.key)))
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
