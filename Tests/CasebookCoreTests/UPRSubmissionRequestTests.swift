import Foundation
import Testing

@testable import CasebookCore
@testable import CasebookModel
@testable import CasebookStore

/// The submission's window and the over-limit message: the parts of
/// a UPR submission decided before any document is rendered.
@Suite("UPR submission request")
struct UPRSubmissionRequestTests {
    @Test func theWindowIsTheFourYearsBeforeTheReviewUnlessGiven() throws {
        #expect(try UPRSubmissionRequest(state: "KP", cycle: 4, asOf: "2024-11-01").span() == ("2020-11-01", "2024-11-01"))
        #expect(try UPRSubmissionRequest(state: "KP", cycle: 4, asOf: "2024-02-29").span() == ("2020-02-28", "2024-02-29"))
        #expect(
            try UPRSubmissionRequest(state: "KP", cycle: 4, from: "2014-05", asOf: "2024-11-01").span() == (
                "2014-05-01", "2024-11-01"
            ))
        #expect(
            try UPRSubmissionRequest(state: "KP", cycle: 4, to: "2019", asOf: "2024-11-01").span() == ("2015-12-31", "2019-12-31")
        )
        #expect(throws: DossierError.reversedPeriod(from: "2025", to: "2024-11-01")) {
            try UPRSubmissionRequest(state: "KP", cycle: 4, from: "2025", asOf: "2024-11-01").window(previousReview: nil)
        }
        #expect(throws: DossierError.badDate(field: .start, value: "May 2014")) {
            try UPRSubmissionRequest(state: "KP", cycle: 4, from: "May 2014", asOf: "2024-11-01").window(previousReview: nil)
        }
    }

    @Test func theWindowStartsAtThePreviousReviewAndWarnsWhenGivenEarlier() throws {
        #expect(
            try UPRSubmissionRequest(state: "KP", cycle: 4, asOf: "2024-04-01").span("2019-05-14") == ("2019-05-14", "2024-04-01"))
        let earlier = try UPRSubmissionRequest(state: "KP", cycle: 4, from: "2018", asOf: "2024-04-01").window(
            previousReview: "2019-05-14")
        #expect(earlier.start == "2018-01-01")
        #expect(earlier.warnings.count == 1)
        #expect(earlier.warnings.first?.contains("before the previous review (2019-05-14)") == true)
        let later = try UPRSubmissionRequest(state: "KP", cycle: 4, from: "2020", asOf: "2024-04-01").window(
            previousReview: "2019-05-14")
        #expect(later.warnings.isEmpty)
        #expect(throws: DossierError.reversedPeriod(from: "2024", to: "2023")) {
            try UPRSubmissionRequest(state: "KP", cycle: 4, from: "2024", to: "2023", asOf: "2024-04-01").window(
                previousReview: "2019-05-14")
        }
    }

    @Test func theCycleIsReadFromTheSource() {
        #expect(RecommendationCitation.namedCycle(in: "UPR 3 (2019), A/HRC/42/10") == 3)
        #expect(RecommendationCitation.namedCycle(in: "UPR 12, A/HRC/99/1") == 12)
        #expect(RecommendationCitation.namedCycle(in: "A/HRC/25/63") == nil)
        #expect(RecommendationCitation.namedCycle(in: "UPRx 3") == nil)
    }

    @Test func overTheLimitTheSectionsAreListedLongestFirstInOneLine() {
        let error = UPRSubmissionError.overWordLimit(
            words: 3_020, limit: 2_815,
            sections: [
                SectionWords(title: "Methodology", words: 120), SectionWords(title: "Follow-up", words: 2_100),
                SectionWords(title: "Summary", words: 800),
            ])
        #expect(error.category == .checkFailed)
        #expect(!error.description.contains("\n"))
        #expect(error.description.hasPrefix("The submission has 3,020 words, over the limit of 2,815 by 205; nothing was written."))
        #expect(error.description.contains("longest first: Follow-up 2,100; Summary 800; Methodology 120."))
        #expect(UPRSubmissionError.badWordLimit(0).category == .badInput)
    }
}

extension UPRSubmissionRequest {
    /// The window's first and last days.
    fileprivate func span(_ previousReview: String? = nil) throws -> (String, String) {
        let window = try window(previousReview: previousReview)
        return (window.start, window.end)
    }
}

/// What a UPR endnote may print of an evidence item: public words only.
@Suite("the public words of a UPR endnote")
struct UPRPublicWordsTests {
    @Test func aURLLosesItsCredentialsQueryAndFragmentAndAnInternalIdKeepsItOut() {
        #expect(UPRPublicSources.publicReference(in: "A/HRC/46/51") == "A/HRC/46/51")
        #expect(
            UPRPublicSources.publicReference(in: "See https://www.ohchr.org/en/report.pdf.")
                == "https://www.ohchr.org/en/report.pdf")
        #expect(
            UPRPublicSources.publicReference(in: "https://user:pass@intranet.example.org/drive/report?sig=ab12#p3")
                == "https://intranet.example.org/drive/report")
        #expect(UPRPublicSources.publicReference(in: "https://x.org/drive/EV-11") == nil)
        #expect(UPRPublicSources.publicReference(in: "https://x.org/3a7bd3e2360a3d29eea4") == nil)
        #expect(UPRPublicSources.publicReference(in: "Documentation team") == nil)
        #expect(UPRPublicSources.isPublic("Report of the Special Rapporteur (2021), on COVID-19 measures"))
        #expect(!UPRPublicSources.isPublic("Report on returnees, see T-3 and EV-11"))
        #expect(!UPRPublicSources.isPublic("photo, sha256 3a7bd3e2360a"))
    }
}
