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
                "The perpetrator killed one or more persons (caused their death)."
            ],
            notes: []),
        CrimeCategory(
            key: "extermination", name: "Extermination", article: "art. 7(1)(b)", elementsHeading: "art. 7(1)(b)",
            specificElements: [
                "The perpetrator killed one or more persons, including by inflicting conditions of life calculated to bring about the destruction of part of a population.",
                "The conduct was, or took place as part of, a mass killing of members of a civilian population.",
            ],
            notes: [
                "Art. 7(2)(b): includes intentionally imposing conditions of life, such as deprivation of access to food and medicine, calculated to destroy part of a population."
            ]),
        CrimeCategory(
            key: "enslavement", name: "Enslavement", article: "art. 7(1)(c)", elementsHeading: "art. 7(1)(c)",
            specificElements: [
                "The perpetrator exercised any or all of the powers attaching to the right of ownership over one or more persons, such as buying, selling, lending or bartering them, or imposing a similar deprivation of liberty."
            ],
            notes: ["Art. 7(2)(c): includes the exercise of such power in the course of trafficking in persons, in particular women and children."]),
        CrimeCategory(
            key: "deportation", name: "Deportation or forcible transfer of population", article: "art. 7(1)(d)",
            elementsHeading: "art. 7(1)(d)",
            specificElements: [
                "The perpetrator deported or forcibly transferred one or more persons to another State or location, by expulsion or other coercive acts, without grounds permitted under international law.",
                "The persons were lawfully present in the area from which they were deported or transferred.",
                "The perpetrator was aware of the factual circumstances that established the lawfulness of that presence.",
            ],
            notes: ["Art. 7(2)(d): forced displacement from an area where the persons are lawfully present."]),
        CrimeCategory(
            key: "imprisonment", name: "Imprisonment or other severe deprivation of physical liberty",
            article: "art. 7(1)(e)", elementsHeading: "art. 7(1)(e)",
            specificElements: [
                "The perpetrator imprisoned one or more persons or otherwise severely deprived them of physical liberty.",
                "The gravity of the conduct was such that it violated fundamental rules of international law.",
                "The perpetrator was aware of the factual circumstances that established the gravity of the conduct.",
            ],
            notes: []),
        CrimeCategory(
            key: "torture", name: "Torture", article: "art. 7(1)(f)", elementsHeading: "art. 7(1)(f)",
            specificElements: [
                "The perpetrator inflicted severe physical or mental pain or suffering upon one or more persons.",
                "The persons were in the custody or under the control of the perpetrator.",
                "The pain or suffering did not arise only from, and was not inherent in or incidental to, lawful sanctions.",
            ],
            notes: ["No specific purpose needs to be proved for torture as a crime against humanity (Elements of Crimes, art. 7(1)(f), footnote)."]),
        CrimeCategory(
            key: "sexual-violence.rape", name: "Rape", article: "art. 7(1)(g)", elementsHeading: "art. 7(1)(g)-1",
            specificElements: [
                "The perpetrator invaded the body of a person by conduct resulting in penetration, however slight, of any part of the body of the victim or of the perpetrator with a sexual organ, or of the anal or genital opening of the victim with any object or any other part of the body.",
                "The invasion was committed by force, by threat of force or coercion, by taking advantage of a coercive environment, or against a person incapable of giving genuine consent.",
            ],
            notes: []),
        CrimeCategory(
            key: "sexual-violence.sexual-slavery", name: "Sexual slavery", article: "art. 7(1)(g)",
            elementsHeading: "art. 7(1)(g)-2",
            specificElements: [
                "The perpetrator exercised any or all of the powers attaching to the right of ownership over one or more persons, or imposed a similar deprivation of liberty.",
                "The perpetrator caused those persons to engage in one or more acts of a sexual nature.",
            ],
            notes: []),
        CrimeCategory(
            key: "sexual-violence.enforced-prostitution", name: "Enforced prostitution", article: "art. 7(1)(g)",
            elementsHeading: "art. 7(1)(g)-3",
            specificElements: [
                "The perpetrator caused one or more persons to engage in acts of a sexual nature by force, threat of force or coercion, by taking advantage of a coercive environment or of their incapacity to give genuine consent.",
                "The perpetrator or another person obtained, or expected to obtain, money or another advantage in exchange for or in connection with those acts.",
            ],
            notes: []),
        CrimeCategory(
            key: "sexual-violence.forced-pregnancy", name: "Forced pregnancy", article: "art. 7(1)(g)",
            elementsHeading: "art. 7(1)(g)-4",
            specificElements: [
                "The perpetrator confined one or more women forcibly made pregnant, intending to affect the ethnic composition of a population or to carry out other grave violations of international law."
            ],
            notes: ["Art. 7(2)(f): the definition does not affect national laws relating to pregnancy."]),
        CrimeCategory(
            key: "sexual-violence.enforced-sterilization", name: "Enforced sterilization", article: "art. 7(1)(g)",
            elementsHeading: "art. 7(1)(g)-5",
            specificElements: [
                "The perpetrator deprived one or more persons of their biological reproductive capacity.",
                "The conduct was neither justified by the medical or hospital treatment of those persons nor carried out with their genuine consent.",
            ],
            notes: []),
        CrimeCategory(
            key: "sexual-violence.other", name: "Other sexual violence of comparable gravity", article: "art. 7(1)(g)",
            elementsHeading: "art. 7(1)(g)-6",
            specificElements: [
                "The perpetrator committed an act of a sexual nature against one or more persons, or caused them to engage in such an act, by force, threat of force or coercion, by taking advantage of a coercive environment or of their incapacity to give genuine consent.",
                "The conduct was of a gravity comparable to the other offences in art. 7(1)(g).",
                "The perpetrator was aware of the factual circumstances that established the gravity of the conduct.",
            ],
            notes: []),
        CrimeCategory(
            key: "persecution", name: "Persecution", article: "art. 7(1)(h)", elementsHeading: "art. 7(1)(h)",
            specificElements: [
                "The perpetrator severely deprived one or more persons of fundamental rights, contrary to international law.",
                "The perpetrator targeted those persons by reason of the identity of a group or collectivity, or targeted the group or collectivity as such.",
                "The targeting was based on political, racial, national, ethnic, cultural, religious or gender grounds, or on other grounds universally recognised as impermissible under international law.",
                "The conduct was committed in connection with another act in art. 7(1) or another crime within the jurisdiction of the Court.",
            ],
            notes: [
                "Grounds (art. 7(1)(h)): political, racial, national, ethnic, cultural, religious, gender (art. 7(3)), or other grounds universally recognised as impermissible.",
                "Art. 7(2)(g): the intentional and severe deprivation of fundamental rights contrary to international law by reason of the identity of the group or collectivity.",
            ]),
        CrimeCategory(
            key: "enforced-disappearance", name: "Enforced disappearance of persons", article: "art. 7(1)(i)",
            elementsHeading: "art. 7(1)(i)",
            specificElements: [
                "The perpetrator arrested, detained or abducted one or more persons, or refused to acknowledge that deprivation of freedom or to give information on their fate or whereabouts.",
                "The arrest, detention or abduction was followed or accompanied by such a refusal, or the refusal was preceded or accompanied by that deprivation of freedom.",
                "The perpetrator was aware that the deprivation of freedom would in the ordinary course of events be followed by such a refusal, or that the refusal was preceded or accompanied by it.",
                "The arrest, detention or abduction was carried out by, or with the authorisation, support or acquiescence of, a State or political organisation.",
                "The refusal to acknowledge or to give information was carried out by, or with the authorisation or support of, that State or political organisation.",
                "The perpetrator intended to remove those persons from the protection of the law for a prolonged period of time.",
            ],
            notes: ["Art. 7(2)(i) defines enforced disappearance of persons."]),
        CrimeCategory(
            key: "apartheid", name: "The crime of apartheid", article: "art. 7(1)(j)", elementsHeading: "art. 7(1)(j)",
            specificElements: [
                "The perpetrator committed an inhumane act against one or more persons.",
                "The act was one referred to in art. 7(1) or was of a similar character.",
                "The perpetrator was aware of the factual circumstances that established the character of the act.",
                "The conduct was committed in the context of an institutionalised regime of systematic oppression and domination by one racial group over one or more other racial groups.",
                "The perpetrator intended to maintain that regime by the conduct.",
            ],
            notes: ["Art. 7(2)(h) defines the crime of apartheid."]),
        CrimeCategory(
            key: "other-inhumane-acts", name: "Other inhumane acts", article: "art. 7(1)(k)", elementsHeading: "art. 7(1)(k)",
            specificElements: [
                "The perpetrator inflicted great suffering, or serious injury to body or to mental or physical health, by means of an inhumane act.",
                "The act was of a character similar to any other act referred to in art. 7(1).",
                "The perpetrator was aware of the factual circumstances that established the character of the act.",
            ],
            notes: []),
    ]
}
