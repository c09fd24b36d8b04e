import Testing

@testable import CasebookModel

/// Issue 11: each paraphrase that changed the law is pinned on its operative words, and the
/// old wrong words are gone; the footnotes that decide cases are there, each with its citation.
@Suite("the law as the Elements of Crimes state it")
struct LawFidelityTests {
    func text(_ key: String) throws -> String {
        let crimeKey = String(key[..<(key.lastIndex(of: ".") ?? key.endIndex)])
        let crime = try RomeStatute.crime(crimeKey)
        return try #require(crime.element(key)).text
    }

    /// Everything a crime prints: its elements and all its notes.
    func everything(_ crimeKey: String) throws -> String {
        let crime = try RomeStatute.crime(crimeKey)
        return (crime.elements.flatMap { [$0.text] + $0.notes.map(\.text) } + crime.notes.map(\.text)).joined(separator: "\n")
    }

    @Test func otherInhumaneActsAreOfASimilarCharacterNotTheSameKind() throws {
        let element = try text("other-inhumane-acts.2")
        #expect(element.contains("\"of a character similar to\" any other act referred to in art. 7(1)"))
        #expect(!element.contains("of the same kind as"))
        let note = try #require(RomeStatute.crime("other-inhumane-acts").element("other-inhumane-acts.2")?.notes.first)
        #expect(note.footnote == 30)
        #expect(note.text.contains("nature and gravity"))
        #expect(try everything("other-inhumane-acts").contains("forced marriage"))
    }

    @Test func apartheidActIsOfASimilarCharacter() throws {
        let element = try text("apartheid.2")
        #expect(element.contains("\"an act of a character similar to\""))
        #expect(!element.contains("or was of the same kind"))
        #expect(try RomeStatute.crime("apartheid").element("apartheid.2")?.notes.map(\.footnote) == [29])
    }

    @Test func forcedPregnancyIsAboutGraveViolationsNotGraveBreaches() throws {
        let element = try text("sexual-violence.forced-pregnancy.1")
        #expect(element.contains("\"other grave violations of international law\" (art. 7(2)(f))"))
        #expect(!element.contains("breaches"))
    }

    @Test func imprisonmentIsDeprivationNotRestriction() throws {
        let element = try text("imprisonment.1")
        #expect(element.contains("severely deprived one or more people of physical liberty"))
        #expect(!element.contains("restricted"))
        let note = try #require(RomeStatute.crime("imprisonment").element("imprisonment.1")?.notes.first)
        #expect(note.text.contains("a ban on leaving the country, is not a deprivation of physical liberty"))
    }

    @Test func persecutionTargetsTheIdentityOfAGroup() throws {
        let element = try text("persecution.2")
        #expect(element.contains("\"by reason of the identity of a group or collectivity\""))
        #expect(element.contains("\"targeted the group or collectivity as such\""))
        #expect(!element.contains("because they belonged to"))
        #expect(try everything("persecution").contains("guilt by association"))
    }

    @Test func exterminationConditionsAreCalculatedToDestroy() throws {
        #expect(try text("extermination.1").contains("\"calculated to bring about the destruction of part of a population\""))
        #expect(try text("extermination.2").contains("mass killing of members of a civilian population"))
        #expect(!(try everything("extermination")).contains("designed to destroy"))
        #expect(!(try everything("extermination")).contains("meant to destroy"))
    }

    @Test func otherSexualViolenceIsOfComparableGravity() throws {
        let element = try text("sexual-violence.other.2")
        #expect(element.contains("\"of a gravity comparable to\""))
        #expect(!element.contains("as grave as"))
    }

    @Test func coercionMayBeAgainstAnotherPersonAndIncapacityIsFootnote16() throws {
        let rape = try text("sexual-violence.rape.2")
        #expect(rape.contains("\"against such person or another person\""))
        #expect(rape.contains("incapable of giving genuine consent"))
        for key in ["sexual-violence.enforced-prostitution.1", "sexual-violence.other.1"] {
            #expect(try text(key).contains("or another person\""), "\(key)")
            #expect(try text(key).contains("incapacity to give genuine consent"), "\(key)")
        }
        for (crime, element) in [
            ("sexual-violence.rape", 2), ("sexual-violence.enforced-prostitution", 1),
            ("sexual-violence.enforced-sterilization", 2), ("sexual-violence.other", 1),
        ] {
            let notes = try RomeStatute.crime(crime).elements[element - 1].notes
            let fn16 = try #require(notes.first { $0.footnote == 16 }, "\(crime)")
            #expect(fn16.text.contains("natural, induced or age-related incapacity"))
        }
    }

