/// What an attempted crime needs proved instead of its result (art. 25(3)(f)): proved for the
/// allegation, cited with `cite --element attempt.substantial-step` once the allegation is marked
/// attempted.
public enum AttemptElement: String, CaseIterable, Sendable, Codable {
    case intent = "attempt.intent"
    case substantialStep = "attempt.substantial-step"
    case nonCompletion = "attempt.non-completion"

    /// The key typed with `cite --element`.
    public var key: String { rawValue }

    /// A paraphrase; operative words of the Statute only inside quotation marks.
    public var text: String {
        switch self {
        case .intent:
            "The perpetrator intended to commit the completed crime: an attempt is to \"attempt to commit such a crime\", which fails only \"because of circumstances independent of the person's intentions\" (art. 25(3)(f))."
        case .substantialStep:
            "The person took action that \"commences its execution by means of a substantial step\" (art. 25(3)(f))."
        case .nonCompletion:
            "The crime did not occur \"because of circumstances independent of the person's intentions\" (art. 25(3)(f))."
        }
    }

    public var citation: String { "art. 25(3)(f)" }

    /// Art. 25(3)(f), second sentence: abandonment frees the person who abandons, and only that person.
    public static let abandonmentNote = LegalNote(
        "A person who abandons the effort to commit the crime or otherwise prevents its completion \"shall not be liable for punishment under this Statute for the attempt\" if that person completely and voluntarily gave up the criminal purpose (art. 25(3)(f)). Abandonment is personal: it frees only the person who abandoned.",
        citation: "art. 25(3)(f)")

    /// The element numbers of `crime` that an attempt replaces: the elements that describe its
    /// result, as the crime lists them (`CrimeCategory.resultElements`).
    ///
    /// [Analysis] An attempt is action that commences execution without the crime occurring, so
    /// the result need not be proved, and the attempt elements (the intent to commit the completed
    /// crime, the substantial step, the non-completion) are proved instead. Where the result lies in
    /// a later element (extermination's mass killing, sexual slavery's sexual acts, enforced
    /// disappearance's deprivation of liberty and refusal), replacing element 1 alone would leave an
    /// attempt that could never be pleaded. The other elements (circumstances, mental elements,
    /// context) still apply.
    public static func unfulfilledByAttempt(_ crime: CrimeCategory) -> Set<Int> { Set(crime.resultElements) }

    /// The keys an attempt of `crime` replaces, in element order, for the matrix and the dossier.
    public static func replacedKeys(_ crime: CrimeCategory) -> [String] {
        crime.elements.filter { !$0.isContextual && crime.resultElements.contains($0.number) }.map(\.key)
    }

    /// Why an element replaced by an attempt need not be proved, naming what is proved instead.
    public static let replacedReason =
        "not required: attempt (art. 25(3)(f)) replaces this result element; prove \(AttemptElement.allCases.map(\.key).joined(separator: ", ")) instead"
}
