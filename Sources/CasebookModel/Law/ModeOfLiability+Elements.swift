/// One thing to prove for an actor's mode of liability, such as `command.effective-control`.
public struct LiabilityElement: Sendable, Hashable, Codable {
    /// `MODE.name`, typed with `cite --actor A-n --element`.
    public let key: String
    /// A paraphrase; operative words of the Statute only inside quotation marks.
    public let text: String
    /// The provision (and, for judge-made requirements, the case law) it comes from.
    public let citation: String
}

extension ModeOfLiability {
    /// The elements of this mode, to be proved for each actor it is attributed to.
    ///
    /// Art. 25(3) modes end with the actor's own mental element (art. 30, "unless otherwise
    /// provided"); art. 28 provides its own knowledge standard instead.
    public var elements: [LiabilityElement] {
        func element(_ name: String, _ text: String, _ citation: String) -> LiabilityElement {
            LiabilityElement(key: "\(key).\(name)", text: text, citation: citation)
        }
        let mental = element(
            "mental",
            "The actor meant to engage in the conduct and meant to cause the consequence or was aware it would occur \"in the ordinary course of events\", and was aware of the relevant circumstances (art. 30(2)–(3)); art. 30 applies \"unless otherwise provided\" (art. 30(1)), as where the crime's own elements set a mental element.",
            "art. 30")
        let occurred = element(
            "occurred", "The crime \"in fact occurs or is attempted\" (art. 25(3)(b)).", "art. 25(3)(b)")
        switch self {
        case .direct:
            return [
                element(
                    "conduct", "The actor personally carried out the material elements of the crime.",
                    "art. 25(3)(a) (\"as an individual\")"), mental,
            ]
        case .coPerpetration:
            return [
                element(
                    "common-plan",
                    "The actor and at least one other person agreed on a common plan that, if carried out, would result in the crime.",
                    "art. 25(3)(a) (\"jointly with another\"); \(Self.lubangaConfirmation), paras 343–345 [verify paras]"),
                element(
                    "essential-contribution",
                    "The actor made an essential contribution to carrying out the plan, coordinated with the others'.",
                    "art. 25(3)(a); \(Self.lubangaConfirmation), paras 346–348 [verify paras]; \(Self.lubangaAppeal), paras 469–473 [verify paras]"
                ),
                element(
                    "mutual-awareness",
                    "The actor and the other co-perpetrators were mutually aware, and mutually accepted, that implementing the common plan would result in the crime (a requirement of the case law, not of the Statute's text).",
                    "\(Self.lubangaConfirmation), paras 361–365 [verify paras]"),
                element(
                    "awareness-of-control",
                    "The actor was aware of the factual circumstances enabling him or her to control the crime jointly with the others (a requirement of the case law, not of the Statute's text).",
                    "\(Self.lubangaConfirmation), paras 366–367 [verify paras]"),
                mental,
            ]
        case .indirect:
            let apparatus = "art. 25(3)(a); \(Self.katangaConfirmation), paras 500–518 [verify paras]"
            return [
                element(
                    "control",
                    "The actor committed the crime through another person, \"regardless of whether that other person is criminally responsible\" (art. 25(3)(a)), by controlling that person's will or, through an organisation, by controlling an organised and hierarchical apparatus of power.",
                    "art. 25(3)(a); \(Self.katangaConfirmation), paras 495–499 [verify paras]"),
                element(
                    "apparatus",
                    "Where the control is through an organisation: it was an organised and hierarchical apparatus of power whose members were interchangeable, so that compliance with the actor's orders was all but automatic (a requirement of the case law, not of the Statute's text).",
                    apparatus),
                element(
                    "awareness-of-control",
                    "The actor was aware of the factual circumstances enabling him or her to exercise control over the crime through the other person or the organisation (a requirement of the case law, not of the Statute's text).",
                    "\(Self.katangaConfirmation), paras 527–539 [verify paras]"),
                mental,
            ]
        case .indirectCoPerpetration:
            let cases =
                "art. 25(3)(a); \(Self.katangaConfirmation), paras 500–518 [verify paras]; \(Self.ntagandaAppeal) [verify paras]"
            let subjective = "\(Self.katangaConfirmation), paras 527–539 [verify paras]"
            return [
                element(
                    "common-plan", "The actor and others agreed on a common plan that, if carried out, would result in the crime.",
                    cases),
                element(
                    "control-over-organisation",
                    "One or more of them controlled an organised, hierarchical apparatus of power whose members carried out the material elements, compliance with orders being all but automatic.",
                    cases),
                element(
                    "essential-contribution",
                    "The actor made an essential contribution, coordinated with the others', to carrying out the plan.", cases),
                element(
                    "mutual-awareness",
                    "The actor and the other co-perpetrators were mutually aware, and mutually accepted, that implementing the common plan would result in the crime (a requirement of the case law, not of the Statute's text).",
                    subjective),
                element(
                    "awareness-of-control",
                    "The actor was aware of the factual circumstances enabling him or her to exercise control over the crime through the organisation, jointly with the others (a requirement of the case law, not of the Statute's text).",
                    subjective),
                mental,
            ]
        case .ordering:
            return [
                element(
                    "authority",
                    "The actor was in a position of authority over the person who carried out the crime (a requirement of the case law).",
                    "art. 25(3)(b); \(Self.ntagandaTrial), paras 788–789 [verify paras]"),
                element(
                    "order",
                    "The actor instructed that person to commit the crime, or to engage in conduct in the execution of which a crime would be carried out; that the order had a direct effect on its commission is a requirement of the case law.",
                    "art. 25(3)(b); \(Self.ntagandaTrial), paras 788–789 [verify paras]"),
                occurred,
                element(
                    "likelihood",
                    "Where the order was to engage in conduct rather than to commit the crime: the actor was aware of the substantial likelihood that a crime would be committed in executing it (a requirement of the case law, not of the Statute's text).",
                    "art. 25(3)(b) with art. 30(2)(b); \(Self.ntagandaTrial), paras 788–789 [verify paras]"),
                mental,
            ]
        case .soliciting, .inducing:
            return [
                element(
                    "influence",
                    "The actor urged, encouraged or otherwise influenced another person to commit the crime; that the influence had a direct effect on its commission is a requirement of the case law.",
                    "art. 25(3)(b); \(Self.bembaArticle70Trial), paras 76–81 [verify paras]"),
                occurred, mental,
            ]
        case .aidingAbetting:
            return [
                element(
                    "assistance",
                    "The actor aided, abetted or otherwise assisted \"in its commission or its attempted commission, including providing the means for its commission\" (art. 25(3)(c)).",
                    "art. 25(3)(c)"),
                element(
                    "purpose",
                    "The actor acted \"for the purpose of facilitating the commission of such a crime\" (art. 25(3)(c)).",
                    "art. 25(3)(c)"),
                element("occurred", "The crime was committed or attempted by another person.", "art. 25(3)(c)"),
                element(
                    "awareness",
                    "The actor meant to give the assistance and was aware of the principal's crime: that it was being or would \"in the ordinary course of events\" (art. 30(2)(b)) be committed, and of its essential elements.",
                    "art. 25(3)(c) with art. 30; \(Self.bembaArticle70Appeal), paras 1399–1401 [verify paras]"),
            ]
        case .commonPurpose:
            return [
                element(
                    "group", "A group of persons acting with a common purpose committed or attempted the crime.", "art. 25(3)(d)"),
                element(
                    "contribution",
                    "The actor contributed to it in some other way than art. 25(3)(a)–(c); the case law requires the contribution to be significant.",
                    "art. 25(3)(d); \(Self.mbarushimanaConfirmation), para. 283; \(Self.katangaTrial), paras 1632–1635 [verify paras]"
                ),
                element("intentional", "The contribution was intentional.", "art. 25(3)(d)"),
                element(
                    "aim-or-knowledge",
                    "The contribution was made either (i) with the aim of furthering the group's criminal activity or criminal purpose, \"where such activity or purpose involves the commission of a crime within the jurisdiction of the Court\" (art. 25(3)(d)(i)), or (ii) knowing of the group's intention to commit the crime (art. 25(3)(d)(ii)).",
                    "art. 25(3)(d)(i)–(ii)"),
            ]
        case .command:
            return [
                element(
                    "relationship",
                    "The actor was a military commander, or a person effectively acting as one, over the forces who committed the crimes.",
                    "art. 28(a)"),
                element(
                    "effective-control",
                    "The forces were under the actor's effective command and control, or effective authority and control.",
                    "art. 28(a)"),
                element(
                    "knowledge",
                    "The actor knew or, \"owing to the circumstances at the time, should have known\" (art. 28(a)(i)) that the forces were committing or about to commit the crimes.",
                    "art. 28(a)(i)"),
                element(
                    "failure-to-act",
                    "The actor failed to take all necessary and reasonable measures within his or her power to prevent or repress the crimes, or to submit the matter to the competent authorities for investigation and prosecution.",
                    "art. 28(a)(ii)"),
                element(
                    "causation",
                    "The crimes were committed \"as a result of his or her failure to exercise control properly\" over the forces (art. 28(a)).",
                    "art. 28(a)"),
            ]
        case .superior:
            return [
                element(
                    "relationship",
                    "The actor was a superior (not a military commander) of the subordinates who committed the crimes.",
                    "art. 28(b)"),
                element(
                    "effective-control", "The subordinates were under the actor's effective authority and control.", "art. 28(b)"),
                element(
                    "knowledge",
                    "The actor knew, or \"consciously disregarded information which clearly indicated\" (art. 28(b)(i)), that the subordinates were committing or about to commit the crimes.",
                    "art. 28(b)(i)"),
                element(
                    "responsibility", "The crimes concerned activities within the actor's effective responsibility and control.",
                    "art. 28(b)(ii)"),
                element(
                    "failure-to-act",
                    "The actor failed to take all necessary and reasonable measures within his or her power to prevent or repress the crimes, or to submit the matter to the competent authorities for investigation and prosecution.",
                    "art. 28(b)(iii)"),
                element(
                    "causation",
                    "The crimes were committed \"as a result of his or her failure to exercise control properly\" over the subordinates (art. 28(b)).",
                    "art. 28(b)"),
            ]
        }
    }

