import Testing

@testable import CasebookModel

/// Element texts whose paraphrase changed the test: each is pinned on the operative words of the
/// Elements of Crimes (or the case law, for the modes), and the old words are gone.
@Suite("element texts that keep the operative words of the law")
struct ElementWordingTests {
    func text(_ key: String) throws -> String {
        let crimeKey = String(key[..<(key.lastIndex(of: ".") ?? key.endIndex)])
        return try #require(try RomeStatute.crime(crimeKey).element(key)).text
    }

    func modeElement(_ key: String) throws -> LiabilityElement {
        try #require(ModeOfLiability.allCases.flatMap(\.elements).first { $0.key == key })
    }

    /// Ownership is exercised, not the chattel notion; the deprivation of liberty is one way of it.
    @Test func enslavementAndSexualSlaveryExercisePowersAttachingToOwnership() throws {
        for key in ["enslavement.1", "sexual-violence.sexual-slavery.1"] {
            let element = try text(key)
            #expect(element.contains("\"any or all of the powers attaching to the right of ownership\""), "\(key)")
            #expect(
                element.contains(
                    "\"such as by purchasing, selling, lending or bartering such a person or persons, or by imposing on them a similar deprivation of liberty\""
                ), "\(key)")
            #expect(!element.contains("as property"), "\(key)")
            #expect(!element.contains(", or imposed on them"), "\(key)")
            let crimeKey = String(key.dropLast(2))
            let notes = try #require(try RomeStatute.crime(crimeKey).element(key)).notes
            let kunarac = try #require(notes.first { $0.citation.contains("Kunarac") }, "\(key)")
            #expect(kunarac.citation.contains("paras 117–119"))
            #expect(kunarac.text.contains("not an alternative to them"))
        }
        #expect(try text("sexual-violence.sexual-slavery.1").contains("(Elements of Crimes, art. 7(1)(g)-2, element 1)"))
    }

    /// Persecution may be charged through the very acts: no second crime is implied.
    @Test func persecutionIsConnectedWithAnyActNotAnotherOne() throws {
        let element = try text("persecution.4")
        #expect(
            element.contains(
                "\"in connection with any act referred to in article 7, paragraph 1, of the Statute or any crime within the jurisdiction of the Court\""
            ))
        #expect(!element.contains("another"))
        let notes = try #require(try RomeStatute.crime("persecution").element("persecution.4")).notes
        #expect(notes.map(\.footnote).first == 22)
        #expect(notes.contains { $0.citation.contains("Ntaganda") && $0.citation.contains("Ongwen") })
    }

    @Test func tortureInflictsPain() throws {
        let element = try text("torture.1")
        #expect(element.contains("\"inflicted severe physical or mental pain or suffering upon one or more persons\""))
        #expect(!element.contains("caused"))
    }

    /// "In peace as in war" is a reading, labelled as analysis, not the Statute's text.
    @Test func forcedPregnancyPeaceOrWarIsANote() throws {
        let crime = try RomeStatute.crime("sexual-violence.forced-pregnancy")
        let peace = try #require(crime.notes.first { $0.text.contains("in peace as in war") })
        #expect(peace.text.hasPrefix("[Analysis:"))
        #expect(peace.citation.contains("analysis"))
        #expect(crime.notes.contains { $0.text.contains("\"shall not in any way be interpreted as affecting national laws") })
        #expect(!crime.elements.contains { $0.text.contains("peace") })
    }

    /// Indirect perpetration through an organisation is control of a hierarchical apparatus, not any institution.
    @Test func indirectPerpetrationNeedsAnApparatusOfPowerAndAwareness() throws {
        let control = try modeElement("indirect.control")
        #expect(
            !control.text.contains("controlled the will of the person who carried out the material elements, or an organisation"))
        #expect(control.text.contains("organised and hierarchical apparatus of power"))
        let apparatus = try modeElement("indirect.apparatus")
        #expect(apparatus.text.contains("all but automatic"))
        #expect(apparatus.citation.contains("Katanga and Ngudjolo"))
        let awareness = try modeElement("indirect.awareness-of-control")
        #expect(awareness.text.contains("aware of the factual circumstances"))
        #expect(ModeOfLiability.indirect.elements.last?.key == "indirect.mental")
    }

    /// The limb of ordering that fits policy-level orders that never name a crime.
    @Test func orderingCoversConductInWhoseExecutionACrimeIsCarriedOut() throws {
        let order = try modeElement("ordering.order")
        #expect(order.text.contains("or to engage in conduct in the execution of which a crime would be carried out"))
        let likelihood = try modeElement("ordering.likelihood")
        #expect(likelihood.text.contains("substantial likelihood"))
    }

    /// Aiding and abetting was the only mode without a mental element of awareness.
    @Test func aidingAndAbettingNeedsAwarenessOfThePrincipalsCrime() throws {
        let awareness = try modeElement("aiding-abetting.awareness")
        #expect(awareness.text.contains("aware of the principal's crime"))
        #expect(awareness.citation.contains("art. 25(3)(c) with art. 30"))
    }

    /// An abduction across a border of people lawfully present is also deportation.
    @Test func abductionFindsDeportationBesideEnforcedDisappearance() throws {
        let entry = try #require(try RomeStatute.findConduct("abduction").first)
        #expect(entry.crimes.prefix(2) == ["enforced-disappearance", "deportation"])
        #expect(entry.note.contains("lawfully present"))
    }
}