    @Test func superiorResponsibilityNeedsInformationThatClearlyIndicated() throws {
        let superior = ModeOfLiability.superior.summary
        #expect(superior.contains("\"consciously disregarded information which clearly indicated\" (art. 28(b)(i))"))
        #expect(!superior.contains("consciously disregarded information about crimes"))
        for mode in [ModeOfLiability.command, .superior] {
            let all = ([mode.summary] + mode.elements.map(\.text)).joined(separator: " ")
            #expect(all.contains("\"as a result of his or her failure to exercise control properly\""))
            #expect(all.contains("prevent or repress"))
            #expect(all.contains("submit the matter to the competent authorities for investigation and prosecution"))
            #expect(all.contains("effective"))
        }
        #expect(ModeOfLiability.command.summary.contains("\"owing to the circumstances at the time, should have known\""))
        let knowledge = try #require(ModeOfLiability.superior.elements.first { $0.key == "superior.knowledge" })
        #expect(knowledge.text.contains("clearly indicated"))
    }

    @Test func aidingAndAbettingIsForThePurposeOfFacilitating() {
        let summary = ModeOfLiability.aidingAbetting.summary
        #expect(summary.contains("\"for the purpose of facilitating the commission of such a crime\" (art. 25(3)(c))"))
        #expect(summary.contains("attempted commission"))
        #expect(!summary.contains("to facilitate the crime"))
    }

