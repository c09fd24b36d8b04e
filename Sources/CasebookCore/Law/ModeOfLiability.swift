/// How an actor is said to be responsible for a crime: the modes of liability of
/// art. 25(3)(a)–(d) and art. 28 of the Rome Statute.
///
/// Art. 25(3)(e) (incitement) applies to genocide only and is therefore not offered.
public enum ModeOfLiability: String, CaseIterable, Sendable, Codable {
    case direct
    case coPerpetration = "co-perpetration"
    case indirect
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
        case .direct, .coPerpetration, .indirect: "art. 25(3)(a)"
        case .ordering, .soliciting, .inducing: "art. 25(3)(b)"
        case .aidingAbetting: "art. 25(3)(c)"
        case .commonPurpose: "art. 25(3)(d)"
        case .command: "art. 28(a)"
        case .superior: "art. 28(b)"
        }
    }

    /// A paraphrase of what must be shown.
    public var summary: String {
        switch self {
        case .direct: "Committed the crime personally, as an individual."
        case .coPerpetration: "Committed the crime jointly with others."
        case .indirect: "Committed the crime through another person, whether or not that person is criminally responsible."
        case .ordering: "Ordered the commission of a crime that occurred or was attempted."
        case .soliciting: "Solicited the commission of a crime that occurred or was attempted."
        case .inducing: "Induced the commission of a crime that occurred or was attempted."
        case .aidingAbetting: "Aided, abetted or otherwise assisted, including by providing the means, to facilitate the crime."
        case .commonPurpose: "Intentionally contributed to a crime by a group acting with a common purpose, to further its criminal purpose or knowing its intention."
        case .command: "A military commander (or person acting as one) who knew or should have known of crimes by forces under effective command and control and failed to take necessary and reasonable measures."
        case .superior: "A civilian superior who knew or consciously disregarded information about crimes by subordinates within effective responsibility and control and failed to take necessary and reasonable measures."
        }
    }
}
