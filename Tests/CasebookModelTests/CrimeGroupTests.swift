import Testing

@testable import CasebookModel

/// A group of crimes (art. 7(1)(g)) typed where one crime is needed (issue 12 §5).
@Suite("a group of crimes names all its crimes")
struct CrimeGroupTests {
    @Test func sexualViolenceListsEveryForm() throws {
        let forms = RomeStatute.crimes.map(\.key).filter { $0.hasPrefix("sexual-violence.") }
        #expect(forms.contains("sexual-violence.rape"))
        #expect(forms.contains("sexual-violence.other"))
        for typed in ["sexual-violence", "Sexual-Violence ", "sexual-violance", "sexual"] {
            do {
                _ = try RomeStatute.crime(typed)
                Issue.record("'\(typed)' should not be a crime key")
            } catch {
                guard case .crimeGroup(_, let group, let article, let members) = error else {
                    Issue.record("'\(typed)': \(error)")
                    continue
                }
                #expect(group == "sexual-violence")
                #expect(article == "art. 7(1)(g)")
                #expect(members == forms)
                for form in forms { #expect(error.description.contains(form)) }
            }
        }
    }

    @Test func otherMistakesStillGetTheClosestKeys() {
        #expect(throws: LawError.unknownCrime("torure", suggestions: ["torture"])) { try RomeStatute.crime("torure") }
        #expect(throws: LawError.unknownCrime("rape", suggestions: ["sexual-violence.rape"])) { try RomeStatute.crime("rape") }
        // A mistyped form of the group is a mistyped key: the closest forms, not the whole group.
        do {
            _ = try RomeStatute.crime("sexual-violence.rap")
            Issue.record("'sexual-violence.rap' should not be a crime key")
        } catch {
            guard case .unknownCrime(_, let suggestions) = error else {
                Issue.record("\(error)")
                return
            }
            #expect(suggestions.first == "sexual-violence.rape")
        }
    }
}
