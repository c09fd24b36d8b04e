import CasebookModel

/// How the grades read on screen: the letter or number with its meaning, so no one needs the
/// scale beside them.
enum GradeWords {
    /// "B (usually reliable)", or "not graded".
    static func reliability(_ grade: SourceReliability?) -> String {
        grade.map { "\($0.rawValue) (\($0.meaning))" } ?? "not graded"
    }

    /// "2 (probably true)", or "not graded".
    static func credibility(_ grade: InformationCredibility?) -> String {
        grade.map { "\($0.rawValue) (\($0.meaning))" } ?? "not graded"
    }

    /// The grades in the analysts' short form: "B2"; a dash for a grade not given ("B–", "–2");
    /// nil when neither is.
    static func short(_ reliability: SourceReliability?, _ credibility: InformationCredibility?) -> String? {
        guard reliability != nil || credibility != nil else { return nil }
        return (reliability?.rawValue ?? "–") + (credibility.map { String($0.rawValue) } ?? "–")
    }

    /// What a citation says of how its source knows and how it is graded, for the brackets after
    /// it: "first-hand; B2". A testimony cited without a basis says so: it never counts as
    /// first-hand. Nil when there is nothing to say.
    static func citationBrackets(
        source: RecordID, basis: String?, reliability: SourceReliability?, credibility: InformationCredibility?
    ) -> String? {
        let parts = [basis ?? (source.kind == .testimony ? "basis not stated" : nil), short(reliability, credibility)]
            .compactMap { $0 }
        return parts.isEmpty ? nil : parts.joined(separator: "; ")
    }
}
