import CasebookCore
import CasebookModel

/// How the weight of the evidence reads in a filing: the standard named as the Statute names it,
/// the sources counted as independent sources, and never "shown" or "established" for an element
/// below the standard the team works to: there the filing alleges, and says what supports it.
public enum WeighingWords {
    /// "2 independent sources, 1 of them first-hand; best graded B2", from one element's weighing.
    static func support(_ c: Corroboration) -> String {
        let groups = c.groups.count
        var text = "\(groups == 1 ? "one independent source" : "\(groups) independent sources")"
        switch (groups, c.firstHandGroups) {
        case (0, _): break
        case (1, 0): text += ", not first-hand"
        case (1, _): text += ", first-hand"
        case (_, 0): text += ", none first-hand"
        case (let all, let firstHand) where all == firstHand: text += all == 2 ? ", both first-hand" : ", all first-hand"
        default: text += ", \(c.firstHandGroups) of them first-hand"
        }
        switch (c.bestReliability, c.bestCredibility) {
        case (let r?, let cr?): text += "; best graded \(r.rawValue)\(cr.rawValue)"
        case (let r?, nil): text += "; best source reliability \(r.rawValue)"
        case (nil, let cr?): text += "; best credibility \(cr.rawValue)"
        case (nil, nil): text += "; not graded"
        }
        return text
    }

    /// The grades in the analysts' short form ("B2"), in words when only one is given, "ungraded" for none.
    public static func grades(_ reliability: SourceReliability?, _ credibility: InformationCredibility?) -> String {
        switch (reliability, credibility) {
        case (let r?, let c?): "\(r.rawValue)\(c.rawValue)"
        case (let r?, nil): "reliability \(r.rawValue)"
        case (nil, let c?): "credibility \(c.rawValue)"
        case (nil, nil): "ungraded"
        }
    }

    /// "reasonable grounds (art. 58(1)…): 2 independent sources, 1 of them first-hand", for a page's heading.
    static func rule(_ rule: ProofRule) -> String {
        let t = rule.threshold
        var needs = [
            t.groups == 1 ? "one independent source" : "\(t.groups) independent sources",
            t.firstHand == 0 ? "none first-hand" : "\(t.firstHand) of them first-hand",
        ]
        if let r = t.reliability { needs.append("reliability \(r.rawValue) or better") }
        if let c = t.credibility { needs.append("credibility \(c.rawValue) or better") }
        return "the standard of \(rule.standard.name) (\(rule.standard.article)): an element needs "
            + needs.joined(separator: ", ") + (rule.isCustom ? " (not the standard's default)" : "")
    }

    /// The element's status in sentences: where it meets the standard, and where it is alleged on
    /// support short of it, with what it lacks; incident by incident for a crime's element.
    static func status(_ weighings: [DossierWeighing]) -> String {
        guard let standard = weighings.first?.corroboration.standard.name else { return "" }
        let meets = weighings.filter { $0.corroboration.status == .meets }
        let short = weighings.filter { $0.corroboration.status == .insufficient }
        var sentences: [String] = []
        if !meets.isEmpty {
            let lead = meets.first?.incident == nil ? "Meets the standard of \(standard): " : "Meets the standard of \(standard) "
            sentences.append(lead + places(meets) { support($0.corroboration) } + ".")
        }
        if !short.isEmpty {
            let lead =
                short.first?.incident == nil
                ? "Alleged, on support short of the standard of \(standard): "
                : "Alleged, on support short of the standard of \(standard), "
            sentences.append(
                lead
                    + places(short) { "\(support($0.corroboration)); lacking \(lacking($0.corroboration))" } + ".")
        }
        return sentences.joined(separator: " ")
    }

    /// What the sources lack to meet the threshold: "one more independent source and a first-hand one".
    static func lacking(_ c: Corroboration) -> String {
        let need = c.rule.threshold
        var missing: [String] = []
        let groups = need.groups - c.groups.count
        if groups > 0 { missing.append(groups == 1 ? "one more independent source" : "\(groups) more independent sources") }
        let firstHand = need.firstHand - c.firstHandGroups
        if firstHand > 0 { missing.append(firstHand == 1 ? "a first-hand source" : "\(firstHand) more first-hand sources") }
        if let r = need.reliability, !(c.bestReliability.map { $0 <= r } ?? false) {
            missing.append("a source graded \(r.rawValue) or better for reliability")
        }
        if let cr = need.credibility, !(c.bestCredibility.map { $0 <= cr } ?? false) {
            missing.append("a citation graded \(cr.rawValue) or better for credibility")
        }
        return missing.count <= 1
            ? missing.joined() : missing.dropLast().joined(separator: ", ") + " and " + missing[missing.count - 1]
    }

