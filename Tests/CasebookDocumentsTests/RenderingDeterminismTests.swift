import CasebookDocuments
import Foundation
import Testing

/// The same document and as-of date give the same bytes, so a filed version can be proven later.
@Suite struct RenderingDeterminismTests {
    @Test(arguments: DocumentFormat.allCases, DocumentKind.allCases)
    func renderingTwiceGivesTheSameBytes(format: DocumentFormat, kind: DocumentKind) throws {
        let document = SampleDocument.dossier(noteStyle: kind == .uprSubmission ? .endnotes : .footnotes, kind: kind)
        let first = try DocumentRenderer(overrides: nil).render(document, as: format, asOf: "2024-11-07")
        let second = try DocumentRenderer(overrides: nil).render(document, as: format, asOf: "2024-11-07")
        #expect(!first.isEmpty)
        #expect(first == second)
    }

    @Test func theAsOfDateChangesTheDocument() throws {
        let document = SampleDocument.dossier()
        for format in DocumentFormat.allCases {
            let a = try DocumentRenderer(overrides: nil).render(document, as: format, asOf: "2024-11-07")
            let b = try DocumentRenderer(overrides: nil).render(document, as: format, asOf: "2024-11-08")
            #expect(a != b, "\(format)")
        }
    }

    @Test(arguments: ["2024-13-01", "2024-02-30", "07/11/2024", "", "2024-1-7"])
    func aBadAsOfDateIsRefused(asOf: String) {
        #expect(throws: DocumentError.invalidAsOfDate(asOf)) {
            try DocumentRenderer(overrides: nil).render(SampleDocument.dossier(), as: .html, asOf: asOf)
        }
    }
}
