/// The crimes against humanity of art. 7(1) of the Rome Statute, with their specific elements
/// paraphrased from the ICC Elements of Crimes and numbered as there.
///
/// Each crime's last two elements are the contextual ones (see `ContextualElement`); they are
/// added by `CrimeCategory.elements`, so only the specific elements are listed here.
/// Sources: Rome Statute art. 7(1)–(2); ICC Elements of Crimes (2011), art. 7 introduction and
/// art. 7(1)(a)–(k). Review any change against those texts.
extension RomeStatute {
    public static let crimes: [CrimeCategory] = [
        CrimeCategory(
            key: "murder", name: "Murder", article: "art. 7(1)(a)", elementsHeading: "art. 7(1)(a)",
            specificElements: [
                "The perpetrator caused the death of one or more people."
            ],
            notes: []),
        CrimeCategory(
            key: "extermination", name: "Extermination", article: "art. 7(1)(b)", elementsHeading: "art. 7(1)(b)",
            specificElements: [
                "The perpetrator caused the death of one or more people, including by imposing living conditions designed to destroy part of a population.",
                "The conduct was, or formed part of, the mass killing of members of a civilian population.",
            ],
            notes: [
                "Art. 7(2)(b): extermination includes deliberately imposing living conditions, for example cutting off food and medicine, meant to destroy part of a population."
            ]),
        CrimeCategory(
            key: "enslavement", name: "Enslavement", article: "art. 7(1)(c)", elementsHeading: "art. 7(1)(c)",
            specificElements: [
                "The perpetrator treated one or more people as property, exercising some or all of the powers of an owner (for example buying, selling, lending or bartering them), or deprived them of liberty in a comparable way."
            ],
            notes: ["Art. 7(2)(c): this covers exercising such powers while trafficking people, especially women and children."]),
        CrimeCategory(
            key: "deportation", name: "Deportation or forcible transfer of population", article: "art. 7(1)(d)",
            elementsHeading: "art. 7(1)(d)",
            specificElements: [
                "The perpetrator expelled or otherwise coerced one or more people to move to another State or place, without any ground international law permits.",
                "The people were lawfully present where they were moved from.",
                "The perpetrator knew the facts that made their presence lawful.",
            ],
            notes: ["Art. 7(2)(d): deportation or forcible transfer means forcing people out of an area where they are lawfully present."]),
        CrimeCategory(
            key: "imprisonment", name: "Imprisonment or other severe deprivation of physical liberty",
            article: "art. 7(1)(e)", elementsHeading: "art. 7(1)(e)",
            specificElements: [
                "The perpetrator imprisoned one or more people or otherwise severely restricted their physical liberty.",
                "The conduct was grave enough to breach fundamental rules of international law.",
                "The perpetrator knew the facts that made the conduct that grave.",
            ],
            notes: []),
        CrimeCategory(
            key: "torture", name: "Torture", article: "art. 7(1)(f)", elementsHeading: "art. 7(1)(f)",
            specificElements: [
                "The perpetrator caused one or more people severe physical or mental pain or suffering.",
                "The victims were in the perpetrator's custody or under the perpetrator's control.",
                "The pain or suffering did not come solely from lawful sanctions, nor was it an inherent or incidental part of them.",
            ],
            notes: ["Unlike torture under the Convention against Torture, no particular purpose has to be proved (Elements of Crimes, art. 7(1)(f), footnote)."]),
        CrimeCategory(
            key: "sexual-violence.rape", name: "Rape", article: "art. 7(1)(g)", elementsHeading: "art. 7(1)(g)-1",
            specificElements: [
                "The perpetrator invaded the body of a person by conduct resulting in penetration, however slight, of any part of the body of the victim or of the perpetrator with a sexual organ, or of the anal or genital opening of the victim with any object or any other part of the body.",
                "It was done by force, threat of force or coercion, by exploiting a coercive environment, or against a person unable to give genuine consent.",
            ],
            notes: []),
        CrimeCategory(
            key: "sexual-violence.sexual-slavery", name: "Sexual slavery", article: "art. 7(1)(g)",
            elementsHeading: "art. 7(1)(g)-2",
            specificElements: [
                "The perpetrator treated one or more people as property, exercising some or all of the powers of an owner, or deprived them of liberty in a comparable way.",
                "The perpetrator made those people take part in one or more acts of a sexual nature.",
            ],
            notes: []),
        CrimeCategory(
            key: "sexual-violence.enforced-prostitution", name: "Enforced prostitution", article: "art. 7(1)(g)",
            elementsHeading: "art. 7(1)(g)-3",
            specificElements: [
                "The perpetrator made one or more people take part in acts of a sexual nature, by force, threat of force or coercion, or by exploiting a coercive environment or their inability to give genuine consent.",
                "The perpetrator or someone else gained, or expected to gain, money or another advantage in return for or in connection with those acts.",
            ],
            notes: []),
        CrimeCategory(
            key: "sexual-violence.forced-pregnancy", name: "Forced pregnancy", article: "art. 7(1)(g)",
            elementsHeading: "art. 7(1)(g)-4",
            specificElements: [
                "The perpetrator held captive one or more women who had been made pregnant by force, intending to change the ethnic make-up of a population or to commit other grave breaches of international law."
            ],
            notes: ["Art. 7(2)(f): national laws on pregnancy are unaffected by this definition."]),
        CrimeCategory(
            key: "sexual-violence.enforced-sterilization", name: "Enforced sterilization", article: "art. 7(1)(g)",
            elementsHeading: "art. 7(1)(g)-5",
            specificElements: [
                "The perpetrator took away one or more people's biological capacity to reproduce.",
                "This was neither justified by their medical or hospital treatment nor done with their genuine consent.",
            ],
            notes: []),
        CrimeCategory(
            key: "sexual-violence.other", name: "Other sexual violence of comparable gravity", article: "art. 7(1)(g)",
            elementsHeading: "art. 7(1)(g)-6",
            specificElements: [
                "The perpetrator committed an act of a sexual nature against one or more people, or made them take part in one, by force, threat of force or coercion, or by exploiting a coercive environment or their inability to give genuine consent.",
                "The conduct was as grave as the other crimes listed in art. 7(1)(g).",
                "The perpetrator knew the facts that made the conduct that grave.",
            ],
            notes: []),
        CrimeCategory(
            key: "persecution", name: "Persecution", article: "art. 7(1)(h)", elementsHeading: "art. 7(1)(h)",
            specificElements: [
                "The perpetrator severely deprived one or more people of fundamental rights, in breach of international law.",
                "The perpetrator singled them out because they belonged to an identifiable group or collectivity, or targeted the group itself.",
                "The targeting rested on political, racial, national, ethnic, cultural, religious or gender grounds, or on other grounds that international law universally rejects.",
                "The conduct was linked to another act listed in art. 7(1) or to another crime the Court can try.",
            ],
            notes: [
                "Grounds (art. 7(1)(h)): political, racial, national, ethnic, cultural, religious, gender (defined in art. 7(3)), or other grounds that international law universally rejects.",
                "Art. 7(2)(g): persecution is depriving people of fundamental rights, intentionally, severely and against international law, because of the group or collectivity they belong to.",
            ]),
        CrimeCategory(
            key: "enforced-disappearance", name: "Enforced disappearance of persons", article: "art. 7(1)(i)",
            elementsHeading: "art. 7(1)(i)",
            specificElements: [
                "The perpetrator arrested, detained or abducted one or more people, or refused to admit holding them or to say what had become of them or where they were.",
                "The arrest, detention or abduction came with or was followed by such a refusal, or the refusal came with or after the deprivation of liberty.",
                "The perpetrator knew that such a refusal would normally follow the deprivation of liberty, or that the refusal came with or after it.",
                "A State or political organisation carried out the arrest, detention or abduction, or authorised, supported or tolerated it.",
                "That State or political organisation made the refusal, or authorised or supported it.",
                "The perpetrator meant to put them outside the protection of the law for a long time.",
            ],
            notes: ["Art. 7(2)(i) defines enforced disappearance of persons."]),
        CrimeCategory(
            key: "apartheid", name: "The crime of apartheid", article: "art. 7(1)(j)", elementsHeading: "art. 7(1)(j)",
            specificElements: [
                "The perpetrator committed an inhumane act against one or more people.",
                "The act was one listed in art. 7(1), or was of the same kind.",
                "The perpetrator knew the facts that gave the act that character.",
                "The conduct took place within an \"institutionalized regime of systematic oppression and domination\" (art. 7(2)(h)) of one racial group over another or others.",
                "The perpetrator meant the conduct to keep that regime in place.",
            ],
            notes: ["Art. 7(2)(h) defines the crime of apartheid."]),
        CrimeCategory(
            key: "other-inhumane-acts", name: "Other inhumane acts", article: "art. 7(1)(k)", elementsHeading: "art. 7(1)(k)",
            specificElements: [
                "By an inhumane act, the perpetrator caused great suffering or serious harm to body or to mental or physical health.",
                "The act was of the same kind as the other acts listed in art. 7(1).",
                "The perpetrator knew the facts that gave the act that character.",
            ],
            notes: []),
    ]
}