    @Test func theDecidingFootnotesAreThereEachWithItsCitation() throws {
        let expected: [String: Set<Int>] = [
            "murder": [7], "extermination": [8, 9, 10], "enslavement": [11], "deportation": [12, 13],
            "forcible-transfer": [12, 13], "torture": [14], "sexual-violence.rape": [15, 16],
            "sexual-violence.sexual-slavery": [17, 18], "sexual-violence.enforced-sterilization": [16, 19, 20],
            "persecution": [21, 22], "enforced-disappearance": [23, 24, 25, 26, 27, 28], "apartheid": [29],
            "other-inhumane-acts": [30],
        ]
        for (key, footnotes) in expected {
            let crime = try RomeStatute.crime(key)
            let notes = crime.notes + crime.elements.filter { !$0.isContextual }.flatMap(\.notes)
            #expect(Set(notes.compactMap(\.footnote)) == footnotes, "\(key)")
            for note in notes {
                #expect(!note.citation.isEmpty)
                if let number = note.footnote { #expect(note.citation.contains("footnote \(number)"), "\(key): \(note.citation)") }
            }
        }
        let enslavement = try #require(RomeStatute.crime("enslavement").element("enslavement.1")?.notes.first)
        #expect(enslavement.text.contains("\"exacting forced labour or otherwise reducing a person to a servile status\""))
        let forcibly = try #require(RomeStatute.crime("deportation").element("deportation.1")?.notes.first { $0.footnote == 12 })
        #expect(forcibly.text.contains("not restricted to physical force"))
        #expect(try everything("torture").contains("No specific purpose need be proved"))
        let fn6 = try #require(RomeStatute.crime("murder").element("context.attack")?.notes.first { $0.footnote == 6 })
        #expect(fn6.text.contains("deliberate failure to act"))
    }

    /// Statute and Elements words appear only in quotation marks, with the provision beside them.
    @Test func quotationsNameTheirProvision() {
        for crime in RomeStatute.crimes {
            for element in crime.elements where element.text.contains("\"") {
                #expect(element.text.contains("(art. ") || element.text.contains("(Elements of Crimes"), "\(element.key)")
            }
        }
        for mode in ModeOfLiability.allCases {
            for text in [mode.summary] + mode.elements.map(\.text) where text.contains("\"") {
                #expect(text.contains("(art. ") || text.contains("(ICC case law"), "\(mode.key): \(text)")
            }
        }
    }

    @Test func deportationAndForcibleTransferAreTwoCrimes() throws {
        let deportation = try RomeStatute.crime("deportation")
        let transfer = try RomeStatute.crime("forcible-transfer")
        #expect(deportation.article == "art. 7(1)(d)" && transfer.article == "art. 7(1)(d)")
        #expect(deportation.name == "Deportation of population")
        #expect(deportation.specificElements[0].contains("to another State"))
        #expect(transfer.specificElements[0].contains("within the same State"))
        #expect(deportation.notes.contains { $0.citation.contains("ICC-RoC46(3)-01/18-37") })
        #expect(deportation.notes.contains { $0.text.contains("State of destination") })
    }

    @Test func enforcedDisappearanceHasTwoLimbsAndFootnote24() throws {
        let crime = try RomeStatute.crime("enforced-disappearance")
        for element in crime.elements.prefix(3) {
            #expect(element.text.contains("(a)") && element.text.contains("(b)"), "\(element.key)")
        }
        #expect(crime.attackMustPostdateEntryIntoForce)
        #expect(RomeStatute.crimes.filter(\.attackMustPostdateEntryIntoForce).map(\.key) == ["enforced-disappearance"])
        let fn24 = try #require(crime.notes.first { $0.footnote == 24 })
        #expect(
            fn24.text.contains("only if the attack referred to in elements 7 and 8 occurs after the Statute entered into force"))
        #expect(
            crime.element("enforced-disappearance.6")?.text.contains("\"for a prolonged period of time\" (art. 7(2)(i))") == true)
    }

    @Test func everyModeHasElementsKeyedByTheMode() throws {
        var seen = Set<String>()
        for mode in ModeOfLiability.allCases {
            #expect(!mode.elements.isEmpty, "\(mode.key)")
            for element in mode.elements {
                #expect(element.key.hasPrefix(mode.key + "."), "\(element.key)")
                #expect(seen.insert(element.key).inserted, "duplicate \(element.key)")
                #expect(!element.citation.isEmpty)
            }
        }
        #expect(
            ModeOfLiability.command.elements.map(\.key) == [
                "command.relationship", "command.effective-control", "command.knowledge", "command.failure-to-act",
                "command.causation",
            ])
        #expect(ModeOfLiability.superior.elements.map(\.key).contains("superior.responsibility"))
        #expect(try RomeStatute.mode("indirect-co-perpetration").article == "art. 25(3)(a)")
        #expect(ModeOfLiability.indirectCoPerpetration.summary.contains("Katanga and Ngudjolo"))
        #expect(ModeOfLiability.indirectCoPerpetration.summary.contains("Ntaganda"))
        #expect(ModeOfLiability.direct.elements.last?.citation == "art. 30")
        #expect(!ModeOfLiability.superior.needsPersonalKnowledgeOfAttack && ModeOfLiability.ordering.needsPersonalKnowledgeOfAttack)
    }

    @Test func theConductIndexAnswersForWhatTheCOIDescribed() throws {
        let abortion = try RomeStatute.findConduct("Forced  Abortion")
        #expect(abortion.first?.crimes.first == "sexual-violence.other")
        #expect(abortion.first?.coiClassification?.contains("A/HRC/25/63 para. 76") == true)
        let starvation = try RomeStatute.findConduct("starvation")
        #expect(starvation.first?.crimes.contains("other-inhumane-acts") == true)
        #expect(starvation.first?.coiClassification?.contains("knowingly causing prolonged starvation") == true)
        for words in [
            "forced labour", "public execution", "forced repatriation", "abduction", "infanticide",
            "sexual violence in detention", "denial of religion",
        ] {
            #expect(!(try RomeStatute.findConduct(words)).isEmpty, "\(words)")
        }
        #expect(try RomeStatute.findConduct("forced repatriation").first?.coiClassification == nil)
        for entry in RomeStatute.conductIndex {
            for key in entry.crimes { #expect((try? RomeStatute.crime(key)) != nil, "\(key)") }
        }
        #expect(throws: LawError.noConductMatch("juggling")) { try RomeStatute.findConduct("juggling") }
        #expect(throws: LawError.emptyConductQuery) { try RomeStatute.findConduct("  ") }
    }

    /// No crime, note or mode anywhere keeps a wording the review found to change the law.
    @Test func theOldWrongWordsAreGoneEverywhere() throws {
        let all =
            try RomeStatute.crimes.map { try everything($0.key) }.joined(separator: "\n")
            + ModeOfLiability.allCases.flatMap { [$0.summary] + $0.elements.map(\.text) }.joined(separator: "\n")
        for wrong in [
            "of the same kind as the other acts", "or was of the same kind", "grave breaches of international law",
            "severely restricted", "because they belonged to an identifiable group", "designed to destroy", "as grave as",
            "consciously disregarded information about crimes", "to facilitate the crime",
        ] {
            #expect(!all.contains(wrong), "still says '\(wrong)'")
        }
    }
}
