import Testing

@testable import CasebookModel

/// The review of issue 11 (findings a2, a4–a9, a11, b10): the words of the law where they are,
/// analysis labelled as analysis, and case law cited in full or marked [verify].
@Suite("the law's words and their citations")
struct LawWordingTests {
    func element(_ key: String) throws -> CrimeElement {
        let crimeKey = String(key[..<(key.lastIndex(of: ".") ?? key.endIndex)])
        return try #require(try RomeStatute.crime(crimeKey).element(key))
    }

    func modeElement(_ key: String) throws -> LiabilityElement {
        try #require(ModeOfLiability.allCases.flatMap(\.elements).first { $0.key == key })
    }

    /// a2: "or its attempted commission" qualifies the assistance, not the purpose.
    @Test func aidingAndAbettingsPurposeIsToFacilitateTheCommission() throws {
        let purpose = try modeElement("aiding-abetting.purpose")
        #expect(
            purpose.text == "The actor acted \"for the purpose of facilitating the commission of such a crime\" (art. 25(3)(c)).")
        #expect(!purpose.text.contains("attempt"))
        let assistance = try modeElement("aiding-abetting.assistance")
        #expect(
            assistance.text.contains(
                "\"in its commission or its attempted commission, including providing the means for its commission\" (art. 25(3)(c))"
            ))
        #expect(
            ModeOfLiability.aidingAbetting.summary.hasPrefix(
                "Acting \"for the purpose of facilitating the commission of such a crime\" (art. 25(3)(c)), aided, abetted or otherwise assisted in its commission or its attempted commission"
            ))
    }

    /// a4: no new negative element; the residual nature is cited to the case law, not to fn 30.
    @Test func otherInhumaneActsNeedNotBeOfTheSameKind() throws {
        let text = try element("other-inhumane-acts.2").text
        #expect(text.contains("It need not be the same kind of act as any of them."))
        #expect(!text.contains("not an act of the same kind"))
        let notes = try RomeStatute.crime("other-inhumane-acts").notes
        let residual = try #require(notes.first { $0.text.contains("residual") })
        #expect(
            residual.citation.contains(
                "Katanga and Ngudjolo, Pre-Trial Chamber I, Decision on the confirmation of charges, 30 September 2008, ICC-01/04-01/07-717"
            ))
        #expect(residual.citation.contains("ICC-01/09-02/11-382-Red, para. 269 [verify]"))
        #expect(!residual.citation.contains("footnote 30"))
        #expect(
            notes.contains {
                $0.citation.contains("Ongwen, Trial Chamber IX, Trial Judgment, 4 February 2021, ICC-02/04-01/15-1762-Red")
            })
    }

    /// a5: comments are labelled as analysis, not presented as the source's words.
    @Test func commentsAreLabelledAsAnalysis() throws {
        let torture = try RomeStatute.crime("torture").notes
        let fn14 = try #require(torture.first { $0.footnote == 14 })
        #expect(fn14.text == "No specific purpose need be proved for this crime.")
        let cat = try #require(torture.first { $0.text.contains("Convention against Torture") })
        #expect(cat.text.hasPrefix("[Analysis") && cat.footnote == nil)
        let travel = try #require(try element("imprisonment.1").notes.first)
        #expect(travel.text.contains("[Analysis: a restriction of movement alone, such as a ban on leaving the country"))
        #expect(travel.citation != "art. 7(1)(e)")
    }

    /// a6: limb (i) in full, and the significant-contribution threshold as case law.
    @Test func commonPurposeLimbOneIsWholeAndTheContributionSignificant() throws {
        let limbs = try modeElement("common-purpose.aim-or-knowledge").text
        #expect(
            limbs.contains(
                "\"where such activity or purpose involves the commission of a crime within the jurisdiction of the Court\" (art. 25(3)(d)(i))"
            ))
        let contribution = try modeElement("common-purpose.contribution")
        #expect(contribution.text.contains("significant"))
        #expect(
            contribution.citation.contains(
                "Mbarushimana, Pre-Trial Chamber I, Decision on the confirmation of charges, 16 December 2011, ICC-01/04-01/10-465-Red, para. 283"
            ))
        #expect(contribution.citation.contains("Katanga, Trial Chamber II") && contribution.citation.contains("[verify paras]"))
    }

    /// a7, a8: the subjective elements of co-perpetration, and no citation without chamber, date and number.
    @Test func coPerpetrationHasItsSubjectiveElementsAndFullCitations() throws {
        for mode in [ModeOfLiability.coPerpetration, .indirectCoPerpetration] {
            let keys = mode.elements.map(\.key)
            #expect(
                keys.contains("\(mode.key).mutual-awareness") && keys.contains("\(mode.key).awareness-of-control"), "\(mode.key)")
        }
        #expect(
            try modeElement("co-perpetration.mutual-awareness").citation.contains(
                "Lubanga, Pre-Trial Chamber I, Decision on the confirmation of charges, 29 January 2007, ICC-01/04-01/06-803-tEN"))
        #expect(
            try modeElement("indirect-co-perpetration.mutual-awareness").citation.contains(
                "ICC-01/04-01/07-717, paras 527–539 [verify paras]"))
        #expect(
            ModeOfLiability.indirectCoPerpetration.summary.contains(
                "Ntaganda, Appeals Chamber, Judgment on the appeals against the trial judgment, 30 March 2021, ICC-01/04-02/06-2666-Red"
            ))
        #expect(
            try modeElement("soliciting.influence").text.contains(
                "direct effect on its commission is a requirement of the case law"))
        for mode in ModeOfLiability.allCases {
            for element in mode.elements {
                #expect(
                    !element.citation.contains("ICC case law (Lubanga)") && !element.citation.hasSuffix("ICC case law"),
                    "\(element.key)")
                #expect(!element.citation.contains("ICC case law;"), "\(element.key)")
            }
        }
    }

    /// a11: art. 7(3) defines gender only.
    @Test func article7Paragraph3FollowsGender() throws {
        let text = try element("persecution.3").text
        #expect(text.contains("religious or gender (as defined in art. 7(3)) grounds"))
        #expect(!text.contains("grounds (art. 7(3))"))
    }

    /// a9, b10: trafficking and forced marriage answer; a query of one or two letters does not.
    @Test func theConductIndexAnswersForTraffickingAndForcedMarriage() throws {
        let trafficking = try #require(try RomeStatute.findConduct("trafficking").first)
        #expect(trafficking.crimes.first == "enslavement")
        #expect(trafficking.note.contains("footnote 11"))
        let marriage = try #require(try RomeStatute.findConduct("forced marriage").first)
        #expect(marriage.crimes.first == "other-inhumane-acts")
        #expect(marriage.note.contains("Ongwen"))
        #expect(
            try RomeStatute.findConduct("infanticide").first?.note.contains("No COI classification of infanticide is recorded")
                == true)
        #expect(throws: LawError.conductQueryTooShort("x")) { try RomeStatute.findConduct("x") }
        #expect(throws: LawError.conductQueryTooShort("ab")) { try RomeStatute.findConduct("ab") }
        #expect(throws: LawError.modeElementAsKey("superior.knowledge", mode: "superior")) {
            try RomeStatute.refuseModeElement("superior.knowledge")
        }
    }
}
