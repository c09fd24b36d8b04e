/// A crime, element or mode of liability that the Rome Statute taxonomy does not know.
public enum LawError: CasebookFailure, Equatable {
    /// No crime has this key.
    case unknownCrime(String, suggestions: [String])
    /// A group of crimes (or a near miss of one), such as `sexual-violence`, where one of its crimes is needed.
    case crimeGroup(String, group: String, article: String, members: [String])
    /// No element of the crime has this key.
    case unknownElement(String, suggestions: [String])
    /// The element exists, but belongs to another crime than the allegation's.
    case elementOfOtherCrime(String, crime: String, valid: [String])
    /// No mode of liability has this key.
    case unknownMode(String, suggestions: [String])
    /// `crimes --find` with nothing to look for.
    case emptyConductQuery
    /// `crimes --find` matched no conduct in the index.
    case noConductMatch(String)
    /// A mode-of-liability element cited without the actor it concerns.
    case liabilityElementNeedsActor(String)
    /// An element given to `attack cite` that is not one of the attack's.
    case notAnAttackElement(String)
    /// A key for `crimes` that is an element of a mode of liability, not a crime or a mode.
    case modeElementAsKey(String, mode: String)
    /// `crimes KEY --find WORDS`: one or the other.
    case keyAndFind
    /// `crimes --find` with too few letters to mean anything.
    case conductQueryTooShort(String)
    /// A mode-of-liability element of a mode the actor is not attributed under.
    case liabilityElementOfOtherMode(String, actor: String, valid: [String])

    public var category: FailureCategory { .badInput }

    public var description: String {
        switch self {
        case .unknownCrime(let key, let suggestions):
            "There is no crime with the key '\(key)'.\(Self.hint(suggestions))"
        case .crimeGroup(let key, let group, let article, let members):
            (key.trimmingCharacters(in: .whitespaces).lowercased() == group
                ? "'\(key)' is a group of crimes (\(article)), not one crime; name one of them: "
                : "There is no crime with the key '\(key)'. Did you mean one of the crimes of \(group) (\(article))? ")
                + Self.list(members) + "."
        case .unknownElement(let key, let suggestions):
            "There is no element with the key '\(key)'.\(Self.hint(suggestions))"
        case .elementOfOtherCrime(let key, let crime, let valid):
            "The element '\(key)' is not an element of \(crime); its elements are \(valid.joined(separator: ", "))."
        case .emptyConductQuery:
            "Give words for the conduct to look up, for example \"forced abortion\"."
        case .noConductMatch(let query):
            "No conduct in the index matches '\(query)'. Try a shorter word (for example starvation, forced labour, abduction)."
        case .liabilityElementNeedsActor(let key):
            "The element '\(key)' belongs to a mode of liability; name the actor it concerns (A-n)."
        case .liabilityElementOfOtherMode(let key, let actor, let valid):
            "The element '\(key)' is not an element of the modes \(actor) is attributed under; its elements are \(valid.joined(separator: ", "))."
        case .notAnAttackElement(let key):
            "'\(key)' is not an element of an attack; its elements are \(AttackElement.allCases.map(\.key).joined(separator: ", "))."
        case .modeElementAsKey(let key, let mode):
            "'\(key)' is an element of the mode of liability \(mode); look the mode up to see it with its other elements."
        case .keyAndFind:
            "Give either a crime or mode key, or words for the conduct to find, not both."
        case .conductQueryTooShort(let query):
            "'\(query)' is too short to look up; give at least 3 letters, for example starvation."
        case .unknownMode(let key, let suggestions):
            "There is no mode of liability '\(key)'.\(Self.hint(suggestions)) The modes are \(ModeOfLiability.allCases.map(\.key).joined(separator: ", "))."
        }
    }

    /// "a, b or c".
    private static func list(_ items: [String]) -> String {
        items.count < 2 ? items.joined() : items.dropLast().joined(separator: ", ") + " or " + items[items.count - 1]
    }

    private static func hint(_ suggestions: [String]) -> String {
        suggestions.isEmpty ? "" : " Did you mean \(suggestions.joined(separator: " or "))?"
    }
}
