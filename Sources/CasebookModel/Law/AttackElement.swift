/// The sub-elements of the attack directed against a civilian population: proved once per
/// attack, and shared by every allegation linked to it (art. 7(1), art. 7(2)(a); Elements of
/// Crimes, introduction to art. 7, para. 3).
public enum AttackElement: String, CaseIterable, Sendable, Codable {
    case courseOfConduct = "attack.course-of-conduct"
    case civilianPopulation = "attack.civilian-population"
    case policy = "attack.policy"
    case widespreadOrSystematic = "attack.widespread-or-systematic"

    /// The key typed with `attack cite --element`.
    public var key: String { rawValue }

    /// A paraphrase; operative words of the Statute only inside quotation marks.
    public var text: String {
        switch self {
        case .courseOfConduct:
            "A course of conduct \"involving the multiple commission of acts referred to in paragraph 1\" (art. 7(2)(a)); the acts need not be a military attack."
        case .civilianPopulation:
            "The course of conduct was directed against a civilian population."
        case .policy:
            "It was committed \"pursuant to or in furtherance of a State or organizational policy to commit such attack\" (art. 7(2)(a)), which the State or organisation actively promoted or encouraged."
        case .widespreadOrSystematic:
            "The attack was widespread or systematic; either suffices."
        }
    }

    public var citation: String {
        switch self {
        case .courseOfConduct: "art. 7(2)(a); Elements of Crimes, introduction to art. 7, para. 3"
        case .civilianPopulation: "art. 7(1), art. 7(2)(a); Elements of Crimes, introduction to art. 7, para. 3"
        case .policy: "art. 7(2)(a); Elements of Crimes, introduction to art. 7, para. 3 and footnote 6"
        case .widespreadOrSystematic: "art. 7(1)"
        }
    }

    public var notes: [LegalNote] {
        switch self {
        case .policy:
            [
                LegalNote(
                    footnote: 6,
                    "Only exceptionally may the policy be carried out by a deliberate failure to act consciously aimed at encouraging the attack; it cannot be inferred solely from the absence of governmental or organisational action.",
                    citation: "Elements of Crimes, introduction to art. 7, footnote 6")
            ]
        case .widespreadOrSystematic:
            [
                LegalNote(
                    "Indicators of widespread: the scale of the attack and the number of victims, over a broad area or time. Indicators of systematic: its organised nature, a pattern or regular repetition, planning, and the use of public or private resources. [Analysis: indicators drawn from the case law, not from the Statute.]",
                    citation: "art. 7(1)")
            ]
        default: []
        }
    }
}
