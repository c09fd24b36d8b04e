/// Words for conduct, as witnesses and reports describe it, mapped to the crimes it may
/// constitute, with the COI's own classification where it made one.
///
/// The index suggests where to look; it decides nothing. The COI findings are those of
/// A/HRC/25/63 paras 75–76 (and its detailed findings, A/HRC/25/CRP.1, where named).
public struct ConductEntry: Sendable, Hashable, Codable {
    /// The conduct words this entry answers for, lower case.
    public let terms: [String]
    /// Candidate crime keys, most likely first.
    public let crimes: [String]
    /// How the COI classified this conduct, with its paragraph; nil where it made no classification.
    public let coiClassification: String?
    /// What to check before choosing among the candidates.
    public let note: String
}

extension RomeStatute {
    package static let coi76 = "A/HRC/25/63 para. 76"

    /// The conduct index behind `casebook crimes --find`.
    public static let conductIndex: [ConductEntry] = [
        ConductEntry(
            terms: ["starvation", "famine", "deprivation of food", "food deprivation"],
            crimes: ["other-inhumane-acts", "extermination", "murder"],
            coiClassification:
                "\(coi76): \"the inhumane act of knowingly causing prolonged starvation\"; extermination where food deprivation was calculated to destroy part of a population (A/HRC/25/CRP.1).",
            note:
                "Extermination needs conditions calculated to destroy part of a population and a mass killing; otherwise consider other inhumane acts."
        ),
        ConductEntry(
            terms: ["forced labour", "forced labor", "prison labour", "slave labour"],
            crimes: ["enslavement", "other-inhumane-acts"],
            coiClassification: "\(coi76): enslavement (forced labour in ordinary prison camps, A/HRC/25/CRP.1).",
            note: "Elements of Crimes fn 11: the deprivation of liberty may include exacting forced labour."),
        ConductEntry(
            terms: ["public execution", "execution", "killing", "summary execution"],
            crimes: ["murder", "persecution", "other-inhumane-acts"],
            coiClassification: "\(coi76): murder.",
            note: "Forcing others to watch an execution may be a separate inhumane act against the onlookers."),
        ConductEntry(
            terms: ["forced repatriation", "refoulement", "repatriation"],
            crimes: ["imprisonment", "torture", "sexual-violence.other", "persecution", "other-inhumane-acts"],
            coiClassification: nil,
            note:
                "No COI classification of forced repatriation itself is recorded in this project's reference notes; check A/HRC/25/CRP.1 before citing one. The return itself is done by another State; what the DPRK does to those returned (detention, interrogation, torture, sexual violence) is the conduct to allege. The COI named people who try to flee as a target of the attack (A/HRC/25/63 para. 77)."
        ),
        ConductEntry(
            terms: ["abduction", "kidnapping", "abducted", "disappearance", "denial of repatriation"],
            crimes: ["enforced-disappearance", "deportation", "imprisonment"],
            coiClassification:
                "\(coi76): enforced disappearance of persons (foreign nationals abducted or denied repatriation, para. 79).",
            note:
                "Plead limb (a) or (b) of elements 1–3; footnote 24 limits jurisdiction to attacks after entry into force. An abduction that takes people lawfully present in one State across a border to another is also a coerced removal: consider deportation (art. 7(1)(d)), and record the State of destination."
        ),
        ConductEntry(
            terms: ["forced abortion", "abortion"],
            crimes: ["sexual-violence.other", "other-inhumane-acts", "persecution"],
            coiClassification: "\(coi76): \"forced abortions and other sexual violence\".",
            note: "The gravity must be comparable to the other acts of art. 7(1)(g)."),
        ConductEntry(
            terms: ["infanticide", "killing of newborns", "killing of infants"],
            crimes: ["murder", "persecution"],
            coiClassification: nil,
            note:
                "No COI classification of infanticide is recorded in this project's reference notes; check A/HRC/25/CRP.1 (on women forcibly returned) before citing one. Consider persecution where children were targeted for their parentage."
        ),
        ConductEntry(
            terms: [
                "sexual violence in detention", "rape in detention", "sexual violence", "rape", "sexual assault",
                "invasive body search",
            ],
            crimes: ["sexual-violence.rape", "sexual-violence.other", "torture"],
            coiClassification: "\(coi76): rape, and forced abortions and other sexual violence.",
            note: "Rape needs penetration (art. 7(1)(g)-1); otherwise other sexual violence of comparable gravity."),
        ConductEntry(
            terms: ["denial of religion", "religious persecution", "christians", "religious believers"],
            crimes: ["persecution", "imprisonment", "torture"],
            coiClassification: "\(coi76): persecution on religious grounds.",
            note: "Persecution must be connected with another art. 7(1) act or crime within the Court's jurisdiction."),
        ConductEntry(
            terms: ["political prison camp", "prison camp", "kwanliso", "detention without trial", "arbitrary detention"],
            crimes: ["imprisonment", "enslavement", "torture", "murder", "extermination"],
            coiClassification:
                "\(coi76): imprisonment (political prison camp inmates held without charge or trial, A/HRC/25/CRP.1).",
            note: "Imprisonment needs deprivation, not mere restriction, of physical liberty."),
        ConductEntry(
            terms: ["expulsion of families", "banishment", "internal exile", "forcible transfer", "relocation"],
            crimes: ["forcible-transfer"],
            coiClassification:
                "\(coi76): forcible transfer of populations (families of prisoners expelled to remote provinces, A/HRC/25/CRP.1).",
            note: "Within one State this is forcible transfer, not deportation."),
        ConductEntry(
            terms: ["deportation", "expulsion abroad"],
            crimes: ["deportation"],
            coiClassification: nil,
            note: "Deportation needs displacement across a border to another State; record the State of destination."),
        ConductEntry(
            terms: ["trafficking", "trafficking in persons", "human trafficking", "sale of women", "bride trafficking"],
            crimes: ["enslavement", "sexual-violence.sexual-slavery", "sexual-violence.enforced-prostitution"],
            coiClassification: nil,
            note:
                "Enslavement includes exercising the powers attaching to ownership \"in the course of trafficking in persons, in particular women and children\" (art. 7(2)(c)); the Elements of Crimes say the same of the conduct (art. 7(1)(c), footnote 11; art. 7(1)(g)-2, footnote 18). Trafficking as such is not a separate crime against humanity. No COI classification is recorded here (its recommendations on trafficking, A/HRC/25/63 para. 90(c)–(d), are not a classification)."
        ),
        ConductEntry(
            terms: ["forced marriage", "marriage by force"],
            crimes: ["other-inhumane-acts", "sexual-violence.sexual-slavery"],
            coiClassification: nil,
            note:
                "Forced marriage has been held to be an other inhumane act (art. 7(1)(k)): Ongwen, Trial Chamber IX, Trial Judgment, 4 February 2021, ICC-02/04-01/15-1762-Red [verify paras]. No COI classification is recorded here."
        ),
        ConductEntry(
            terms: ["beating", "interrogation", "torture", "stress position"],
            crimes: ["torture", "other-inhumane-acts"],
            coiClassification: "\(coi76): torture.",
            note: "No specific purpose need be proved (Elements of Crimes, art. 7(1)(f), fn 14)."),
        ConductEntry(
            terms: ["songbun", "guilt by association", "discrimination by class"],
            crimes: ["persecution"],
            coiClassification: "A/HRC/25/63 paras. 76–77: persecution on political grounds; the attack is embedded in songbun.",
            note: "Targeting for a perceived or attributed association counts; record the grounds and the connected allegation."),
        ConductEntry(
            terms: ["travel ban", "ban on leaving"],
            crimes: ["persecution", "other-inhumane-acts"],
            coiClassification: nil,
            note: "A restriction of movement is not a deprivation of physical liberty: it is not imprisonment (art. 7(1)(e))."),
    ]

    /// For `crimes KEY`: refuses an element of a mode of liability (superior.knowledge), naming
    /// the mode to look up instead.
    public static func refuseModeElement(_ key: String) throws(LawError) {
        let trimmed = key.trimmingCharacters(in: .whitespaces).lowercased()
        guard let dot = trimmed.firstIndex(of: "."), let mode = ModeOfLiability(rawValue: String(trimmed[..<dot])) else { return }
        throw .modeElementAsKey(key, mode: mode.key)
    }

    /// Entries whose conduct words match `query`: a term containing it, or it containing a term.
    public static func findConduct(_ query: String) throws(LawError) -> [ConductEntry] {
        let words = query.lowercased().split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
        guard !words.isEmpty else { throw .emptyConductQuery }
        // One or two letters match most of the index and so answer nothing.
        guard words.filter(\.isLetter).count >= 3 else { throw .conductQueryTooShort(query) }
        let found = conductIndex.filter { entry in entry.terms.contains { $0.contains(words) || words.contains($0) } }
        guard !found.isEmpty else { throw .noConductMatch(query) }
        return found
    }
}
