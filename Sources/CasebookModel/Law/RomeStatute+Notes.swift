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

    /// Why the ownership element is not the chattel notion: shared by enslavement and sexual slavery.
    package static func ownershipNote(element: Int) -> LegalNote {
        LegalNote(
            element: element,
            "Ownership is exercised, not asserted: the powers attaching to the right of ownership may be exercised without any claim to own the person (the \"chattel\" notion is not required), and imposing a similar deprivation of liberty is one way of exercising them, not an alternative to them. Indications include control of movement, of the physical environment and of sexuality, psychological control, force or threat of force, cruel treatment and forced labour.",
            citation:
                "Kunarac, Kovac and Vukovic, ICTY Appeals Chamber, Judgement, 12 June 2002, IT-96-23 & IT-96-23/1-A, paras 117–119 [verify paras]; Katanga, Trial Chamber II, Judgment pursuant to article 74, 7 March 2014, ICC-01/04-01/07-3436-tENG, paras 975–976 [verify paras]"
        )
    }

    /// Persecution through the very acts: the connection need not be a second, separate crime.
    package static let persecutionConnectionNote = LegalNote(
        element: 4,
        "The connected act may be the persecutory act itself (a murder, an imprisonment, a torture charged also as persecution); element 4 does not require a second crime to be proved. Record the allegation itself as the connection when the persecution was committed through its own acts.",
        citation:
            "Ntaganda, Trial Chamber VI, Judgment, 8 July 2019, ICC-01/04-02/06-2359, paras 991–1034 [verify paras]; Ongwen, Trial Chamber IX, Trial Judgment, 4 February 2021, ICC-02/04-01/15-1762-Red, paras 2733–2740 [verify paras]"
    )
}
