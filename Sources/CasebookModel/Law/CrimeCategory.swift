/// One crime against humanity under art. 7(1) of the Rome Statute, with the elements
/// the Elements of Crimes require to be proved.
///
/// Crimes are data, not code: the taxonomy lives in `RomeStatute+Crimes.swift` so a
/// lawyer can review every paraphrase and citation in one place.
public struct CrimeCategory: Sendable, Hashable, Codable {
    /// The stable slug used on the command line and in the database (`torture`, `sexual-violence.rape`).
    public let key: String
    /// The crime's name as lawyers write it.
    public let name: String
    /// Where the statute lists it, e.g. "art. 7(1)(f)".
    public let article: String
    /// The Elements of Crimes heading, e.g. "art. 7(1)(g)-1" for rape.
    public let elementsHeading: String
    /// The specific (non-contextual) elements, in Elements of Crimes order.
    public let specificElements: [String]
    /// Notes on the crime as a whole (art. 7(2) definitions, footnotes to the heading), each cited.
    public let notes: [LegalNote]
    /// Notes that decide how one element is read (mostly Elements of Crimes footnotes), each cited.
    public let elementNotes: [LegalNote]
    /// Elements of Crimes fn 24 (enforced disappearance): the Court has jurisdiction only if the
    /// attack falls after the Statute entered into force. For the jurisdiction analysis.
    public let attackMustPostdateEntryIntoForce: Bool
    /// The numbers of the elements that describe the crime's result (the death, the mass killing,
    /// the deprivation of liberty and the refusal): an attempt (art. 25(3)(f)) replaces these and
    /// keeps the others. [Analysis: which elements are the result is a reading of each crime.]
    public let resultElements: [Int]

    public init(
        key: String, name: String, article: String, elementsHeading: String, specificElements: [String],
        notes: [LegalNote] = [], elementNotes: [LegalNote] = [], attackMustPostdateEntryIntoForce: Bool = false,
        resultElements: [Int] = [1]
    ) {
        self.resultElements = resultElements
        self.key = key
        self.name = name
        self.article = article
        self.elementsHeading = elementsHeading
        self.specificElements = specificElements
        self.notes = notes
        self.elementNotes = elementNotes
        self.attackMustPostdateEntryIntoForce = attackMustPostdateEntryIntoForce
    }

    /// All elements to prove: the specific ones first, then the two contextual ones,
    /// numbered as in the Elements of Crimes, each with the notes that decide its reading.
    public var elements: [CrimeElement] {
        var result = specificElements.enumerated().map { index, text in
            CrimeElement(
                key: "\(key).\(index + 1)", number: index + 1, text: text, isContextual: false,
                citation: "\(article); Elements of Crimes, \(elementsHeading), element \(index + 1)",
                notes: elementNotes.filter { $0.element == index + 1 })
        }
        for (offset, context) in ContextualElement.allCases.enumerated() {
            let number = specificElements.count + offset + 1
            result.append(
                CrimeElement(
                    key: context.key, number: number, text: context.text, isContextual: true,
                    citation: "art. 7(1) chapeau; Elements of Crimes, \(elementsHeading), element \(number)",
                    notes: context.notes))
        }
        return result
    }

    /// The element with this key, if it belongs to this crime.
    public func element(_ key: String) -> CrimeElement? {
        elements.first { $0.key == key }
    }
}

/// A footnote or definition that decides how the law is read, with where it comes from.
///
/// The text paraphrases; any words of the Statute or the Elements of Crimes appear only inside
/// quotation marks, and the citation names the provision.
public struct LegalNote: Sendable, Hashable, Codable {
    /// The element number the note belongs to, or nil for the crime (or mode) as a whole.
    public let element: Int?
    /// The Elements of Crimes footnote number, when the note is one.
    public let footnote: Int?
    public let text: String
    public let citation: String

    public init(element: Int? = nil, footnote: Int? = nil, _ text: String, citation: String) {
        self.element = element
        self.footnote = footnote
        self.text = text
        self.citation = citation
    }

    /// A note that is an Elements of Crimes footnote: the citation is built from the heading.
    package static func footnote(_ number: Int, element: Int? = nil, heading: String, _ text: String) -> LegalNote {
        LegalNote(element: element, footnote: number, text, citation: "Elements of Crimes, \(heading), footnote \(number)")
    }
}

/// One thing the prosecution must prove for a crime, with the citation a document prints beside it.
public struct CrimeElement: Sendable, Hashable, Codable {
    /// `torture.1`, or `context.attack` / `context.knowledge` for the shared contextual elements.
    public let key: String
    /// The element's number in the Elements of Crimes for this crime.
    public let number: Int
    /// A paraphrase of the element; operative words of the law only inside quotation marks.
    public let text: String
    /// True for the two elements every crime against humanity shares.
    public let isContextual: Bool
    /// e.g. "art. 7(1)(f); Elements of Crimes, art. 7(1)(f), element 1".
    public let citation: String
    /// The footnotes and definitions that decide how this element is read.
    public let notes: [LegalNote]
}

/// The two contextual elements that close every art. 7 crime in the Elements of Crimes.
public enum ContextualElement: String, CaseIterable, Sendable {
    case attack = "context.attack"
    case knowledge = "context.knowledge"

    /// The element key shared by every crime.
    public var key: String { rawValue }

    /// A paraphrase of the contextual element (Elements of Crimes, introduction to art. 7).
    public var text: String {
        switch self {
        case .attack:
            "The conduct was part of a \"widespread or systematic attack directed against any civilian population\" (art. 7(1))."
        case .knowledge:
            "The perpetrator knew the conduct was part of that attack, or meant it to be."
        }
    }

    /// How the contextual element is proved in Casebook and read in law.
    public var notes: [LegalNote] {
        switch self {
        case .attack:
            [
                LegalNote(
                    "Proved by the attack the allegation is linked to (the attack's own elements) together with the nexus: sources cited for context.attack show that this conduct was part of that attack.",
                    citation: "art. 7(1), art. 7(2)(a); Elements of Crimes, introduction to art. 7, para. 3"),
                LegalNote(
                    footnote: 6,
                    "The policy must be actively promoted or encouraged by the State or organisation; only exceptionally may it be carried out by a deliberate failure to act consciously aimed at encouraging the attack, and it cannot be inferred solely from the absence of governmental or organisational action.",
                    citation: "Elements of Crimes, introduction to art. 7, para. 3 and footnote 6"),
            ]
        case .knowledge:
            [
                LegalNote(
                    "Knowledge of every characteristic of the attack or of the precise details of the plan or policy is not required; where the attack is emerging, intending to further it is enough.",
                    citation: "Elements of Crimes, introduction to art. 7, para. 2"),
                LegalNote(
                    "In Casebook: this element is the perpetrator's knowledge. A citation that names no actor proves the physical perpetrators' knowledge, and one that names an actor alleged as a perpetrator under art. 25(3)(a) proves it too. For an accessory under art. 25(3)(b)–(d) a citation naming that actor proves only the actor's own knowledge; a superior's knowledge under art. 28 is of the subordinates' crimes and is proved with command.knowledge or superior.knowledge.",
                    citation: "art. 25(3), art. 28, art. 30; Elements of Crimes, introduction to art. 7, para. 2"),
            ]
        }
    }
}
