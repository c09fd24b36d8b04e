/// Notes that several crimes share, kept once so they cannot drift apart.
extension RomeStatute {
    /// The definition and the court's split that both displacement crimes share.
    package static let deportationNotes: [LegalNote] = [
        LegalNote(
            "Deportation or forcible transfer is forcibly displacing people, by expulsion or other coercive acts, from an area where they are lawfully present, without grounds permitted under international law.",
            citation: "art. 7(2)(d)"),
        LegalNote(
            "Deportation (across a State border) and forcible transfer (within a State) are distinct crimes.",
            citation: "ICC Pre-Trial Chamber I, Decision of 6 September 2018, ICC-RoC46(3)-01/18-37"),
    ]

    /// Footnotes 12 and 13, on element 1 of both displacement crimes.
    package static let displacementFootnotes: [LegalNote] = [
        .footnote(
            12, element: 1, heading: "art. 7(1)(d)",
            "\"Forcibly\" is not restricted to physical force: it may include threat of force or coercion, such as that caused by fear of violence, duress, detention, psychological oppression or abuse of power against the people concerned or another person, or taking advantage of a coercive environment."
        ),
        .footnote(
            13, element: 1, heading: "art. 7(1)(d)",
            "\"Deported or forcibly transferred\" is interchangeable with \"forcibly displaced\"."),
    ]

    /// Footnote 16, which the rape elements carry and which applies to art. 7(1)(g)-3, -5 and -6.
    package static func consentFootnote(element: Int, heading: String) -> LegalNote {
        .footnote(
            16, element: element, heading: heading,
            "A person may be incapable of giving genuine consent if affected by natural, induced or age-related incapacity. The footnote, at art. 7(1)(g)-1, also applies to art. 7(1)(g)-3, -5 and -6."
        )
    }

    /// Footnotes 29 and 30: "character" is the nature and gravity of the act.
    package static func characterFootnote(_ number: Int, heading: String) -> LegalNote {
        .footnote(number, element: 2, heading: heading, "\"Character\" refers to the nature and gravity of the act.")
    }
}
