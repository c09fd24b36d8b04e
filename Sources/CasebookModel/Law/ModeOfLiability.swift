/// How an actor is said to be responsible for a crime: the modes of liability of
/// art. 25(3)(a)–(d) and art. 28 of the Rome Statute, and indirect co-perpetration, the ICC's
/// reading of art. 25(3)(a) for leaders.
///
/// Art. 25(3)(e) (incitement) applies to genocide only and is therefore not offered. Attempt
/// (art. 25(3)(f)) is not a mode but a flag on the allegation. Each mode's elements are in
/// `ModeOfLiability+Elements.swift`.
public enum ModeOfLiability: String, CaseIterable, Sendable, Codable {
    case direct
    case coPerpetration = "co-perpetration"
    case indirect
    case indirectCoPerpetration = "indirect-co-perpetration"
    case ordering
    case soliciting
    case inducing
    case aidingAbetting = "aiding-abetting"
    case commonPurpose = "common-purpose"
    case command
    case superior

    /// The key typed on the command line.
    public var key: String { rawValue }

    /// The mode as a lawyer names it.
    public var name: String {
        switch self {
        case .direct: "Direct perpetration"
        case .coPerpetration: "Co-perpetration"
        case .indirect: "Indirect perpetration"
        case .indirectCoPerpetration: "Indirect co-perpetration"
        case .ordering: "Ordering"
        case .soliciting: "Soliciting"
        case .inducing: "Inducing"
        case .aidingAbetting: "Aiding and abetting"
        case .commonPurpose: "Contribution to a common purpose"
        case .command: "Command responsibility (military commander)"
        case .superior: "Superior responsibility (civilian superior)"
        }
    }

    /// The statutory provision.
    public var article: String {
        switch self {
        case .direct, .coPerpetration, .indirect, .indirectCoPerpetration: "art. 25(3)(a)"
        case .ordering, .soliciting, .inducing: "art. 25(3)(b)"
        case .aidingAbetting: "art. 25(3)(c)"
        case .commonPurpose: "art. 25(3)(d)"
        case .command: "art. 28(a)"
        case .superior: "art. 28(b)"
        }
    }

    /// A paraphrase of what must be shown; operative words of the Statute only inside quotation marks.
    public var summary: String {
        switch self {
        case .direct: "Committed the crime personally, as an individual."
        case .coPerpetration: "Committed the crime jointly with others."
        case .indirect: "Committed the crime through another person, whether or not that person is criminally responsible."
        case .indirectCoPerpetration:
            "Committed the crime jointly with others, through persons or an organisation that one or more of them controlled (ICC case law on art. 25(3)(a): \(Self.katangaConfirmation); \(Self.ntagandaAppeal))."
        case .ordering: "Ordered the commission of a crime that \"in fact occurs or is attempted\" (art. 25(3)(b))."
        case .soliciting: "Solicited the commission of a crime that \"in fact occurs or is attempted\" (art. 25(3)(b))."
        case .inducing: "Induced the commission of a crime that \"in fact occurs or is attempted\" (art. 25(3)(b))."
        case .aidingAbetting:
            "Acting \"for the purpose of facilitating the commission of such a crime\" (art. 25(3)(c)), aided, abetted or otherwise assisted in its commission or its attempted commission, including by providing the means for its commission."
        case .commonPurpose:
            "Intentionally contributed in any other way to the commission or attempted commission of a crime by a group acting with a common purpose, either with the aim of furthering the group's criminal activity or criminal purpose, where that activity or purpose involves the commission of a crime within the Court's jurisdiction, or knowing the group's intention to commit the crime (art. 25(3)(d)); the case law requires a significant contribution (\(Self.mbarushimanaConfirmation), para. 283)."
        case .command:
            "A military commander (or person effectively acting as one) is responsible for crimes by forces under effective command and control, or effective authority and control, committed \"as a result of his or her failure to exercise control properly\" (art. 28(a)), who knew or, \"owing to the circumstances at the time, should have known\" (art. 28(a)(i)) of them, and who failed to take all necessary and reasonable measures within his or her power to prevent or repress them or to submit the matter to the competent authorities for investigation and prosecution."
        case .superior:
            "A civilian superior is responsible for crimes by subordinates under effective authority and control, committed \"as a result of his or her failure to exercise control properly\" (art. 28(b)), who knew, or \"consciously disregarded information which clearly indicated\" (art. 28(b)(i)), that they were committing or about to commit them; the crimes concerned activities within the superior's effective responsibility and control; and the superior failed to take all necessary and reasonable measures within his or her power to prevent or repress them or to submit the matter to the competent authorities for investigation and prosecution."
        }
    }
}
