/// The crimes against humanity of art. 7(1) of the Rome Statute, with their specific elements
/// paraphrased from the ICC Elements of Crimes and numbered as there.
///
/// Each crime's last two elements are the contextual ones (see `ContextualElement`); they are
/// added by `CrimeCategory.elements`, so only the specific elements are listed here. Where a
/// paraphrase would risk the meaning, the operative words are quoted, in quotation marks, with
/// their provision. Footnotes that decide cases are kept as notes on their element.
/// Sources: Rome Statute art. 7(1)–(2); ICC Elements of Crimes (2011), art. 7 introduction and
/// art. 7(1)(a)–(k). Review any change against those texts.
extension RomeStatute {
    public static let crimes: [CrimeCategory] = [
        CrimeCategory(
            key: "murder", name: "Murder", article: "art. 7(1)(a)", elementsHeading: "art. 7(1)(a)",
            specificElements: [
                "The perpetrator caused the death of one or more people."
            ],
            elementNotes: [
                .footnote(
                    7, element: 1, heading: "art. 7(1)(a)",
                    "\"Killed\" and \"caused death\" mean the same throughout the art. 7 elements.")
            ]),
        CrimeCategory(
            key: "extermination", name: "Extermination", article: "art. 7(1)(b)", elementsHeading: "art. 7(1)(b)",
            specificElements: [
                "The perpetrator caused the death of one or more people, including by inflicting conditions of life \"calculated to bring about the destruction of part of a population\" (Elements of Crimes, art. 7(1)(b), element 1).",
                "The conduct was, or took place as part of, a mass killing of members of a civilian population.",
            ],
            notes: [
                LegalNote(
                    "Extermination includes the intentional infliction of conditions of life, such as depriving people of access to food and medicine, \"calculated to bring about the destruction of part of a population\" (art. 7(2)(b)).",
                    citation: "art. 7(2)(b)")
            ],
            elementNotes: [
                .footnote(
                    8, element: 1, heading: "art. 7(1)(b)", "The killing may be done by different methods, directly or indirectly."),
                .footnote(
                    9, element: 1, heading: "art. 7(1)(b)",
                    "Inflicting such conditions could include depriving people of access to food and medicine."),
                .footnote(
                    10, element: 2, heading: "art. 7(1)(b)", "\"As part of\" includes the initial conduct in a mass killing."),
            ],
            resultElements: [1, 2]),
        CrimeCategory(
            key: "enslavement", name: "Enslavement", article: "art. 7(1)(c)", elementsHeading: "art. 7(1)(c)",
            specificElements: [
                "The perpetrator exercised \"any or all of the powers attaching to the right of ownership\" over one or more people, \"such as by purchasing, selling, lending or bartering such a person or persons, or by imposing on them a similar deprivation of liberty\" (Elements of Crimes, art. 7(1)(c), element 1)."
            ],
            notes: [
                LegalNote(
                    "Enslavement covers exercising such powers in the course of trafficking in persons, in particular women and children.",
                    citation: "art. 7(2)(c)")
            ],
            elementNotes: [
                .footnote(
                    11, element: 1, heading: "art. 7(1)(c)",
                    "The deprivation of liberty may in some circumstances include \"exacting forced labour or otherwise reducing a person to a servile status\" as defined in the 1956 Supplementary Convention on the Abolition of Slavery; the conduct also includes trafficking in persons, in particular women and children."
                ),
                ownershipNote(element: 1),
            ]),
        CrimeCategory(
            key: "deportation", name: "Deportation of population", article: "art. 7(1)(d)", elementsHeading: "art. 7(1)(d)",
            specificElements: [
                "The perpetrator forcibly displaced one or more people, by expulsion or other coercive acts and without grounds permitted under international law, across a border to another State.",
                "The people were lawfully present in the area from which they were deported.",
                "The perpetrator knew the facts that made their presence lawful.",
            ],
            notes: deportationNotes + [
                LegalNote(
                    "Record the State of destination on the allegation: deportation is displacement to another State. Allegations made before Casebook split the two crimes kept the key 'deportation' and are listed for review.",
                    citation: "art. 7(2)(d); ICC Pre-Trial Chamber I, 6 September 2018, ICC-RoC46(3)-01/18-37")
            ],
            elementNotes: displacementFootnotes),
        CrimeCategory(
            key: "forcible-transfer", name: "Forcible transfer of population", article: "art. 7(1)(d)",
            elementsHeading: "art. 7(1)(d)",
            specificElements: [
                "The perpetrator forcibly displaced one or more people, by expulsion or other coercive acts and without grounds permitted under international law, to another location within the same State.",
                "The people were lawfully present in the area from which they were transferred.",
                "The perpetrator knew the facts that made their presence lawful.",
            ],
            notes: deportationNotes,
            elementNotes: displacementFootnotes),
        CrimeCategory(
            key: "imprisonment", name: "Imprisonment or other severe deprivation of physical liberty",
            article: "art. 7(1)(e)", elementsHeading: "art. 7(1)(e)",
            specificElements: [
                "The perpetrator imprisoned one or more people or otherwise severely deprived one or more people of physical liberty.",
                "The gravity of the conduct was such that it violated fundamental rules of international law.",
                "The perpetrator knew the facts that established the gravity of the conduct.",
            ],
            elementNotes: [
                LegalNote(
                    element: 1,
                    "The act is a \"severe deprivation of physical liberty\" (art. 7(1)(e)). [Analysis: a restriction of movement alone, such as a ban on leaving the country, is not a deprivation of physical liberty and is not this crime; this is a reading of the words, not their text.]",
                    citation: "art. 7(1)(e) (the quoted words); the rest is analysis")
            ]),
        CrimeCategory(
            key: "torture", name: "Torture", article: "art. 7(1)(f)", elementsHeading: "art. 7(1)(f)",
            specificElements: [
                "The perpetrator \"inflicted severe physical or mental pain or suffering upon one or more persons\" (Elements of Crimes, art. 7(1)(f), element 1).",
                "The victims were in the perpetrator's custody or under the perpetrator's control.",
                "The pain or suffering did not come solely from lawful sanctions, nor was it an inherent or incidental part of them.",
            ],
            notes: [
                .footnote(14, heading: "art. 7(1)(f)", "No specific purpose need be proved for this crime."),
                LegalNote(
                    "[Analysis: in this the crime differs from torture under art. 1 of the Convention against Torture, which names purposes such as obtaining information or a confession, or punishment; footnote 14 itself does not mention the Convention.]",
                    citation: "Elements of Crimes, art. 7(1)(f), footnote 14; Convention against Torture, art. 1; analysis"),
                LegalNote(
                    "Torture is the intentional infliction of severe pain or suffering on a person in the accused's custody or under the accused's control; pain arising only from, inherent in or incidental to lawful sanctions is excluded.",
                    citation: "art. 7(2)(e)"),
            ]),
        CrimeCategory(
            key: "sexual-violence.rape", name: "Rape", article: "art. 7(1)(g)", elementsHeading: "art. 7(1)(g)-1",
            specificElements: [
                "The perpetrator invaded the body of a person by conduct resulting in penetration, however slight, of any part of the body of the victim or of the perpetrator with a sexual organ, or of the anal or genital opening of the victim with any object or any other part of the body.",
                "The invasion was committed by force, or by threat of force or coercion (such as that caused by fear of violence, duress, detention, psychological oppression or abuse of power) \"against such person or another person\" (Elements of Crimes, art. 7(1)(g)-1, element 2), or by taking advantage of a coercive environment, or against a person incapable of giving genuine consent.",
            ],
            elementNotes: [
                .footnote(
                    15, element: 1, heading: "art. 7(1)(g)-1", "\"Invasion\" is meant to be broad enough to be gender-neutral."),
                consentFootnote(element: 2, heading: "art. 7(1)(g)-1"),
            ]),
        CrimeCategory(
            key: "sexual-violence.sexual-slavery", name: "Sexual slavery", article: "art. 7(1)(g)",
            elementsHeading: "art. 7(1)(g)-2",
            specificElements: [
                "The perpetrator exercised \"any or all of the powers attaching to the right of ownership\" over one or more people, \"such as by purchasing, selling, lending or bartering such a person or persons, or by imposing on them a similar deprivation of liberty\" (Elements of Crimes, art. 7(1)(g)-2, element 1).",
                "The perpetrator caused those people to engage in one or more acts of a sexual nature.",
            ],
            notes: [
                .footnote(
                    17, heading: "art. 7(1)(g)-2",
                    "Given the complex nature of this crime, its commission could involve more than one perpetrator as part of a common criminal purpose."
                )
            ],
            elementNotes: [
                .footnote(
                    18, element: 1, heading: "art. 7(1)(g)-2",
                    "As for enslavement (footnote 11): the deprivation of liberty may include \"exacting forced labour or otherwise reducing a person to a servile status\", and the conduct includes trafficking in persons, in particular women and children."
                ),
                ownershipNote(element: 1),
            ],
            resultElements: [1, 2]),
        CrimeCategory(
            key: "sexual-violence.enforced-prostitution", name: "Enforced prostitution", article: "art. 7(1)(g)",
            elementsHeading: "art. 7(1)(g)-3",
            specificElements: [
                "The perpetrator caused one or more people to engage in acts of a sexual nature by force, or by threat of force or coercion (such as that caused by fear of violence, duress, detention, psychological oppression or abuse of power) \"against such person or persons or another person\" (Elements of Crimes, art. 7(1)(g)-3, element 1), or by taking advantage of a coercive environment or of their incapacity to give genuine consent.",
                "The perpetrator or someone else gained, or expected to gain, money or another advantage in return for or in connection with those acts.",
            ],
            elementNotes: [consentFootnote(element: 1, heading: "art. 7(1)(g)-1")]),
        CrimeCategory(
            key: "sexual-violence.forced-pregnancy", name: "Forced pregnancy", article: "art. 7(1)(g)",
            elementsHeading: "art. 7(1)(g)-4",
            specificElements: [
                "The perpetrator confined one or more women forcibly made pregnant, intending to affect the ethnic composition of a population or to carry out \"other grave violations of international law\" (art. 7(2)(f))."
            ],
            notes: [
                LegalNote(
                    "The definition \"shall not in any way be interpreted as affecting national laws relating to pregnancy\" (art. 7(2)(f)).",
                    citation: "art. 7(2)(f)"),
                LegalNote(
                    "[Analysis: the purpose reaches any grave violation of international law, in peace as in war; it is not limited to the \"grave breaches\" of the Geneva Conventions, which apply in armed conflict. This is a reading of \"other grave violations of international law\", not the Statute's text.]",
                    citation: "art. 7(2)(f) (the quoted words); the rest is analysis"),
            ]),
        CrimeCategory(
            key: "sexual-violence.enforced-sterilization", name: "Enforced sterilization", article: "art. 7(1)(g)",
            elementsHeading: "art. 7(1)(g)-5",
            specificElements: [
                "The perpetrator deprived one or more people of biological reproductive capacity.",
                "This was neither justified by their medical or hospital treatment nor done with their genuine consent.",
            ],
            elementNotes: [
                .footnote(
                    19, element: 1, heading: "art. 7(1)(g)-5",
                    "Birth-control measures with a non-permanent effect in practice are not included."),
                .footnote(
                    20, element: 2, heading: "art. 7(1)(g)-5",
                    "\"Genuine consent\" does not include consent obtained through deception."),
                consentFootnote(element: 2, heading: "art. 7(1)(g)-1"),
            ]),
        CrimeCategory(
            key: "sexual-violence.other", name: "Other sexual violence of comparable gravity", article: "art. 7(1)(g)",
            elementsHeading: "art. 7(1)(g)-6",
            specificElements: [
                "The perpetrator committed an act of a sexual nature against one or more people, or caused them to engage in one, by force, or by threat of force or coercion (such as that caused by fear of violence, duress, detention, psychological oppression or abuse of power) \"against such person or persons or another person\" (Elements of Crimes, art. 7(1)(g)-6, element 1), or by taking advantage of a coercive environment or of their incapacity to give genuine consent.",
                "The conduct was \"of a gravity comparable to\" the other offences in art. 7(1)(g) (Elements of Crimes, art. 7(1)(g)-6, element 2).",
                "The perpetrator knew the facts that established the gravity of the conduct.",
            ],
            elementNotes: [consentFootnote(element: 1, heading: "art. 7(1)(g)-1")]),
        CrimeCategory(
            key: "persecution", name: "Persecution", article: "art. 7(1)(h)", elementsHeading: "art. 7(1)(h)",
            specificElements: [
                "The perpetrator severely deprived one or more people of fundamental rights, contrary to international law.",
                "The perpetrator targeted them \"by reason of the identity of a group or collectivity\" or \"targeted the group or collectivity as such\" (Elements of Crimes, art. 7(1)(h), element 2).",
                "The targeting rested on political, racial, national, ethnic, cultural, religious or gender (as defined in art. 7(3)) grounds, or on other grounds universally recognised as impermissible under international law.",
                "The conduct was committed \"in connection with any act referred to in article 7, paragraph 1, of the Statute or any crime within the jurisdiction of the Court\" (Elements of Crimes, art. 7(1)(h), element 4); the connected act may be one of the very acts of persecution.",
            ],
            notes: [
                LegalNote(
                    "Persecution is the intentional and severe deprivation of fundamental rights contrary to international law \"by reason of the identity of the group or collectivity\" (art. 7(2)(g)).",
                    citation: "art. 7(2)(g)"),
                LegalNote(
                    "Record the grounds, the targeted group and the connected allegation on the allegation.",
                    citation: "art. 7(1)(h); Elements of Crimes, art. 7(1)(h), elements 3–4"),
            ],
            elementNotes: [
                .footnote(
                    21, element: 1, heading: "art. 7(1)(h)",
                    "The requirement is without prejudice to paragraph 6 of the General Introduction to the Elements of Crimes."),
                LegalNote(
                    element: 2,
                    "The test looks to the group identity the perpetrator acted on: people targeted for a membership or an association the perpetrator attributes to them (for example a family's songbun class, or guilt by association) fall within it, whether or not they belong to the group. [Analysis: a reading of element 2; check against the case law before relying on it.]",
                    citation: "Elements of Crimes, art. 7(1)(h), element 2"),
                .footnote(
                    22, element: 4, heading: "art. 7(1)(h)",
                    "No mental element is needed for this element beyond the knowledge of the attack in element 6."),
                persecutionConnectionNote,
            ]),
        CrimeCategory(
            key: "enforced-disappearance", name: "Enforced disappearance of persons", article: "art. 7(1)(i)",
            elementsHeading: "art. 7(1)(i)",
            specificElements: [
                "Either (a) the perpetrator arrested, detained or abducted one or more people; or (b) the perpetrator refused to acknowledge such an arrest, detention or abduction, or to give information on those people's fate or whereabouts.",
                "Either (a) the arrest, detention or abduction was followed or accompanied by such a refusal; or (b) the refusal was preceded or accompanied by the deprivation of freedom.",
                "The perpetrator was aware that either (a) a refusal would follow the arrest, detention or abduction \"in the ordinary course of events\" (Elements of Crimes, art. 7(1)(i), element 3(a)); or (b) the refusal was preceded or accompanied by the deprivation of freedom.",
                "A State or political organisation carried out the arrest, detention or abduction, or authorised, supported or acquiesced in it.",
                "That State or political organisation carried out the refusal, or authorised or supported it.",
                "The perpetrator intended to remove them from the protection of the law \"for a prolonged period of time\" (art. 7(2)(i)).",
            ],
            notes: [
                .footnote(
                    23, heading: "art. 7(1)(i)",
                    "Given the complex nature of this crime, its commission will normally involve more than one perpetrator as part of a common criminal purpose."
                ),
                .footnote(
                    24, heading: "art. 7(1)(i)",
                    "The crime falls within the Court's jurisdiction only if the attack referred to in elements 7 and 8 occurs after the Statute entered into force."
                ),
                LegalNote(
                    "Elements 1 to 3 have two limbs: (a) the deprivation of liberty, then the refusal; (b) the refusal, with or after the deprivation of liberty. Record the limb pleaded on the allegation.",
                    citation: "Elements of Crimes, art. 7(1)(i), elements 1–3"),
            ],
            elementNotes: [
                .footnote(
                    25, element: 1, heading: "art. 7(1)(i)",
                    "\"Detained\" includes a perpetrator who maintained an existing detention."),
                .footnote(
                    26, element: 1, heading: "art. 7(1)(i)",
                    "Under certain circumstances the arrest or detention may have been lawful."),
                .footnote(
                    27, element: 3, heading: "art. 7(1)(i)",
                    "This element, inserted because the crime is complex, is without prejudice to the General Introduction to the Elements of Crimes."
                ),
                .footnote(
                    28, element: 3, heading: "art. 7(1)(i)",
                    "Where the perpetrator maintained an existing detention, limb (a) is met if the perpetrator was aware that such a refusal had already taken place."
                ),
            ],
            attackMustPostdateEntryIntoForce: true,
            resultElements: [1, 2, 3]),
        CrimeCategory(
            key: "apartheid", name: "The crime of apartheid", article: "art. 7(1)(j)", elementsHeading: "art. 7(1)(j)",
            specificElements: [
                "The perpetrator committed an inhumane act against one or more people.",
                "The act was one listed in art. 7(1), or was \"an act of a character similar to\" any of those acts (Elements of Crimes, art. 7(1)(j), element 2).",
                "The perpetrator knew the facts that established the character of the act.",
                "The conduct took place within an \"institutionalized regime of systematic oppression and domination\" (art. 7(2)(h)) of one racial group over another or others.",
                "The perpetrator meant the conduct to keep that regime in place.",
            ],
            notes: [LegalNote("Art. 7(2)(h) defines the crime of apartheid.", citation: "art. 7(2)(h)")],
            elementNotes: [characterFootnote(29, heading: "art. 7(1)(j)")]),
        CrimeCategory(
            key: "other-inhumane-acts", name: "Other inhumane acts", article: "art. 7(1)(k)", elementsHeading: "art. 7(1)(k)",
            specificElements: [
                "By an inhumane act, the perpetrator caused great suffering or serious injury to body or to mental or physical health.",
                "The act was \"of a character similar to\" any other act referred to in art. 7(1) (Elements of Crimes, art. 7(1)(k), element 2), that is similar in nature and gravity (footnote 30). It need not be the same kind of act as any of them.",
                "The perpetrator knew the facts that established the character of the act.",
            ],
            notes: [
                LegalNote(
                    "Art. 7(1)(k) is a residual category: it reaches inhumane acts that are not listed elsewhere in art. 7(1) but are similar to them in nature and gravity.",
                    citation:
                        "Katanga and Ngudjolo, Pre-Trial Chamber I, Decision on the confirmation of charges, 30 September 2008, ICC-01/04-01/07-717, paras 448–453 [verify paras]; Muthaura, Kenyatta and Ali, Pre-Trial Chamber II, Decision on the confirmation of charges, 23 January 2012, ICC-01/09-02/11-382-Red, para. 269 [verify]"
                ),
                LegalNote(
                    "Inhumane acts held to fall within art. 7(1)(k) include forced marriage.",
                    citation:
                        "Ongwen, Trial Chamber IX, Trial Judgment, 4 February 2021, ICC-02/04-01/15-1762-Red, paras 2741–2753 [verify paras]"
                ),
                LegalNote(
                    "The COI found \"the inhumane act of knowingly causing prolonged starvation\" (A/HRC/25/63 para. 76).",
                    citation: "A/HRC/25/63 para. 76"),
            ],
            elementNotes: [characterFootnote(30, heading: "art. 7(1)(k)")]),
    ]
}
