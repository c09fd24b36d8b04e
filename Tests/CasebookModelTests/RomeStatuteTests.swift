import Testing

@testable import CasebookModel

@Suite("Rome Statute taxonomy")
struct RomeStatuteTests {
    /// Element counts of the Elements of Crimes, contextual elements included (reference pack §2.4).
    /// Deportation and forcible transfer share the art. 7(1)(d) elements, five each (issue 11).
    @Test func elementCountsMatchTheElementsOfCrimes() {
        let expected: [String: Int] = [
            "murder": 3, "extermination": 4, "enslavement": 3, "deportation": 5, "forcible-transfer": 5, "imprisonment": 5,
            "torture": 5,
            "sexual-violence.rape": 4, "sexual-violence.sexual-slavery": 4, "sexual-violence.enforced-prostitution": 4,
            "sexual-violence.forced-pregnancy": 3, "sexual-violence.enforced-sterilization": 4,
            "sexual-violence.other": 5, "persecution": 6, "enforced-disappearance": 8, "apartheid": 7,
            "other-inhumane-acts": 5,
        ]
        #expect(Dictionary(uniqueKeysWithValues: RomeStatute.crimes.map { ($0.key, $0.elements.count) }) == expected)
    }

    @Test func everyCrimeEndsWithTheTwoContextualElements() {
        for crime in RomeStatute.crimes {
            let last = crime.elements.suffix(2)
            #expect(last.map(\.key) == ["context.attack", "context.knowledge"])
            #expect(last.allSatisfy { $0.isContextual })
            #expect(crime.elements.map(\.number) == Array(1...crime.elements.count))
        }
    }

    @Test func citationsNameArticleAndElement() throws {
        let torture = try RomeStatute.crime("torture")
        #expect(torture.elements[0].citation == "art. 7(1)(f); Elements of Crimes, art. 7(1)(f), element 1")
        let rape = try RomeStatute.crime("sexual-violence.rape")
        #expect(rape.elements[0].key == "sexual-violence.rape.1")
        #expect(rape.elements[0].citation == "art. 7(1)(g); Elements of Crimes, art. 7(1)(g)-1, element 1")
    }

    @Test func unknownCrimeSuggestsTheClosest() {
        #expect(throws: LawError.unknownCrime("torure", suggestions: ["torture"])) { try RomeStatute.crime("torure") }
        do {
            _ = try RomeStatute.crime("rape")
            Issue.record("'rape' alone should not be a key")
        } catch {
            #expect(error.description.contains("sexual-violence.rape"))
        }
    }

    @Test func elementOfAnotherCrimeIsNamedAsSuch() throws {
        let torture = try RomeStatute.crime("torture")
        #expect(
            throws: LawError.elementOfOtherCrime(
                "murder.1", crime: "torture", valid: ["torture.1", "torture.2", "torture.3", "context.attack", "context.knowledge"])
        ) {
            try RomeStatute.element("murder.1", of: torture)
        }
        do {
            _ = try RomeStatute.element("murder.1", of: torture)
        } catch {
            #expect(error.description.contains("not an element of torture"))
        }
        #expect(try RomeStatute.element("context.attack", of: torture).number == 4)
    }

    @Test func modesOfLiability() throws {
        #expect(try RomeStatute.mode("superior").article == "art. 28(b)")
        #expect(try RomeStatute.mode("Aiding-Abetting") == .aidingAbetting)
        #expect(throws: LawError.unknownMode("incitement", suggestions: [])) { try RomeStatute.mode("incitement") }
    }
}
