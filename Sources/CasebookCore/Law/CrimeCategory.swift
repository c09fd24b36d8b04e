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
    /// Definitions or notes that help apply the crime (art. 7(2) definitions, grounds).
    public let notes: [String]

    /// All elements to prove: the specific ones first, then the two contextual ones,
    /// numbered as in the Elements of Crimes.
    public var elements: [CrimeElement] {
        var result = specificElements.enumerated().map { index, text in
            CrimeElement(
                key: "\(key).\(index + 1)", number: index + 1, text: text, isContextual: false,
                citation: "\(article); Elements of Crimes, \(elementsHeading), element \(index + 1)")
        }
        for (offset, context) in ContextualElement.allCases.enumerated() {
            let number = specificElements.count + offset + 1
            result.append(
                CrimeElement(
                    key: context.key, number: number, text: context.text, isContextual: true,
                    citation: "art. 7(1) chapeau; Elements of Crimes, \(elementsHeading), element \(number)"))
        }
        return result
    }

    /// The element with this key, if it belongs to this crime.
    public func element(_ key: String) -> CrimeElement? {
        elements.first { $0.key == key }
    }
}

/// One thing the prosecution must prove for a crime, with the citation a document prints beside it.
public struct CrimeElement: Sendable, Hashable, Codable {
    /// `torture.1`, or `context.attack` / `context.knowledge` for the shared contextual elements.
    public let key: String
    /// The element's number in the Elements of Crimes for this crime.
    public let number: Int
    /// A paraphrase of the element (never a quotation).
    public let text: String
    /// True for the two elements every crime against humanity shares.
    public let isContextual: Bool
    /// e.g. "art. 7(1)(f); Elements of Crimes, art. 7(1)(f), element 1".
    public let citation: String
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
}
