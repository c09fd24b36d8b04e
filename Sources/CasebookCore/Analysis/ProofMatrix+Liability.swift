import CasebookModel
import CasebookStore

/// The parts of the matrix that concern the people responsible and the points of law to answer.
extension AppDatabase {
    /// Each mode's elements for one actor, then the actor's own knowledge of the attack where
    /// a mode of art. 25(3) calls for it, each with the sources cited for that actor.
    static func liabilityElements(
        modes: [ModeOfLiability], actor: RecordID, citations: [CitationRecord], cited: (CitationRecord) -> CitedSource,
        rule: ProofRule = .standardDefault
    ) -> [ElementProof] {
        var result: [ElementProof] = []
        for mode in modes {
            for element in mode.elements {
                result.append(
                    ElementProof(
                        key: element.key, number: result.count + 1, text: element.text, citation: element.citation,
                        isContextual: false, sources: citations.filter { $0.elementKey == element.key }.map(cited),
                        rule: rule))
            }
        }
        if modes.contains(where: \.needsPersonalKnowledgeOfAttack) {
            result.append(
                ElementProof(
                    key: ContextualElement.knowledge.key, number: result.count + 1,
                    text: "\(actor) knew the conduct was part of the attack, or meant it to be.",
                    citation:
                        "art. 7(1) (\"with knowledge of the attack\"); art. 30; Elements of Crimes, introduction to art. 7, para. 2",
                    isContextual: true,
                    sources: citations.filter { $0.elementKey == ContextualElement.knowledge.key }.map(cited),
                    rule: rule))
        }
        return result
    }

    /// Art. 28(b) covers superior–subordinate relationships "not described in paragraph (a)": the
    /// same actor cannot be both a military commander and a civilian superior for the same crimes.
    static func modeCautions(_ modes: [ModeOfLiability], actor: RecordID) -> [String] {
        guard modes.contains(.command), modes.contains(.superior) else { return [] }
        return [Self.commandAndSuperiorCaution(actor)]
    }

    static func commandAndSuperiorCaution(_ actor: RecordID) -> String {
        "\(actor) is alleged under both art. 28(a) (military commander) and art. 28(b) (civilian superior); art. 28(b) covers superior and subordinate relationships \"not described in paragraph (a)\" (art. 28(b)), so plead one, or the other in the alternative, and say which relationship the evidence shows."
    }

    /// The Statute entered into force on 1 July 2002 (art. 11(1), art. 126(1)).
    static let entryIntoForce = "2002-07-01"

    /// Footnote 24: enforced disappearance is within the Court's jurisdiction only if the attack
    /// occurs after the Statute's entry into force.
    static func cautions(crime: CrimeCategory, attack: AttackLink?) -> [String] {
        guard crime.attackMustPostdateEntryIntoForce, let start = attack?.periodStart, start < entryIntoForce,
            let attack
        else { return [] }
        return [
            "\(attack.id)'s period begins before 1 July 2002, when the Statute entered into force: enforced disappearance is within the Court's jurisdiction only if the attack occurs after entry into force (Elements of Crimes, art. 7(1)(i), footnote 24; for a State that joined later, see art. 11(2)), so only the part of the attack from that day on can be relied on, and none if the attack ended before it."
        ]
    }
}