    /// "in I-1 (…) and I-3 (…)", or ": …" for an element of one record.
    private static func places(_ weighings: [DossierWeighing], _ detail: (DossierWeighing) -> String) -> String {
        guard weighings.first?.incident != nil else { return weighings.map(detail).joined(separator: "; ") }
        let parts = weighings.map { w in w.incident.map { "\($0) (\(detail(w)))" } ?? detail(w) }
        let joined =
            parts.count <= 1
            ? parts.joined() : parts.dropLast().joined(separator: "; ") + "; and " + parts[parts.count - 1]
        return "in " + joined
    }

    /// The UPR methodology's sentence on how well the incidents reported are sourced.
    static func incidents(_ w: UPRIncidentWeighing, withheldTestimonies: Bool) -> String {
        let t = w.rule.threshold
        let needs =
            (t.groups == 1 ? "one independent source" : "\(t.groups) independent sources")
            + (t.firstHand == 0
                ? "" : t.firstHand == 1 ? ", one of them a first-hand account" : ", \(t.firstHand) of them first-hand accounts")
        return "Sources are counted as independent sources: all the interviews of one witness, and what that witness "
            + "provided, count as one. Each source is graded for reliability (A to F) and each use of it for credibility "
            + "(1 to 6). Of the \(w.incidents == 1 ? "incident" : "\(w.incidents) incidents") reported, "
            + "the conduct alleged is supported in \(w.meetingTheStandard) by at least \(needs), which the team takes as "
            + "meeting the standard of \(w.rule.standard.name)"
            + "\(w.rule.standard == .reasonableGrounds ? " applied by the Commission of Inquiry in 2014" : ""); "
            + "in \(w.singleSource) it rests on a single independent source, in \(w.noFirstHand) it has no first-hand account, "
            + "and in \(w.noSource) it has no source yet."
            + (withheldTestimonies ? " Testimonies that are not cited are counted in these figures as the sources they are." : "")
    }

    /// The methodology's paragraphs on grading, independence and the standard, with the counts.
    /// In a filing (`filing`), the elements with nothing to support them are left out of the document,
    /// so they are left out of the count too (the work notes list them).
    static func methodology(_ w: ElementWeighing, withheldTestimonies: Bool, filing: Bool = false) -> [String] {
        let t = w.rule.threshold
        var needs = [
            t.groups == 1 ? "one independent source" : "\(t.groups) independent sources",
            t.firstHand == 0 ? "no first-hand source required" : "\(t.firstHand) of them first-hand",
        ]
        if let r = t.reliability { needs.append("at least one source graded \(r.rawValue) or better for reliability") }
        if let c = t.credibility { needs.append("at least one citation graded \(c.rawValue) or better for credibility") }
        var paragraphs = [
            "Each source is graded for its reliability, from A to F (A completely reliable, B usually reliable, "
                + "C fairly reliable, D not usually reliable, E unreliable, F reliability cannot be judged), and each "
                + "use of a source for its credibility, from 1 to 6 (1 confirmed by other sources, 2 probably true, "
                + "3 possibly true, 4 doubtful, 5 improbable, 6 truth cannot be judged); the two are judged separately. "
                + "Each citation states how its source knows what it says (first-hand, hearsay, documentary, expert "
                + "or open-source); a testimony whose basis is not stated is not treated as first-hand.",
            "Sources are counted as independent sources, not as citations: all the interviews of one witness, their "
                + "transcripts and what that witness provided are one source; a report or other item that relays "
                + "another source counts with that source; every other item is a source of its own. A passage a "
                + "witness later withdrew is not relied on.",
            "The elements are weighed against the standard of \(w.rule.standard.name) (\(w.rule.standard.article)). "
                + "An element is treated as meeting it when supported by \(needs.joined(separator: ", "))"
                + (w.rule.isCustom ? " (the threshold the team set for this case)" : "")
                + ". This is a working rule of the team, not a rule of the Court. Below it, the element is alleged and "
                + "what supports it is stated. Of the \(w.meets + w.insufficient + w.inferred + (filing ? 0 : w.gaps)) elements set out (of the crimes, "
                + "the attack and the modes of liability), "
                + "\(w.meets) meet the standard, \(w.insufficient) are alleged on support short of it"
                + (w.inferred > 0
                    ? ", \(w.inferred) are alleged by inference (argued, with no source stating them)" : "")
                + (filing ? "" : " and \(w.gaps) have no source yet")
                + "; \(w.singleGroup) rest on a single independent source and \(w.hearsayOnly) on "
                + "hearsay alone.",
        ]
        if withheldTestimonies {
            paragraphs.append(
                "Testimonies that cannot be cited, because their witnesses did not consent to it, are counted in this "
                    + "weighing as the sources they are, without being cited.")
        }
        return paragraphs
    }
}
