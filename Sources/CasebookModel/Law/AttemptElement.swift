/// What an attempted crime needs proved instead of its result (art. 25(3)(f)): proved for the
/// allegation, cited with `cite --element attempt.substantial-step` once the allegation is marked
/// attempted.
public enum AttemptElement: String, CaseIterable, Sendable, Codable {
    case substantialStep = "attempt.substantial-step"
    case nonCompletion = "attempt.non-completion"

    /// The key typed with `cite --element`.
    public var key: String { rawValue }

    /// A paraphrase; operative words of the Statute only inside quotation marks.
    public var text: String {
        switch self {
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

    /// The element numbers of `crime` that an attempt, by definition, leaves unfulfilled.
    ///
    /// [Analysis] Element 1 of every art. 7 crime is its conduct or result (the death, the
    /// displacement, the deprivation of liberty); an attempt is action that commences execution
    /// without the crime occurring, so element 1 is not required and the attempt elements are
    /// proved instead. The other elements (circumstances, mental elements, context) still apply.
    public static func unfulfilledByAttempt(_ crime: CrimeCategory) -> Set<Int> { [1] }
}
