import CasebookCore
import CasebookFilings
import CasebookModel

/// How the grades read on screen: the letter or number with its meaning, so no one needs the
/// scale beside them.
enum GradeWords {
    /// "B (usually reliable)", or "not graded".
    static func reliability(_ grade: SourceReliability?) -> String {
        grade.map { "\($0.rawValue) (\($0.meaning))" } ?? "not graded"
    }

    /// The grades in the analysts' short form when both are given ("B2"); in words when only one
    /// is ("reliability B", "credibility 2"), so a missing grade never reads as a minus; "ungraded"
    /// when neither is.
    static func short(_ reliability: SourceReliability?, _ credibility: InformationCredibility?) -> String {
        WeighingWords.grades(reliability, credibility)
    }

    /// What a citation says of how its source knows and how it is graded, for the brackets after
    /// it: "first-hand; B2". A testimony cited without a basis says so ("basis not stated"): it
    /// never counts as first-hand.
    static func citationBrackets(
        source: RecordID, basis: String?, reliability: SourceReliability?, credibility: InformationCredibility?
    ) -> String {
        [basis ?? (source.kind == .testimony ? "basis not stated" : nil), short(reliability, credibility)]
            .compactMap { $0 }.joined(separator: "; ")
    }

    /// An element's weight in one line: "3 sources, 2 independent (first-hand 1; best B2): meets
    /// reasonable grounds", or what it lacks.
    static func weight(_ c: Corroboration) -> String {
        let withdrawn = c.withdrawn == 0 ? "" : " (\(c.withdrawn) withdrawn, not counted)"
        let counts =
            c.sources == 0
            ? "no source\(withdrawn)"
            : "\(c.sources) source\(c.sources == 1 ? "" : "s")\(withdrawn), \(c.groups.count) independent (first-hand \(c.firstHandGroups); best \(short(c.bestReliability, c.bestCredibility)))"
        switch c.status {
        case .meets: return "\(counts): meets \(c.standard.name)"
        case .insufficient, .gap:
            return "\(counts): short of \(c.standard.name): \(c.shortfall ?? "no source")"
        }
    }

    /// "reasonable grounds (art. 58(1)…): 2 independent sources, 1 first-hand", with "the case's
    /// threshold" when the case changed the default.
    static func rule(_ rule: ProofRule) -> String {
        let t = rule.threshold
        var needs = ["\(t.groups) independent source\(t.groups == 1 ? "" : "s")", "\(t.firstHand) first-hand"]
        if let r = t.reliability { needs.append("reliability \(r.rawValue) or better") }
        if let c = t.credibility { needs.append("credibility \(c.rawValue) or better") }
        return "\(rule.standard.name) (\(rule.standard.article)); an element needs \(needs.joined(separator: ", "))"
            + (rule.isCustom ? " (not the standard's default)" : "")
    }

    /// "12 meet the standard, 30 fall short, 139 have no source; 25 rest on one independent source, 3 on hearsay alone".
    static func weighing(_ w: ElementWeighing) -> String {
        var text =
            "\(w.meets) meet the standard, \(w.insufficient) fall short of it, "
            + (w.inferred > 0 ? "\(w.inferred) are argued with no source (alleged by inference), " : "")
            + "\(w.gaps) have no source; "
            + "\(w.singleGroup) rest on one independent source, \(w.hearsayOnly) on hearsay alone"
        if w.withdrawnCitations > 0 { text += "; \(w.withdrawnCitations) citation(s) of withdrawn passages not counted" }
        return text
    }
}
