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
            return [element("conduct", "The actor personally carried out the material elements of the crime.", "art. 25(3)(a) (\"as an individual\")"), mental]
        case .coPerpetration:
            return [
                element("common-plan", "The actor and at least one other person agreed on a common plan that, if carried out, would result in the crime.", "art. 25(3)(a) (\"jointly with another\"); ICC case law (Lubanga)"),
                element("essential-contribution", "The actor made an essential contribution to carrying out the plan, coordinated with the others'.", "art. 25(3)(a); ICC case law (Lubanga)"),
                mental,
            ]
        case .indirect:
            return [
                element("control", "The actor controlled the will of the person who carried out the material elements, or an organisation through which they were carried out.", "art. 25(3)(a) (\"through another person, regardless of whether that other person is criminally responsible\")"),
                mental,
            ]
        case .indirectCoPerpetration:
            let cases = "art. 25(3)(a); Katanga and Ngudjolo, Decision on the confirmation of charges, 2008; Ntaganda, Appeals Judgment, 2021"
            return [
                element("common-plan", "The actor and others agreed on a common plan that, if carried out, would result in the crime.", cases),
                element("control-over-organisation", "One or more of them controlled an organised, hierarchical apparatus of power whose members carried out the material elements, compliance with orders being all but automatic.", cases),
                element("essential-contribution", "The actor made an essential contribution, coordinated with the others', to carrying out the plan.", cases),
                mental,
            ]
        case .ordering:
            return [
                element("authority", "The actor was in a position of authority over the person who carried out the crime.", "art. 25(3)(b); ICC case law"),
                element("order", "The actor instructed that person to commit the crime, and the order had a direct effect on its commission.", "art. 25(3)(b)"),
                occurred, mental,
            ]
        case .soliciting, .inducing:
            return [
                element("influence", "The actor urged, encouraged or otherwise influenced another person to commit the crime, with a direct effect on its commission.", "art. 25(3)(b)"),
                occurred, mental,
            ]
        case .aidingAbetting:
            return [
                element("assistance", "The actor aided, abetted or otherwise assisted in the crime's commission or attempted commission, including by providing the means.", "art. 25(3)(c)"),
                element("purpose", "The actor acted \"for the purpose of facilitating the commission of such a crime\" (art. 25(3)(c)), or its attempted commission.", "art. 25(3)(c)"),
                element("occurred", "The crime was committed or attempted by another person.", "art. 25(3)(c)"),
            ]
        case .commonPurpose:
            return [
                element("group", "A group of persons acting with a common purpose committed or attempted the crime.", "art. 25(3)(d)"),
                element("contribution", "The actor contributed to it in some other way than art. 25(3)(a)–(c).", "art. 25(3)(d)"),
                element("intentional", "The contribution was intentional.", "art. 25(3)(d)"),
                element("aim-or-knowledge", "The contribution was made either (i) with the aim of furthering the group's criminal activity or purpose, or (ii) knowing the group's intention to commit the crime.", "art. 25(3)(d)(i)–(ii)"),
            ]
        case .command:
            return [
                element("relationship", "The actor was a military commander, or a person effectively acting as one, over the forces who committed the crimes.", "art. 28(a)"),
                element("effective-control", "The forces were under the actor's effective command and control, or effective authority and control.", "art. 28(a)"),
                element("knowledge", "The actor knew or, \"owing to the circumstances at the time, should have known\" (art. 28(a)(i)) that the forces were committing or about to commit the crimes.", "art. 28(a)(i)"),
                element("failure-to-act", "The actor failed to take all necessary and reasonable measures within his or her power to prevent or repress the crimes, or to submit the matter to the competent authorities for investigation and prosecution.", "art. 28(a)(ii)"),
                element("causation", "The crimes were committed \"as a result of his or her failure to exercise control properly\" over the forces (art. 28(a)).", "art. 28(a)"),
            ]
        case .superior:
            return [
                element("relationship", "The actor was a superior (not a military commander) of the subordinates who committed the crimes.", "art. 28(b)"),
                element("effective-control", "The subordinates were under the actor's effective authority and control.", "art. 28(b)"),
                element("knowledge", "The actor knew, or \"consciously disregarded information which clearly indicated\" (art. 28(b)(i)), that the subordinates were committing or about to commit the crimes.", "art. 28(b)(i)"),
                element("responsibility", "The crimes concerned activities within the actor's effective responsibility and control.", "art. 28(b)(ii)"),
                element("failure-to-act", "The actor failed to take all necessary and reasonable measures within his or her power to prevent or repress the crimes, or to submit the matter to the competent authorities for investigation and prosecution.", "art. 28(b)(iii)"),
                element("causation", "The crimes were committed \"as a result of his or her failure to exercise control properly\" over the subordinates (art. 28(b)).", "art. 28(b)"),
            ]
        }
    }

    /// Whether the contextual knowledge of the attack is proved for the actor personally.
    /// Art. 28 asks what the superior knew of the subordinates' crimes instead.
    public var needsPersonalKnowledgeOfAttack: Bool {
        self != .command && self != .superior
    }
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