    /// Whether the mode makes the actor a perpetrator (art. 25(3)(a)), whose knowledge of the attack
    /// is the crime's own knowledge element; accessories and superiors are not perpetrators.
    public var isPerpetration: Bool {
        [.direct, .coPerpetration, .indirect, .indirectCoPerpetration].contains(self)
    }

    /// Whether the contextual knowledge of the attack is proved for the actor personally.
    /// Art. 28 asks what the superior knew of the subordinates' crimes instead.
    public var needsPersonalKnowledgeOfAttack: Bool {
        self != .command && self != .superior
    }
}

/// The decisions the elements of the modes cite, written out once so they cannot drift apart.
extension ModeOfLiability {
    package static let lubangaConfirmation =
        "Lubanga, Pre-Trial Chamber I, Decision on the confirmation of charges, 29 January 2007, ICC-01/04-01/06-803-tEN"
    package static let lubangaAppeal =
        "Lubanga, Appeals Chamber, Judgment on the appeal against conviction, 1 December 2014, ICC-01/04-01/06-3121-Red"
    package static let katangaConfirmation =
        "Katanga and Ngudjolo, Pre-Trial Chamber I, Decision on the confirmation of charges, 30 September 2008, ICC-01/04-01/07-717"
    package static let katangaTrial =
        "Katanga, Trial Chamber II, Judgment pursuant to article 74, 7 March 2014, ICC-01/04-01/07-3436-tENG"
    package static let ntagandaTrial = "Ntaganda, Trial Chamber VI, Judgment, 8 July 2019, ICC-01/04-02/06-2359"
    package static let ntagandaAppeal =
        "Ntaganda, Appeals Chamber, Judgment on the appeals against the trial judgment, 30 March 2021, ICC-01/04-02/06-2666-Red"
    package static let mbarushimanaConfirmation =
        "Mbarushimana, Pre-Trial Chamber I, Decision on the confirmation of charges, 16 December 2011, ICC-01/04-01/10-465-Red"
    package static let bembaArticle70Appeal =
        "Bemba et al., Appeals Chamber, Judgment on the appeals against the trial judgment, 8 March 2018, ICC-01/05-01/13-2275-Red"
    package static let bembaArticle70Trial =
        "Bemba et al., Trial Chamber VII, Judgment pursuant to article 74, 19 October 2016, ICC-01/05-01/13-1989-Red"
}

extension RomeStatute {
    /// Every element key of every mode, for telling a mode element from a crime element.
    public static let liabilityElementKeys: Set<String> = Set(ModeOfLiability.allCases.flatMap { $0.elements.map(\.key) })
}

/// A mode of liability as `crimes MODE --json` prints it.
public struct ModeView: Codable, Sendable, Equatable {
    public let mode: ModeOfLiability
    public let name: String
    public let article: String
    public let summary: String
    public let elements: [LiabilityElement]
    public let needsPersonalKnowledgeOfAttack: Bool

    public init(_ mode: ModeOfLiability) {
        self.mode = mode
        name = mode.name
        article = mode.article
        summary = mode.summary
        elements = mode.elements
        needsPersonalKnowledgeOfAttack = mode.needsPersonalKnowledgeOfAttack
    }
}
